import { describe, expect, it } from 'vitest';
import type { Photo } from './schema.js';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { consents, decide, fired, photo, decideCase as run, type ImageCase as Case } from '../../test/support/image.js';

const on = (device: Photo['device']): Case => ({ photo: photo({ device }) });
const byHead = { authorisedBy: 'Kim', authorisedByRole: 'head-of-setting' } as const;

// "specifically not allowed", "unless with specific authorisation", "nor should they be used": every device rule blocks.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  { rule: 'image.device.personal-forbidden', policy: 'cambridgeshire-early-years', effect: 'block', fires: on({ owner: 'personal', kind: 'camera' }),
    nearMisses: [on({ owner: 'setting', kind: 'camera' })], elsewhere: ['barnet-early-years', 'homerton-early-years'] },
  { rule: 'image.device.personal-unauthorised', policy: 'homerton-early-years', effect: 'block', fires: on({ owner: 'personal', kind: 'camera' }),
    nearMisses: [on({ owner: 'setting', kind: 'camera' }), on({ owner: 'personal', kind: 'camera', ...byHead })], elsewhere: ['cambridgeshire-early-years'] },
  { rule: 'image.device.personal-phone', policy: 'homerton-early-years', effect: 'block', fires: on({ owner: 'personal', kind: 'phone', ...byHead }),
    nearMisses: [on({ owner: 'setting', kind: 'phone' }), on({ owner: 'personal', kind: 'camera', ...byHead })], elsewhere: ['barnet-early-years'] },
  { rule: 'image.device.personal-kind-unknown', policy: 'homerton-early-years', effect: 'block', fires: on({ owner: 'personal', ...byHead }),
    nearMisses: [on({ owner: 'setting' }), on({ owner: 'personal', kind: 'camera', ...byHead })], elsewhere: ['barnet-early-years'] },
];

describe('image device rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(run, s));
});

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
    const ok = personal({ authorisedBy: 'Kim', authorisedByRole: 'head-of-setting' });
    expect(decide(ok, consents(), { policy: 'homerton-early-years' }).allowed).toBe(true);
  });
  it('image.device.personal-phone: Homerton never allows a personal phone, authorised or not', () => {
    const phone = photo({ device: { owner: 'personal', kind: 'phone', authorisedBy: 'Kim', authorisedByRole: 'head-of-setting' } });
    expect(fired(decide(phone, consents(), { policy: 'homerton-early-years' }))).toEqual(['image.device.personal-phone']);
  });
  it('image.device.personal-phone: Barnet allows a phone with specific authorisation', () => {
    const phone = photo({ device: { owner: 'personal', kind: 'phone', authorisedBy: 'Jo', authorisedByRole: 'manager' } });
    expect(decide(phone, consents(), { policy: 'barnet-early-years' }).allowed).toBe(true);
  });
  it('image.device.personal-kind-unknown: a personal device of unstated kind may be a phone', () => {
    const unknown = photo({ device: { owner: 'personal', authorisedBy: 'Kim', authorisedByRole: 'head-of-setting' } });
    expect(fired(decide(unknown, consents(), { policy: 'homerton-early-years' }))).toEqual(['image.device.personal-kind-unknown']);
    expect(fired(decide(unknown, consents(), { policy: 'barnet-early-years' }))).not.toContain('image.device.personal-kind-unknown');
  });
});
