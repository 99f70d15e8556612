import { describe, expect, it } from 'vitest';
import { canUsePhone } from './canUsePhone.js';
import type { PhoneRequest } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { decide, requestsFrom, rules } from './helpers.js';

// Staff personal phones (staff.json, outings.json), read from the clauses: a "must not" blocks, a reminder or a
// permitted emergency use warns. Each near miss undoes one condition of the rule; `elsewhere` names presets without the clause.
const calm: PhoneRequest = {
  who: 'staff', device: 'personal-phone', purpose: 'call', contactWith: 'dependant', place: 'staff-room',
  childrenPresent: false, sessionRunning: false, workingHours: false, lunchBreak: false, lessonTime: false,
};
const at = requestsFrom(calm);
const parent: Partial<PhoneRequest> = { who: 'parent-or-carer' };
// An emergency with permission from the role every preset but Cambridgeshire names (manager, Homerton's leadership team,
// or Kirklees' head teacher).
const permitted: Partial<PhoneRequest> = {
  emergency: true, permissions: [{ from: 'manager', for: 'emergency' }, { from: 'leadership-team', for: 'emergency' }, { from: 'head-teacher', for: 'emergency' }],
};
const unpermitted: Partial<PhoneRequest> = { emergency: true };
const outingsPhone: Partial<PhoneRequest> = { device: 'outings-phone', contactWith: 'family' };

const staff: RuleScenario<PhoneRequest, PresetId>[] = [
  { rule: 'phone.personal.children-present', policy: 'baseline', effect: 'block', fires: at({ childrenPresent: true }),
    nearMisses: [at({}), at({ childrenPresent: true, ...parent }), at({ childrenPresent: true, ...permitted })],
    elsewhere: ['two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'phone.personal.working-hours', policy: 'homerton-early-years', effect: 'block', fires: at({ workingHours: true }),
    nearMisses: [at({}), at({ workingHours: true, ...parent }), at({ workingHours: true, ...permitted })], elsewhere: ['baseline'] },
  { rule: 'phone.personal.staff-room-only', policy: 'homerton-early-years', effect: 'block', fires: at({ place: 'learning-space-outdoors' }),
    nearMisses: [at({ place: 'office' }), at({ place: 'learning-space-outdoors', ...parent }), at({ place: 'learning-space-outdoors', ...permitted })],
    elsewhere: ['baseline'] },
  { rule: 'phone.personal.on-premises-working-hours', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ workingHours: true }),
    nearMisses: [at({}), at({ workingHours: true, place: 'off-premises' }), at({ workingHours: true, ...parent }), at({ workingHours: true, ...permitted })],
    elsewhere: ['baseline'] },
  { rule: 'phone.personal.lunch-break', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ workingHours: true, lunchBreak: true }),
    nearMisses: [at({ workingHours: true }), at({ workingHours: true, lunchBreak: undefined }),
      at({ workingHours: true, lunchBreak: true, place: 'off-premises' }),
      at({ workingHours: true, lunchBreak: true, ...parent })], elsewhere: ['baseline'] },
  { rule: 'phone.personal.emergency-children-present', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ ...permitted, childrenPresent: true }),
    nearMisses: [at({ ...permitted }), at({ ...unpermitted, childrenPresent: true }), at({ ...permitted, childrenPresent: true, ...parent })],
    elsewhere: ['homerton-early-years'] },
  { rule: 'phone.personal.emergency-use', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: at({ ...permitted, workingHours: true }),
    nearMisses: [at({ ...unpermitted, workingHours: true }), at({ ...permitted, workingHours: true, ...parent })], elsewhere: ['homerton-early-years'] },
  { rule: 'phone.personal.emergency-use-agreed', policy: 'homerton-early-years', effect: 'warn', fires: at({ ...permitted }),
    nearMisses: [at({ emergency: true, permissions: [{ from: 'manager', for: 'emergency' }] }), at({ ...permitted, ...parent })],
    elsewhere: ['two-mile-ash-pre-school'] },
  { rule: 'phone.personal.not-setting-owned', policy: 'cambridgeshire-early-years', effect: 'block', fires: at({ place: 'outing' }),
    nearMisses: [at({ place: 'off-premises' }), at({ place: 'outing', ...parent }), at({ place: 'outing', device: 'setting-phone', contactWith: 'family' })],
    elsewhere: ['baseline'] },
  { rule: 'phone.personal.not-setting-owned', policy: 'cambridgeshire-early-years', effect: 'block', fires: at({ device: 'personal-camera', place: 'office' }),
    nearMisses: [at({ device: 'setting-camera', place: 'office' })] },
  { rule: 'phone.personal.lesson-time', policy: 'kirklees-primary', effect: 'block', fires: at({ lessonTime: true }),
    nearMisses: [at({}), at({ lessonTime: true, ...parent }), at({ lessonTime: true, ...permitted })], elsewhere: ['baseline'] },
  { rule: 'phone.personal.store-in-locker', policy: 'homerton-early-years', effect: 'warn', fires: at({ childrenPresent: true }),
    nearMisses: [at({}), at({ childrenPresent: true, ...parent }), at({ childrenPresent: true, device: 'setting-phone', contactWith: 'family' }),
      at({ childrenPresent: true, place: 'off-premises' })], elsewhere: ['two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  // The locked box and switching off apply during a session or while any child is in the setting: one case for each.
  { rule: 'phone.personal.store-in-locked-box', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: at({ sessionRunning: true }),
    nearMisses: [at({}), at({ sessionRunning: true, ...parent }), at({ sessionRunning: true, device: 'setting-phone', contactWith: 'family' }),
      at({ sessionRunning: true, place: 'off-premises' })], elsewhere: ['homerton-early-years'] },
  { rule: 'phone.personal.store-in-locked-box', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: at({ childrenPresent: true }),
    nearMisses: [at({ childrenPresent: true, place: 'off-premises' })], elsewhere: ['homerton-early-years'] },
  { rule: 'phone.personal.switch-off-in-session', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ sessionRunning: true }),
    nearMisses: [at({}), at({ sessionRunning: true, ...parent }), at({ sessionRunning: true, place: 'off-premises' }),
      at({ sessionRunning: true, ...permitted })],
    elsewhere: ['homerton-early-years'] },
  { rule: 'phone.personal.switch-off-in-session', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ childrenPresent: true }),
    nearMisses: [at({ childrenPresent: true, ...permitted })], elsewhere: ['homerton-early-years'] },
  { rule: 'phone.personal.charging', policy: 'homerton-early-years', effect: 'block', fires: at({ purpose: 'charging' }),
    nearMisses: [at({}), at({ purpose: 'charging', permissions: [{ from: 'head-of-setting', for: 'charging' }] }),
      at({ purpose: 'charging', device: 'setting-phone' }),
      at({ purpose: 'charging', place: 'off-premises' })] },
];

