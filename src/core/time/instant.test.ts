import fc from 'fast-check';
import { runs } from '../../../test/support/runs.js';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from './civil.js';
import { dayNumberOfInput, dayOfInput, hasPassed, INSTANT_PATTERN, instantMs, isInstant, LONDON, londonDay, londonDayNumber, toInstant } from './instant.js';

const HOUR = 3_600_000;

describe('ISO instants: the common UTC form (yyyy-MM-ddTHH:mm:ss[.fff]Z)', () => {
  it('reads a UTC date-time to the millisecond', () => {
    expect(instantMs('2026-11-22T10:15:30Z')).toBe(Date.UTC(2026, 10, 22, 10, 15, 30));
    expect(instantMs('2026-11-22T23:59:59Z')).toBe(Date.UTC(2026, 10, 22, 23, 59, 59));
  });

  it('reads one, two or three fraction digits as milliseconds, and ignores digits past the third', () => {
    expect(instantMs('2026-11-22T10:00:00.5Z')).toBe(Date.UTC(2026, 10, 22, 10, 0, 0, 500));
    expect(instantMs('2026-11-22T10:00:00.25Z')).toBe(Date.UTC(2026, 10, 22, 10, 0, 0, 250));
    expect(instantMs('2026-11-22T10:00:00.123Z')).toBe(Date.UTC(2026, 10, 22, 10, 0, 0, 123));
    expect(instantMs('2026-11-22T10:00:00.123456789Z')).toBe(Date.UTC(2026, 10, 22, 10, 0, 0, 123));
  });

  it('refuses a fraction that is empty, too long, not digits, or written with a comma', () => {
    for (const bad of ['2026-11-22T10:00:00.Z', '2026-11-22T10:00:00.xZ', '2026-11-22T10:00:00.xyZ', '2026-11-22T10:00:00.1234567890Z', '2026-11-22T10:00:00.5xZ', '2026-11-22T10:00:00.x5Z', '2026-11-22T10:00:00,5Z'])
      expect(instantMs(bad), bad).toBeNaN();
  });

  it('refuses a fraction with no Z after it (a date-time needs Z or an offset)', () => {
    expect(instantMs('2026-11-22T10:00:00.50')).toBeNaN();
    expect(instantMs('2026-11-22T10:00:00.500')).toBeNaN();
  });

  it('refuses other separators between the fields', () => {
    for (const bad of ['2026/11-22T10:00:00Z', '2026-11/22T10:00:00Z', '2026-11-22 10:00:00Z', '2026-11-22T10.00:00Z', '2026-11-22T10:00.00Z'])
      expect(instantMs(bad), bad).toBeNaN();
  });

  it('refuses letters in place of the digits of the year, hour, minute or second', () => {
    for (const bad of ['29ab-01-01T00:00:00Z', '2026-11-22Tab:00:00Z', '2026-11-22T10:ab:00Z', '2026-11-22T10:00:abZ'])
      expect(instantMs(bad), bad).toBeNaN();
  });

  it('refuses minute 60 and second 60 (no leap seconds)', () => {
    expect(instantMs('2026-11-22T10:60:00Z')).toBeNaN();
    expect(instantMs('2026-11-22T10:00:60Z')).toBeNaN();
  });
});

