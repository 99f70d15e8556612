import { isoDayOfMs } from './civil.js';
import { fromLondon, londonOffset } from './london.js';

/** The time zone every policy period is computed in. */
export const LONDON = 'Europe/London';

/** The shape of every date and date-time this library reads (for JSON Schema's `pattern`). */
export const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

const validDay = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2999 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/**
 * Reads an ISO 8601 date (`2026-09-01`, the start of that day in London) or
 * date-time (`2026-09-01T10:00:00Z`; without an offset, London local time).
 * Returns undefined for anything else, including impossible dates.
 */
export function toInstant(value: unknown): Date | undefined {
  const ms = instantMs(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** As {@link toInstant}, in milliseconds since the epoch (NaN where it cannot be read): no allocation. */
export function instantMs(value: unknown): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    return ms >= MIN && ms < MAX ? ms : Number.NaN; // the same years a string may name
  }
  if (typeof value !== 'string') return Number.NaN;
  let ms = seen.get(value);
  if (ms === undefined) {
    ms = read(value)?.getTime() ?? Number.NaN;
    if (seen.size >= 10_000) seen.clear();
    seen.set(value, ms);
  }
  return ms;
}

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(3000, 0, 1);

// Dates repeat (a class's consents, a night's sweep): remember what each string meant.
const seen = new Map<string, number>();

function read(value: string): Date | undefined {
  const d = DATE.exec(value);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    return validDay(y, m, day) ? new Date(fromLondon(y, m, day)) : undefined;
  }
  const t = DATE_TIME.exec(value);
  if (!t) return undefined;
  const [y, m, day, hh, mm, ss] = [1, 2, 3, 4, 5, 6].map((i) => Number(t[i] ?? 0)) as [number, number, number, number, number, number];
  if (!validDay(y, m, day) || hh > 23 || mm > 59 || ss > 59) return undefined;
  if (t[8] === undefined) {
    const ms = Number(((t[7] ?? '') + '000').slice(0, 3));
    return new Date(fromLondon(y, m, day, hh, mm, ss, ms));
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** True when `value` is an ISO date or date-time that {@link toInstant} can read. */
export const isInstant = (value: unknown): boolean => !Number.isNaN(instantMs(value));

/** The calendar day in London of an instant, as `yyyy-MM-dd`. */
export function londonDay(instant: Date): string {
  const ms = instant.getTime();
  return isoDayOfMs(ms + londonOffset(ms) * 60_000);
}
