import { describe, expect, it } from 'vitest';
import { routeConcern, type Route } from './routeConcern.js';
import type { Concern } from './schema.js';
import type { PolicyOption } from '../../src/policy.js';
import { shippedRuleSet } from '../../src/ruleSets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';

// Scenario tests written from the clauses: for every concern rule, a concern that fires it with the effect its clause
// gives (routing steps and "do this" actions warn; "never do this" actions block), and near misses, one per condition.
const base: Concern = { kind: 'misuse-of-technology', reportedAt: '2026-11-18T10:00:00Z', setting: { type: 'nursery' }, immediateDanger: false };
const c = (over: Partial<Concern>): Concern => ({ ...base, ...over });
const to = (r: Route) => r.steps.map((s) => s.to);
const decide = (q: Concern, policy?: PolicyOption) => routeConcern(q, { policy });

type Scenario = RuleScenario<Concern, PolicyOption>;
const grooming = c({ kind: 'online-grooming' });
const nudes = c({ kind: 'nudes-shared' });
const allegation = c({ kind: 'allegation-against-staff' });
const alleging = (over: Partial<Concern>) => c({ kind: 'allegation-against-staff', ...over });
const role = (r: NonNullable<Concern['subject']>['role'], over: Partial<Concern> = {}) => c({ subject: { role: r }, ...over });
const neverIco: PolicyOption = { id: 'acorn', version: '1', concern: { ico: { report: 'never', withinHours: 72 } } };
// Where a rule encodes one setting's own procedure, the presets whose policies do not state it (the rule must not fire there).
const presets = ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] as const;
const except = (...own: PolicyOption[]): PolicyOption[] => presets.filter((p) => !own.includes(p));
const childminder = (over: Partial<Concern> = {}) => c({ setting: { type: 'childminder' }, ...over });
const scenarios: Scenario[] = [
  // Emergencies and first contact (general.json).
  { rule: 'concern.emergency.999', effect: 'warn', fires: c({ immediateDanger: true }), nearMisses: [c({}), c({ immediateDanger: undefined })] },
  { rule: 'concern.emergency.unchecked', effect: 'warn', fires: c({ immediateDanger: undefined }), nearMisses: [c({}), c({ immediateDanger: true })] },
  // A childminder's concern goes to the first contact too (the childminder), unless Barnet sends it straight to
  // children's social care (a safeguarding concern) or the childminder is its subject.
  { rule: 'concern.first-contact.manager', policy: 'barnet-early-years', effect: 'warn', fires: c({}),
    nearMisses: [childminder({ kind: 'child-protection' }), c({ subject: { role: 'manager' } })], elsewhere: ['homerton-early-years', 'kirklees-primary'] },
  { rule: 'concern.first-contact.manager', policy: 'barnet-early-years', effect: 'warn', fires: childminder(),
    nearMisses: [childminder({ subject: { role: 'childminder' } }), childminder({ kind: 'nudes-shared' })] },
  { rule: 'concern.first-contact.dsl', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: c({}),
    nearMisses: [childminder({ subject: { role: 'childminder' } }), c({ subject: { role: 'dsl' } })], elsewhere: ['barnet-early-years', 'kirklees-primary'] },
  { rule: 'concern.first-contact.dsl', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: childminder({ kind: 'child-protection' }),
    nearMisses: [childminder({ kind: 'child-protection', subject: { role: 'childminder' } })] },
  { rule: 'concern.first-contact.esafety-coordinator', policy: 'kirklees-primary', effect: 'warn', fires: c({ setting: { type: 'school' } }),
    nearMisses: [childminder({ subject: { role: 'childminder' } }), c({ setting: { type: 'school' }, subject: { role: 'dsl' } })],
    elsewhere: ['barnet-early-years', 'homerton-early-years'] },
  { rule: 'concern.subject.do-not-tell', effect: 'block', fires: c({ subject: { role: 'dsl' } }), nearMisses: [c({ subject: { role: 'staff' } }), c({})] },
  { rule: 'concern.subject.do-not-tell', effect: 'block', fires: role('childminder'), nearMisses: [role('volunteer')] },
  { rule: 'concern.subject.next-person-up', effect: 'warn', fires: c({ subject: { role: 'manager' } }),
    nearMisses: [c({ subject: { role: 'registered-person' } }), c({ subject: { role: 'manager' }, setting: { type: 'childminder' } })] },
  { rule: 'concern.subject.lado', effect: 'warn', fires: c({ subject: { role: 'manager' } }), nearMisses: [c({ subject: { role: 'staff' } })] },
  { rule: 'concern.subject.lado', effect: 'warn', fires: c({ subject: { role: 'registered-person' } }), nearMisses: [c({ subject: { role: 'volunteer' } })] },
  { rule: 'concern.subject.lado', effect: 'warn', fires: childminder({ subject: { role: 'childminder' } }), nearMisses: [c({ subject: { role: 'childminder' } })] },
  // 002: the designated person is the manager; Homerton's managers are among its designated officers.
  { rule: 'concern.subject.conflict-of-interest', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: c({ subject: { role: 'manager' } }),
    nearMisses: [c({ subject: { role: 'staff' } }), c({ subject: { role: 'registered-person' } })], elsewhere: except('two-mile-ash-pre-school', 'homerton-early-years') },
  { rule: 'concern.subject.conflict-of-interest', policy: 'homerton-early-years', effect: 'warn', fires: c({ subject: { role: 'dsl' } }), nearMisses: [c({})] },
  // Every valid concern has at least one kind: only a concern whose kinds are all invalid has none (still routed, not logged).
  { rule: 'concern.log.incident-log', effect: 'warn', fires: c({}), nearMisses: [{ ...base, kind: 'gossip' } as unknown as Concern],
    elsewhere: except('kirklees-primary') },
  { rule: 'concern.log.misuse', policy: 'homerton-early-years', effect: 'warn', fires: c({}), nearMisses: [c({ kind: 'cyberbullying' })],
    elsewhere: ['baseline', ...except('homerton-early-years', 'cambridgeshire-early-years')] },
  { rule: 'concern.log.misuse', policy: 'cambridgeshire-early-years', effect: 'warn', fires: c({ kind: ['misuse-of-technology', 'data-loss'] }), nearMisses: [c({ kind: 'data-loss' })] },
  { rule: 'concern.child-protection.procedures', effect: 'warn', fires: c({ kind: 'child-protection' }), nearMisses: [c({ kind: 'cyberbullying' })] },
  { rule: 'concern.child-protection.police', effect: 'warn', fires: c({ kind: 'child-protection' }),
    nearMisses: [c({ kind: 'child-protection', setting: { type: 'childminder' } }), c({})], elsewhere: except('barnet-early-years') },
  { rule: 'concern.child-protection.social-care', effect: 'warn', fires: c({ kind: 'child-protection' }),
    nearMisses: [c({ kind: 'child-protection', setting: { type: 'childminder' } }), c({ kind: 'data-loss' })], elsewhere: except('barnet-early-years') },
  // Allegations against staff (allegation.json).
  { rule: 'concern.allegation.lado', effect: 'warn', fires: c({ subject: { role: 'volunteer' } }),
    nearMisses: [c({ kind: 'allegation-against-staff', meetsHarmThreshold: false }), c({ subject: { role: 'parent' } })] },
  { rule: 'concern.allegation.threshold-unknown', effect: 'warn', fires: allegation,
    nearMisses: [alleging({ meetsHarmThreshold: true }), alleging({ meetsHarmThreshold: false }), c({})] },
  { rule: 'concern.allegation.low-level', effect: 'warn', fires: c({ subject: { role: 'staff' }, meetsHarmThreshold: false }),
    nearMisses: [role('parent', { meetsHarmThreshold: false }), role('staff', { meetsHarmThreshold: true }), role('staff')] },
  { rule: 'concern.allegation.ofsted', effect: 'warn', fires: allegation,
    nearMisses: [c({}), alleging({ meetsHarmThreshold: false }), alleging({ setting: { type: 'school' } })] },
  { rule: 'concern.serious-injury.ofsted', effect: 'warn', fires: c({ kind: 'serious-injury' }),
    nearMisses: [c({ kind: 'serious-injury', setting: { type: 'school' } }), c({})] },
  // Childminders (childminder.json): a safeguarding concern in a childminder setting.
  { rule: 'concern.childminder.social-care', effect: 'warn', fires: c({ kind: 'child-protection', setting: { type: 'childminder' } }),
    nearMisses: [c({ kind: 'child-protection' }), c({ kind: 'cyberbullying', setting: { type: 'childminder' } })], elsewhere: except('barnet-early-years') },
  { rule: 'concern.childminder.childminding-team', effect: 'warn', fires: c({ kind: 'nudes-shared', setting: { type: 'childminder' } }),
    nearMisses: [nudes, c({ kind: 'cyberbullying', setting: { type: 'childminder' } })], elsewhere: except('barnet-early-years') },
  { rule: 'concern.childminder.ofsted', effect: 'warn', fires: c({ setting: { type: 'childminder' }, subject: { role: 'childminder' } }),
    nearMisses: [c({ subject: { role: 'childminder' } }), c({ setting: { type: 'childminder' }, subject: { role: 'child' } })], elsewhere: except('barnet-early-years') },
  // Images and accidental access (images.json).
  { rule: 'concern.indecent-images.police', effect: 'warn', fires: c({ kind: 'indecent-images-found' }), nearMisses: [c({ kind: 'offensive-content' })] },
  { rule: 'concern.indecent-images.lado', effect: 'warn', fires: c({ kind: 'indecent-images-found' }), nearMisses: [c({ kind: 'accidental-access' })] },
  { rule: 'concern.indecent-images.do-not-investigate', effect: 'block', fires: c({ kind: 'indecent-images-found' }), nearMisses: [nudes] },
  { rule: 'concern.indecent-images.preserve', effect: 'warn', fires: c({ kind: ['cyberbullying', 'indecent-images-found'] }),
    nearMisses: [c({ kind: 'cyberbullying' })], elsewhere: ['two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'concern.accidental-access.disconnect', effect: 'warn', fires: c({ kind: 'accidental-access' }), nearMisses: [c({ kind: 'offensive-content' })],
    elsewhere: except('homerton-early-years') },
  { rule: 'concern.accidental-access.leadership-team', effect: 'warn', fires: c({ kind: 'accidental-access' }),
    nearMisses: [c({ kind: 'security-incident' })], elsewhere: except('homerton-early-years') },
  // Online harms (online.json).
  { rule: 'concern.grooming.ceop', effect: 'warn', fires: grooming, nearMisses: [c({ kind: 'cyberbullying' })] },
  { rule: 'concern.grooming.dsl', effect: 'warn', fires: grooming,
    nearMisses: [c({ kind: 'online-grooming', subject: { role: 'dsl' } }), c({ kind: 'online-grooming', setting: { type: 'childminder' } }), c({})],
    elsewhere: except('two-mile-ash-pre-school') },
  { rule: 'concern.grooming.mash', effect: 'warn', fires: c({ kind: 'online-grooming', subject: { role: 'dsl' } }), nearMisses: [grooming, role('dsl')],
    elsewhere: except('two-mile-ash-pre-school') },
  { rule: 'concern.grooming.mash', effect: 'warn', fires: c({ kind: 'online-grooming', setting: { type: 'childminder' } }),
    nearMisses: [grooming, c({ setting: { type: 'childminder' } })] },
  // Under 002, which sends no childminder straight to children's social care, a childminder's DSL is the childminder.
  { rule: 'concern.grooming.dsl', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: c({ kind: 'online-grooming', setting: { type: 'childminder' } }),
    nearMisses: [c({ kind: 'online-grooming', setting: { type: 'childminder' }, subject: { role: 'childminder' } })] },
  { rule: 'concern.grooming.by-adult-worker', effect: 'warn', fires: c({ kind: 'online-grooming', subject: { role: 'staff' } }),
    nearMisses: [c({ kind: 'online-grooming', subject: { role: 'other' } }), c({ subject: { role: 'staff' } })], elsewhere: except('two-mile-ash-pre-school') },
  { rule: 'concern.nudes.dsl', effect: 'warn', fires: nudes,
    nearMisses: [c({ kind: 'nudes-shared', subject: { role: 'manager' } }), c({ kind: 'nudes-shared', setting: { type: 'childminder' } }), c({})] },
  { rule: 'concern.nudes.do-not-view', effect: 'block', fires: nudes, nearMisses: [grooming] },
  { rule: 'concern.nudes.adult-involved', effect: 'warn', fires: c({ kind: 'nudes-shared', adultInvolved: true }),
    nearMisses: [c({ kind: 'nudes-shared', adultInvolved: false }), nudes, c({ kind: 'cyberbullying', adultInvolved: true })] },
  { rule: 'concern.nudes.adult-unknown', effect: 'warn', fires: nudes,
    nearMisses: [c({ kind: 'nudes-shared', adultInvolved: true }), c({ kind: 'nudes-shared', adultInvolved: false }), c({ kind: 'cyberbullying' })] },
  { rule: 'concern.offensive-content.iwf', effect: 'warn', fires: c({ kind: 'offensive-content' }), nearMisses: [c({ kind: 'indecent-images-found' })],
    elsewhere: except('two-mile-ash-pre-school') },
  { rule: 'concern.offensive-content.iwf-remit', effect: 'warn', fires: c({ kind: 'offensive-content' }), nearMisses: [c({ kind: 'cyberbullying' })],
    elsewhere: except('two-mile-ash-pre-school') },
  { rule: 'concern.cyberbullying.parents', effect: 'warn', fires: c({ kind: 'cyberbullying' }), nearMisses: [c({ kind: 'data-loss' })],
    elsewhere: except('two-mile-ash-pre-school') },
  { rule: 'concern.cyberbullying.nspcc', effect: 'warn', fires: c({ kind: 'cyberbullying' }), nearMisses: [c({ kind: 'offensive-content' })],
    elsewhere: except('two-mile-ash-pre-school') },
  { rule: 'concern.cyberbullying.childline', effect: 'warn', fires: c({ kind: 'cyberbullying' }), nearMisses: [nudes], elsewhere: except('two-mile-ash-pre-school') },
  { rule: 'concern.cyberbullying.anti-bullying', effect: 'warn', fires: c({ kind: 'cyberbullying', setting: { type: 'school' } }),
    nearMisses: [c({ kind: 'cyberbullying' }), c({ setting: { type: 'school' } })], elsewhere: except('kirklees-primary') },
  // Security and data (data.json): a security incident or a data loss, each alone.
  { rule: 'concern.security.esafety-coordinator', effect: 'warn', fires: c({ kind: 'security-incident' }), nearMisses: [c({ kind: 'accidental-access' })],
    elsewhere: except('kirklees-primary') },
  { rule: 'concern.security.esafety-coordinator', effect: 'warn', fires: c({ kind: 'data-loss' }), nearMisses: [c({})] },
  { rule: 'concern.security.technical-support', effect: 'warn', fires: c({ kind: 'security-incident' }), nearMisses: [c({})], elsewhere: except('kirklees-primary') },
  { rule: 'concern.security.technical-support', effect: 'warn', fires: c({ kind: 'data-loss' }), nearMisses: [c({ kind: 'offensive-content' })] },
  { rule: 'concern.data-loss.parents', effect: 'warn', fires: c({ kind: 'data-loss' }), nearMisses: [c({ kind: 'security-incident' })], elsewhere: except('kirklees-primary') },
  { rule: 'concern.data-loss.ico', effect: 'warn', fires: c({ kind: 'data-loss' }),
    nearMisses: [c({ kind: 'data-loss', personalDataBreach: false }), c({ kind: 'security-incident' })], elsewhere: [neverIco] },
];

describe('concern rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it('covers every shipped concern rule', () => {
    const names = shippedRuleSet().rules.filter((r) => r.area === 'concern').map((r) => r.rule.name).sort();
    expect([...new Set(scenarios.map((s) => s.rule))].sort()).toEqual(names);
  });
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => {
    expectScenario(decide, s);
    // What the effect means for the route: a block is a "do not" among its actions, never a step; a step warns.
    const r = decide(s.fires, s.policy);
    const mine = [...r.actions, ...r.steps.map((x) => x.finding)].filter((f) => f.rule === s.rule);
    expect(mine.map((f) => f.effect)).toEqual(mine.map(() => s.effect));
    if (s.effect === 'block') {
      expect(r.actions.filter((f) => f.rule === s.rule).map((f) => f.effect)).toEqual(['block']);
      expect(r.steps.map((x) => x.finding.rule)).not.toContain(s.rule);
    }
  });
});

