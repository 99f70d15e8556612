import { daysFromCivil, isoDayOfDays } from './civil.js';
import { londonOffset } from './london.js';

const DAY = 86_400_000;

// Pure lookups, so one memo serves every sweep in the process. Days 1900–2999 are
// remembered in blocks of 512 days, filled in as they are asked for.
const FIRST = daysFromCivil(1900, 1, 1);
const SPAN = daysFromCivil(3000, 1, 1) - FIRST;
const BLOCK = 512;
/** Per UTC day: London's offset (ms) all that day, CHANGES when it changes during the day, NaN until known. */
const offsetBlocks: (Float64Array | undefined)[] = [];
const CHANGES = Number.POSITIVE_INFINITY;

/** London's offset (ms) through UTC day `d` (index `i` from 1900-01-01), or CHANGES. */
function dayOffset(d: number, i: number): number {
  const block = (offsetBlocks[i >> 9] ??= new Float64Array(BLOCK).fill(Number.NaN));
  let v = block[i & (BLOCK - 1)]!;
  if (Number.isNaN(v)) {
    const start = londonOffset(d * DAY), end = londonOffset((d + 1) * DAY);
    v = block[i & (BLOCK - 1)] = start === end ? start * 60_000 : CHANGES;
  }
  return v;
}

/**
 * The London calendar day (`yyyy-MM-dd`) of an instant, fast for sweeps over
 * many records: London's offset is looked up once per UTC day; on the two days
 * a year it changes (always on a whole UTC hour), once per hour. Same answer as `londonDay`.
 *
 * @example
 * ```ts
 * londonDayFast(new Date('2026-03-29T00:30:00Z')); // '2026-03-29'
 * londonDayFast(new Date('2026-06-30T23:30:00Z')); // '2026-07-01'
 * ```
 */
export function londonDayFast(instant: Date): string {
  return londonDayOfMs(instant.getTime());
}

/**
 * The London day of an instant in milliseconds, as a day number (days since
 * 1970-01-01): no Date on the hot path.
 *
 * @example
 * ```ts
 * londonDayNumber(Date.UTC(2026, 5, 30, 23, 30)); // 20635 (2026-07-01)
 * ```
 */
export function londonDayNumber(ms: number): number {
  const d = Math.floor(ms / DAY);
  const i = d - FIRST;
  const off = i >= 0 && i < SPAN ? dayOffset(d, i) : CHANGES;
  return Math.floor((ms + (off === CHANGES ? londonOffset(ms) * 60_000 : off)) / DAY);
}

/**
 * {@link londonDayFast} for an instant in milliseconds (no Date on the hot path).
 *
 * @example
 * ```ts
 * londonDayOfMs(Date.UTC(2026, 5, 30, 23, 30)); // '2026-07-01'
 * ```
 */
export const londonDayOfMs = (ms: number): string => dayName(londonDayNumber(ms));

/**
 * A function of days remembered by day number (1900–2999; other days computed each time).
 *
 * @example
 * ```ts
 * const nextYear = byDay((day) => addYear(dayName(day)));
 * nextYear(20414); // '2027-11-22'
 * ```
 */
export function byDay(make: (day: number) => string): (day: number) => string {
  const blocks: (string[] | undefined)[] = [];
  return (day) => {
    const i = day - FIRST;
    if (!(i >= 0 && i < SPAN)) return make(day);
    const block = (blocks[i >> 9] ??= new Array<string>(BLOCK));
    return (block[i & (BLOCK - 1)] ??= make(day));
  };
}

/**
 * The `yyyy-MM-dd` name of a day number, remembered.
 *
 * @example
 * ```ts
 * dayName(20414); // '2026-11-22'
 * ```
 */
export const dayName = byDay(isoDayOfDays);

/**
 * {@link londonDayFast} as a function value (kept for callers that take a day function).
 *
 * @example
 * ```ts
 * const day = londonDays();
 * day(new Date('2026-10-25T00:30:00Z')); // '2026-10-25'
 * ```
 */
export const londonDays = (): ((instant: Date) => string) => londonDayFast;
