// Calendar periods (ISO 8601, `P1M`, `P30D`) added to London calendar days, by day arithmetic.
import { civilOf, daysFromCivil, isoDayOfDays } from './civil.js';
import { londonDay } from './instant.js';

/** A calendar period: years, months, weeks and days. */
export interface Period {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/** A calendar period (`P1M`, `P30D`, `P1Y2M`): the pattern of its JSON Schemas too (ASCII digits, a guarded end). */
export const PERIOD_PATTERN = /^P(?=[0-9])(?:([0-9]{1,4})Y)?(?:([0-9]{1,4})M)?(?:([0-9]{1,4})W)?(?:([0-9]{1,5})D)?(?![\s\S])/;
/** A month and day (`09-01`; `02-29` allowed: it falls on 28 February in other years). */
export const MONTH_DAY_PATTERN = /^(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|[12][0-9]))(?![\s\S])/;
const PERIOD = PERIOD_PATTERN;
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) => (m === 2 && leap(y) ? 29 : DIM[m - 1]!);

/**
 * Reads a calendar period in ISO 8601 form (`P1M`, `P30D`, `P1Y2M`, `P2W`).
 * Returns undefined for anything else (times of day are not periods here).
 *
 * @example
 * ```ts
 * parsePeriod('P1M'); // { years: 0, months: 1, weeks: 0, days: 0 }
 * parsePeriod('PT1H'); // undefined: a time of day is not a period here
 * ```
 */
export function parsePeriod(value: unknown): Period | undefined {
  if (typeof value !== 'string') return undefined;
  const m = PERIOD.exec(value);
  if (!m) return undefined;
  const [years, months, weeks, days] = [1, 2, 3, 4].map((i) => Number(m[i] ?? 0)) as [number, number, number, number];
  return { years, months, weeks, days };
}

/**
 * True when `value` is a period {@link parsePeriod} reads.
 *
 * @example
 * ```ts
 * isPeriod('P1M'); // true
 * isPeriod('1 month'); // false
 * ```
 */
export const isPeriod = (value: unknown): boolean => parsePeriod(value) !== undefined;

/**
 * True for a month and day such as `09-01` (`02-29` allowed: it falls on 28 February in other years).
 *
 * @example
 * ```ts
 * isMonthDay('02-29'); // true
 * isMonthDay('02-30'); // false
 * ```
 */
export const isMonthDay = (value: unknown): boolean => typeof value === 'string' && MONTH_DAY_PATTERN.test(value);

const dig = (s: string, i: number) => s.charCodeAt(i) - 48;
const dayNumber = (day: string) => daysFromCivil(dig(day, 0) * 1000 + dig(day, 1) * 100 + dig(day, 2) * 10 + dig(day, 3), dig(day, 5) * 10 + dig(day, 6), dig(day, 8) * 10 + dig(day, 9));

/**
 * The day `period` after a day number (days since 1970-01-01), as date-fns `add` counts: years and months first (a
 * month after 31 January is the last day of February, a year after 29 February is 28 February), then weeks and days.
 *
 * @example
 * ```ts
 * addPeriodToDay(20484, { years: 0, months: 1, weeks: 0, days: 0 }); // 20512 (2026-01-31 → 2026-02-28)
 * ```
 */
export function addPeriodToDay(day: number, period: Period): number {
  const { y, m, d } = civilOf(day);
  const months = y * 12 + (m - 1) + period.years * 12 + period.months;
  const ny = Math.floor(months / 12), nm = (months % 12) + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysIn(ny, nm))) + period.weeks * 7 + period.days;
}

/**
 * {@link addPeriodToDay} on `yyyy-MM-dd` days.
 *
 * @example
 * ```ts
 * addPeriod('2026-01-31', { years: 0, months: 1, weeks: 0, days: 0 }); // '2026-02-28'
 * ```
 */
export const addPeriod = (day: string, period: Period): string => isoDayOfDays(addPeriodToDay(dayNumber(day), period));

const YEAR: Period = { years: 1, months: 0, weeks: 0, days: 0 };
/**
 * A year after a day (29 February goes to 28 February).
 *
 * @example
 * ```ts
 * addYear('2028-02-29'); // '2029-02-28'
 * ```
 */
export const addYear = (day: string): string => addPeriod(day, YEAR);
/**
 * A year after a day number (29 February goes to 28 February).
 *
 * @example
 * ```ts
 * addYearToDay(20779); // 21144 (2026-11-22 → 2027-11-22)
 * ```
 */
export const addYearToDay = (day: number): number => addPeriodToDay(day, YEAR);

/**
 * The first date strictly after `day` that falls on `monthDay` (`MM-dd`);
 * `02-29` falls on 28 February in years without one.
 *
 * @example
 * ```ts
 * nextMonthDay('2026-08-31', '09-01'); // '2026-09-01'
 * nextMonthDay('2026-09-01', '09-01'); // '2027-09-01'
 * ```
 */
export const nextMonthDay = (day: string, monthDay: string): string => isoDayOfDays(nextMonthDayOfDay(dayNumber(day), monthDay));

/**
 * {@link nextMonthDay} on day numbers.
 *
 * @example
 * ```ts
 * nextMonthDayOfDay(20779, '09-01'); // 21062 (2026-11-22 → 2027-09-01)
 * ```
 */
export function nextMonthDayOfDay(day: number, monthDay: string): number {
  const { y } = civilOf(day);
  const mm = dig(monthDay, 0) * 10 + dig(monthDay, 1), dd = dig(monthDay, 3) * 10 + dig(monthDay, 4);
  const on = (year: number) => daysFromCivil(year, mm, Math.min(dd, daysIn(year, mm)));
  return on(y) > day ? on(y) : on(y + 1);
}

/**
 * Compares two periods counted from the London day of an instant: -1 when `a` ends earlier than `b`, 0 when
 * together, 1 when later (so `P30D` is shorter than `P1M` from 15 January, equal in a 30-day month).
 *
 * @example
 * ```ts
 * comparePeriods(parsePeriod('P30D')!, parsePeriod('P1M')!, Date.parse('2026-01-15T12:00:00Z')); // -1
 * comparePeriods(parsePeriod('P30D')!, parsePeriod('P1M')!, Date.parse('2026-04-15T12:00:00Z')); // 0
 * ```
 */
export function comparePeriods(a: Period, b: Period, fromMs: number): -1 | 0 | 1 {
  const day = londonDay(fromMs);
  const x = addPeriod(day, a), y = addPeriod(day, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
