import { isoDayOfMs } from './civil.js';
import { londonOffset } from './london.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const offsetMs = (ms: number) => londonOffset(ms) * 60_000;
/** London wall-clock time of an instant, as milliseconds of a UTC-fields date. */
const toWall = (ms: number) => ms + offsetMs(ms);
/** The instant of a London wall-clock time (outside the clock-change hour). */
const fromWall = (wall: number) => wall - offsetMs(wall - offsetMs(wall));
const dayKey = isoDayOfMs;

/** True for `yyyy-MM-dd` strings naming a real calendar day (a bank-holiday list entry). */
export const isDay = (v: unknown): v is string => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && dayKey(t) === v;
};

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
  const wall = toWall(from.getTime());
  let day = wall - (((wall % DAY) + DAY) % DAY); // London midnight, in wall time
  const working = (d: number) => { const w = new Date(d).getUTCDay(); return w !== 0 && w !== 6 && !bankHolidays.has(dayKey(d)); };
  let left = n;
  if (left === 0) while (!working(day)) day += DAY;
  while (left > 0) {
    day += DAY;
    if (working(day)) left--;
  }
  return new Date(fromWall(day + DAY - 1));
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
  return new Date(fromWall(toWall(from.getTime()) + days * DAY));
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
  return new Date(from.getTime() + hours * HOUR);
}