const outings: RuleScenario<PhoneRequest, PresetId>[] = [
  { rule: 'phone.outing.switch-off', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ place: 'outing' }),
    nearMisses: [at({ place: 'off-premises' }), at({ place: 'outing', ...parent }), at({ place: 'outing', ...outingsPhone })],
    elsewhere: ['homerton-early-years', 'kirklees-primary', 'cambridgeshire-early-years'] },
  { rule: 'phone.outing.emergency-not-agreed', policy: 'homerton-early-years', effect: 'block', fires: at({ place: 'outing' }),
    nearMisses: [at({ place: 'outing', ...permitted }), at({ place: 'off-premises' }), at({ place: 'outing', ...parent }),
      at({ place: 'outing', ...outingsPhone })],
    elsewhere: ['two-mile-ash-pre-school'] },
  { rule: 'phone.outing.emergency-agreed', policy: 'homerton-early-years', effect: 'warn', fires: at({ place: 'outing', ...permitted }),
    nearMisses: [at({ place: 'outing', ...unpermitted }), at({ place: 'off-premises', ...permitted }), at({ place: 'outing', ...permitted, ...parent }),
      at({ place: 'outing', ...permitted, ...outingsPhone })], elsewhere: ['two-mile-ash-pre-school'] },
  { rule: 'phone.outing.use-school-phone', policy: 'kirklees-primary', effect: 'block', fires: at({ place: 'outing' }),
    nearMisses: [at({ place: 'off-premises' }), at({ place: 'outing', ...parent }), at({ place: 'outing', ...outingsPhone })],
    elsewhere: ['two-mile-ash-pre-school'] },
];

