import { describe, expect, it } from 'vitest';
import { buildRoute, concernFacts, routeConcern, type Route, type RouteOptions } from './routeConcern.js';
import { concernPolicy } from './policy.js';
import { createRuleSet } from '../../src/ruleSets.js';
import { presetInfo } from '../../src/core/policy/presets.js';
import type { Condition, Rule } from '../../src/core/rules/types.js';
import type { Concern } from './schema.js';

// Friday 20 November 2026, 10:00 London (GMT): the LADO's one working day ends Monday 23rd; Ofsted's 14 days end 4 December.
const AT = '2026-11-20T10:00:00Z';
const [LADO, OFSTED, ICO] = ['2026-11-23T23:59:59.999Z', '2026-12-04T10:00:00.000Z', '2026-11-23T10:00:00.000Z'];
const concern = (kind: Concern['kind'], more: Partial<Concern> = {}): Concern =>
  ({ kind, reportedAt: AT, setting: { type: 'nursery' }, immediateDanger: false, ...more });
const route = (kind: Concern['kind'], more: Partial<Concern> = {}, options: RouteOptions = {}) => routeConcern(concern(kind, more), options);
/** Each step as "to kind immediately by code", in route order. */
const view = (r: Route) => r.steps.map((s) => `${s.to} ${s.kind} ${s.immediately ? 'now' : 'later'} ${s.by ?? '-'} ${s.finding.code}`);
/** The recipients whose step carries a `by` key at all (a step without a deadline has none, not `by: undefined`). */
const withBy = (r: Route) => r.steps.filter((s) => 'by' in s).map((s) => s.to);
const codes = (r: Route) => r.actions.map((a) => a.code);

describe('routeConcern: merging two rules that name the same recipient', () => {
  it('a consider then a step to the police: one immediate step, from the step rule, placed by the smaller order', () => {
    const r = route(['child-protection', 'indecent-images-found']);
    expect(view(r)).toEqual([
      'dsl step now - TELL_DSL',
      'police step now - INDECENT_IMAGES_POLICE', // order min(30, 20) = 20, and first seen before the LADO's rule
      `lado step now ${LADO} INDECENT_IMAGES_LADO`,
      'childrens-social-care consider later - CONSIDER_SOCIAL_CARE',
    ]);
    expect(withBy(r)).toEqual(['lado']);
    expect(codes(r)).toEqual(['DO_NOT_INVESTIGATE', 'LOG_INCIDENT', 'FOLLOW_CHILD_PROTECTION_PROCEDURES', 'PRESERVE_DEVICE']);
    expect(r.reasons.filter((f) => f.data?.to === 'police').map((f) => f.code)).toEqual(['CONSIDER_POLICE', 'INDECENT_IMAGES_POLICE']);
  });

  it('a step then a consider to the parents: the step stays, with its own finding', () => {
    const r = route(['cyberbullying', 'data-loss']);
    expect(view(r)).toEqual([
      'dsl step now - TELL_DSL',
      'esafety-coordinator step now - SECURITY_COORDINATOR',
      'technical-support step now - SECURITY_TECHNICAL_SUPPORT',
      'parents step now - CYBERBULLYING_PARENTS',
      `ico consider later ${ICO} CONSIDER_ICO`,
      'nspcc signpost later - SIGNPOST_NSPCC',
      'childline signpost later - SIGNPOST_CHILDLINE',
    ]);
    expect(withBy(r)).toEqual(['ico']);
    expect(codes(r)).toEqual(['LOG_INCIDENT']);
  });

  it('three immediate steps to the DSL: the first rule to name them is kept', () =>
    expect(view(route(['online-grooming', 'nudes-shared']))).toEqual(['dsl step now - TELL_DSL', 'ceop step now - REPORT_CEOP']));

  it('two steps to Ofsted, neither immediate, stay not immediate; steps go by order before urgency or rule order', () => {
    const r = route(['allegation-against-staff', 'serious-injury', 'offensive-content'], { subject: { role: 'staff' } });
    expect(view(r)).toEqual([
      'dsl step now - TELL_DSL',
      `lado step later ${LADO} TELL_LADO`,
      `ofsted step later ${OFSTED} TELL_OFSTED`,
      'iwf step now - REPORT_IWF', // order 50: after the LADO (20) and Ofsted (40), though immediate
    ]);
    expect(withBy(r)).toEqual(['lado', 'ofsted']);
  });

  it('a LADO step that is not immediate, then one that is: the immediate one wins; same order, the immediate first', () => {
    const r = route(['allegation-against-staff', 'indecent-images-found'], { subject: { role: 'staff' } });
    expect(view(r)).toEqual([
      'dsl step now - TELL_DSL',
      `lado step now ${LADO} INDECENT_IMAGES_LADO`,
      'police step now - INDECENT_IMAGES_POLICE',
      `ofsted step later ${OFSTED} TELL_OFSTED`,
    ]);
    const grooming = route(['allegation-against-staff', 'online-grooming'], { subject: { role: 'staff' } });
    expect(view(grooming).slice(1, 4)).toEqual(['ceop step now - REPORT_CEOP', 'police step now - GROOMING_OFFENCE_POLICE', `lado step later ${LADO} TELL_LADO`]);
  });
});

