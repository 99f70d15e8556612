import { TZDate } from '@date-fns/tz';
import { addDays, addHours, endOfDay, isWeekend } from 'date-fns';
import { LONDON, londonDay } from './instant.js';

/** True for `yyyy-MM-dd` strings (a bank-holiday list entry). */
export const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && londonDay(new Date(`${v}T12:00:00Z`)) === v;

/**
 * The end (23:59:59.999 London time) of the `n`th working day after the London day of `from`,
 * skipping Saturdays, Sundays and the bank holidays given (`yyyy-MM-dd`). With `n` = 0: the end
 * of that day if it is a working day, else of the next working day.
 *
 * @example
 * ```ts
 * // Reported on Friday 2026-12-18: one working day later is Monday 21st.
 * endOfWorkingDays(new Date('2026-12-18T15:00:00Z'), 1, new Set()).toISOString(); // '2026-12-21T23:59:59.999Z'
 * ```
 */
export function endOfWorkingDays(from: Date, n: number, bankHolidays: ReadonlySet<string>): Date {
  const working = (d: TZDate) => !isWeekend(d) && !bankHolidays.has(londonDay(d));
  let day = new TZDate(from.getTime(), LONDON);
  let left = n;
  if (left === 0) while (!working(day)) day = addDays(day, 1);
  while (left > 0) {
    day = addDays(day, 1);
    if (working(day)) left--;
  }
  return new Date(endOfDay(day).getTime());
}

/**
 * `days` calendar days after an instant, keeping the London wall-clock time (safe across clock changes).
 *
 * @example
 * ```ts
 * addLondonDays(new Date('2026-03-20T10:00:00Z'), 14).toISOString(); // '2026-04-03T09:00:00.000Z' (BST)
 * ```
 */
export function addLondonDays(from: Date, days: number): Date {
  return new Date(addDays(new TZDate(from.getTime(), LONDON), days).getTime());
}

/**
 * `hours` hours after an instant.
 *
 * @example
 * ```ts
 * addExactHours(new Date('2026-11-20T10:00:00Z'), 72).toISOString(); // '2026-11-23T10:00:00.000Z'
 * ```
 */
export function addExactHours(from: Date, hours: number): Date {
  return addHours(from, hours);
}
