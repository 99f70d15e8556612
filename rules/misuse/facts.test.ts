import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings.js';
import { areaRules } from '../../src/core/options.js';
import { createRuleSet } from '../../src/ruleSets.js';
import type { Rule } from '../../src/core/rules/types.js';
import { misuseArea } from './area.js';
import { misuseFacts } from './classifyMisuse.js';
import { tierOf } from './facts.js';
import type { MisuseIncident } from './schema.js';

// The facts the misuse rules read, field by field, the tier the first pass gives, and what refuses an incident before any rule runs.
const base: MisuseIncident = { activity: 'chain-messages', actor: { role: 'pupil' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } };
const facts = (i: Record<string, unknown> = {}, o?: unknown) => misuseFacts({ ...base, ...i }, o as never);
const root = (i: Record<string, unknown> = {}, o?: unknown) => {
  const p = facts(i, o);
  expect(p.findings).toEqual([]);
  return p.sets!.root as Record<string, unknown>;
};
const refused = (i: Record<string, unknown> = {}, o?: unknown) => facts(i, o).findings.map((f) => [f.subject, f.message]);
const tiers = (...t: unknown[]) => tierOf(t.map((tier) => (tier === undefined ? {} : { data: { tier } })) as Finding[]);
const rule = (name: string, conditions: unknown, params: Record<string, unknown>) => ({
  name, conditions, event: { type: 'block', params: { code: 'LOCAL', message: 'Local rule.', clause: { source: 'acorn.pdf', section: '1' }, ...params } },
}) as unknown as Rule;

