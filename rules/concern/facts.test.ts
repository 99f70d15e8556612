import { describe, expect, it } from 'vitest';
import { RuleValidationError } from '../../src/core/rules/errors.js';
import { readOptions } from '../../src/core/options.js';
import { createRuleSet } from '../../src/ruleSets.js';
import type { Rule } from '../../src/core/rules/types.js';
import { concernArea } from './area.js';
import { computeConcernFacts } from './facts.js';
import { concernFacts } from './routeConcern.js';
import type { Concern } from './schema.js';
import { concernKinds } from './vocabulary.js';

/** The prepared facts, and the timing a route counts from (the area's `derived`, where the concern is valid). */
const prepareConcern = (concern: unknown, options?: unknown) => {
  const prepared = concernFacts(concern, options as never);
  const out = prepared.sets ? computeConcernFacts([concern as Concern], readOptions(concernArea, options)) : [];
  return { prepared, timing: Array.isArray(out) ? undefined : out.derived };
};

// The facts the concern rules read, and what refuses a concern before any rule runs: dates, options, bank holidays.
const REPORTED = '2026-11-20T15:00:00.000Z';
const ms = (iso: string, d: number) => new Date(new Date(iso).getTime() + d).toISOString();
const base = { kind: 'child-protection', reportedAt: REPORTED, setting: { type: 'nursery' } };
const prepare = (c: Record<string, unknown> = {}, o?: unknown) => prepareConcern({ ...base, ...c }, o);
const root = (c: Record<string, unknown> = {}, o?: unknown) => {
  const { prepared } = prepare(c, o);
  expect(prepared.findings).toEqual([]);
  return prepared.sets!.root as Record<string, unknown>;
};
const refused = (c: Record<string, unknown> = {}, o?: unknown) => prepare(c, o).prepared.findings.map((f) => [f.subject, f.message]);
const holidays = (bankHolidays: unknown) => prepare({}, { bankHolidays });

