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
});