describe('misuseFacts', () => {
  it('yes, no or unknown: deliberate, reported, warned before, during lessons', () => {
    expect([true, false, undefined].map((v) => root({ deliberate: v }).deliberate)).toEqual(['yes', 'no', 'unknown']);
    expect([true, false, undefined].map((v) => root({ reported: v }).reported)).toEqual(['yes', 'no', 'unknown']);
    expect([true, false, undefined].map((v) => root({ warnedBefore: v }).warnedBefore)).toEqual(['yes', 'no', 'unknown']);
    expect([true, false, undefined].map((v) => root({ duringLessons: v }).duringLessons)).toEqual(['yes', 'no', 'unknown']);
  });
  it('no context claimed is none; email only when said so', () => {
    expect(root().context).toBe('none');
    expect(root({ context: 'planned-curriculum' }).context).toBe('planned-curriculum');
    expect([true, false, undefined].map((v) => root({ viaEmail: v }).viaEmail)).toEqual([true, false, false]);
  });
  it('the facts carry the tier the tier rules gave; they are about the incident alone (no item sets), in the misuse area', () => {
    const p = facts();
    expect([p.area, p.findings, p.sets!.root.tier, p.sets!.items]).toEqual(['misuse', [], 'disciplinary', []]);
    expect(root({ activity: 'indecent-images-of-children' }).tier).toBe('illegal-or-always-unacceptable');
    expect(root({ activity: 'non-educational-sites', duringLessons: false }).tier).toBe('not-misuse');
  });
  it('the tier rules see the tier as pending while they run', () => {
    const first = rule('misuse.local.first-pass', { all: [{ fact: 'tier', operator: 'equal', value: 'pending' }] }, { tier: 'illegal-or-always-unacceptable' });
    expect(root({}, { rules: createRuleSet({ add: [{ file: 'mine.json', rules: [first] }] }) }).tier).toBe('illegal-or-always-unacceptable');
  });
  it('when no tier rule fires, the rule set is refused: an activity nothing classifies is never judged not misuse', () => {
    const p = misuseFacts({ ...base, activity: 'other' }, { rules: createRuleSet({ disable: ['misuse.context.unlisted'] }) });
    expect(p.sets).toBeUndefined();
    expect(p.findings.map((f) => [f.subject, f.effect, f.message])).toEqual([
      ['options.rules', 'block', "no tier rule of the rule set classifies the activity 'other': it cannot be judged not misuse"]]);
  });
  it('the exemptions and sanctions are the policy\'s', () => {
    const policy = (r: Record<string, unknown>) => [r.curriculumExemption, r.sysadminExemption, r.sanctionLog, r.sanctionDisciplinary, r.sanctionAuthorities,
      r.sanctionAllegations, r.sanctionBehaviour, r.sanctionLossOfPrivileges, r.sanctionAntiBullying];
    expect(policy(root())).toEqual([true, true, true, true, true, true, true, true, true]);
    expect(policy(root({}, { policy: 'kirklees-primary' }))).toEqual([true, true, true, true, true, false, true, true, true]);
    expect(policy(root({}, { policy: 'homerton-early-years' }))).toEqual([false, false, true, true, true, true, false, false, false]);
    expect(policy(root({}, { policy: 'barnet-early-years' }))).toEqual([false, false, false, true, true, true, false, false, false]);
  });
  it('what the policy classifies, whether only lesson time counts, and what disciplinary action follows, are the policy\'s', () => {
    const of = (activity: string, policy?: string) => { const r = root({ activity }, policy ? { policy } : undefined); return [r.classified, r.lessonTimeOnly, r.disciplinaryForAny]; };
    expect(of('chain-messages')).toEqual([true, true, true]);
    expect(of('chain-messages', 'kirklees-primary')).toEqual([true, true, true]);
    expect(of('chain-messages', 'homerton-early-years')).toEqual([true, false, true]);
    expect(of('chain-messages', 'barnet-early-years')).toEqual([false, false, false]);
    expect(of('secret-recording', 'barnet-early-years')).toEqual([true, false, false]);
    expect(of('copyright-infringement', 'two-mile-ash-pre-school')).toEqual([false, false, true]);
    expect(of('other')).toEqual([false, true, true]);
  });
  it('an event reported before it happened is refused, naming the field; at the same moment it is fine', () => {
    expect(refused({ occurredAt: '2026-11-20T10:00:01Z' })).toEqual([['incident.occurredAt',
      'incident.occurredAt is after incident.reportedAt: an event cannot be reported before it happens']]);
    expect(refused({ occurredAt: '2026-11-20T10:00:00Z' })).toEqual([]);
  });
  it('a setting\'s own policy object gives its misuse section, laid on the preset it is based on', () => {
    const acorn = { id: 'acorn', version: '2026-09', basedOn: 'homerton-early-years', misuse: { sanctions: ['log-incident'] } };
    const r = root({}, { policy: acorn });
    expect([r.curriculumExemption, r.sanctionLog, r.sanctionDisciplinary, r.sanctionAllegations]).toEqual([false, true, false, false]);
    expect(facts({}, { policy: acorn }).policy).toEqual({ id: 'acorn', version: '2026-09', fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });
  it('bad options refuse the incident, with no facts, and never throw', () => {
    const p = facts({}, { policy: 'nowhere' });
    expect([p.area, p.sets, p.findings.map((f) => f.subject)]).toEqual(['misuse', undefined, ['options.policy']]);
    expect(refused({}, null)).toEqual([['options', 'options must be an object']]);
    expect(refused({ activity: 'napping' }, { policy: 'nowhere' }).map(([s]) => s)).toEqual(['options.policy', 'incident.activity']);
  });
  it('an invalid incident names each field it is wrong in', () => {
    expect(refused({ reportedAt: 'soon' })).toEqual([['incident.reportedAt', 'incident.reportedAt must be an ISO 8601 date (2026-11-22) or date-time with Z or an offset (2026-11-22T10:00:00Z), naming a real moment']]);
    expect(refused({ actor: {}, deliberate: 'maybe' }).map(([s]) => s)).toEqual(['incident.actor.role', 'incident.deliberate']);
    expect(misuseFacts(null).findings.map((f) => f.subject)).toEqual(['incident']);
    expect(facts({ activity: 'napping' }).sets).toBe(undefined);
  });
});

describe('tierOf', () => {
  it('the most serious tier among the findings, whatever their order; none when no tier rule fired', () => {
    expect(tiers('illegal-or-always-unacceptable')).toBe('illegal-or-always-unacceptable');
    expect(tiers('not-misuse', 'disciplinary')).toBe('disciplinary');
    expect(tiers('disciplinary', 'not-misuse')).toBe('disciplinary');
    expect(tiers('context-dependent', 'illegal-or-always-unacceptable', 'disciplinary')).toBe('illegal-or-always-unacceptable');
    expect(tiers('not-misuse', 'not-misuse')).toBe('not-misuse');
    expect(tiers()).toBe(undefined);
    expect(tiers(undefined, 'pending')).toBe(undefined);
  });
  it('findings without a tier, or with one that is not a tier, are passed over', () => {
    expect(tiers('disciplinary', 'bogus')).toBe('disciplinary');
    expect(tiers('bogus', 'not-misuse', undefined)).toBe('not-misuse');
  });
});

describe('misuseArea', () => {
  it('the misuse decision reads the misuse section of the policy, and its rules are all misuse rules', () => {
    expect(misuseArea.id).toBe('misuse');
    expect(misuseArea.rules.map((f) => f.file)).toEqual(['rules/misuse/illegal.json', 'rules/misuse/disciplinary.json', 'rules/misuse/context.json', 'rules/misuse/sanctions.json']);
    expect(new Set(areaRules(misuseArea).rules.map((r) => r.area))).toEqual(new Set(['misuse']));
    expect(areaRules(misuseArea).byArea.get('misuse')!.each).toEqual([]);
  });
});
