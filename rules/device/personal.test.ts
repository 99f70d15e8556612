import { describe, expect, it } from 'vitest';
import { canTakeDeviceOffSite } from './canTakeDeviceOffSite.js';
import type { Device, Trip } from './schema.js';
import { definePolicy, type PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, device, phone, trip } from './helpers.js';

const personalCamera = { owner: 'personal' as const, holdsChildPhotos: false, holdsSensitiveData: false };

type Case = { d?: Partial<Device>; t?: Partial<Trip> };
const decide = (c: Case, policy?: PolicyOption) => canTakeDeviceOffSite(device(c.d), trip(c.t), { policy });
/** The baseline keeps a setting device to its authorised users; this policy does not (nor the data on it). */
const anyUser = definePolicy({ id: 'acorn', version: '1', device: { authorisedUserOnly: false, authorisedUserForData: false } });
const barnet = 'barnet-early-years';
const kirklees = 'kirklees-primary';
/** Barnet's "specific authorisation" for a member of staff's own camera holding photos of children. */
const agreedCamera = { ...personalCamera, holdsChildPhotos: true, useAgreedBy: 'manager' as const };

// "will be used", "may not ... unless agreed", "must not hold", "not permitted unless authorised" and "by the authorised
// person only" each forbid, so each blocks.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  { rule: 'device.personal.forbidden', policy: 'baseline', effect: 'block', fires: { d: personalCamera },
    nearMisses: [{ d: { holdsChildPhotos: false } }, { d: phone }], elsewhere: ['homerton-early-years', 'barnet-early-years', 'kirklees-primary'] },
  { rule: 'device.personal.unagreed', policy: 'homerton-early-years', effect: 'block', fires: { d: personalCamera },
    nearMisses: [{ d: { holdsChildPhotos: false } }, { d: { ...personalCamera, useAgreedBy: 'head-of-setting' } }, { d: phone }], elsewhere: ['baseline'] },
  { rule: 'device.personal.child-data', policy: 'homerton-early-years', effect: 'block',
    fires: { d: { ...personalCamera, holdsChildPhotos: true, useAgreedBy: 'head-of-setting' } },
    nearMisses: [{ d: { holdsChildPhotos: true } }, { d: { ...personalCamera, useAgreedBy: 'head-of-setting' } }] },
  { rule: 'device.personal-use.unauthorised', policy: 'homerton-early-years', effect: 'block', fires: { t: { personalUse: true } },
    nearMisses: [{ d: personalCamera, t: { personalUse: true } }, { t: { personalUse: false } },
      { d: { personalUseAuthorisedBy: 'head-of-setting' }, t: { personalUse: true } }] },
  { rule: 'device.user.unauthorised', policy: 'baseline', effect: 'block', fires: { t: { carriedBy: 's2' } },
    nearMisses: [{ d: personalCamera, t: { carriedBy: 's2' } }, { d: { authorisedUsers: ['s1', 's2'] }, t: { carriedBy: 's2' } }], elsewhere: [anyUser] },
  // 004 "Access to personal, private or sensitive information and data is restricted to authorised users only": the
  // data, not the device, is kept to its users; Barnet and Two Mile Ash say neither.
  { rule: 'device.user.unauthorised', policy: kirklees, effect: 'block', fires: { t: { carriedBy: 's2' } },
    nearMisses: [{ d: { holdsChildPhotos: false }, t: { carriedBy: 's2' } }, { d: { authorisedUsers: ['s1', 's2'] }, t: { carriedBy: 's2' } }],
    elsewhere: [barnet, 'two-mile-ash-pre-school'] },
  // 003 keeps every device to its authorised person, whatever it holds.
  { rule: 'device.user.unauthorised', policy: 'cambridgeshire-early-years', effect: 'block', fires: { d: { holdsChildPhotos: false }, t: { carriedBy: 's2', kind: 'visit' } },
    nearMisses: [{ d: { holdsChildPhotos: false, authorisedUsers: ['s2'] }, t: { carriedBy: 's2' } }], elsewhere: [kirklees, barnet] },
  // 002 and 003 forbid personal devices outright.
  { rule: 'device.personal.forbidden', policy: 'two-mile-ash-pre-school', effect: 'block', fires: { d: personalCamera },
    nearMisses: [{ d: { holdsChildPhotos: false } }, { d: phone }], elsewhere: [barnet, kirklees] },
  // 000 "Use personal ICT equipment, unless with specific authorisation"; 004 "only use equipment provided or authorised".
  ...([barnet, kirklees] as const).map((policy) => ({ rule: 'device.personal.unagreed', policy, effect: 'block' as const, fires: { d: personalCamera },
    nearMisses: [{ d: { holdsChildPhotos: false } }, { d: { ...personalCamera, useAgreedBy: 'manager' as const } }], elsewhere: ['two-mile-ash-pre-school' as const] })),
  // 004 "never use a personal device ... to take photographs of pupils": agreement does not let a personal device hold them.
  { rule: 'device.personal.child-data', policy: kirklees, effect: 'block', fires: { d: agreedCamera },
    nearMisses: [{ d: { ...agreedCamera, holdsChildPhotos: false } }, { d: { ...agreedCamera, owner: 'setting' } }], elsewhere: [barnet] },
  // Barnet lets its own equipment be used, photos included, with specific authorisation: the law asks that it be encrypted.
  { rule: 'device.personal.child-data-unencrypted', policy: barnet, effect: 'block', fires: { d: { ...agreedCamera, encrypted: false } },
    nearMisses: [{ d: agreedCamera }, { d: { ...agreedCamera, encrypted: false, holdsChildPhotos: false } }, { d: { ...agreedCamera, encrypted: false, owner: 'setting' } }],
    elsewhere: ['baseline', 'homerton-early-years', kirklees] },
  // Only Homerton and Cambridgeshire restrict personal use of a setting device off site.
  { rule: 'device.personal-use.unauthorised', policy: 'cambridgeshire-early-years', effect: 'block', fires: { t: { personalUse: true } },
    nearMisses: [{ t: { personalUse: false } }, { d: { personalUseAuthorisedBy: 'manager' }, t: { personalUse: true } }],
    elsewhere: [barnet, 'two-mile-ash-pre-school', kirklees] },
];

