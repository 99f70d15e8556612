import { describe, expect, it } from 'vitest';
import { consents, decide, fired, photo } from '../../test/support/image.js';

const personal = (extra: object = {}) => photo({ device: { owner: 'personal', kind: 'camera', ...extra } });

describe('rules/image/device.json', () => {
  it('image.device.personal-forbidden: Cambridgeshire allows only setting-owned technology', () => {
    const d = decide(personal({ authorisedBy: 'Jo', authorisedByRole: 'manager' }), consents(), { policy: 'cambridgeshire-early-years' });
    expect(fired(d)).toEqual(['image.device.personal-forbidden']);
    expect(d.reasons[0]!.clause.source).toBe('003_20a7bc9faa9d6812.txt');
  });
  it('image.device.personal-forbidden: a setting device is fine', () => {
    expect(fired(decide(photo(), consents(), { policy: 'cambridgeshire-early-years' }))).toEqual([]);
  });
  it('image.device.personal-unauthorised: Homerton needs the Head of Centre\'s agreement', () => {
    expect(fired(decide(personal(), consents(), { policy: 'homerton-early-years' }))).toEqual(['image.device.personal-unauthorised']);
    const byManager = personal({ authorisedBy: 'Sam', authorisedByRole: 'manager' });
    expect(fired(decide(byManager, consents(), { policy: 'homerton-early-years' }))).toEqual(['image.device.personal-unauthorised']);
  });
  it('image.device.personal-unauthorised: authorised by the named role, allowed', () => {
    const ok = personal({ authorisedBy: 'Kim', authorisedByRole: 'head-of-centre' });
    expect(decide(ok, consents(), { policy: 'homerton-early-years' }).allowed).toBe(true);
  });
  it('image.device.personal-phone: Homerton never allows a personal phone, authorised or not', () => {
    const phone = photo({ device: { owner: 'personal', kind: 'phone', authorisedBy: 'Kim', authorisedByRole: 'head-of-centre' } });
    expect(fired(decide(phone, consents(), { policy: 'homerton-early-years' }))).toEqual(['image.device.personal-phone']);
  });
  it('image.device.personal-phone: Barnet allows a phone with specific authorisation', () => {
    const phone = photo({ device: { owner: 'personal', kind: 'phone', authorisedBy: 'Jo', authorisedByRole: 'manager' } });
    expect(decide(phone, consents(), { policy: 'barnet-early-years' }).allowed).toBe(true);
  });
  it('image.device.personal-kind-unknown: a personal device of unstated kind may be a phone', () => {
    const unknown = photo({ device: { owner: 'personal', authorisedBy: 'Kim', authorisedByRole: 'head-of-centre' } });
    expect(fired(decide(unknown, consents(), { policy: 'homerton-early-years' }))).toEqual(['image.device.personal-kind-unknown']);
    expect(fired(decide(unknown, consents(), { policy: 'barnet-early-years' }))).not.toContain('image.device.personal-kind-unknown');
  });
});
