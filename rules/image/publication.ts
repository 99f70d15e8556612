// What planConsentChange reads for each photo already published: where it went, when, and who is in it.
import * as z from 'zod/mini';
import { id, instant, list } from '../../src/core/schema.js';
import { audiences, MAX_CHILDREN, photoChildSchema } from './schema.js';

/**
 * A photo already published: its id, the audience it went to, when, and the children in it (as in a photo:
 * `identifiable: false` for a child who cannot be recognised in it).
 *
 * @example
 * ```ts
 * publicationSchema.safeParse({ photoId: 'p1', audience: 'setting-website', publishedAt: '2026-10-01', children: [{ id: 'c1' }] }).success; // true
 * ```
 */
export const publicationSchema = z.strictObject({
  photoId: id,
  audience: z.enum(audiences),
  /** When it was published (ISO 8601, or a Date). */
  publishedAt: instant,
  /** Everyone visible in it, as in {@link photoChildSchema}. */
  children: list(photoChildSchema, MAX_CHILDREN),
});

/** A photo already published (see {@link publicationSchema}). */
export type Publication = z.input<typeof publicationSchema>;
