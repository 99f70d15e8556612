import { describe, expect, it } from 'vitest';
import { routeConcern, type Route } from './routeConcern.js';
import { recipientsWhoAreSubject } from './vocabulary.js';
import { createRuleSet } from '../../src/ruleSets.js';
import { definePolicy } from '../../src/policy.js';
import type { Concern } from './schema.js';

// Recipients the policies name (issue 13): who may be told instead of the first contact, a designated person who is also
// the manager, and "seek advice from" as distinct from "report to".
const base: Concern = { kind: 'cyberbullying', reportedAt: '2026-11-18T10:00:00Z', setting: { type: 'nursery' }, immediateDanger: false };
const c = (over: Partial<Concern>): Concern => ({ ...base, ...over });
const to = (r: Route) => r.steps.map((s) => s.to);

describe('who may be told instead of the first contact (the first step\'s `or`)', () => {
  it('Kirklees: "inform the eSafety coordinator, their line manager or head teacher", with the head teacher the policy names', () => {
    const r = routeConcern(c({ setting: { type: 'school' } }), { policy: 'kirklees-primary' });
    expect(r.steps[0]).toMatchObject({ to: 'esafety-coordinator', immediately: true, or: ['line-manager', 'head-teacher'] });
    expect(r.steps[0]!.contacts!.map((x) => [x.to, x.name])).toEqual([['esafety-coordinator', 'Rachel Hibbert'], ['head-teacher', 'Samantha Gallant']]);
  });
  it('Barnet: "the Manager or Designated Safeguarding Officer"; Two Mile Ash: its designated manager or deputy', () => {
    expect(routeConcern(c({}), { policy: 'barnet-early-years' }).steps[0]).toMatchObject({ to: 'manager', or: ['dsl'] });
    const tma = routeConcern(c({}), { policy: 'two-mile-ash-pre-school' }).steps[0]!;
    expect([tma.to, tma.or, tma.contacts!.map((x) => x.name)]).toEqual(['dsl', ['deputy-dsl'], ['Gemma Hill', 'Jane Stringer']]);
  });
  it('only the first contact has alternatives: every other step has no `or`', () => {
    const r = routeConcern(c({ kind: ['online-grooming'], immediateDanger: true, setting: { type: 'school' } }), { policy: 'kirklees-primary' });
    expect(r.steps.length).toBeGreaterThan(1);
    expect(r.steps.filter((s) => 'or' in s).map((s) => s.to)).toEqual(['esafety-coordinator']);
  });
  it('the baseline, Homerton and Cambridgeshire name one first contact: no `or`', () => {
    for (const policy of [undefined, 'homerton-early-years', 'cambridgeshire-early-years'] as const) expect('or' in routeConcern(c({}), { policy }).steps[0]!).toBe(false);
  });
  it('an alternative who is the subject is never offered', () => {
    const policy = definePolicy({ id: 'acorn', version: '1', basedOn: 'kirklees-primary', concern: { firstContactAlternatives: ['manager', 'head-teacher'] } });
    expect(routeConcern(c({}), { policy }).steps[0]!.or).toEqual(['manager', 'head-teacher']);
    // A policy based on a preset inherits none of its contacts: alternatives, and no empty contact list.
    expect('contacts' in routeConcern(c({}), { policy }).steps[0]!).toBe(false);
    // A security incident about the manager still goes to the eSafety coordinator (Kirklees' procedure): never "or the manager".
    const security = routeConcern(c({ kind: 'security-incident', subject: { role: 'manager' } }), { policy });
    expect(security.steps.find((s) => s.to === 'esafety-coordinator')).toMatchObject({ or: ['head-teacher'] });
    const dsl = definePolicy({ id: 'acorn', version: '1', concern: { firstContact: 'dsl', firstContactAlternatives: ['manager'], dslIsManager: false } });
    // The manager is the subject: the DSL (not the manager) is skipped too (the library's reading, both may be one person).
    expect(to(routeConcern(c({ subject: { role: 'manager' } }), { policy: dsl }))).not.toContain('manager');
    expect(routeConcern(c({ subject: { role: 'manager' } }), { policy: dsl }).steps.flatMap((s) => s.or ?? [])).not.toContain('manager');
  });
});

