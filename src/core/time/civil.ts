// Calendar arithmetic on day numbers (days since 1970-01-01), without Date:
// Howard Hinnant's days_from_civil and civil_from_days (proleptic Gregorian).

const DAY = 86_400_000;

/**
 * Days from 1970-01-01 to a calendar date (months from 1).
 *
 * @example
 * ```ts
 * daysFromCivil(2026, 11, 22); // 20779
 * ```
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));
const pad4 = (n: number) => (n >= 1000 ? `${n}` : `${n}`.padStart(4, '0'));

/**
 * The `yyyy-MM-dd` name of a day number (years 0–9999).
 *
 * @example
 * ```ts
 * isoDayOfDays(20779); // '2026-11-22'
 * ```
 */
export function isoDayOfDays(days: number): string {
  const { y, m, d } = civilOf(days);
  return `${pad4(y)}-${TWO[m]}-${TWO[d]}`;
}

/**
 * The calendar date of a day number (months from 1).
 *
 * @example
 * ```ts
 * civilOf(20779); // { y: 2026, m: 11, d: 22 }
 * ```
 */
export function civilOf(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * The `yyyy-MM-dd` of the UTC fields of an instant in milliseconds: `new Date(ms).toISOString().slice(0, 10)`
 * for years 0–9999, without a Date.
 *
 * @example
 * ```ts
 * isoDayOfMs(Date.UTC(2026, 1, 28, 23, 59)); // '2026-02-28'
 * ```
 */
export const isoDayOfMs = (ms: number): string => isoDayOfDays(Math.floor(ms / DAY));
