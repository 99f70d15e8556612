import { describe, expect, it } from 'vitest';
import { canTakeDeviceOffSite } from './canTakeDeviceOffSite.js';
import type { Device, Trip } from './schema.js';
import { definePolicy, type PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, device, phone, trip } from './helpers.js';
import type { PresetId } from '../../src/core/policy/presets.js';

const outingsPhone = { kind: 'phone' as const, role: 'outings-phone' as const, holdsChildPhotos: false };

type Case = { d?: Partial<Device>; t?: Partial<Trip> };
const decide = (c: Case, policy?: PolicyOption) => canTakeDeviceOffSite(device(c.d), trip(c.t), { policy });
/** Every preset asks for a setting phone on trips; this policy does not. */
const noSettingPhone = definePolicy({ id: 'acorn', version: '1', device: { settingPhoneRequired: false } });

// "may not", "must" and a forbidden personal phone block; a phone that "is provided" and "we ask" (turned off) warn.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  // Taken home, though it says it comes back: the trip kind alone fires it.
  // Only Homerton says its outings phone "may not be taken home".
  { rule: 'device.outings-phone.home', policy: 'baseline', effect: 'block', fires: { d: outingsPhone, t: { kind: 'home' } },
    nearMisses: [{ d: { ...outingsPhone, role: 'general' }, t: { kind: 'home' } }, { d: outingsPhone, t: { kind: 'outing' } }],
    elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] },
  { rule: 'device.outings-phone.home', policy: 'homerton-early-years', effect: 'block', fires: { d: outingsPhone, t: { kind: 'home' } },
    nearMisses: [{ d: { ...outingsPhone, role: 'general' }, t: { kind: 'home' } }, { d: outingsPhone, t: { kind: 'outing' } }] },
  // On a visit, not coming back: the return alone fires it.
  { rule: 'device.outings-phone.home', policy: 'baseline', effect: 'block', fires: { d: outingsPhone, t: { returnsToSettingAtEnd: false } },
    nearMisses: [{ d: { ...outingsPhone, role: 'general' }, t: { returnsToSettingAtEnd: false } }, { d: outingsPhone, t: { returnsToSettingAtEnd: true } }] },
  { rule: 'device.outing.not-cleared', policy: 'cambridgeshire-early-years', effect: 'block', fires: { t: { kind: 'outing' } },
    nearMisses: [{ d: { owner: 'personal' }, t: { kind: 'outing' } }, { t: { kind: 'visit' } }, { d: { holdsChildPhotos: false }, t: { kind: 'outing' } }],
    elsewhere: ['baseline'] },
  // Barnet and Two Mile Ash name no setting phone for outings.
  { rule: 'device.outing.no-setting-phone', policy: 'baseline', effect: 'warn', fires: { t: { kind: 'visit', settingPhoneCarried: undefined } },
    nearMisses: [{ t: { kind: 'work-elsewhere', settingPhoneCarried: undefined } }, { t: { kind: 'visit', settingPhoneCarried: true } }],
    elsewhere: [noSettingPhone, 'barnet-early-years', 'two-mile-ash-pre-school'] },
  ...(['homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] as const).map((policy) => ({
    rule: 'device.outing.no-setting-phone', policy, effect: 'warn' as const, fires: { t: { kind: 'visit' as const, settingPhoneCarried: false } },
    nearMisses: [{ t: { kind: 'visit' as const, settingPhoneCarried: true } }] })),
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
  // Two Mile Ash says nothing of disposal (the law's encryption rule still stops an unencrypted device holding data).
  { rule: 'device.disposal.not-wiped', policy: 'baseline', effect: 'block', fires: { t: { kind: 'disposal' } },
    nearMisses: [{ t: { kind: 'repair' } }, { d: { holdsChildPhotos: false }, t: { kind: 'disposal' } }], elsewhere: ['two-mile-ash-pre-school'] },
  ...(['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] as const).map((policy) => ({
    rule: 'device.disposal.not-wiped', policy, effect: 'block' as const, fires: { d: { holdsSensitiveData: true }, t: { kind: 'disposal' as const } },
    nearMisses: [{ d: { holdsChildPhotos: false }, t: { kind: 'disposal' as const } }] })),
  // 000 "Use personal ICT equipment, unless with specific authorisation"; 004 "only use equipment provided or authorised".
  ...(['barnet-early-years', 'kirklees-primary'] as const).map((policy) => ({
    rule: 'device.personal-phone.unagreed', policy, effect: 'block' as const, fires: { d: phone, t: { kind: 'outing' as const } },
    nearMisses: [{ d: phone, t: { kind: 'outing' as const, personalPhoneAgreedBy: 'manager' as const } }, { d: phone, t: { kind: 'home' as const } }],
    elsewhere: ['two-mile-ash-pre-school' as const, 'cambridgeshire-early-years' as const] })),
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

describe('device outing rules: each preset\'s finding cites its own policy', () => {
  const cases: [string, PresetId, Case, string][] = [
    ['device.outing.no-setting-phone', 'homerton-early-years', { t: { settingPhoneCarried: false } }, '001_37d62a2ef733a813.txt'],
    ['device.outing.no-setting-phone', 'cambridgeshire-early-years', { t: { settingPhoneCarried: false } }, '003_20a7bc9faa9d6812.txt'],
    ['device.outing.no-setting-phone', 'kirklees-primary', { t: { settingPhoneCarried: false } }, '004_fa76751dc5d22203.txt'],
    ['device.personal-phone.unagreed', 'barnet-early-years', { d: phone, t: { kind: 'outing' } }, '000_adea60a66085a501.txt'],
    ['device.personal-phone.unagreed', 'kirklees-primary', { d: phone, t: { kind: 'outing' } }, '004_fa76751dc5d22203.txt'],
    ['device.disposal.not-wiped', 'barnet-early-years', { t: { kind: 'disposal' } }, '000_adea60a66085a501.txt'],
    ['device.disposal.not-wiped', 'homerton-early-years', { t: { kind: 'disposal' } }, '001_37d62a2ef733a813.txt'],
    ['device.disposal.not-wiped', 'cambridgeshire-early-years', { t: { kind: 'disposal' } }, '003_20a7bc9faa9d6812.txt'],
    ['device.disposal.not-wiped', 'kirklees-primary', { t: { kind: 'disposal' } }, '004_fa76751dc5d22203.txt'],
  ];
  it.each(cases)('%s under %s', (rule, policy, c, source) => {
    expect(decide(c, policy).reasons.find((r) => r.rule === rule)?.clause.source).toBe(source);
  });
  it('Two Mile Ash: an encrypted camera with photos may go for disposal (its policy is silent); an unencrypted one may not (the law)', () => {
    expect(check({}, { kind: 'disposal' }, 'two-mile-ash-pre-school').rules).toEqual([]);
    const d = check({ encrypted: false }, { kind: 'disposal' }, 'two-mile-ash-pre-school');
    expect(d.reasons.map((f) => [f.rule, f.clause.source])).toEqual([['device.offsite.unencrypted', 'statutory-facts.md']]);
  });
});