describe('the subject of the concern is never told', () => {
  it('manager as subject (Barnet): registered person and the LADO, never the manager', () => {
    const r = routeConcern(c({ kind: 'allegation-against-staff', subject: { role: 'manager' } }), { policy: 'barnet-early-years' });
    expect(to(r)).toEqual(['registered-person', 'lado', 'ofsted']);
    expect(r.steps.find((s) => s.to === 'lado')?.immediately).toBe(true);
    expect(r.actions.find((a) => a.code === 'DO_NOT_TELL_SUBJECT')?.effect).toBe('block');
  });
  it('DSL as subject of grooming: MASH instead of the DSL', () => {
    const r = routeConcern(c({ kind: 'online-grooming', subject: { role: 'dsl' } }), { policy: 'two-mile-ash-pre-school' });
    expect(to(r)).not.toContain('dsl');
    expect(to(r)).toEqual(expect.arrayContaining(['mash', 'ceop', 'registered-person', 'lado', 'police']));
  });
  it('manager as subject of indecent images: straight to the police and LADO, not "via the manager"', () => {
    const r = routeConcern(c({ kind: 'indecent-images-found', subject: { role: 'manager' } }), { policy: 'barnet-early-years' });
    expect(to(r)).not.toContain('manager');
    expect(r.steps.filter((s) => s.to === 'police' || s.to === 'lado').every((s) => s.immediately)).toBe(true);
  });
});