describe('routeConcern: the contact directory', () => {
  it('each step lists only its own recipient’s contacts, in the policy’s order; a recipient without any has no contacts key', () => {
    const r = route('child-protection', {}, { policy: 'barnet-early-years' });
    const entries = concernPolicy.presets['barnet-early-years']!.contacts!.value.entries;
    expect(r.steps.map((s) => s.to)).toEqual(['manager', 'police', 'childrens-social-care']);
    expect('contacts' in r.steps[0]!).toBe(false);
    expect(r.steps[1]!.contacts).toEqual(entries.filter((c) => c.to === 'police'));
    expect(r.steps[1]!.contacts!.map((c) => c.phone)).toEqual(['020 8733 5070', '020 8200 1212']);
    expect(r.steps[2]!.contacts!.map((c) => c.label)).toEqual(['Barnet Children\'s Service Consultation Line', 'Referral and Assessment Team', 'Out of Hours Emergency Team']);
    expect(r.contactsPublished).toBe('undated (cites the Statutory Framework for the EYFS 2012)');
  });
});

const clause = { source: 'our-policy.md', section: 'Routing', title: 'our-policy.md' };
const rule = (name: string, when: Condition, params: Record<string, unknown>): Rule => ({
  name: `concern.ours.${name}`, conditions: { all: [when] },
  event: { type: 'warn', params: { code: `OURS_${name.toUpperCase().replace(/-/g, '_')}`, message: `Our rule ${name}.`, clause, ...params } },
});
const security: Condition = { fact: 'kinds', operator: 'contains', value: 'security-incident' };
const rules = createRuleSet({ add: [{ file: 'ours.json', rules: [
  rule('mash-step', security, { kind: 'step', to: 'mash', immediately: false, deadline: 'ofsted', order: 30 }),
  rule('mash-consider', security, { kind: 'consider', to: 'mash', immediately: true, deadline: 'lado', order: 25 }),
  rule('police-action', security, { kind: 'action', to: 'police' }),
  rule('no-recipient', security, { kind: 'step' }),
  rule('iwf-unordered', security, { kind: 'step', to: 'iwf', immediately: true }),
  rule('csc-consider', security, { kind: 'consider', to: 'childrens-social-care', order: 70 }),
  rule('police-step', security, { kind: 'step', to: 'police', order: 70 }),
  rule('tell-manager', { fact: 'subjectRole', operator: 'equal', value: 'manager' }, { kind: 'step', to: 'manager', immediately: true, order: 5 }),
] }] });

