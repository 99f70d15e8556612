import { tzOffset } from '@date-fns/tz/tzOffset';

const ZONE = 'Europe/London';
const HOUR = 3_600_000;
const offsets = new Map<number, number>();

/**
 * London's UTC offset in minutes at an instant (0 in winter, 60 in summer time).
 * London changes offset only on the hour, so the answer is cached per UTC hour.
 */
export function londonOffset(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let off = offsets.get(hour);
  if (off === undefined) {
    off = tzOffset(ZONE, new Date(hour * HOUR));
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, off);
  }
  return off;
}

/**
 * The instant of a London wall-clock time (months from 1). In the autumn hour
 * that happens twice, the first; in the spring hour that never happens, the
 * time read with the winter offset (as TZDate does).
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
