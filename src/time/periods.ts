import { TZDate } from '@date-fns/tz';
import { add, addYears, getDaysInMonth, type Duration } from 'date-fns';
import { LONDON } from './instant.js';

const PERIOD = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/**
 * Reads a calendar period in ISO 8601 form (`P1M`, `P30D`, `P1Y2M`, `P2W`).
 * Returns undefined for anything else (times of day are not periods here).
 *
 * @example
 * ```ts
 * parsePeriod('P1M'); // { years: 0, months: 1, weeks: 0, days: 0 }
 * ```
 */
export function parsePeriod(value: unknown): Duration | undefined {
  if (typeof value !== 'string' || value === 'P') return undefined;
  const m = PERIOD.exec(value);
  if (!m) return undefined;
  const [years, months, weeks, days] = [1, 2, 3, 4].map((i) => Number(m[i] ?? 0)) as [number, number, number, number];
  return { years, months, weeks, days };
}

/** True when `value` is a period {@link parsePeriod} reads. */
export const isPeriod = (value: unknown): boolean => parsePeriod(value) !== undefined;

/** True for a month and day such as `09-01` (`02-29` allowed: it falls on 28 February in other years). */
export function isMonthDay(value: unknown): boolean {
  const m = typeof value === 'string' ? MONTH_DAY.exec(value) : null;
  if (!m) return false;
  const month = Number(m[1]), day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];
const dayOf = (d: Date) => `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * The London calendar day `period` after a London day (`yyyy-MM-dd`), computed
 * with date-fns on London wall-clock dates: a month after 31 January is the last
 * day of February, a year after 29 February is 28 February.
 *
 * @example
 * ```ts
 * addPeriod('2026-01-31', parsePeriod('P1M')!); // '2026-02-28'
 * ```
 */
export function addPeriod(day: string, period: Duration): string {
  const [y, m, d] = parts(day);
  return dayOf(add(new TZDate(y, m - 1, d, LONDON), period));
}

/** A year after a London day (29 February goes to 28 February). */
export function addYear(day: string): string {
  const [y, m, d] = parts(day);
  return dayOf(addYears(new TZDate(y, m - 1, d, LONDON), 1));
}

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
export function nextMonthDay(day: string, monthDay: string): string {
  const [y] = parts(day);
  const [mm, dd] = monthDay.split('-').map(Number) as [number, number];
  for (const year of [y, y + 1]) {
    const last = getDaysInMonth(new TZDate(year, mm - 1, 1, LONDON));
    const candidate = `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(Math.min(dd, last)).padStart(2, '0')}`;
    if (candidate > day) return candidate;
  }
  throw new Error('unreachable');
}

/**
 * Compares two periods from a moment: -1 when `a` ends earlier than `b`, 0 when
 * together, 1 when later (so `P30D` is shorter than `P1M` from 15 January, equal in a 30-day month).
 *
 * @example
 * ```ts
 * comparePeriods(parsePeriod('P30D')!, parsePeriod('P1M')!, new Date('2026-01-15T12:00:00Z')); // -1
 * ```
 */
export function comparePeriods(a: Duration, b: Duration, from: Date): -1 | 0 | 1 {
  const start = new TZDate(from.getTime(), LONDON);
  const x = add(start, a).getTime(), y = add(start, b).getTime();
  return x < y ? -1 : x > y ? 1 : 0;
}