describe('staff personal-phone rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(staff.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('outing rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(outings.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('a missing answer counts against the request where the clause protects children', () => {
  it('children present, working hours or lesson time not stated', () => {
    expect(rules(at({ childrenPresent: undefined }), 'baseline')).toContain('phone.personal.children-present');
    expect(rules(at({ workingHours: undefined }), 'homerton-early-years')).toContain('phone.personal.working-hours');
    expect(rules(at({ lessonTime: undefined }), 'kirklees-primary')).toContain('phone.personal.lesson-time');
  });
});

describe('the same request, answered by each preset from its own policy', () => {
  const ids = (q: PhoneRequest, p: PresetId) => {
    const d = canUsePhone(q, { policy: p });
    return { allowed: d.allowed, rules: d.reasons.map((r) => r.rule), sources: d.reasons.map((r) => r.clause.source), conditions: d.conditions };
  };
  it('staff personal phone in the staff room on a lunch break, no children present', () => {
    const q = at({ workingHours: true, lunchBreak: true, sessionRunning: true });
    expect(ids(q, 'barnet-early-years').allowed).toBe(true);
    const hom = ids(q, 'homerton-early-years');
    expect(hom).toMatchObject({ allowed: false, rules: ['phone.personal.working-hours'], sources: ['001_37d62a2ef733a813.txt'] });
    const tma = ids(q, 'two-mile-ash-pre-school');
    expect(tma.allowed).toBe(false);
    expect(tma.rules).toContain('phone.personal.lunch-break');
    expect(tma.conditions).toEqual(expect.arrayContaining(['leave-the-building', 'store-in-locked-box', 'switch-off']));
    expect(ids(q, 'cambridgeshire-early-years')).toMatchObject({ allowed: false, sources: ['003_20a7bc9faa9d6812.txt'], conditions: ['use-setting-phone'] });
    expect(ids({ ...q, lessonTime: true }, 'kirklees-primary')).toMatchObject({ allowed: false, rules: ['phone.personal.lesson-time'] });
    expect(ids(at({ workingHours: true, lunchBreak: true, lessonTime: false }), 'kirklees-primary').allowed).toBe(true);
  });
  it('staff personal phone on an outing, no emergency', () => {
    const q = at({ place: 'outing', childrenPresent: true });
    expect(ids(q, 'homerton-early-years').conditions).toContain('agreed-emergency-use-only');
    expect(ids(q, 'two-mile-ash-pre-school')).toMatchObject({ allowed: false, conditions: ['switch-off'] });
    expect(ids(q, 'kirklees-primary').conditions).toEqual(['use-setting-phone']);
    expect(ids(q, 'cambridgeshire-early-years').rules).toEqual(['phone.personal.not-setting-owned']);
    const strict = ['homerton-early-years', 'two-mile-ash-pre-school', 'kirklees-primary', 'cambridgeshire-early-years'] as const;
    for (const p of strict) expect(ids(q, p).allowed).toBe(false);
  });
  it('a parent at collection with a phone: leave the building (Homerton) or switch off, out of sight (Two Mile Ash)', () => {
    const q = at({ who: 'parent-or-carer', place: 'entrance', childrenPresent: true });
    expect(ids(q, 'homerton-early-years')).toMatchObject({ allowed: false, rules: ['phone.parent.outside-building'], conditions: ['leave-the-building'] });
    expect(ids(q, 'two-mile-ash-pre-school')).toMatchObject({ allowed: false, conditions: ['switch-off', 'out-of-sight'] });
  });
  it('a social worker keeps a phone; an ordinary visitor hands it in', () => {
    expect(ids(at({ who: 'lone-working-visitor', place: 'office', purpose: 'message', contactWith: 'other' }), 'two-mile-ash-pre-school').allowed).toBe(true);
    expect(ids(at({ who: 'visitor', place: 'office', purpose: 'message', contactWith: 'other' }), 'two-mile-ash-pre-school'))
      .toMatchObject({ allowed: false, conditions: ['switch-off', 'hand-in-to-office'] });
  });
  it('a staff photo of children on a personal phone with the manager\'s authorisation: Barnet allows, the others never', () => {
    const q = at({ purpose: 'photo-or-video', photoSubject: 'children', secret: false, permissions: [{ from: 'manager', for: 'photo' }] });
    expect(ids(q, 'barnet-early-years').allowed).toBe(true);
    for (const p of ['homerton-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] as const) {
      expect(ids(q, p).rules).toContain('phone.personal.photo-children');
    }
  });
  it('the setting phone in a learning space: Homerton blocks, Cambridgeshire allows', () => {
    const q = at({ device: 'setting-phone', contactWith: 'family', place: 'learning-space-indoors', childrenPresent: true });
    expect(ids(q, 'homerton-early-years').rules).toEqual(['phone.setting.place']);
    expect(ids(q, 'cambridgeshire-early-years').allowed).toBe(true);
  });
  it('a child with a phone: kept in the office (Two Mile Ash) or allowed outside lessons (Kirklees)', () => {
    const q = at({ who: 'child', place: 'learning-space-indoors', lessonTime: false });
    expect(ids(q, 'two-mile-ash-pre-school')).toMatchObject({ allowed: false, conditions: ['keep-in-office-until-collection'] });
    expect(ids(q, 'kirklees-primary').allowed).toBe(true);
  });
});
