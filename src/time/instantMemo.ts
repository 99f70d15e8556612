import { toInstant } from './instant.js';

const LIMIT = 20_000;
const days = new Map<string, number>();
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY = 86_400_000;
const RECENT = 4;
const recentText: string[] = ['', '', '', ''];
const recentMs: number[] = [0, 0, 0, 0];
let slot = 0;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Two digits at i, or -1000 when either is not a digit. */
const two = (s: string, i: number) => {
  const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1000;
};

/** `yyyy-MM-ddTHH:mm:ssZ` or `yyyy-MM-ddTHH:mm:ss.SSSZ` read by hand; undefined for any other form. */
function utcInstant(s: string): number | undefined {
  const n = s.length;
  if ((n !== 20 && n !== 24) || s.charCodeAt(n - 1) !== 90 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  if (n === 24 && s.charCodeAt(19) !== 46) return undefined;
  const y = two(s, 0) * 100 + two(s, 2), m = two(s, 5), d = two(s, 8), hh = two(s, 11), mm = two(s, 14), ss = two(s, 17);
  let ms = 0;
  if (n === 24) { const c = s.charCodeAt(22) - 48; ms = two(s, 20) * 10 + (c >= 0 && c <= 9 ? c : -1000); }
  if (!(y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59 && ss >= 0 && ss <= 59 && ms >= 0)) return Number.NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DIM[m - 1]!)) return Number.NaN;
  return daysFromCivil(y, m, d) * DAY + ((hh * 60 + mm) * 60 + ss) * 1000 + ms;
}

/**
 * {@link toInstant} in epoch milliseconds (NaN when not an instant), fast for
 * a sweep: UTC date-times are read by hand, date-only values (a time-zone
 * lookup each) are memoised in a bounded memo; anything else goes to `toInstant`.
 *
 * @example
 * ```ts
 * instantMs('2026-09-01'); // 1756681200000 (midnight in London, BST)
 * instantMs('not a date'); // NaN
 * ```
 */
export function instantMs(value: string): number {
  if (value.length === 10) {
    let ms = days.get(value);
    if (ms === undefined) {
      if (days.size >= LIMIT) days.clear();
      ms = toInstant(value)?.getTime() ?? Number.NaN;
      days.set(value, ms);
    }
    return ms;
  }
  const n = value.length;
  if (n === 20 || n === 24) {
    // A sweep reads each instant twice (checked, then used): the last few are remembered (pure, so the same answer).
    for (let i = 0; i < RECENT; i++) if (recentText[i] === value) return recentMs[i]!;
    const ms = utcInstant(value);
    if (ms !== undefined) {
      recentText[slot] = value;
      recentMs[slot] = ms;
      slot = (slot + 1) % RECENT;
      return ms;
    }
  }
  return toInstant(value)?.getTime() ?? Number.NaN;
}

/** True when `value` is a string {@link toInstant} reads. */
export const isInstantString = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(instantMs(value));