describe('device personal-device rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('device: personal devices, personal use, authorised user (000; 001 l.35, l.43, l.73; 002 l.48; 003 l.16; 004 l.400)', () => {
  it('device.personal.forbidden: only setting technology off site (baseline, Cambridgeshire, Two Mile Ash)', () => {
    for (const p of ['baseline', 'cambridgeshire-early-years', 'two-mile-ash-pre-school'] as const) {
      expect(check(personalCamera, {}, p).rules).toContain('device.personal.forbidden');
    }
    expect(check({}, {}, 'baseline').rules).not.toContain('device.personal.forbidden');
  });
  it('device.personal.unagreed: Homerton needs the Head of Centre, Barnet and Kirklees the manager', () => {
    expect(check(personalCamera, {}, 'homerton-early-years').rules).toEqual(['device.personal.unagreed']);
    expect(check({ ...personalCamera, useAgreedBy: 'head-of-setting' }, {}, 'homerton-early-years').rules).toEqual([]);
    expect(check({ ...personalCamera, useAgreedBy: 'manager' }, {}, 'homerton-early-years').rules).toEqual(['device.personal.unagreed']);
    expect(check({ ...personalCamera, useAgreedBy: 'manager' }, {}, 'barnet-early-years').rules).toEqual([]);
    expect(check({ ...personalCamera, useAgreedBy: 'manager' }, {}, 'kirklees-primary').rules).toEqual([]);
  });
  it('device.personal.child-data: a personal device must not hold children\'s photos or details', () => {
    const d = check({ ...personalCamera, holdsChildPhotos: true, useAgreedBy: 'head-of-setting' }, {}, 'homerton-early-years');
    expect(d.rules).toEqual(['device.personal.child-data']);
    const unknown = { ...personalCamera, holdsChildPhotos: undefined, useAgreedBy: 'head-of-setting' as const };
    expect(check(unknown, {}, 'homerton-early-years').rules).toEqual(['device.personal.child-data']);
    expect(check({ ...personalCamera, useAgreedBy: 'head-of-setting' }, {}, 'homerton-early-years').rules).toEqual([]);
  });
  it('device.personal-use.unauthorised: personal use of a setting device needs authorisation from the named role', () => {
    expect(check({}, { personalUse: true }, 'homerton-early-years').rules).toEqual(['device.personal-use.unauthorised']);
    expect(check({ personalUseAuthorisedBy: 'head-of-setting' }, { personalUse: true }, 'homerton-early-years').rules).toEqual([]);
    expect(check({ personalUseAuthorisedBy: 'manager' }, { personalUse: true }, 'cambridgeshire-early-years').rules).toEqual([]);
  });
  it('Barnet: a member of staff\'s own camera holding photos, with the manager\'s specific authorisation and encrypted, may go', () => {
    const d = check(agreedCamera, {}, barnet);
    expect(d.rules).toEqual([]);
    expect(d.allowed).toBe(true);
    expect(check({ ...agreedCamera, useAgreedBy: undefined }, {}, barnet).rules).toEqual(['device.personal.unagreed']);
    expect(check({ ...agreedCamera, encrypted: undefined }, {}, barnet).rules).toEqual(['device.personal.child-data-unencrypted']);
    // The same camera under every other preset: its own policy keeps photos of children off personal devices.
    for (const p of ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', kirklees] as const) {
      expect(check(agreedCamera, {}, p).rules, p).toContain('device.personal.child-data');
    }
  });
  it('device.user.unauthorised: only its authorised person takes it', () => {
    expect(check({}, { carriedBy: 's2' }).rules).toEqual(['device.user.unauthorised']);
    expect(check({ authorisedUsers: undefined }).rules).toEqual(['device.user.unauthorised']);
    expect(check({ authorisedUsers: ['s1', 's2'] }, { carriedBy: 's2' }).rules).toEqual([]);
  });
});

