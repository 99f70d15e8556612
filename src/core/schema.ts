// The building blocks of every input schema, written once.
import * as z from 'zod/mini';
import { ISO_PATTERN, isInstant } from './time/instant.js';

/** An id: 1 to 200 characters. */
export const id = z.string().check(z.minLength(1), z.maxLength(200));
/** Free text: at most 10,000 characters. */
export const text = z.string().check(z.maxLength(10_000));
/** An ISO 8601 date or date-time that names a real moment (read by `instantMs`). */
export const instant = z.string().check(
  z.regex(ISO_PATTERN, { message: 'must be an ISO 8601 date or date-time' }),
  z.refine(isInstant, { message: 'must be a real ISO 8601 date or date-time' }),
);
/** A list of at most `max` items. */
export const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
