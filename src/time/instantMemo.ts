import { daysFromCivil } from './civil.js';
import { toInstant } from './instant.js';
import { fromLondon } from './london.js';

// London midnights of the days of years 1900–2999, filled in as they are asked for: [year - 1900][month * 32 + day].
const midnights: (Float64Array | undefined)[] = new Array(1100);
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY = 86_400_000;

/** Two digits at i, or -1000 when either is not a digit. */
const two = (s: string, i: number) => {
  const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1000;
};
/** Four digits at i, or a negative number when one is not a digit. */
const four = (s: string, i: number) => {
  const hi = two(s, i), lo = two(s, i + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
};

/** `yyyy-MM-dd` read by hand: midnight in London (NaN for an impossible day); undefined for any other form. */
function londonMidnight(s: string): number | undefined {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = four(s, 0), m = two(s, 5), d = two(s, 8);
  if (!(y >= 0 && m >= 0 && d >= 0)) return undefined;
  if (!(y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) return Number.NaN;
  const year = (midnights[y - 1900] ??= new Float64Array(13 * 32).fill(Number.NaN));
  const i = m * 32 + d;
  let ms = year[i]!;
  if (Number.isNaN(ms)) ms = year[i] = fromLondon(y, m, d);
  return ms;
}

const daysIn = (y: number, m: number) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DIM[m - 1]!);

/** `yyyy-MM-ddTHH:mm:ssZ` or `yyyy-MM-ddTHH:mm:ss.SSSZ` read by hand; undefined for any other form. */
function utcInstant(s: string): number | undefined {
  const n = s.length;
  if ((n !== 20 && n !== 24) || s.charCodeAt(n - 1) !== 90 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  if (n === 24 && s.charCodeAt(19) !== 46) return undefined;
  const y = four(s, 0), m = two(s, 5), d = two(s, 8), hh = two(s, 11), mm = two(s, 14), ss = two(s, 17);
  let ms = 0;
  if (n === 24) { const c = s.charCodeAt(22) - 48; ms = two(s, 20) * 10 + (c >= 0 && c <= 9 ? c : -1000); }
  if (!(y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59 && ss >= 0 && ss <= 59 && ms >= 0)) return Number.NaN;
  if (d > daysIn(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d) * DAY + ((hh * 60 + mm) * 60 + ss) * 1000 + ms;
}

/**
 * {@link toInstant} in epoch milliseconds (NaN when not an instant), fast for
 * a sweep: UTC date-times and dates are read by hand (the London midnight of each
 * day remembered, by year); anything else goes to `toInstant`.
 *
 * @example
 * ```ts
 * instantMs('2026-09-01'); // 1756681200000 (midnight in London, BST)
 * instantMs('not a date'); // NaN
 * ```
 */
export function instantMs(value: string): number {
  if (value.length === 10) {
    const ms = londonMidnight(value);
    return ms === undefined ? (toInstant(value)?.getTime() ?? Number.NaN) : ms;
  }
  const ms = utcInstant(value);
  if (ms !== undefined) return ms;
  return toInstant(value)?.getTime() ?? Number.NaN;
}

/** True when `value` is a string {@link toInstant} reads. */
export const isInstantString = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(instantMs(value));
