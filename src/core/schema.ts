// The building blocks of every input schema, written once.
import * as z from 'zod/mini';
import { INSTANT_PATTERN, isInstant } from './time/instant.js';
import { MONTH_DAY_PATTERN, PERIOD_PATTERN } from './time/periods.js';

/**
 * At most `max` characters, counted as JSON Schema's `maxLength` counts them (code points: an emoji is one), so the
 * library and the JSON Schemas agree; the count is made only for a string longer than `max` in UTF-16 units.
 */
const atMost = (max: number) => {
  const check = z.maxLength(max);
  (check._zod.def as { when?: (p: { value: unknown }) => boolean }).when = (p) =>
    typeof p.value === 'string' && p.value.length > max && [...p.value].length > max;
  return check;
};
/** An id: 1 to 200 characters. */
export const id = z.string().check(z.minLength(1), atMost(200));
/** Free text: at most 10,000 characters. */
export const text = z.string().check(atMost(10_000));

/**
 * An instant: an ISO 8601 date (a London day) or a date-time with `Z` or an offset, naming a real moment of 1900–2999
 * ({@link INSTANT_PATTERN}: the JSON Schemas' pattern too), or a `Date` of those years (as an ORM hands it over).
 */
export const instant = z.union([
  z.string().check(z.regex(INSTANT_PATTERN, { message: 'must be an ISO 8601 date (2026-11-22) or date-time with Z or an offset (2026-11-22T10:00:00Z), naming a real moment' })),
  z.date().check(z.refine(isInstant, { message: 'must be a Date of the years 1900 to 2999' })),
]);
/** A calendar period such as `P1M` or `P30D` ({@link PERIOD_PATTERN}). */
export const period = z.string().check(z.regex(PERIOD_PATTERN, { message: 'must be an ISO 8601 period such as P1M or P30D' }));
/** A month and day such as `09-01` ({@link MONTH_DAY_PATTERN}). */
export const monthDay = z.string().check(z.regex(MONTH_DAY_PATTERN, { message: 'must be a month and day such as 09-01' }));
/** A list of at most `max` items. */
export const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/**
 * An optional field: absent, or `null` (a database column with no value), means none. With `extraFields: 'ignore'`
 * (rows) the field must be present, `null` meaning none, so that a column dropped from a query is refused, not read
 * as "none".
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const consent = z.strictObject({ withdrawnAt: opt(instant) });
 * consent.safeParse({ withdrawnAt: null }).success; // true
 * consent.safeParse({}).success; // true
 * consent.safeParse({ withdrawnAt: 'soon' }).success; // false
 * ```
 */
export const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));
