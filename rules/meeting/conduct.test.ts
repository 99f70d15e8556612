import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { aloneAtHome, check, decide } from './helpers.js';
import type { Meeting } from './schema.js';

// 004 "Using video conferencing and other online meetings": "All video conferencing activity is supervised by a
// suitable member of staff"; "Pupils do not operate video conferencing equipment, answer calls or set up meetings
// without permission from the supervising member of staff"; a meeting "between a member of staff and pupil(s) which
// takes place outside school or whilst the member of staff is alone is always conducted with the prior knowledge of
// the head teacher or line manager and respective parents and carers". Each is a requirement, so each blocks.
const informed: Partial<Meeting> = { ...aloneAtHome, knownBeforehandBy: ['line-manager', 'parent'] };
const scenarios: RuleScenario<Partial<Meeting>, PolicyOption>[] = [
  { rule: 'meeting.supervision.missing', policy: 'kirklees-primary', effect: 'block', fires: { supervisedBy: undefined },
    nearMisses: [{}, { supervisedBy: undefined, withChildren: false }] },
  { rule: 'meeting.prior-knowledge.leader', policy: 'kirklees-primary', effect: 'block', fires: { ...informed, knownBeforehandBy: ['parent'] },
    nearMisses: [informed, { ...informed, knownBeforehandBy: ['parent'], withChildren: false }, { knownBeforehandBy: ['parent'] },
      { ...informed, knownBeforehandBy: ['parent', 'head-teacher'] }],
    elsewhere: ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'meeting.prior-knowledge.parents', policy: 'kirklees-primary', effect: 'block', fires: { ...informed, knownBeforehandBy: ['line-manager'] },
    nearMisses: [informed, { ...informed, knownBeforehandBy: ['line-manager'], withChildren: false }, { knownBeforehandBy: ['line-manager'] }],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'meeting.child-operates.without-permission', policy: 'kirklees-primary', effect: 'block', fires: { childOperates: true },
    nearMisses: [{}, { childOperates: true, supervisorPermission: true }, { childOperates: true, withChildren: false }],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
];

describe('meeting conduct rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('meeting: supervision, prior knowledge, children operating the equipment (004 l.215, l.219; 000 l.5, l.81; 001 l.37; 002 l.54; 003 l.18)', () => {
  it('children in a meeting are supervised under every preset, each citing its own clause', () => {
    const cites = presetIds.map((p) => check({ supervisedBy: null }, p).cites);
    expect(cites).toEqual([['004'], ['000'], ['001'], ['002'], ['003'], ['004']]);
  });
  it('004: outside school, or with the member of staff alone: the head teacher or line manager, and the parents, know beforehand', () => {
    expect(check({ ...aloneAtHome, knownBeforehandBy: ['head-teacher', 'parent'] }, 'kirklees-primary').allowed).toBe(true);
    expect(check({ ...aloneAtHome, knownBeforehandBy: ['manager', 'parent'] }, 'kirklees-primary').rules).toEqual(['meeting.prior-knowledge.leader']);
    expect(check({ location: 'in-setting', staffAlone: true }, 'kirklees-primary').rules).toEqual(['meeting.prior-knowledge.leader', 'meeting.prior-knowledge.parents']);
    expect(check({ location: 'outside-setting', staffAlone: false }, 'kirklees-primary').rules).toEqual(['meeting.prior-knowledge.leader', 'meeting.prior-knowledge.parents']);
    // Not said to be with another adult: counted as alone.
    expect(check({ staffAlone: undefined }, 'kirklees-primary').rules).toEqual(['meeting.prior-knowledge.leader', 'meeting.prior-knowledge.parents']);
  });
  it('the baseline reads "head teacher or line manager" to take in an early-years setting\'s manager or head', () => {
    expect(check({ ...aloneAtHome, knownBeforehandBy: ['manager', 'parent'] }).allowed).toBe(true);
    expect(check({ ...aloneAtHome, knownBeforehandBy: ['head-of-setting'] }).rules).toEqual(['meeting.prior-knowledge.parents']);
  });
  it('Barnet: communications open to scrutiny, read as the manager knowing beforehand (its own clause); the parents are not asked', () => {
    expect(check(aloneAtHome, 'barnet-early-years')).toMatchObject({ allowed: false, rules: ['meeting.prior-knowledge.leader'], cites: ['000'] });
    expect(check({ ...aloneAtHome, knownBeforehandBy: ['manager'] }, 'barnet-early-years').allowed).toBe(true);
  });
  it('Homerton, Two Mile Ash and Cambridgeshire are silent on prior knowledge and children operating the equipment', () => {
    for (const p of ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] as const) {
      expect(check({ ...aloneAtHome, childOperates: undefined }, p).allowed).toBe(true);
    }
  });
  it('004: a child operating the equipment without the supervisor\'s permission, or not said not to, is refused', () => {
    expect(check({ childOperates: undefined }, 'kirklees-primary').rules).toEqual(['meeting.child-operates.without-permission']);
    expect(check({ childOperates: true, supervisorPermission: false }, 'baseline').rules).toEqual(['meeting.child-operates.without-permission']);
  });
});
