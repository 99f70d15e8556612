import { londonDay } from './instant.js';

const HOUR = 3_600_000;

/**
 * A memo of London calendar days, for sweeps over many records. London's
 * offset is a whole number of hours and changes on a whole UTC hour, so every
 * instant in one UTC hour falls on the same London day. The memo is bounded.
 *
 * @example
 * ```ts
 * const days = londonDays();
 * days(new Date('2026-03-29T00:30:00Z')); // '2026-03-29'
 * ```
 */
export function londonDays(limit = 20_000): (instant: Date) => string {
  const memo = new Map<number, string>();
  return (instant) => {
    const hour = Math.floor(instant.getTime() / HOUR);
    let day = memo.get(hour);
    if (day === undefined) {
      if (memo.size >= limit) memo.clear();
      day = londonDay(instant);
      memo.set(hour, day);
    }
    return day;
  };
}
