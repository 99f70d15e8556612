// London's clock: its offset from UTC at an instant, and the instant of a London wall-clock time.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { daysFromCivil } from './civil.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The instant (ms) of 01:00 UTC on the last Sunday of a month (months from 1): when UK clocks change since 1996. */
function lastSundayOneAm(y: number, m: number): number {
  const last = daysFromCivil(y, m + 1, 1) - 1; // the month's last day
  const weekday = (((last + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4); 0 is Sunday
  return (last - weekday) * DAY + HOUR;
}

/**
 * London's UTC offset in minutes at an instant (0 in winter, 60 in summer time). From 1996 the UK changes its clocks
 * at 01:00 UTC on the last Sundays of March and October (the rule the time-zone database carries forward), worked
 * out here without `Intl`, whose first time-zone lookup costs tens of milliseconds at startup. Earlier instants ask
 * the time-zone database.
 *
 * @example
 * ```ts
 * londonOffset(Date.UTC(2026, 6, 1)); // 60
 * ```
 */
export function londonOffset(ms: number): number {
  // The year, to within a day (enough: the clocks change in March and October, never near the new year).
  const y = 1970 + Math.floor(ms / 31_556_952_000);
  if (!(y >= 1996 && y <= 9999)) return tzOffset('Europe/London', new Date(ms));
  return ms >= lastSundayOneAm(y, 3) && ms < lastSundayOneAm(y, 10) ? 60 : 0;
}

/**
 * The instant of a London wall-clock time (months from 1). In the autumn hour
 * that happens twice, the first; in the spring hour that never happens, the
 * time read with the winter offset (as TZDate does).
 *
 * @example
 * ```ts
 * new Date(fromLondon(2026, 7, 1, 10)).toISOString(); // '2026-07-01T09:00:00.000Z'
 * ```
 */
export function fromLondon(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, ms = 0): number {
  const wall = Date.UTC(y, m - 1, d, hh, mm, ss, ms);
  const before = londonOffset(wall - 2 * HOUR);
  const first = wall - before * 60_000;
  if (londonOffset(first) === before) return first;
  const after = londonOffset(wall + 2 * HOUR);
  const second = wall - after * 60_000;
  return londonOffset(second) === after ? second : first;
}