describe('childminders are their own designated person', () => {
  it('children\'s social care, the childminding team and Ofsted; no manager or DSL', () => {
    const r = routeConcern(c({ kind: 'child-protection', setting: { type: 'childminder' } }), { policy: 'barnet-early-years' });
    expect(to(r)).toEqual(['childrens-social-care', 'childminding-team', 'ofsted']);
    expect(r.steps[0]?.contacts?.[0]?.phone).toBe('020 8359 4336');
  });
});

describe('several kinds at once', () => {
  it('grooming and nudes: one DSL step, 999 first when a child is in danger, police from both', () => {
    const r = routeConcern(c({ kind: ['online-grooming', 'nudes-shared'], immediateDanger: true, adultInvolved: true }));
    expect(to(r)[0]).toBe('emergency-services');
    expect(to(r).filter((x) => x === 'dsl')).toHaveLength(1);
    expect(to(r)).toEqual(expect.arrayContaining(['ceop', 'police']));
    expect(r.reasons.filter((f) => f.data?.to === 'police').map((f) => f.rule).sort()).toEqual(['concern.nudes.adult-involved']);
    expect(r.actions.map((a) => a.code)).toContain('DO_NOT_VIEW_NUDES');
  });
  it('data loss with an allegation: the LADO by its deadline and the ICO decision, ordered', () => {
    const r = routeConcern(c({ kind: ['data-loss', 'allegation-against-staff'], setting: { type: 'school' } }), { policy: 'kirklees-primary' });
    expect(to(r)).toEqual(['esafety-coordinator', 'technical-support', 'lado', 'parents', 'ico']);
    expect(r.steps.find((s) => s.to === 'lado')?.by).toBe('2026-11-19T23:59:59.999Z');
  });
});