describe('ISO instants with an offset, or without seconds', () => {
  it('reads a time without seconds', () => {
    expect(instantMs('2026-11-22T10:15Z')).toBe(Date.UTC(2026, 10, 22, 10, 15));
  });

  it('subtracts a positive offset and adds a negative one, hours and minutes', () => {
    // 10:00 at +01:00 is 09:00 UTC; 10:00 at -05:00 is 15:00 UTC; India is +05:30.
    expect(instantMs('2026-07-01T10:00+01:00')).toBe(Date.UTC(2026, 6, 1, 9, 0));
    expect(instantMs('2026-07-01T10:00:00-05:00')).toBe(Date.UTC(2026, 6, 1, 15, 0));
    expect(instantMs('2026-11-22T10:15:30.250+05:30')).toBe(Date.UTC(2026, 10, 22, 4, 45, 30, 250));
    expect(instantMs('2026-11-22T10:15:30+00:00')).toBe(Date.UTC(2026, 10, 22, 10, 15, 30));
  });

  it('reads the seconds and fraction of a date-time with an offset', () => {
    expect(instantMs('2026-11-22T10:00:30+00:00')).toBe(Date.UTC(2026, 10, 22, 10, 0, 30));
    expect(instantMs('2026-11-22T10:00:30.5+00:00')).toBe(Date.UTC(2026, 10, 22, 10, 0, 30, 500));
    expect(instantMs('2026-11-22T10:00:30.25-01:00')).toBe(Date.UTC(2026, 10, 22, 11, 0, 30, 250));
    expect(instantMs('2026-11-22T10:00:30.123456+00:00')).toBe(Date.UTC(2026, 10, 22, 10, 0, 30, 123));
  });

  it('accepts the last hour, minute and second, and the largest offsets', () => {
    expect(instantMs('2026-11-22T23:59:59+00:00')).toBe(Date.UTC(2026, 10, 22, 23, 59, 59));
    // 23:00 at +23:00 is midnight UTC the same day; 00:00 at -00:59 is 00:59 UTC.
    expect(instantMs('2026-11-22T23:00+23:00')).toBe(Date.UTC(2026, 10, 22, 0, 0));
    expect(instantMs('2026-11-22T00:00-00:59')).toBe(Date.UTC(2026, 10, 22, 0, 59));
  });

  it('refuses impossible dates, hours, minutes, seconds and offsets', () => {
    for (const bad of ['2026-02-30T10:00+00:00', '2026-11-22T24:00+00:00', '2026-11-22T10:60+00:00', '2026-11-22T10:00:60+00:00', '2026-11-22T10:00+24:00', '2026-11-22T10:00+01:60'])
      expect(instantMs(bad), bad).toBeNaN();
  });

  it('refuses anything before or after the date-time', () => {
    for (const bad of ['x2026-11-22T10:00+01:00', '12026-11-22T10:00+01:00', '2026-11-22T10:00+01:00x', '2026-11-22T10:00+01:00 '])
      expect(instantMs(bad), bad).toBeNaN();
  });

  it('refuses a date-time without Z or an offset', () => {
    expect(instantMs('2026-11-22T10:00')).toBeNaN();
    expect(instantMs('2026-11-22T10:00:00')).toBeNaN();
  });
});

