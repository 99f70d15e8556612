// What concern routing reads: the concern. Its type comes from the schema.
import * as z from 'zod/mini';
import { instant, opt } from '../../src/core/schema.js';
import { concernKinds, settingTypes, subjectRoles } from './vocabulary.js';

const kind = z.enum(concernKinds);

/** A concern raised by a member of staff: what it is about, when, where, and who it is about. */
export const concernSchema = z.strictObject({
  /** What the concern is about; a list when it is of several kinds at once (each kind at most twice). */
  kind: z.union([kind, z.array(kind).check(z.minLength(1), z.maxLength(concernKinds.length * 2))]),
  /** When it was reported (ISO 8601); deadlines count from here. */
  reportedAt: instant,
  /** When the event itself happened, where known; Ofsted's 14 days count from the earlier of the two. */
  occurredAt: opt(instant),
  setting: z.strictObject({ type: z.enum(settingTypes) }),
  /** Who the concern is about, if anyone. */
  subject: opt(z.strictObject({ role: z.enum(subjectRoles) })),
  /** Is a child in immediate danger? Missing means nobody has checked. */
  immediateDanger: opt(z.boolean()),
  /** For allegations: may it meet the harm threshold (false = a low-level concern)? Missing counts as yes. */
  meetsHarmThreshold: opt(z.boolean()),
  /** For nudes shared by children: is an adult involved? */
  adultInvolved: opt(z.boolean()),
  /** For data loss: is personal data involved (a personal-data breach)? */
  personalDataBreach: opt(z.boolean()),
});

/**
 * A concern raised by a member of staff (see {@link concernSchema}).
 *
 * @example
 * ```ts
 * const concern: Concern = { kind: ['online-grooming', 'nudes-shared'], reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'nursery' }, immediateDanger: false };
 * ```
 */
export type Concern = z.input<typeof concernSchema>;
