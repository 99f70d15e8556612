// Reading an instant, one way: an ISO 8601 date or date-time string, or a Date, to epoch milliseconds.
import { daysFromCivil, isoDayOfMs } from './civil.js';
import { fromLondon, londonOffset } from './london.js';

/** The time zone every policy period is computed in. */
export const LONDON = 'Europe/London';

/** A real calendar day of 1900–2999, as `yyyy-MM-dd` (ASCII digits only; 29 February only in leap years). */
const DAY_PATTERN = '(?:(?:19|2[0-9])[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))'
  + '|(?:19(?:0[48]|[2468][048]|[13579][26])|2[0-9](?:0[48]|[2468][048]|[13579][26])|2000|2400|2800)-02-29)';

/**
 * Every instant this library reads, exactly: a real day (`2026-11-22`: that day in London), or a real day with a time
 * and a `Z` or an offset (`2026-11-22T10:00:00Z`, `…T10:00+01:00`). A date-time without an offset is refused: a
 * back end's naive UTC time would be an hour off in summer. The same pattern is each JSON Schema's `pattern`, with ASCII
 * digits and a guarded end, so it means the same in JavaScript, Python (`re`) and PHP: the schema and the library
 * refuse exactly the same strings.
 */
export const INSTANT_PATTERN = new RegExp(`^${DAY_PATTERN}(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9]))?(?![\\s\\S])`);
/** @deprecated Use {@link INSTANT_PATTERN}. */
export const ISO_PATTERN = INSTANT_PATTERN;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(3000, 0, 1);
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DIM[m - 1]!);
const validDay = (y: number, m: number, d: number) => y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** Two ASCII digits at i, or -1000 when either is not a digit. */
const two = (s: string, i: number) => {
  const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1000;
};

/**
 * An instant in epoch milliseconds, or NaN where the value is not one: a Date
 * (years 1900–2999), an ISO 8601 date (`2026-09-01`: the start of that day in
 * London) or date-time with `Z` or an offset (`2026-09-01T10:00:00Z`). A date-time
 * without an offset, and an impossible date (`2026-02-30`, hour 24), are NaN.
 *
 * @example
 * ```ts
 * instantMs('2026-09-01'); // 1788217200000 (midnight in London, BST)
 * new Date(instantMs('2026-09-01')).toISOString(); // '2026-08-31T23:00:00.000Z'
 * instantMs('2026-09-01T10:00:00'); // NaN: a date-time needs Z or an offset
 * instantMs('not a date'); // NaN
 * ```
 */
