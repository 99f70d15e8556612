import { describe, expect, it } from 'vitest';
import type { PhoneRequest } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { decide, requestsFrom, rules } from './helpers.js';

// Two Mile Ash's locked box (storage.json), read from 002 "Mobile phones – staff and visitors": "The box must remain
// locked while children are in the session and must only be accessed if staff are leaving the session either at lunch
// time or at the end of their working day" (a "must only": blocks otherwise), and "The lockable box is located in the
// office and only the Manager and Deputy Manager have keys" (only they unlock it: blocks otherwise). Taking the phone out
// to leave is allowed, on the terms that come with it (a warn with its condition).
const box: PhoneRequest = {
  who: 'staff', device: 'personal-phone', purpose: 'take-from-storage', place: 'office',
  childrenPresent: true, sessionRunning: true, workingHours: true, lunchBreak: true,
};
const at = requestsFrom(box);
const keyholder: Partial<PhoneRequest> = { unlockedBy: 'deputy-manager' };
const permitted: Partial<PhoneRequest> = { emergency: true, permissions: [{ from: 'manager', for: 'emergency' }] };

const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
  { rule: 'phone.locked-box.not-leaving', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ ...keyholder, leaving: 'not-leaving' }),
    nearMisses: [at({ ...keyholder, leaving: 'lunch-time' }), at({ ...keyholder, leaving: 'end-of-working-day' }),
      at({ ...keyholder, leaving: 'not-leaving', ...permitted }), at({ ...keyholder, leaving: 'not-leaving', who: 'parent-or-carer' }),
      at({ ...keyholder, leaving: 'not-leaving', device: 'setting-phone' }), at({ ...keyholder, leaving: 'not-leaving', purpose: 'browsing' })],
    elsewhere: ['homerton-early-years', 'baseline', 'barnet-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
  // Not saying whether one is leaving counts against the request.
  { rule: 'phone.locked-box.not-leaving', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ ...keyholder }),
    nearMisses: [at({ ...keyholder, leaving: 'lunch-time' })] },
  // Outside the session too: "must only be accessed if staff are leaving".
  { rule: 'phone.locked-box.not-leaving', policy: 'two-mile-ash-pre-school', effect: 'block',
    fires: at({ ...keyholder, leaving: 'not-leaving', childrenPresent: false, sessionRunning: false }),
    nearMisses: [at({ ...keyholder, leaving: 'end-of-working-day', childrenPresent: false, sessionRunning: false })] },
  { rule: 'phone.locked-box.not-keyholder', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ leaving: 'lunch-time', unlockedBy: 'staff' }),
    nearMisses: [at({ leaving: 'lunch-time', unlockedBy: 'manager' }), at({ leaving: 'lunch-time', unlockedBy: 'deputy-manager' }),
      at({ leaving: 'lunch-time', who: 'manager' }), at({ leaving: 'lunch-time', unlockedBy: 'staff', who: 'parent-or-carer' }),
      at({ leaving: 'lunch-time', unlockedBy: 'staff', purpose: 'call', contactWith: 'dependant' })],
    elsewhere: ['homerton-early-years', 'baseline'] },
  // Not saying who unlocks it counts against the request; a room leader or a staff member holds no key.
  { rule: 'phone.locked-box.not-keyholder', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ leaving: 'lunch-time' }),
    nearMisses: [at({ leaving: 'lunch-time', ...keyholder })] },
  { rule: 'phone.locked-box.not-keyholder', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ leaving: 'end-of-working-day', unlockedBy: 'room-leader' }),
    nearMisses: [at({ leaving: 'end-of-working-day', unlockedBy: 'manager' })] },
  { rule: 'phone.locked-box.leaving', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: at({ ...keyholder, leaving: 'lunch-time' }),
    nearMisses: [at({ ...keyholder, leaving: 'not-leaving' }), at({ ...keyholder }), at({ ...keyholder, leaving: 'lunch-time', who: 'parent-or-carer' })],
    elsewhere: ['homerton-early-years', 'baseline'] },
];

describe('the locked box: each rule fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('taking a phone from the locked box, as Two Mile Ash answers it', () => {
  it('leaving at lunch time, unlocked by the deputy: allowed, on the terms of leaving the setting to use it', () => {
    const d = decide(at({ ...keyholder, leaving: 'lunch-time' }), 'two-mile-ash-pre-school');
    expect(d).toMatchObject({ allowed: true, conditions: ['leave-the-building'] });
    expect(d.reasons.map((r) => r.clause.source)).toEqual(['002_ed2002546c8e0053.txt']);
  });
  it('the manager takes her own phone at the end of the day: allowed', () => {
    expect(decide(at({ who: 'manager', leaving: 'end-of-working-day' }), 'two-mile-ash-pre-school').allowed).toBe(true);
  });
  it('mid-session, not leaving: refused, the phone stays in the box', () => {
    expect(decide(at({ ...keyholder, leaving: 'not-leaving' }), 'two-mile-ash-pre-school'))
      .toMatchObject({ allowed: false, conditions: ['store-in-locked-box'] });
  });
  it('taking the phone out is not using it: the session rules on use do not fire, using it still does', () => {
    const taking = rules(at({ ...keyholder, leaving: 'lunch-time' }), 'two-mile-ash-pre-school');
    expect(taking).not.toContain('phone.personal.switch-off-in-session');
    expect(taking).not.toContain('phone.personal.store-in-locked-box');
    expect(rules(at({ purpose: 'call', contactWith: 'dependant' }), 'two-mile-ash-pre-school')).toContain('phone.personal.switch-off-in-session');
  });
  it('where phones are kept in lockers (Homerton), taking one out is not restricted', () => {
    expect(decide(at({}), 'homerton-early-years').allowed).toBe(true);
  });
});
