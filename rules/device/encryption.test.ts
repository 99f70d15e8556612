import { describe, expect, it } from 'vitest';
import { canTakeDeviceOffSite } from './canTakeDeviceOffSite.js';
import type { Device, Trip } from './schema.js';
import { definePolicy, type PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, device, trip } from './helpers.js';

type Case = { d?: Partial<Device>; t?: Partial<Trip> };
const decide = (c: Case, policy?: PolicyOption) => canTakeDeviceOffSite(device(c.d), trip(c.t), { policy });
/** Homerton's visit reading, but every setting device must be encrypted to leave. */
const alwaysEncrypt = definePolicy({ id: 'acorn', version: '1', basedOn: 'homerton-early-years', device: { encryptOffSite: 'always' } });

// "should not leave the premises unless encrypted" forbids, so it blocks; the visit reading (001 l.43) allows, so it warns.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  { rule: 'device.offsite.unencrypted', policy: 'baseline', effect: 'block', fires: { d: { encrypted: false } },
    nearMisses: [{ d: { encrypted: false, owner: 'personal' } }, { d: { encrypted: false, holdsChildPhotos: false } }, { d: { encrypted: true } }],
    elsewhere: ['cambridgeshire-early-years'] },
  // Under Homerton, named photos take the visit exception away; unnamed ones give it back.
  { rule: 'device.offsite.unencrypted', policy: 'homerton-early-years', effect: 'block', fires: { d: { encrypted: false, photosLinkedToNames: true } },
    nearMisses: [{ d: { encrypted: false } }] },
  { rule: 'device.offsite.unencrypted-always', policy: 'cambridgeshire-early-years', effect: 'block',
    fires: { d: { encrypted: false, holdsChildPhotos: false } },
    nearMisses: [{ d: { encrypted: false, holdsChildPhotos: false, owner: 'personal' } }, { d: { encrypted: true, holdsChildPhotos: false } }],
    elsewhere: ['baseline'] },
  { rule: 'device.visit.unencrypted', policy: 'homerton-early-years', effect: 'warn', fires: { d: { encrypted: false } },
    nearMisses: [{ d: { encrypted: false, holdsChildPhotos: false } }, { d: { encrypted: true } }, { d: { encrypted: false, photosLinkedToNames: true } }],
    elsewhere: ['baseline', alwaysEncrypt] },
  // 004 "All computers or laptops holding sensitive information are set up with strong passwords": a requirement, a block.
  { rule: 'device.password.missing', policy: 'baseline', effect: 'block', fires: { d: { kind: 'laptop', holdsSensitiveData: true } },
    nearMisses: [{ d: { kind: 'tablet', holdsSensitiveData: true } }, { d: { kind: 'laptop', holdsSensitiveData: false } },
      { d: { kind: 'laptop', holdsSensitiveData: true, passwordProtected: true } }] },
  // Only Kirklees asks for passwords on laptops; the others ask for encryption (checked by the rules above).
  { rule: 'device.password.missing', policy: 'kirklees-primary', effect: 'block', fires: { d: { kind: 'laptop', holdsSensitiveData: true } },
    nearMisses: [{ d: { kind: 'laptop', holdsSensitiveData: true, passwordProtected: true } }],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  // Barnet and Two Mile Ash name no encryption rule: the law's applies (ICO: personal data on portable devices is encrypted).
  ...(['barnet-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] as const).map((policy) => ({
    rule: 'device.offsite.unencrypted', policy, effect: 'block' as const, fires: { d: { encrypted: false } },
    nearMisses: [{ d: { encrypted: false, holdsChildPhotos: false } }, { d: { encrypted: true } }] })),
];

describe('device encryption rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
  it('an unanswered field counts as the unsafe answer', () => {
    expect(check({ encrypted: false, holdsChildPhotos: undefined }).rules).toContain('device.offsite.unencrypted');
    expect(check({ kind: 'laptop', holdsSensitiveData: undefined }).rules).toContain('device.password.missing');
    expect(check({ encrypted: undefined, holdsChildPhotos: false }, {}, 'cambridgeshire-early-years').rules).toContain('device.offsite.unencrypted-always');
  });
});

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

describe('device encryption: each preset\'s finding cites its own policy, else the law', () => {
  it.each([
    ['baseline', '001_37d62a2ef733a813.txt'],
    ['barnet-early-years', 'statutory-facts.md'],
    ['homerton-early-years', '001_37d62a2ef733a813.txt'],
    ['two-mile-ash-pre-school', 'statutory-facts.md'],
    ['kirklees-primary', '004_fa76751dc5d22203.txt'],
  ] as const)('device.offsite.unencrypted under %s cites %s', (policy, source) => {
    expect(check({ encrypted: false, photosLinkedToNames: true }, {}, policy).reasons.find((f) => f.rule === 'device.offsite.unencrypted')?.clause.source).toBe(source);
  });
  it('device.offsite.unencrypted-always under Cambridgeshire cites Cambridgeshire', () => {
    expect(check({ encrypted: false }, {}, 'cambridgeshire-early-years').reasons.map((f) => [f.rule, f.clause.source]))
      .toEqual([['device.offsite.unencrypted-always', '003_20a7bc9faa9d6812.txt']]);
  });
});