export function instantMs(value: unknown): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    return ms >= MIN && ms < MAX ? ms : Number.NaN;
  }
  if (typeof value !== 'string') return Number.NaN;
  if (value.length === 10) {
    if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
    const hi = two(value, 0), lo = two(value, 2), m = two(value, 5), d = two(value, 8);
    return hi >= 0 && lo >= 0 && validDay(hi * 100 + lo, m, d) ? fromLondon(hi * 100 + lo, m, d) : Number.NaN;
  }
  const fast = dateTimeMs(value);
  if (fast !== undefined) return fast;
  const t = DATE_TIME.exec(value);
  if (!t) return Number.NaN;
  const y = Number(t[1]), m = Number(t[2]), d = Number(t[3]), hh = Number(t[4]), mm = Number(t[5]), ss = Number(t[6] ?? 0);
  if (!validDay(y, m, d) || hh > 23 || mm > 59 || ss > 59) return Number.NaN;
  const ms = Number(((t[7] ?? '') + '000').slice(0, 3));
  let offset = 0;
  if (t[8] !== 'Z') {
    const oh = Number(t[10]), om = Number(t[11]);
    if (oh > 23 || om > 59) return Number.NaN;
    offset = (t[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return (daysFromCivil(y, m, d) * 24 + hh) * 3_600_000 + mm * 60_000 + ss * 1000 + ms - offset * 60_000;
}

/**
 * {@link instantMs} as a Date, or undefined where the value is not an instant.
 *
 * @example
 * ```ts
 * toInstant('2026-11-22T10:00:00Z')?.toISOString(); // '2026-11-22T10:00:00.000Z'
 * ```
 */
export function toInstant(value: unknown): Date | undefined {
  const ms = instantMs(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/**
 * True when `value` is an instant {@link instantMs} can read: a Date of 1900–2999, or a string {@link INSTANT_PATTERN}
 * matches (read as instantMs reads it; instant.test.ts checks the two agree on random strings near an instant and on any).
 *
 * @example
 * ```ts
 * isInstant('2026-11-22T10:00:00Z'); // true
 * isInstant('2026-02-30'); // false: no such day
 * ```
 */
export const isInstant = (value: unknown): boolean => !Number.isNaN(instantMs(value));

/**
 * The calendar day in London of an instant in milliseconds, as a day number (days since 1970-01-01).
 *
 * @example
 * ```ts
 * londonDayNumber(Date.UTC(2026, 5, 30, 23, 30)); // 20635 (2026-07-01)
 * ```
 */
export const londonDayNumber = (ms: number): number => Math.floor((ms + londonOffset(ms) * 60_000) / 86_400_000);

/**
 * The calendar day in London (`yyyy-MM-dd`) of an instant in milliseconds.
 *
 * @example
 * ```ts
 * londonDay(Date.UTC(2026, 5, 30, 23, 30)); // '2026-07-01'
 * ```
 */
export const londonDay = (ms: number): string => isoDayOfMs(ms + londonOffset(ms) * 60_000);

/**
 * The London day a date or date-time input names, as a day number: a date-only input is that day itself.
 *
 * @example
 * ```ts
 * dayNumberOfInput('2026-07-01'); // 20635
 * dayNumberOfInput('2026-06-30T23:30:00Z'); // 20635: already 1 July in London
 * ```
 */
export function dayNumberOfInput(raw: string | Date): number {
  if (typeof raw === 'string' && raw.length === 10) return daysFromCivil(two(raw, 0) * 100 + two(raw, 2), two(raw, 5), two(raw, 8));
  return londonDayNumber(instantMs(raw));
}

/**
 * The London day a date or date-time input names: a date-only input is that day itself.
 *
 * @example
 * ```ts
 * dayOfInput('2026-06-30T23:30:00Z'); // '2026-07-01'
 * ```
 */
export const dayOfInput = (raw: string | Date): string => (typeof raw === 'string' && raw.length === 10 ? raw : londonDay(instantMs(raw)));

/**
 * Has a date passed at `atMs`? A date-only value runs to the end of that London day; a date-time is exact.
 *
 * @example
 * ```ts
 * const ms = instantMs(at), day = dayNumberOfInput(at);
 * hasPassed('2026-11-22', ms, day); // false: that day runs to midnight
 * hasPassed('2026-11-22T09:00:00Z', ms, day); // true
 * ```
 */
export const hasPassed = (raw: string | Date, atMs: number, day: number): boolean =>
  typeof raw === 'string' && raw.length === 10 ? day > dayNumberOfInput(raw) : atMs > instantMs(raw);

/** One ASCII digit at i, or -1000. */
const one = (s: string, i: number) => { const a = s.charCodeAt(i) - 48; return a >= 0 && a <= 9 ? a : -1000; };
/** `yyyy-MM-ddTHH:mm:ss[.f…]Z` read by char codes (the common form); undefined for any other form (the regex decides). */
function dateTimeMs(v: string): number | undefined {
  const n = v.length;
  if (n < 20 || v.charCodeAt(n - 1) !== 90 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58) return undefined;
  const hi = two(v, 0), lo = two(v, 2), m = two(v, 5), d = two(v, 8), hh = two(v, 11), mm = two(v, 14), ss = two(v, 17);
  if (hi < 0 || lo < 0 || m < 0 || d < 0 || hh < 0 || mm < 0 || ss < 0) return undefined;
  const y = hi * 100 + lo;
  let ms = 0;
  if (n > 20) {
    if (v.charCodeAt(19) !== 46 || n > 30 || n < 22) return undefined;
    for (let i = 20; i < n - 1; i++) if (one(v, i) < 0) return undefined;
    ms = (one(v, 20)) * 100 + (n > 22 ? one(v, 21) * 10 : 0) + (n > 23 ? one(v, 22) : 0);
  } else if (n !== 20) return undefined;
  if (!validDay(y, m, d) || hh > 23 || mm > 59 || ss > 59) return Number.NaN;
  return (daysFromCivil(y, m, d) * 24 + hh) * 3_600_000 + mm * 60_000 + ss * 1000 + ms;
}
