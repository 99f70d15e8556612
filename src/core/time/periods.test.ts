import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { instantMs, londonDay } from './instant.js';
import { daysFromCivil } from './civil.js';
import { addPeriod, addYear, addYearToDay, comparePeriods, isMonthDay, isPeriod, nextMonthDay, parsePeriod } from './periods.js';

const DAY = 86_400_000;
const dayArb = fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2090, 11, 31) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const parts = (d: string) => d.split('-').map(Number) as [number, number, number];
/** London's day by Intl, independently of date-fns. */
const intlDay = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
/** Instants within three hours of a UK clock change (last Sundays of March and October, 01:00 UTC). */
const nearChangeArb = fc.tuple(fc.integer({ min: 1996, max: 2090 }), fc.constantFrom(2, 9), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 })).map(([y, m, off]) => {
  const last = new Date(Date.UTC(y, m + 1, 0));
  return Date.UTC(y, m, last.getUTCDate() - last.getUTCDay(), 1) + off;
});

describe('periods in Europe/London: month ends, leap days, clock changes', () => {
  it('a month later clamps to the end of a shorter month', () => {
    fc.assert(fc.property(dayArb, (day) => {
      const [y, m, d] = parts(day);
      const [ny, nm, nd] = parts(addPeriod(day, parsePeriod('P1M')!));
      expect(nm).toBe(m === 12 ? 1 : m + 1);
      expect(ny).toBe(m === 12 ? y + 1 : y);
      expect(nd).toBe(Math.min(d, daysIn(ny, nm)));
    }), { numRuns: 500 });
  });
  it('days are calendar days, whatever the clocks do', () => {
    fc.assert(fc.property(dayArb, fc.integer({ min: 0, max: 400 }), (day, n) => {
      const expected = new Date(Date.parse(day) + n * DAY).toISOString().slice(0, 10);
      expect(addPeriod(day, parsePeriod(`P${n}D`)!)).toBe(expected);
    }), { numRuns: 500 });
  });
  it('a year after 29 February is 28 February; other days keep their date', () => {
    expect(addYear('2024-02-29')).toBe('2025-02-28');
    fc.assert(fc.property(dayArb, (day) => {
      const [y, m, d] = parts(day);
      expect(addYear(day)).toBe(`${y + 1}-${String(m).padStart(2, '0')}-${String(m === 2 && d === 29 ? 28 : d).padStart(2, '0')}`);
    }), { numRuns: 500 });
  });
  it('the next purge date is after the day, within a year, on the configured date (29 February → 28 in other years)', () => {
    const mdArb = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).filter(isMonthDay);
    fc.assert(fc.property(dayArb, mdArb, (day, md) => {
      const next = nextMonthDay(day, md);
      expect(next > day).toBe(true);
      expect(next <= addYear(day) || next.slice(5) === md).toBe(true);
      const [ny, nm, nd] = parts(next);
      const [mm, dd] = md.split('-').map(Number) as [number, number];
      expect(nm).toBe(mm);
      expect(nd).toBe(Math.min(dd, daysIn(ny, nm)));
    }), { numRuns: 500 });
  });
  it('London days agree with Intl, including around clock changes', () => {
    fc.assert(fc.property(fc.oneof(nearChangeArb, fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) })), (ms) => {
      expect(londonDay(ms)).toBe(intlDay(ms));
    }), { numRuns: 500 });
  });
  it('instantMs agrees with an independent reading: Date.parse for UTC, TZDate for London dates, NaN for impossible ones', () => {
    const real = (y: number, m: number, d: number) => y >= 1900 && y <= 2999 && new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const expected = (s: string): number => {
      let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (m) return real(+m[1]!, +m[2]!, +m[3]!) ? new TZDate(+m[1]!, +m[2]! - 1, +m[3]!, 'Europe/London').getTime() : Number.NaN;
      m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{3})?Z$/.exec(s);
      if (m) return real(+m[1]!, +m[2]!, +m[3]!) && +m[4]! <= 23 ? Date.parse(s) : Number.NaN;
      return Number.NaN;
    };
    const strArb = fc.oneof(
      fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(3010, 0, 1) }).map((ms) => new Date(ms).toISOString()),
      fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(3010, 0, 1) }).map((ms) => new Date(ms).toISOString().replace('.000Z', 'Z').replace(/\.\d{3}Z/, 'Z')),
      fc.tuple(fc.integer({ min: 1899, max: 3001 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }))
        .map(([y, m, d, h]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00Z`),
      fc.tuple(fc.integer({ min: 1899, max: 3001 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      // A date with one character replaced (a letter, a sign, a space, another digit).
      fc.tuple(fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(3010, 0, 1) }), fc.nat(9), fc.constantFrom('a', '-', '+', ' ', '0', '9', '/'))
        .map(([ms, i, c]) => { const d = new Date(ms).toISOString().slice(0, 10); return d.slice(0, i) + c + d.slice(i + 1); }),
      fc.string(),
    );
    fc.assert(fc.property(strArb, (s) => {
      expect(Object.is(instantMs(s), expected(s)), s).toBe(true);
    }), { numRuns: 3_000 });
  });
  it('a month is compared as a calendar month from the moment of the decision', () => {
    const at = (s: string) => Date.parse(s);
    expect(comparePeriods(parsePeriod('P30D')!, parsePeriod('P1M')!, at('2026-01-15T12:00:00Z'))).toBe(-1);
    expect(comparePeriods(parsePeriod('P30D')!, parsePeriod('P1M')!, at('2026-04-15T12:00:00Z'))).toBe(0);
    expect(comparePeriods(parsePeriod('P28D')!, parsePeriod('P1M')!, at('2026-02-10T12:00:00Z'))).toBe(0);
    expect(comparePeriods(parsePeriod('P28D')!, parsePeriod('P1M')!, at('2024-02-10T12:00:00Z'))).toBe(-1);
  });
});

describe('reading periods and month-days', () => {
  it('reads years, months, weeks and days of up to four (days: five) digits', () => {
    expect(parsePeriod('P1M')).toEqual({ years: 0, months: 1, weeks: 0, days: 0 });
    expect(parsePeriod('P10Y')).toEqual({ years: 10, months: 0, weeks: 0, days: 0 });
    expect(parsePeriod('P12M')).toEqual({ years: 0, months: 12, weeks: 0, days: 0 });
    expect(parsePeriod('P52W')).toEqual({ years: 0, months: 0, weeks: 52, days: 0 });
    expect(parsePeriod('P1Y2M3W4D')).toEqual({ years: 1, months: 2, weeks: 3, days: 4 });
    expect(parsePeriod('P2025Y')).toEqual({ years: 2025, months: 0, weeks: 0, days: 0 });
  });

  it('refuses times of day, text around a period, and values that are not strings', () => {
    for (const bad of ['PT1H', 'P', '1 month', 'xP1D', 'P1M ', 'P1M\n', 'P1Mx', 'P1M2', 'P1D1M', 'P12345Y'])
      expect(parsePeriod(bad), JSON.stringify(bad)).toBeUndefined();
    expect(parsePeriod(['P1M'])).toBeUndefined(); // an array would print as 'P1M'
    expect(parsePeriod(30)).toBeUndefined();
  });

  it('isPeriod says whether parsePeriod reads a value', () => {
    expect(isPeriod('P1M')).toBe(true);
    expect(isPeriod('P30D')).toBe(true);
    expect(isPeriod('1 month')).toBe(false);
    expect(isPeriod(undefined)).toBe(false);
  });

  it('isMonthDay accepts every real day of a month, 29 February included', () => {
    for (const ok of ['01-01', '01-05', '01-15', '01-31', '03-31', '07-31', '08-31', '10-31', '12-01', '12-25', '12-31', '04-01', '04-15', '04-30', '06-30', '09-01', '11-05', '11-30', '02-01', '02-14', '02-28', '02-29'])
      expect(isMonthDay(ok), ok).toBe(true);
  });

  it('isMonthDay refuses impossible days, whole dates, text around it, and non-strings', () => {
    for (const bad of ['04-31', '06-31', '02-30', '01-32', '01-00', '13-01', '00-10', '9-01', 'x09-01', '2026-09-01', '09-01 ', '09-01x', '09-011', ''])
      expect(isMonthDay(bad), JSON.stringify(bad)).toBe(false);
    expect(isMonthDay(901)).toBe(false);
    expect(isMonthDay(['09-01'])).toBe(false);
  });
});

describe('adding periods to days', () => {
  const P = (s: string) => parsePeriod(s)!;

  it('a month after 31 January is 29 February in a leap year, 28 February otherwise', () => {
    expect(addPeriod('2024-01-31', P('P1M'))).toBe('2024-02-29');
    expect(addPeriod('2026-01-31', P('P1M'))).toBe('2026-02-28');
    // Centuries are not leap years, except every fourth one.
    expect(addPeriod('2100-01-31', P('P1M'))).toBe('2100-02-28');
    expect(addPeriod('2000-01-31', P('P1M'))).toBe('2000-02-29');
  });

  it('weeks are seven days each', () => {
    expect(addPeriod('2026-11-22', P('P2W'))).toBe('2026-12-06');
    expect(addPeriod('2026-12-25', P('P1W'))).toBe('2027-01-01');
  });

  it('years and months come first, then weeks and days', () => {
    // 31 Jan + 1 month = 28 Feb (2026), then 1 day = 1 March.
    expect(addPeriod('2026-01-31', P('P1M1D'))).toBe('2026-03-01');
    expect(addPeriod('2026-11-22', P('P1Y1M1W1D'))).toBe('2027-12-30'); // 22 Dec 2027, then 8 days
  });

  it('addYearToDay works on day numbers', () => {
    expect(addYearToDay(daysFromCivil(2026, 11, 22))).toBe(daysFromCivil(2027, 11, 22));
    expect(addYearToDay(daysFromCivil(2028, 2, 29))).toBe(daysFromCivil(2029, 2, 28));
  });

  it('the next month-day is this year when still to come, else next year', () => {
    expect(nextMonthDay('2026-08-31', '09-01')).toBe('2026-09-01');
    expect(nextMonthDay('2026-09-01', '09-01')).toBe('2027-09-01');
    expect(nextMonthDay('2026-01-10', '02-29')).toBe('2026-02-28');
    expect(nextMonthDay('2027-03-01', '02-29')).toBe('2028-02-29');
  });

  it('comparePeriods: 1 when the first period ends later', () => {
    const jan15 = Date.parse('2026-01-15T12:00:00Z');
    expect(comparePeriods(P('P1M'), P('P30D'), jan15)).toBe(1);
    expect(comparePeriods(P('P30D'), P('P1M'), jan15)).toBe(-1);
    expect(comparePeriods(P('P1M'), P('P1M'), jan15)).toBe(0);
  });

  it('comparePeriods counts from the London day: 23:30 UTC on 30 June is already 1 July', () => {
    // From 1 July, P30D (31 July) is shorter than P1M (1 August); from 30 June, they end together (30 July).
    expect(comparePeriods(P('P30D'), P('P1M'), Date.parse('2026-06-30T23:30:00Z'))).toBe(-1);
    expect(comparePeriods(P('P30D'), P('P1M'), Date.parse('2026-06-30T22:30:00Z'))).toBe(0);
  });
});
