import { describe, expect, it } from 'vitest';
import type { PhoneRequest } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { decide, requestsFrom, rules } from './helpers.js';

// The setting's own phones and devices (setting.json), read from the clauses: each is a "may not", "should not leave" or
// "only for", so each blocks. Near misses undo one condition; `elsewhere` names presets without the clause.
const calm: PhoneRequest = {
  who: 'staff', device: 'setting-phone', purpose: 'call', contactWith: 'family', place: 'office',
  childrenPresent: false, sessionRunning: false, workingHours: false, lunchBreak: false, lessonTime: false,
};
const at = requestsFrom(calm);
const outingsPhone: Partial<PhoneRequest> = { device: 'outings-phone' };
const tablet: Partial<PhoneRequest> = { device: 'setting-tablet', purpose: 'child-records-app', place: 'off-premises' };
const permitted: Partial<PhoneRequest> = { emergency: true, permissions: [{ from: 'manager', for: 'emergency' }] };

const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
  { rule: 'phone.setting.place', policy: 'homerton-early-years', effect: 'block', fires: at({ place: 'learning-space-indoors' }),
    nearMisses: [at({}), at({ ...outingsPhone, place: 'off-premises' })], elsewhere: ['cambridgeshire-early-years'] },
  { rule: 'phone.outings.place', policy: 'homerton-early-years', effect: 'block', fires: at({ ...outingsPhone, place: 'off-premises' }),
    nearMisses: [at({ ...outingsPhone, place: 'outing' }), at({ place: 'learning-space-indoors' })] },
  { rule: 'phone.setting.taken-home', policy: 'homerton-early-years', effect: 'block', fires: at({ place: 'off-premises' }),
    nearMisses: [at({ place: 'staff-room' }), at({ device: 'setting-tablet', place: 'off-premises' })], elsewhere: ['cambridgeshire-early-years'] },
  { rule: 'phone.setting.taken-home', policy: 'homerton-early-years', effect: 'block', fires: at({ ...outingsPhone, place: 'off-premises' }), nearMisses: [] },
  { rule: 'phone.setting.off-premises-unencrypted', policy: 'cambridgeshire-early-years', effect: 'block', fires: at({ ...tablet }),
    nearMisses: [at({ ...tablet, deviceEncrypted: true }), at({ ...tablet, place: 'office' }), at({ ...tablet, device: 'personal-phone' })],
    elsewhere: ['homerton-early-years'] },
  { rule: 'phone.setting.contact-purpose', policy: 'baseline', effect: 'block', fires: at({ contactWith: 'other' }),
    nearMisses: [at({ contactWith: 'emergency-services' }), at({ contactWith: 'other', device: 'personal-phone' })] },
  { rule: 'phone.setting.follows-personal-rules', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ workingHours: true }),
    nearMisses: [at({}), at({ workingHours: true, who: 'parent-or-carer' }), at({ workingHours: true, ...outingsPhone }),
      at({ workingHours: true, place: 'off-premises' }),
      at({ workingHours: true, ...permitted })], elsewhere: ['baseline'] },
];

describe('setting phone and device rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('setting devices: an unstated answer counts against the request', () => {
  it('encryption not stated, or stated as no, keeps a setting device on the premises', () => {
    for (const deviceEncrypted of [undefined, false]) {
      expect(rules(at({ ...tablet, deviceEncrypted }), 'cambridgeshire-early-years')).toContain('phone.setting.off-premises-unencrypted');
    }
  });
  it('a setting phone call that does not say who with, or with a dependant', () => {
    for (const contactWith of [undefined, 'dependant'] as const) expect(rules(at({ contactWith }), 'baseline')).toContain('phone.setting.contact-purpose');
  });
  it('a work-issued mobile when working hours are not stated', () => {
    expect(rules(at({ workingHours: undefined }), 'two-mile-ash-pre-school')).toContain('phone.setting.follows-personal-rules');
  });
});