describe('a designated person who is also the manager (002: "Our designated person’s … Gemma Hill Manager")', () => {
  it('the concern is about them: neither role is told, the conflict of interest is found, the next person up is told', () => {
    const r = routeConcern(c({ subject: { role: 'manager' } }), { policy: 'two-mile-ash-pre-school' });
    expect(to(r)).not.toContain('dsl');
    expect(to(r)).not.toContain('manager');
    expect(r.steps[0]).toMatchObject({ to: 'registered-person', immediately: true });
    expect(r.steps[0]!.contacts!.map((x) => x.name)).toEqual(['Tracy Fenton']);
    const conflict = r.actions.find((a) => a.code === 'CONFLICT_OF_INTEREST')!;
    expect([conflict.rule, conflict.effect, conflict.clause.source]).toEqual(['concern.subject.conflict-of-interest', 'warn', '002_ed2002546c8e0053.txt']);
    expect(r.reasons.map((f) => f.code)).toContain('CONFLICT_OF_INTEREST');
  });
  it('the same for the DSL as subject; Homerton (its managers are designated officers) cites its own list', () => {
    const r = routeConcern(c({ subject: { role: 'dsl' } }), { policy: 'homerton-early-years' });
    expect(r.actions.find((a) => a.code === 'CONFLICT_OF_INTEREST')?.clause.source).toBe('001_37d62a2ef733a813.txt');
    expect(r.steps[0]!.to).toBe('registered-person');
  });
  it('a policy that does not say so finds no conflict (Barnet names the manager and the DSO apart)', () => {
    const r = routeConcern(c({ subject: { role: 'manager' } }), { policy: 'barnet-early-years' });
    expect(r.actions.map((a) => a.code)).not.toContain('CONFLICT_OF_INTEREST');
    expect(r.steps[0]!.to).toBe('registered-person');
  });
  it('a rule set of our own that tells the DSL or the manager is overruled when they are one person and the subject', () => {
    const rules = createRuleSet({ add: [{ file: 'ours.json', rules: (['dsl', 'manager'] as const).map((who) => ({
      name: `concern.ours.tell-${who}`, conditions: { all: [{ fact: 'kindCount', operator: 'greaterThan' as const, value: 0 }] },
      event: { type: 'warn' as const, params: { code: `OURS_${who.toUpperCase()}`, message: 'Tell them.', clause: { source: 'ours.md', section: '1' }, kind: 'step', to: who, immediately: true, order: 1 } },
    })) }] });
    const r = routeConcern(c({ subject: { role: 'manager' } }), { policy: 'two-mile-ash-pre-school', rules });
    expect(r.reasons.map((f) => f.code)).toEqual(expect.arrayContaining(['OURS_DSL', 'OURS_MANAGER']));
    expect(to(r)).not.toContain('dsl');
    expect(to(r)).not.toContain('manager');
    // Where they are two people (Barnet), the DSL may be told of a concern about the manager by such a rule.
    expect(to(routeConcern(c({ subject: { role: 'manager' } }), { policy: 'barnet-early-years', rules }))).toContain('dsl');
  });
  it('recipientsWhoAreSubject: one person in both roles, and a childminder who is every role', () => {
    expect(recipientsWhoAreSubject('dsl', { dslIsManager: true })).toEqual(['dsl', 'manager']);
    expect(recipientsWhoAreSubject('childminder', { type: 'childminder' })).toEqual(['manager', 'dsl', 'registered-person']);
    expect(recipientsWhoAreSubject('childminder', { type: 'nursery' })).toEqual([]);
  });
});

describe('"seek advice from" is not "report to" (000: "in which case seek advice from the Local Authority Designated Officer")', () => {
  it('a low-level concern about the manager: advice from the LADO, at once, not a referral', () => {
    const r = routeConcern(c({ subject: { role: 'manager' }, meetsHarmThreshold: false }), { policy: 'barnet-early-years' });
    expect(r.steps.find((s) => s.to === 'lado')).toMatchObject({ kind: 'advice', immediately: true, finding: { code: 'SEEK_LADO_ADVICE' } });
    expect(r.steps.find((s) => s.to === 'lado')!.finding.clause.source).toBe('000_adea60a66085a501.txt');
  });
  it('an allegation that may meet the harm threshold is reported to the LADO: the report outranks the advice', () => {
    const r = routeConcern(c({ subject: { role: 'manager' } }), { policy: 'barnet-early-years' });
    expect(r.steps.find((s) => s.to === 'lado')).toMatchObject({ kind: 'step', immediately: true, finding: { code: 'TELL_LADO' } });
  });
  it('Barnet\'s childminder seeks advice from children\'s social care and the childminding team', () => {
    const r = routeConcern(c({ kind: 'child-protection', setting: { type: 'childminder' } }), { policy: 'barnet-early-years' });
    expect(r.steps.map((s) => [s.to, s.kind, s.immediately])).toEqual([['childrens-social-care', 'advice', true], ['childminding-team', 'advice', true], ['ofsted', 'step', false]]);
  });
});
