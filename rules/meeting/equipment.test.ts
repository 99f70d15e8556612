import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, decide } from './helpers.js';
import type { Meeting } from './schema.js';

// 004 Appendix s.12: "only use equipment e.g. mobile phones, provided by organisation to communicate with children";
// 000: "Only use equipment provided by the setting to communicate with parents/children"; 001: "Personal mobile phones
// must never be used to contact children" and personal devices only "unless agreed with the Head of Centre"; 002 and
// 003: only the setting's equipment. All block. 004: "online meeting rooms are closed and logged off when not in use":
// after the meeting, so a warning.
const scenarios: RuleScenario<Partial<Meeting>, PolicyOption>[] = [
  { rule: 'meeting.equipment.personal', policy: 'kirklees-primary', effect: 'block', fires: { equipment: 'personal-device' },
    nearMisses: [{}, { equipment: 'personal-device', withChildren: false }] },
  { rule: 'meeting.equipment.personal', policy: 'homerton-early-years', effect: 'block', fires: { equipment: 'personal-phone' },
    nearMisses: [{}, { equipment: 'personal-device' }, { equipment: 'personal-phone', withChildren: false }] },
  { rule: 'meeting.equipment.unagreed', policy: 'homerton-early-years', effect: 'block', fires: { equipment: 'personal-device' },
    nearMisses: [{}, { equipment: 'personal-device', personalEquipmentAgreedBy: 'head-of-setting' }, { equipment: 'personal-device', withChildren: false }],
    elsewhere: ['baseline', 'kirklees-primary', 'barnet-early-years'] },
  { rule: 'meeting.room.left-open', policy: 'kirklees-primary', effect: 'warn', fires: { closedAfterUse: undefined },
    nearMisses: [{}],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
];

describe('meeting equipment rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('meeting: equipment (004 s.12; 000 l.87; 001 l.43, l.71; 002 l.48; 003 l.16) and closing the room (004 l.216)', () => {
  it('a meeting with children on personal equipment is refused under every preset, each citing its own clause', () => {
    expect(check({ equipment: 'personal-phone' }, 'barnet-early-years').cites).toEqual(['000']);
    expect(check({ equipment: 'personal-phone' }, 'homerton-early-years').cites).toEqual(['001']);
    expect(check({ equipment: 'personal-device' }, 'two-mile-ash-pre-school').cites).toEqual(['002']);
    expect(check({ equipment: 'personal-device' }, 'cambridgeshire-early-years').cites).toEqual(['003']);
    expect(check({ equipment: 'personal-device' }, 'kirklees-primary').cites).toEqual(['004']);
  });
  it('Homerton: a personal tablet with the Head of Centre\'s agreement, a personal phone never', () => {
    expect(check({ equipment: 'personal-device', personalEquipmentAgreedBy: 'head-of-setting' }, 'homerton-early-years').allowed).toBe(true);
    expect(check({ equipment: 'personal-device', personalEquipmentAgreedBy: 'manager' }, 'homerton-early-years').rules).toEqual(['meeting.equipment.unagreed']);
    expect(check({ equipment: 'personal-phone', personalEquipmentAgreedBy: 'head-of-setting' }, 'homerton-early-years').rules).toEqual(['meeting.equipment.personal']);
  });
  it('leaving the room open is a warning, not a denial', () => {
    expect(check({ closedAfterUse: false }, 'kirklees-primary')).toMatchObject({ allowed: true, rules: ['meeting.room.left-open'], cites: ['004'] });
  });
});
