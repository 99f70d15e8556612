import { runs } from '../../../test/support/runs.js';
import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { fromLondon, londonOffset } from './london.js';
import { londonDay, toInstant } from './instant.js';

describe('London time', () => {
  it('agrees with TZDate for every wall-clock time 1990–2100 (outside the spring-forward gap)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
      const t = new TZDate(d.getTime(), 'Europe/London');
      expect(londonOffset(d.getTime())).toBe(-t.getTimezoneOffset());
      const wall = [t.getFullYear(), t.getMonth() + 1, t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds()] as const;
      // In the autumn hour that happens twice, a wall-clock time means its first occurrence.
      const earlier = d.getTime() - 3_600_000;
      const repeated = earlier + londonOffset(earlier) * 60_000 === d.getTime() + londonOffset(d.getTime()) * 60_000;
      expect(fromLondon(...wall)).toBe(repeated ? earlier : d.getTime());
      expect(londonDay(d.getTime())).toBe(`${wall[0]}-${String(wall[1]).padStart(2, '0')}-${String(wall[2]).padStart(2, '0')}`);
    }), { numRuns: runs(3_000) });
  });

  it('knows the DST changes: the last Sundays of March and October', () => {
    // A London wall-clock time (a date-time without an offset is refused as input; the library reads its days so).
    expect(new Date(fromLondon(2026, 3, 29, 0, 59, 59)).toISOString()).toBe('2026-03-29T00:59:59.000Z');
    expect(new Date(fromLondon(2026, 3, 29, 2, 0, 0)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(toInstant('2026-03-29T02:00:00')).toBeUndefined();
    expect(toInstant('2026-10-25')!.toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(toInstant('2026-10-26')!.toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(londonDay(Date.parse('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDay(Date.parse('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('rejects impossible dates and non-ISO text', () => {
    for (const bad of ['2026-02-29', '2026-02-30T10:00:00Z', '2026-13-01', '2026-1-1', '22/11/2026', '2026-11-22T24:00:00Z', '', 'now', '2026-11-22T10:00:00+25:00'])
      expect(toInstant(bad)).toBeUndefined();
    expect(toInstant('2028-02-29')!.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(toInstant(new Date(8.64e15))).toBeUndefined(); // a valid Date, but no real decision is for year 275760
    expect(toInstant(new Date(Number.NaN))).toBeUndefined();
  });
});

describe('London clock changes, exactly', () => {
  // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
  it('summer time starts at 01:00 UTC on the last Sunday of March', () => {
    expect(londonOffset(Date.UTC(2026, 2, 29, 1) - 1)).toBe(0);
    expect(londonOffset(Date.UTC(2026, 2, 29, 1))).toBe(60);
  });

  it('summer time ends at 01:00 UTC on the last Sunday of October', () => {
    expect(londonOffset(Date.UTC(2026, 9, 25, 1) - 1)).toBe(60);
    expect(londonOffset(Date.UTC(2026, 9, 25, 1))).toBe(0);
    // 2027: the last Sunday of October is the 31st.
    expect(londonOffset(Date.UTC(2027, 9, 31, 0, 59))).toBe(60);
    expect(londonOffset(Date.UTC(2027, 9, 31, 1))).toBe(0);
  });

  it('in the autumn hour that happens twice, a London time is its first occurrence (still summer time)', () => {
    // 01:30 London on 25 October 2026 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
    expect(new Date(fromLondon(2026, 10, 25, 1, 30)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(fromLondon(2026, 10, 25, 0, 30)).toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(new Date(fromLondon(2026, 10, 25, 2, 30)).toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('in the spring hour that never happens, a London time is read with the winter offset', () => {
    // 01:30 London on 29 March 2026 never happens: the clocks go from 01:00 GMT to 02:00 BST.
    expect(new Date(fromLondon(2026, 3, 29, 1, 30)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(fromLondon(2026, 3, 29, 2, 30)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(fromLondon(2026, 3, 29, 0, 30)).toISOString()).toBe('2026-03-29T00:30:00.000Z');
  });
});
