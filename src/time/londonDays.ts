import { daysFromCivil, isoDayOfDays } from './civil.js';
import { londonDay } from './instant.js';
import { londonOffset } from './london.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const LIMIT = 20_000;

// Pure lookups, so one memo serves every sweep in the process. Days 1900–2999 are
// remembered in blocks of 512 days, filled in as they are asked for.
const FIRST = daysFromCivil(1900, 1, 1);
const SPAN = daysFromCivil(3000, 1, 1) - FIRST;
const BLOCK = 512;
/** Per UTC day: London's offset (ms) all that day, CHANGES when it changes during the day, NaN until known. */
const offsetBlocks: (Float64Array | undefined)[] = [];
/** Per day number: its `yyyy-MM-dd` name. */
const nameBlocks: (string[] | undefined)[] = [];
const CHANGES = Number.POSITIVE_INFINITY;
const hours = new Map<number, string>();

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

/** The name of day number `local`, remembered. */
function nameOf(local: number): string {
  const i = local - FIRST;
  if (!(i >= 0 && i < SPAN)) return isoDayOfDays(local);
  const block = (nameBlocks[i >> 9] ??= new Array<string>(BLOCK));
  return (block[i & (BLOCK - 1)] ??= isoDayOfDays(local));
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
 * {@link londonDayFast} for an instant in milliseconds (no Date on the hot path).
 *
 * @example
 * ```ts
 * londonDayOfMs(Date.UTC(2026, 5, 30, 23, 30)); // '2026-07-01'
 * ```
 */
export function londonDayOfMs(ms: number): string {
  const d = Math.floor(ms / DAY);
  const i = d - FIRST;
  if (!(i >= 0 && i < SPAN)) return londonDay(new Date(ms));
  const off = dayOffset(d, i);
  if (off === CHANGES) {
    const h = Math.floor(ms / HOUR);
    let v = hours.get(h);
    if (v === undefined) {
      if (hours.size >= LIMIT) hours.clear();
      v = londonDay(new Date(ms));
      hours.set(h, v);
    }
    return v;
  }
  return nameOf(Math.floor((ms + off) / DAY));
}

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