describe('concernFacts', () => {
  it('a concern about the manager or the registered person is about an adult worker; with no subject it is about nobody', () => {
    expect(root({ subject: { role: 'manager' } }).subjectIsAdultWorker).toBe(true);
    expect(root({ subject: { role: 'registered-person' } }).subjectIsAdultWorker).toBe(true);
    expect(root({ subject: { role: 'parent' } }).subjectIsAdultWorker).toBe(false);
    expect(root().subjectRole).toBe('none');
    expect(root().subjectIsAdultWorker).toBe(false);
  });
  it('valid facts belong to the concern area, about the concern alone (no item sets)', () => {
    const p = concernFacts(base as never);
    expect([p.area, p.findings, p.sets!.items]).toEqual(['concern', [], []]);
  });
  it('a refused concern still says which area, policy and rules it was refused under', () => {
    const ok = concernFacts(base as never, { policy: 'barnet-early-years' });
    const { finish: _finish, ...p } = concernFacts({ ...base, kind: 'gossip' } as never, { policy: 'barnet-early-years' });
    expect(p).toEqual({ area: 'concern', policy: { id: 'barnet-early-years', version: ok.policy.version, fingerprint: ok.policy.fingerprint }, ruleSet: ok.ruleSet, source: '000_adea60a66085a501.txt', findings: p.findings });
    expect(p.findings.map((f) => f.subject)).toEqual(['concern.kind']);
  });
  it('bad options refuse the concern, and never throw (an unknown policy, null)', () => {
    expect(refused({}, { policy: 'nowhere' }).map(([s]) => s)).toEqual(['options.policy']);
    expect(refused({}, null)).toEqual([['options', 'options must be an object']]);
  });
  it('an unreadable report or event time names the field it is in', () => {
    const msg = (f: string) => [f, `${f} must be an ISO 8601 date (2026-11-22) or date-time with Z or an offset (2026-11-22T10:00:00Z), naming a real moment`];
    expect(refused({ reportedAt: 'yesterday', occurredAt: REPORTED })).toEqual([msg('concern.reportedAt')]);
    expect(refused({ occurredAt: 'last week' })).toEqual([msg('concern.occurredAt')]);
    expect(refused({ reportedAt: 'yesterday' })).toEqual([msg('concern.reportedAt')]); // no event time sent: only the report's is blamed
    expect(refused({ reportedAt: 'yesterday', occurredAt: 'last week' })).toEqual([msg('concern.reportedAt'), msg('concern.occurredAt')]);
  });
  it('a concern may be reported up to the moment of the decision, not a millisecond after', () => {
    expect(refused({}, { at: REPORTED })).toEqual([]);
    expect(refused({}, { at: ms(REPORTED, 60_000) })).toEqual([]);
    expect(refused({}, {})).toEqual([]);
    expect(refused({}, { at: ms(REPORTED, -1) })).toEqual([['concern.reportedAt', 'concern.reportedAt is after options.at: a concern cannot be reported after the moment of the decision']]);
  });
  it('an event may happen at or before its report, not after; Ofsted counts from the earlier', () => {
    expect(prepare({ occurredAt: REPORTED }).timing!.eventAt!.toISOString()).toBe(REPORTED);
    expect(prepare({ occurredAt: ms(REPORTED, -86_400_000) }).timing!.eventAt!.toISOString()).toBe(ms(REPORTED, -86_400_000));
    expect(prepare().timing!.eventAt!.toISOString()).toBe(REPORTED);
    expect(refused({ occurredAt: ms(REPORTED, 1) })).toEqual([['concern.occurredAt', 'concern.occurredAt is after concern.reportedAt: an event cannot be reported before it happens']]);
  });
  it('bank holidays: a list of at most 2000 dates; anything else refuses the concern', () => {
    const list = 'options.bankHolidays must be a list of dates (yyyy-MM-dd), at most 2000';
    expect(holidays(undefined).timing!.bankHolidays).toEqual(new Set());
    expect(holidays(['2026-12-25', '2026-12-28']).timing!.bankHolidays).toEqual(new Set(['2026-12-25', '2026-12-28']));
    expect(holidays(Array(2000).fill('2026-12-25')).prepared.findings).toEqual([]);
    expect(holidays(Array(2001).fill('2026-12-25')).prepared.findings.map((f) => [f.subject, f.message])).toEqual([['options.bankHolidays', list]]);
    expect(refused({}, { bankHolidays: '2026-12-25' })).toEqual([['options.bankHolidays', list]]);
    expect(refused({}, { bankHolidays: { 0: '2026-12-25' } })).toEqual([['options.bankHolidays', list]]);
  });
  it('a bank holiday that is not a real date is named by its index, and no timing is given', () => {
    const h = holidays(['2026-12-25', '2026-02-30', 5]);
    expect(h.prepared.findings.map((f) => [f.subject, f.message])).toEqual([
      ['options.bankHolidays[1]', 'options.bankHolidays[1] must be a date (yyyy-MM-dd)'],
      ['options.bankHolidays[2]', 'options.bankHolidays[2] must be a date (yyyy-MM-dd)'],
    ]);
    expect([h.timing, h.prepared.sets]).toEqual([undefined, undefined]);
  });
  it('a concern may list each kind twice over (repeats count once), no more', () => {
    const twice = [...concernKinds, ...concernKinds];
    expect([root({ kind: twice }).kinds, root({ kind: twice }).kindCount]).toEqual([[...concernKinds], concernKinds.length]);
    expect(refused({ kind: [...twice, 'cyberbullying'] }).map(([s]) => s)).toEqual(['concern.kind']);
  });
  it('a setting may choose never to consider an ICO report', () => {
    const policy = { id: 'acorn', version: '1', concern: { ico: { report: 'never', withinHours: 72 } } };
    expect(root({}, { policy }).icoReporting).toBe('never');
  });
  it('a concern rule must say what kind of finding it is (step, consider, signpost or action)', () => {
    const rule = { name: 'concern.local.tell-dsl', conditions: { all: [{ fact: 'kindCount', operator: 'greaterThan', value: 0 }] },
      event: { type: 'warn', params: { code: 'TELL_DSL', message: 'Tell the DSL.', clause: { source: 'acorn.pdf', section: '1' }, to: 'dsl' } } } as unknown as Rule;
    let problems: string[] = [];
    try { createRuleSet({ add: [{ file: 'mine.json', rules: [rule] }] }); } catch (e) { if (e instanceof RuleValidationError) problems = e.problems; }
    expect(problems.some((p) => p.includes('"event.params.kind" is required in area "concern"'))).toBe(true);
  });
});
