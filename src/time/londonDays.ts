import { londonDay } from './instant.js';
import { londonOffset } from './london.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const LIMIT = 20_000;

// Pure lookups, so one bounded memo serves every sweep in the process.
const starts = new Map<number, number>();
const names = new Map<number, string>();
const hours = new Map<number, string>();
const remember = <K, V>(m: Map<K, V>, k: K, make: () => V): V => {
  let v = m.get(k);
  if (v === undefined) {
    if (m.size >= LIMIT) m.clear();
    v = make();
    m.set(k, v);
  }
  return v;
};

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

/** London's offset (ms) at the start of UTC day `d`. */
const startOffset = (d: number): number => {
  let v = starts.get(d);
  if (v === undefined) {
    if (starts.size >= LIMIT) starts.clear();
    v = londonOffset(d * DAY) * 60_000;
    starts.set(d, v);
  }
  return v;
};

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
  const off = startOffset(d);
  if (off !== startOffset(d + 1)) return remember(hours, Math.floor(ms / HOUR), () => londonDay(new Date(ms)));
  const local = Math.floor((ms + off) / DAY);
  let v = names.get(local);
  if (v === undefined) {
    if (names.size >= LIMIT) names.clear();
    v = new Date(local * DAY).toISOString().slice(0, 10);
    names.set(local, v);
  }
  return v;
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
