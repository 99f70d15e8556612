import { describe, expect, it } from 'vitest';
import { canTakeDeviceOffSite } from './canTakeDeviceOffSite.js';
import type { Device, Trip } from './schema.js';
import { definePolicy, type PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, device, phone, trip } from './helpers.js';

const personalCamera = { owner: 'personal' as const, holdsChildPhotos: false, holdsSensitiveData: false };

type Case = { d?: Partial<Device>; t?: Partial<Trip> };
const decide = (c: Case, policy?: PolicyOption) => canTakeDeviceOffSite(device(c.d), trip(c.t), { policy });
/** Every preset keeps a setting device to its authorised users; this policy does not. */
const anyUser = definePolicy({ id: 'acorn', version: '1', device: { authorisedUserOnly: false } });

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
  it('device.user.unauthorised: only its authorised person takes it', () => {
    expect(check({}, { carriedBy: 's2' }).rules).toEqual(['device.user.unauthorised']);
    expect(check({ authorisedUsers: undefined }).rules).toEqual(['device.user.unauthorised']);
    expect(check({ authorisedUsers: ['s1', 's2'] }, { carriedBy: 's2' }).rules).toEqual([]);
  });
});