describe('routeConcern with a rule set of our own (options.rules)', () => {
  it('merges, orders and sorts out actions as the shipped rules are', () => {
    const r = route(['security-incident', 'data-loss'], { personalDataBreach: true }, { rules });
    expect(view(r)).toEqual([
      'dsl step now - TELL_DSL',
      'esafety-coordinator step now - SECURITY_COORDINATOR',
      'technical-support step now - SECURITY_TECHNICAL_SUPPORT',
      // a step (not immediate, Ofsted's deadline, order 30) then an immediate consider (LADO's deadline, order 25):
      // the step's finding stays; immediate, the earlier deadline, the smaller order
      `mash step now ${LADO} OURS_MASH_STEP`,
      'parents consider later - CONSIDER_TELLING_PARENTS',
      `ico consider later ${ICO} CONSIDER_ICO`,
      'police step later - OURS_POLICE_STEP', // order 70: the step before the consider the rules named first
      'childrens-social-care consider later - OURS_CSC_CONSIDER',
      'iwf step now - OURS_IWF_UNORDERED', // no order: 100, after every other
    ]);
    // an action naming a recipient, and a step naming none, are actions, not steps
    expect(codes(r)).toEqual(['LOG_INCIDENT', 'OURS_POLICE_ACTION', 'OURS_NO_RECIPIENT']);
  });

  it('never routes to the subject, even when a rule says to', () => {
    // Barnet refers security incidents to no eSafety coordinator or technical support (Kirklees' procedure): not in its route.
    const r = route('security-incident', { subject: { role: 'manager' } }, { rules, policy: 'barnet-early-years' });
    expect(r.reasons.map((f) => f.code)).toContain('OURS_TELL_MANAGER');
    expect(r.steps.map((s) => s.to)).toEqual(['registered-person', 'lado', 'mash', 'ofsted', 'police', 'childrens-social-care', 'iwf']);
    const kirklees = route('security-incident', { subject: { role: 'manager' } }, { rules, policy: 'kirklees-primary' });
    expect(kirklees.steps.map((s) => s.to)).toEqual(['registered-person', 'esafety-coordinator', 'lado', 'technical-support', 'mash', 'ofsted', 'police', 'childrens-social-care', 'iwf']);
  });
});

describe('buildRoute and invalid input', () => {
  it('a finding naming a recipient but no kind is a step, ordered last; where no step is immediate, the first contact goes first', () => {
    const prepared = concernFacts(concern('data-loss'));
    const f = { rule: 'concern.ours.x', effect: 'warn' as const, code: 'X', message: 'x', clause };
    const r = buildRoute(prepared, [{ ...f, data: { to: 'police' } }, { ...f, data: { kind: 'consider', to: 'ico', order: 60 } }]);
    expect(r.steps.map((s) => [s.to, s.kind, s.immediately])).toEqual([['dsl', 'step', true], ['ico', 'consider', false], ['police', 'step', false]]);
    expect(r.steps[0]!.finding).toMatchObject({ rule: 'concern.first-contact.fallback', code: 'TELL_FIRST_CONTACT', effect: 'warn' });
    expect(r.actions).toEqual([]);
  });

  it('an invalid concern is never dropped: the first contact at once, naming each invalid field, and the route its valid fields give', () => {
    // Behaviour changed (issue 13, item 5): an invalid concern used to give an empty route.
    const r = routeConcern({ kind: 'data-loss', setting: { type: 'nursery' } } as Concern);
    expect(r.policy).toMatchObject({ id: 'baseline', version: presetInfo.baseline.version });
    expect(view(r)).toEqual([
      'dsl step now - INCOMPLETE_CONCERN',
      'esafety-coordinator step now - SECURITY_COORDINATOR',
      'technical-support step now - SECURITY_TECHNICAL_SUPPORT',
      'parents consider later - CONSIDER_TELLING_PARENTS',
      'ico consider later - CONSIDER_ICO', // no report time: no deadline to count (a consideration, not a notification)
    ]);
    expect(r.reasons.filter((f) => f.rule === 'input.invalid').map((f) => [f.subject, f.message])).toEqual([['concern.reportedAt', 'concern.reportedAt is required (string or date)']]);
    expect(r.steps[0]!.finding.message).toMatch(/^concern\.reportedAt is not valid: tell the designated safeguarding lead now/);
    const none = routeConcern(undefined as unknown as Concern);
    expect(none.steps.map((s) => [s.to, s.immediately, s.finding.code])).toEqual([['dsl', true, 'INCOMPLETE_CONCERN']]);
    expect(none.reasons.filter((f) => f.rule === 'input.invalid').map((f) => [f.subject, f.message])).toEqual([['concern', 'concern is required (object)']]);
  });
});
