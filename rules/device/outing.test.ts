import { describe, expect, it } from 'vitest';
import { canTakeDeviceOffSite } from './canTakeDeviceOffSite.js';
import type { Device, Trip } from './schema.js';
import { definePolicy, type PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, device, phone, trip } from './helpers.js';

const outingsPhone = { kind: 'phone' as const, role: 'outings-phone' as const, holdsChildPhotos: false };

type Case = { d?: Partial<Device>; t?: Partial<Trip> };
const decide = (c: Case, policy?: PolicyOption) => canTakeDeviceOffSite(device(c.d), trip(c.t), { policy });
/** Every preset asks for a setting phone on trips; this policy does not. */
const noSettingPhone = definePolicy({ id: 'acorn', version: '1', device: { settingPhoneRequired: false } });

// "may not", "must" and a forbidden personal phone block; a phone that "is provided" and "we ask" (turned off) warn.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  // Taken home, though it says it comes back: the trip kind alone fires it.
  { rule: 'device.outings-phone.home', policy: 'baseline', effect: 'block', fires: { d: outingsPhone, t: { kind: 'home' } },
    nearMisses: [{ d: { ...outingsPhone, role: 'general' }, t: { kind: 'home' } }, { d: outingsPhone, t: { kind: 'outing' } }] },
  // On a visit, not coming back: the return alone fires it.
  { rule: 'device.outings-phone.home', policy: 'baseline', effect: 'block', fires: { d: outingsPhone, t: { returnsToSettingAtEnd: false } },
    nearMisses: [{ d: { ...outingsPhone, role: 'general' }, t: { returnsToSettingAtEnd: false } }, { d: outingsPhone, t: { returnsToSettingAtEnd: true } }] },
  { rule: 'device.outing.not-cleared', policy: 'cambridgeshire-early-years', effect: 'block', fires: { t: { kind: 'outing' } },
    nearMisses: [{ d: { owner: 'personal' }, t: { kind: 'outing' } }, { t: { kind: 'visit' } }, { d: { holdsChildPhotos: false }, t: { kind: 'outing' } }],
    elsewhere: ['baseline'] },
  { rule: 'device.outing.no-setting-phone', policy: 'baseline', effect: 'warn', fires: { t: { kind: 'visit', settingPhoneCarried: undefined } },
    nearMisses: [{ t: { kind: 'work-elsewhere', settingPhoneCarried: undefined } }, { t: { kind: 'visit', settingPhoneCarried: true } }],
    elsewhere: [noSettingPhone] },
  { rule: 'device.outing.no-setting-phone', policy: 'baseline', effect: 'warn', fires: { t: { kind: 'outing', settingPhoneCarried: false } },
    nearMisses: [{ t: { kind: 'repair', settingPhoneCarried: false } }, { t: { kind: 'outing', settingPhoneCarried: true } }], elsewhere: [noSettingPhone] },
  { rule: 'device.personal-phone.forbidden', policy: 'cambridgeshire-early-years', effect: 'block', fires: { d: phone, t: { kind: 'outing' } },
    nearMisses: [{ d: phone, t: { kind: 'home' } }], elsewhere: ['homerton-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'device.personal-phone.unagreed', policy: 'homerton-early-years', effect: 'block', fires: { d: phone, t: { kind: 'outing' } },
    nearMisses: [{ d: phone, t: { kind: 'work-elsewhere' } }, { d: phone, t: { kind: 'outing', personalPhoneAgreedBy: 'leadership-team' } }],
    elsewhere: ['cambridgeshire-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'device.personal-phone.not-off', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: { d: phone, t: { kind: 'outing', switchedOff: false } },
    nearMisses: [{ d: phone, t: { kind: 'repair', switchedOff: false } }, { d: phone, t: { kind: 'outing', switchedOff: true } }],
    elsewhere: ['homerton-early-years', 'cambridgeshire-early-years'] },
  { rule: 'device.disposal.not-wiped', policy: 'baseline', effect: 'block', fires: { t: { kind: 'disposal' } },
    nearMisses: [{ t: { kind: 'repair' } }, { d: { holdsChildPhotos: false }, t: { kind: 'disposal' } }] },
];

describe('device outing rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
  it('an unanswered field counts as the unsafe answer', () => {
    expect(check(outingsPhone, { returnsToSettingAtEnd: undefined }).rules).toContain('device.outings-phone.home');
    expect(check({ holdsChildPhotos: undefined }, { kind: 'outing' }, 'cambridgeshire-early-years').rules).toContain('device.outing.not-cleared');
    expect(check({ holdsChildPhotos: undefined }, { kind: 'disposal' }).rules).toContain('device.disposal.not-wiped');
  });
});

describe('device: outings (001 l.67, l.71; 002 l.97; 003 l.16, l.24; 004 l.226, l.249)', () => {
  it('device.outings-phone.home: the outings phone never goes home and always comes back', () => {
    expect(check(outingsPhone, { kind: 'home' }).rules).toContain('device.outings-phone.home');
    expect(check(outingsPhone, { returnsToSettingAtEnd: false }).rules).toContain('device.outings-phone.home');
    expect(check(outingsPhone, { kind: 'outing' }).rules).not.toContain('device.outings-phone.home');
  });
  it('device.outing.not-cleared: Cambridgeshire clears every setting device before an outing', () => {
    expect(check({}, { kind: 'outing' }, 'cambridgeshire-early-years').rules).toEqual(['device.outing.not-cleared']);
    expect(check({ holdsChildPhotos: false }, { kind: 'outing' }, 'cambridgeshire-early-years').rules).toEqual([]);
    expect(check({}, { kind: 'outing' }, 'baseline').rules).toEqual([]);
  });
  it('device.outing.no-setting-phone: a setting phone goes on outings and visits (warn)', () => {
    const d = check({}, { settingPhoneCarried: undefined });
    expect(d.rules).toEqual(['device.outing.no-setting-phone']);
    expect(d.allowed).toBe(true);
    expect(check({}, { kind: 'work-elsewhere', settingPhoneCarried: false }).rules).toEqual([]);
  });
  it('device.personal-phone.forbidden: Cambridgeshire provides a phone; personal phones stay behind', () => {
    expect(check(phone, { kind: 'outing' }, 'cambridgeshire-early-years').rules).toEqual(['device.personal-phone.forbidden']);
    expect(check(phone, { kind: 'outing' }, 'homerton-early-years').rules).not.toContain('device.personal-phone.forbidden');
  });
  it('device.personal-phone.unagreed: Homerton agrees personal phone use with the Leadership Team', () => {
    expect(check(phone, { kind: 'outing' }, 'homerton-early-years').rules).toEqual(['device.personal-phone.unagreed']);
    expect(check(phone, { kind: 'outing', personalPhoneAgreedBy: 'leadership-team' }, 'homerton-early-years').rules).toEqual([]);
  });
  it('device.personal-phone.not-off: Two Mile Ash asks that personal phones are off on outings (warn)', () => {
    const d = check(phone, { kind: 'outing' }, 'two-mile-ash-pre-school');
    expect(d.rules).toEqual(['device.personal-phone.not-off']);
    expect(d.allowed).toBe(true);
    expect(check(phone, { kind: 'outing', switchedOff: true }, 'two-mile-ash-pre-school').rules).toEqual([]);
  });
  it('device.disposal.not-wiped: information is destroyed before disposal', () => {
    expect(check({}, { kind: 'disposal' }).rules).toEqual(['device.disposal.not-wiped']);
    expect(check({ holdsChildPhotos: false }, { kind: 'disposal' }).rules).toEqual([]);
  });
});