describe('device personal rules: each preset\'s finding cites its own policy, else the law', () => {
  const cases: [string, PolicyOption & string, Case, string][] = [
    ['device.personal.forbidden', 'two-mile-ash-pre-school', { d: personalCamera }, '002_ed2002546c8e0053.txt'],
    ['device.personal.forbidden', 'cambridgeshire-early-years', { d: personalCamera }, '003_20a7bc9faa9d6812.txt'],
    ['device.personal.unagreed', barnet, { d: personalCamera }, '000_adea60a66085a501.txt'],
    ['device.personal.unagreed', 'homerton-early-years', { d: personalCamera }, '001_37d62a2ef733a813.txt'],
    ['device.personal.unagreed', kirklees, { d: personalCamera }, '004_fa76751dc5d22203.txt'],
    ['device.personal.child-data', 'two-mile-ash-pre-school', { d: agreedCamera }, '002_ed2002546c8e0053.txt'],
    ['device.personal.child-data', 'cambridgeshire-early-years', { d: agreedCamera }, '003_20a7bc9faa9d6812.txt'],
    ['device.personal.child-data', kirklees, { d: agreedCamera }, '004_fa76751dc5d22203.txt'],
    ['device.personal.child-data-unencrypted', barnet, { d: { ...agreedCamera, encrypted: false } }, 'statutory-facts.md'],
    ['device.personal-use.unauthorised', 'cambridgeshire-early-years', { t: { personalUse: true } }, '003_20a7bc9faa9d6812.txt'],
    ['device.user.unauthorised', 'cambridgeshire-early-years', { t: { carriedBy: 's2' } }, '003_20a7bc9faa9d6812.txt'],
    ['device.user.unauthorised', kirklees, { t: { carriedBy: 's2' } }, '004_fa76751dc5d22203.txt'],
  ];
  it.each(cases)('%s under %s', (rule, policy, c, source) => {
    const f = decide(c, policy).reasons.find((r) => r.rule === rule);
    expect(f?.clause.source).toBe(source);
  });
});
