import { describe, expect, it } from 'vitest';
import { routeConcern, type Route } from './routeConcern.js';
import type { Concern } from './schema.js';

// The deadlines the routing rules' steps carry (LADO, Ofsted, ICO), counted from the report in Europe/London.
const base: Concern = { kind: 'misuse-of-technology', reportedAt: '2026-11-18T10:00:00Z', setting: { type: 'nursery' }, immediateDanger: false };
const c = (over: Partial<Concern>): Concern => ({ ...base, ...over });
const to = (r: Route) => r.steps.map((s) => s.to);

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
    const never = { id: 'x', version: '1', concern: { ico: { report: 'never' as const, withinHours: 72 } } };
    expect(to(routeConcern(c({ kind: 'data-loss' }), { policy: never }))).not.toContain('ico');
  });

  // 000: "Ofsted also need to be notified as soon as reasonably practicable, but not later than 14 days after the event".
  // A deadline already passed is now, with a finding that says it is late (issue 13, item 6).
  describe('a deadline already passed', () => {
    const late = (occurredAt: string, options: Parameters<typeof routeConcern>[1] = {}) =>
      routeConcern({ ...allegation('2026-11-20T15:00:00Z'), occurredAt }, options);
    const ofsted = (r: Route) => r.steps.find((s) => s.to === 'ofsted');
    it('an event more than 14 days before the report: Ofsted now, its deadline kept, and a finding that it is late', () => {
      const r = late('2026-11-01T09:00:00Z', { policy: 'barnet-early-years' });
      expect(ofsted(r)).toMatchObject({ immediately: true, by: '2026-11-15T09:00:00.000Z', kind: 'step' });
      const passed = r.actions.filter((a) => a.code === 'DEADLINE_PASSED');
      expect(passed.map((a) => [a.rule, a.effect, a.subject, a.data?.by])).toEqual([['concern.deadline.passed', 'warn', 'ofsted', '2026-11-15T09:00:00.000Z']]);
      expect(passed[0]!.message).toBe('The deadline to tell Ofsted (2026-11-15T09:00:00.000Z) has already passed: tell them now, and record why it is late.');
      expect(passed[0]!.clause.source).toBe('000_adea60a66085a501.txt'); // Barnet's own clause
      expect(r.reasons).toContainEqual(passed[0]);
      // Under another preset the same finding cites the law.
      expect(late('2026-11-01T09:00:00Z', { policy: 'homerton-early-years' }).actions.find((a) => a.code === 'DEADLINE_PASSED')?.clause.source).toBe('statutory-facts.md');
    });
    it('exactly 14 days before the report is not yet late; a millisecond more is', () => {
      const edge = late('2026-11-06T15:00:00Z');
      expect(ofsted(edge)).toMatchObject({ immediately: false, by: '2026-11-20T15:00:00.000Z' });
      expect(edge.actions.map((a) => a.code)).not.toContain('DEADLINE_PASSED');
      expect(ofsted(late('2026-11-06T14:59:59.999Z'))).toMatchObject({ immediately: true });
    });
    it('with options.at, a deadline passed by then is late too (the LADO a week after the report)', () => {
      const r = routeConcern(allegation('2026-11-20T15:00:00Z'), { at: '2026-11-27T10:00:00Z' });
      expect(r.steps.find((s) => s.to === 'lado')).toMatchObject({ immediately: true, by: '2026-11-23T23:59:59.999Z' });
      expect(r.actions.filter((a) => a.code === 'DEADLINE_PASSED').map((a) => a.subject)).toEqual(['lado']);
      const inTime = routeConcern(allegation('2026-11-20T15:00:00Z'), { at: '2026-11-23T10:00:00Z' });
      expect(inTime.actions.map((a) => a.code)).not.toContain('DEADLINE_PASSED');
    });
  });
});