describe('per preset', () => {
  it('first contact: Barnet the manager, Homerton the DSL, Kirklees the eSafety coordinator', () => {
    expect(to(routeConcern(c({}), { policy: 'barnet-early-years' }))).toEqual(['manager']);
    expect(to(routeConcern(c({}), { policy: 'homerton-early-years' }))).toEqual(['dsl']);
    expect(to(routeConcern(c({ setting: { type: 'school' } }), { policy: 'kirklees-primary' }))).toEqual(['esafety-coordinator']);
  });
  it('contacts carry their publication note', () => {
    expect(routeConcern(c({}), { policy: 'kirklees-primary' }).contactsPublished).toMatch(/2010/);
    expect(routeConcern(c({})).contactsPublished).toBeUndefined();
  });
});

describe('an allegation against a childminder', () => {
  it('goes to the LADO, Ofsted, social care and the childminding team, and says not to tell the childminder', () => {
    const r = routeConcern(alleging({ setting: { type: 'childminder' }, subject: { role: 'childminder' } }), { policy: 'barnet-early-years' });
    expect(to(r)).toEqual(['childrens-social-care', 'childminding-team', 'lado', 'ofsted']);
    expect(r.actions.map((a) => a.code)).toContain('DO_NOT_TELL_SUBJECT');
  });
});
