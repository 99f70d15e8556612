import { describe, expect, it } from 'vitest';
import { routeConcern, type Route } from '../../src/concern/routeConcern/index.js';
import type { Concern } from '../../src/concern/schema.js';
import type { RouteOptions } from '../../src/concern/concernFacts/index.js';
import { shippedRuleSet } from '../../src/rules/ruleSet.js';

// Scenario tests written from the clauses: for every concern rule, a concern that fires it and one that does not.
const base: Concern = { kind: 'misuse-of-technology', reportedAt: '2026-11-18T10:00:00Z', setting: { type: 'nursery' }, immediateDanger: false };
const c = (over: Partial<Concern>): Concern => ({ ...base, ...over });
const fired = (concern: Concern, options: RouteOptions = {}) => routeConcern(concern, options).reasons.map((r) => r.rule);
const to = (r: Route) => r.steps.map((s) => s.to);

type Case = [rule: string, fires: Concern, doesNot: Concern, options?: RouteOptions];
const cases: Case[] = [
  ['concern.emergency.999', c({ immediateDanger: true }), c({ immediateDanger: false })],
  ['concern.emergency.unchecked', c({ immediateDanger: undefined }), c({})],
  ['concern.first-contact.manager', c({}), c({ subject: { role: 'manager' } }), { policy: 'barnet-early-years' }],
  ['concern.first-contact.dsl', c({}), c({ setting: { type: 'childminder' } }), { policy: 'two-mile-ash-pre-school' }],
  ['concern.first-contact.esafety-coordinator', c({ setting: { type: 'school' } }), c({ setting: { type: 'school' }, subject: { role: 'dsl' } }), { policy: 'kirklees-primary' }],
  ['concern.subject.do-not-tell', c({ subject: { role: 'dsl' } }), c({ subject: { role: 'staff' } })],
  ['concern.subject.next-person-up', c({ subject: { role: 'manager' } }), c({ subject: { role: 'registered-person' } })],
  ['concern.subject.lado', c({ subject: { role: 'registered-person' } }), c({ subject: { role: 'volunteer' } })],
  ['concern.log.incident-log', c({}), { ...base, setting: undefined } as unknown as Concern],
  ['concern.child-protection.procedures', c({ kind: 'child-protection' }), c({ kind: 'cyberbullying' })],
  ['concern.child-protection.police', c({ kind: 'child-protection' }), c({ kind: 'child-protection', setting: { type: 'childminder' } })],
  ['concern.child-protection.social-care', c({ kind: 'child-protection' }), c({ kind: 'data-loss' })],
  ['concern.allegation.lado', c({ subject: { role: 'volunteer' } }), c({ kind: 'allegation-against-staff', meetsHarmThreshold: false })],
  ['concern.allegation.threshold-unknown', c({ kind: 'allegation-against-staff' }), c({ kind: 'allegation-against-staff', meetsHarmThreshold: true })],
  ['concern.allegation.low-level', c({ subject: { role: 'staff' }, meetsHarmThreshold: false }), c({ subject: { role: 'parent' }, meetsHarmThreshold: false })],
  ['concern.allegation.ofsted', c({ kind: 'allegation-against-staff' }), c({ kind: 'allegation-against-staff', setting: { type: 'school' } })],
  ['concern.serious-injury.ofsted', c({ kind: 'serious-injury' }), c({ kind: 'serious-injury', setting: { type: 'school' } })],
  ['concern.childminder.social-care', c({ kind: 'child-protection', setting: { type: 'childminder' } }), c({ kind: 'cyberbullying', setting: { type: 'childminder' } })],
  ['concern.childminder.childminding-team', c({ kind: 'nudes-shared', setting: { type: 'childminder' } }), c({ kind: 'nudes-shared' })],
  ['concern.childminder.ofsted', c({ setting: { type: 'childminder' }, subject: { role: 'childminder' } }), c({ setting: { type: 'childminder' }, subject: { role: 'child' } })],
  ['concern.indecent-images.police', c({ kind: 'indecent-images-found' }), c({ kind: 'offensive-content' })],
  ['concern.indecent-images.lado', c({ kind: 'indecent-images-found' }), c({ kind: 'accidental-access' })],
  ['concern.indecent-images.do-not-investigate', c({ kind: 'indecent-images-found' }), c({ kind: 'nudes-shared' })],
  ['concern.indecent-images.preserve', c({ kind: ['cyberbullying', 'indecent-images-found'] }), c({ kind: 'cyberbullying' })],
  ['concern.accidental-access.disconnect', c({ kind: 'accidental-access' }), c({ kind: 'offensive-content' })],
  ['concern.accidental-access.leadership-team', c({ kind: 'accidental-access' }), c({ kind: 'security-incident' })],
  ['concern.grooming.ceop', c({ kind: 'online-grooming' }), c({ kind: 'cyberbullying' })],
  ['concern.grooming.dsl', c({ kind: 'online-grooming' }), c({ kind: 'online-grooming', subject: { role: 'dsl' } })],
  ['concern.grooming.mash', c({ kind: 'online-grooming', subject: { role: 'dsl' } }), c({ kind: 'online-grooming' })],
  ['concern.grooming.by-adult-worker', c({ kind: 'online-grooming', subject: { role: 'staff' } }), c({ kind: 'online-grooming', subject: { role: 'other' } })],
  ['concern.nudes.dsl', c({ kind: 'nudes-shared' }), c({ kind: 'nudes-shared', subject: { role: 'manager' } })],
  ['concern.nudes.do-not-view', c({ kind: 'nudes-shared' }), c({ kind: 'online-grooming' })],
  ['concern.nudes.adult-involved', c({ kind: 'nudes-shared', adultInvolved: true }), c({ kind: 'nudes-shared', adultInvolved: false })],
  ['concern.nudes.adult-unknown', c({ kind: 'nudes-shared' }), c({ kind: 'nudes-shared', adultInvolved: true })],
  ['concern.offensive-content.iwf', c({ kind: 'offensive-content' }), c({ kind: 'indecent-images-found' })],
  ['concern.offensive-content.iwf-remit', c({ kind: 'offensive-content' }), c({ kind: 'cyberbullying' })],
  ['concern.cyberbullying.parents', c({ kind: 'cyberbullying' }), c({ kind: 'data-loss' })],
  ['concern.cyberbullying.nspcc', c({ kind: 'cyberbullying' }), c({ kind: 'offensive-content' })],
  ['concern.cyberbullying.childline', c({ kind: 'cyberbullying' }), c({ kind: 'nudes-shared' })],
  ['concern.cyberbullying.anti-bullying', c({ kind: 'cyberbullying', setting: { type: 'school' } }), c({ kind: 'cyberbullying' })],
  ['concern.security.esafety-coordinator', c({ kind: 'security-incident' }), c({ kind: 'accidental-access' })],
  ['concern.security.technical-support', c({ kind: 'data-loss' }), c({ kind: 'misuse-of-technology' })],
  ['concern.data-loss.parents', c({ kind: 'data-loss' }), c({ kind: 'security-incident' })],
  ['concern.data-loss.ico', c({ kind: 'data-loss' }), c({ kind: 'data-loss', personalDataBreach: false })],
];