describe('ISO dates: the start of that day in London', () => {
  it('reads a winter day as midnight UTC and a summer day as 23:00 UTC the day before', () => {
    expect(instantMs('2026-01-15')).toBe(Date.UTC(2026, 0, 15));
    expect(instantMs('2026-09-01')).toBe(Date.UTC(2026, 7, 31, 23));
  });

  it('knows leap years: every fourth year, not centuries, but every fourth century', () => {
    expect(instantMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(instantMs('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(instantMs('1900-02-29')).toBeNaN();
    expect(instantMs('2100-02-29')).toBeNaN();
    expect(instantMs('2100-02-29T00:00:00Z')).toBeNaN();
    expect(instantMs('2000-02-29T12:00:00Z')).toBe(Date.UTC(2000, 1, 29, 12));
  });

  it('refuses day 0 and letters among the digits', () => {
    for (const bad of ['2026-11-00', '20a6-01-01', '202a-01-01', '2026-1a-01', '2026-11-2a'])
      expect(instantMs(bad), bad).toBeNaN();
  });
});

describe('Date objects and other values', () => {
  it('takes a Date of 1900–2999 as its own instant', () => {
    const d = new Date('2026-11-22T10:00:00Z');
    expect(instantMs(d)).toBe(d.getTime());
    expect(toInstant(d)!.getTime()).toBe(d.getTime());
  });

  it('refuses a Date before 1900 or from 3000 on', () => {
    expect(instantMs(new Date(Date.UTC(1900, 0, 1)))).toBe(Date.UTC(1900, 0, 1));
    expect(instantMs(new Date(Date.UTC(1900, 0, 1) - 1))).toBeNaN();
    expect(instantMs(new Date(Date.UTC(3000, 0, 1) - 1))).toBe(Date.UTC(3000, 0, 1) - 1);
    expect(instantMs(new Date(Date.UTC(3000, 0, 1)))).toBeNaN();
  });

  it('refuses numbers, null and other non-strings', () => {
    for (const bad of [Date.UTC(2026, 10, 22), null, undefined, {}, ['2026-11-22']]) expect(instantMs(bad)).toBeNaN();
  });

  it('toInstant gives a Date, or undefined for what is not an instant', () => {
    expect(toInstant('2026-11-22T10:00:00Z')!.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(toInstant('2026-11-22T10:00:00')).toBeUndefined();
  });
});

describe('isInstant and INSTANT_PATTERN', () => {
  it('names the time zone of every policy period', () => {
    expect(LONDON).toBe('Europe/London');
  });

  it('accepts dates, UTC date-times and date-times with an offset', () => {
    for (const ok of ['2026-11-22', '2028-02-29', '2000-02-29', '1904-02-29', '2026-11-22T10:00Z', '2026-11-22T10:00:00Z', '2026-11-22T10:00:00.123456789Z', '2026-11-22T10:00+01:00', '2026-11-22T23:59:59-05:30'])
      expect(isInstant(ok), ok).toBe(true);
  });

  it('refuses impossible days, a missing offset, and trailing text', () => {
    for (const bad of ['2026-02-30', '2026-02-29', '1900-02-29', '2100-02-29', '1899-12-31', '3000-01-01', '2026-11-22T10:00:00', '2026-11-22T24:00Z', '2026-11-22T10:00Z\n', '2026-11-22 ', ''])
      expect(isInstant(bad), JSON.stringify(bad)).toBe(false);
  });

  it('agrees with instantMs on strings', () => {
    for (const s of ['2026-11-22', '2026-02-30', '2026-11-22T10:00:00Z', '2026-11-22T10:00:00', '2026-11-22T10:00+24:00', '2024-02-29T00:00-00:30'])
      expect(isInstant(s), s).toBe(!Number.isNaN(instantMs(s)));
    expect(INSTANT_PATTERN.test('2026-11-22T10:00:00Z')).toBe(true);
  });

  it('reads a string exactly as INSTANT_PATTERN does, on strings near an instant and on any string', () => {
    const digits = (n: number) => fc.array(fc.constantFrom('0', '1', '2', '3', '4', '5', '9'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const year = fc.oneof({ arbitrary: fc.constantFrom('1899', '1900', '1904', '2000', '2024', '2026', '2100', '2400', '2999', '3000'), weight: 4 }, digits(4));
    const two = fc.oneof({ arbitrary: fc.constantFrom('01', '02', '09', '10', '12', '23', '28', '29', '30', '31', '00', '13', '24', '59', '60'), weight: 6 }, digits(2));
    const time = fc.tuple(two, two, fc.option(fc.tuple(two, fc.option(digits(1).chain((d) => fc.integer({ min: 0, max: 10 }).map((n) => d + '7'.repeat(n)))))),
      fc.oneof({ arbitrary: fc.constant('Z'), weight: 3 }, fc.constant('z'), fc.constant(''), fc.tuple(fc.constantFrom('+', '-'), two, two).map(([s, h, m]) => `${s}${h}:${m}`)))
      .map(([h, m, sec, zone]) => `T${h}:${m}${sec ? `:${sec[0]}${sec[1] === null ? '' : `.${sec[1]}`}` : ''}${zone}`);
    const near = fc.tuple(year, fc.constantFrom('-', '-', '-', '/'), two, two, fc.option(time), fc.constantFrom('', '', '', '', '', ' ', '\n', 'x'))
      .map(([y, sep, m, d, t, tail]) => `${y}${sep}${m}-${d}${t ?? ''}${tail}`);
    let instants = 0;
    fc.assert(fc.property(fc.oneof({ arbitrary: near, weight: 8 }, fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
      if (INSTANT_PATTERN.test(s)) instants++;
      return isInstant(s) === INSTANT_PATTERN.test(s);
    }), { numRuns: runs(20_000) });
    expect(instants).toBeGreaterThan(runs(20_000) / 100); // both answers are tried, not only refusals
  });

  it('accepts a Date of 1900–2999, and refuses an invalid Date and other values', () => {
    expect(isInstant(new Date('2026-11-22T10:00:00Z'))).toBe(true);
    expect(isInstant(new Date(Number.NaN))).toBe(false);
    expect(isInstant(new Date(Date.UTC(3000, 0, 1)))).toBe(false);
    expect(isInstant(Date.UTC(2026, 10, 22))).toBe(false);
    expect(isInstant(null)).toBe(false);
  });
});

describe('London days of instants', () => {
  it('a late summer evening in UTC is already the next day in London; in winter it is not', () => {
    // BST (UTC+1) from the last Sunday of March to the last Sunday of October.
    expect(londonDayNumber(Date.UTC(2026, 5, 30, 23, 30))).toBe(daysFromCivil(2026, 7, 1));
    expect(londonDayNumber(Date.UTC(2026, 5, 30, 22, 59))).toBe(daysFromCivil(2026, 6, 30));
    expect(londonDayNumber(Date.UTC(2026, 11, 31, 23, 30))).toBe(daysFromCivil(2026, 12, 31));
    expect(londonDay(Date.UTC(2026, 5, 30, 23, 30))).toBe('2026-07-01');
  });

  it('dayNumberOfInput: a date is that day; a date-time or Date is its London day', () => {
    expect(dayNumberOfInput('2026-07-01')).toBe(daysFromCivil(2026, 7, 1));
    expect(dayNumberOfInput('1999-12-31')).toBe(daysFromCivil(1999, 12, 31));
    expect(dayNumberOfInput('2026-06-30T23:30:00Z')).toBe(daysFromCivil(2026, 7, 1));
    expect(dayNumberOfInput(new Date('2026-06-30T23:30:00Z'))).toBe(daysFromCivil(2026, 7, 1));
    expect(dayNumberOfInput('2026-12-31T23:30:00Z')).toBe(daysFromCivil(2026, 12, 31));
  });

  it('dayOfInput: a date is that day; a date-time or Date is its London day', () => {
    expect(dayOfInput('2026-07-01')).toBe('2026-07-01');
    expect(dayOfInput('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(dayOfInput(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(dayOfInput('2026-07-01T00:30:00+01:00')).toBe('2026-07-01');
  });
});

describe('hasPassed: a date runs to the end of its London day; a date-time is exact', () => {
  const at = (s: string) => [instantMs(s), dayNumberOfInput(s)] as const;

  it('a date has not passed during that day, and has passed the next day', () => {
    expect(hasPassed('2026-11-22', ...at('2026-11-22T10:00:00Z'))).toBe(false);
    expect(hasPassed('2026-11-22', ...at('2026-11-22T23:59:59Z'))).toBe(false);
    expect(hasPassed('2026-11-22', ...at('2026-11-23T00:00:00Z'))).toBe(true);
    expect(hasPassed('2026-11-22', ...at('2026-11-21T12:00:00Z'))).toBe(false);
  });

  it('a summer date has passed at midnight London time, 23:00 UTC', () => {
    expect(hasPassed('2026-07-01', ...at('2026-07-01T22:59:59Z'))).toBe(false);
    expect(hasPassed('2026-07-01', ...at('2026-07-01T23:00:00Z'))).toBe(true);
  });

  it('a date-time has passed strictly after that instant, even on the same day', () => {
    expect(hasPassed('2026-11-22T09:00:00Z', ...at('2026-11-22T10:00:00Z'))).toBe(true);
    expect(hasPassed('2026-11-22T09:00:00Z', ...at('2026-11-22T09:00:00Z'))).toBe(false);
    expect(hasPassed('2026-11-22T09:00:00Z', ...at('2026-11-22T08:00:00Z'))).toBe(false);
  });

  it('a Date is exact too', () => {
    expect(hasPassed(new Date('2026-11-22T09:00:00Z'), ...at('2026-11-22T10:00:00Z'))).toBe(true);
    expect(hasPassed(new Date('2026-11-22T09:00:00Z'), ...at('2026-11-22T08:00:00Z'))).toBe(false);
    expect(hasPassed(new Date('2026-11-22T09:00:00Z'), instantMs('2026-11-22T09:00:00Z') + HOUR, dayNumberOfInput('2026-11-22'))).toBe(true);
  });
});
