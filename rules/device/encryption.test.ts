import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

describe('device: encryption and passwords (001 l.41, l.43; 003 l.24; 004 l.244)', () => {
  it('an encrypted setting camera may go on a visit', () => {
    const d = check({});
    expect(d.rules).toEqual([]);
    expect(d.allowed).toBe(true);
  });
  it('device.offsite.unencrypted: photos of children and no encryption → blocked', () => {
    const d = check({ encrypted: false });
    expect(d.rules).toContain('device.offsite.unencrypted');
    expect(d.allowed).toBe(false);
    expect(check({ encrypted: undefined }).rules).toContain('device.offsite.unencrypted');
    expect(check({ encrypted: false, holdsChildPhotos: false }).rules).not.toContain('device.offsite.unencrypted');
  });
  it('device.offsite.unencrypted-always: Cambridgeshire requires encryption for every setting device', () => {
    const d = check({ encrypted: false, holdsChildPhotos: false }, {}, 'cambridgeshire-early-years');
    expect(d.rules).toContain('device.offsite.unencrypted-always');
    expect(check({ holdsChildPhotos: false }, {}, 'cambridgeshire-early-years').rules).not.toContain('device.offsite.unencrypted-always');
  });
  it('device.visit.unencrypted: Homerton lets an unencrypted camera with unnamed photos go on a visit and come back (warn)', () => {
    const d = check({ encrypted: false }, {}, 'homerton-early-years');
    expect(d.rules).toEqual(['device.visit.unencrypted']);
    expect(d.allowed).toBe(true);
    // Named photos, not coming back, or an outing: the encryption rule applies.
    expect(check({ encrypted: false, photosLinkedToNames: true }, {}, 'homerton-early-years').rules).toEqual(['device.offsite.unencrypted']);
    expect(check({ encrypted: false }, { returnsToSettingAtEnd: false }, 'homerton-early-years').rules).toEqual(['device.offsite.unencrypted']);
    expect(check({ encrypted: false }, {}, 'baseline').rules).toEqual(['device.offsite.unencrypted']);
  });
  it('device.password.missing: a laptop with sensitive data must be password protected', () => {
    const laptop = { kind: 'laptop' as const, holdsSensitiveData: true };
    expect(check({ ...laptop }, {}).rules).toContain('device.password.missing');
    expect(check({ ...laptop, passwordProtected: true }, {}).rules).not.toContain('device.password.missing');
  });
});