describe('concern rules: one case that fires each rule and one that does not', () => {
  it('covers every shipped concern rule', () => {
    const names = shippedRuleSet().rules.filter((r) => r.area === 'concern').map((r) => r.rule.name).sort();
    expect(cases.map((x) => x[0]).sort()).toEqual(names);
  });
  for (const [rule, yes, no, options] of cases) {
    it(`${rule} fires`, () => expect(fired(yes, options)).toContain(rule));
    it(`${rule} does not fire`, () => expect(fired(no, options)).not.toContain(rule));
  }
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

describe('deadlines', () => {
  const allegation = (reportedAt: string): Concern => c({ kind: 'allegation-against-staff', reportedAt, subject: { role: 'staff' } });
  const lado = (r: Route) => r.steps.find((s) => s.to === 'lado')?.by;
  it('one working day: reported on a Friday, due by the end of Monday (London)', () => {
    expect(lado(routeConcern(allegation('2026-11-20T15:00:00Z')))).toBe('2026-11-23T23:59:59.999Z');
  });
  it('reported on a Saturday: the end of Monday', () => {
    expect(lado(routeConcern(allegation('2026-11-21T11:00:00Z')))).toBe('2026-11-23T23:59:59.999Z');
  });
  it('skips the bank holidays the caller supplies (Christmas 2026: Fri 25th, Mon 28th)', () => {
    const r = routeConcern(allegation('2026-12-24T16:00:00Z'), { bankHolidays: ['2026-12-25', '2026-12-28'] });
    expect(lado(r)).toBe('2026-12-29T23:59:59.999Z');
    // Without the list, Christmas Day counts as a working day: bank holidays come from the caller.
    expect(lado(routeConcern(allegation('2026-12-24T16:00:00Z')))).toBe('2026-12-25T23:59:59.999Z');
  });
  it('counts London days across the clock change (end of day in BST is 22:59 UTC)', () => {
    expect(lado(routeConcern(allegation('2026-06-04T09:00:00Z')))).toBe('2026-06-05T22:59:59.999Z');
  });
  it('configurable: 3 working days, or 24 hours', () => {
    const days = { id: 'x', version: '1', concern: { ladoDeadline: { within: 3, unit: 'working-days' as const } } };
    expect(lado(routeConcern(allegation('2026-11-20T15:00:00Z'), { policy: days }))).toBe('2026-11-25T23:59:59.999Z');
    const hours = { id: 'x', version: '1', concern: { ladoDeadline: { within: 24, unit: 'hours' as const } } };
    expect(lado(routeConcern(allegation('2026-11-20T15:00:00Z'), { policy: hours }))).toBe('2026-11-21T15:00:00.000Z');
  });
  it('Ofsted within 14 days of the earlier of the event and the report, in EYFS settings only', () => {
    const r = routeConcern({ ...allegation('2026-11-20T15:00:00Z'), occurredAt: '2026-11-18T09:00:00Z' });
    expect(r.steps.find((s) => s.to === 'ofsted')?.by).toBe('2026-12-02T09:00:00.000Z');
    expect(to(routeConcern({ ...allegation('2026-11-20T15:00:00Z'), setting: { type: 'school' } }))).not.toContain('ofsted');
  });
  it('ICO decision within 72 hours by default; none when the policy says never', () => {
    expect(routeConcern(c({ kind: 'data-loss' })).steps.find((s) => s.to === 'ico')?.by).toBe('2026-11-21T10:00:00.000Z');
    expect(to(routeConcern(c({ kind: 'data-loss' }), { policy: { id: 'x', version: '1', concern: { ico: { report: 'never', withinHours: 72 } } } }))).not.toContain('ico');
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
    const r = routeConcern(c({ kind: 'allegation-against-staff', setting: { type: 'childminder' }, subject: { role: 'childminder' } }), { policy: 'barnet-early-years' });
    expect(to(r)).toEqual(['childrens-social-care', 'childminding-team', 'lado', 'ofsted']);
    expect(r.actions.map((a) => a.code)).toContain('DO_NOT_TELL_SUBJECT');
  });
});
