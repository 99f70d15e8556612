import * as z from 'zod/mini';
import { concernKinds, settingTypes, subjectRoles, type ConcernKind, type SettingType, type SubjectRole } from './vocabulary.js';

// Dates are read (and their format checked) once, by toInstant in prepareConcern.
const instant = z.string().check(z.maxLength(64));
const kind = z.enum(concernKinds);

/**
 * A concern raised by a member of staff: what it is about, when, where, and who it is about.
 *
 * @example
 * ```ts
 * const concern: Concern = { kind: ['online-grooming', 'nudes-shared'], reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'nursery' }, immediateDanger: false };
 * ```
 */
export interface Concern {
  /** What the concern is about; a list when it is of several kinds at once. */
  kind: ConcernKind | ConcernKind[];
  /** When it was reported (ISO 8601); deadlines count from here. */
  reportedAt: string;
  /** When the event itself happened, where known; Ofsted's 14 days count from the earlier of the two. */
  occurredAt?: string;
  setting: { type: SettingType };
  /** Who the concern is about, if anyone. */
  subject?: { role: SubjectRole };
  /** Is a child in immediate danger? Missing means nobody has checked. */
  immediateDanger?: boolean;
  /** For allegations: may it meet the harm threshold (false = a low-level concern)? Missing counts as yes. */
  meetsHarmThreshold?: boolean;
  /** For nudes shared by children: is an adult involved? */
  adultInvolved?: boolean;
  /** For data loss: is personal data involved (a personal-data breach)? */
  personalDataBreach?: boolean;
}

export const concernSchema = z.strictObject({
  kind: z.union([kind, z.array(kind).check(z.minLength(1), z.maxLength(concernKinds.length * 2))]),
  reportedAt: instant,
  occurredAt: z.optional(instant),
  setting: z.strictObject({ type: z.enum(settingTypes) }),
  subject: z.optional(z.strictObject({ role: z.enum(subjectRoles) })),
  immediateDanger: z.optional(z.boolean()),
  meetsHarmThreshold: z.optional(z.boolean()),
  adultInvolved: z.optional(z.boolean()),
  personalDataBreach: z.optional(z.boolean()),
});
