import * as z from 'zod/mini';
import { settingTypes, type SettingType } from '../concern/vocabulary.js';
import { isInstant } from '../core/time/instant.js';
import { actorRoles, misuseActivities, misuseContexts, type ActorRole, type MisuseActivity, type MisuseContext } from './vocabulary.js';

const instant = z.string().check(z.refine(isInstant, { message: 'must be an ISO 8601 date or date-time' }));

/**
 * A misuse of technology: what was done, by whom, how, and in what circumstances.
 *
 * @example
 * ```ts
 * const incident: MisuseIncident = { activity: 'share-credentials', actor: { role: 'pupil' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } };
 * ```
 */
export interface MisuseIncident {
  activity: MisuseActivity;
  actor: { role: ActorRole };
  /** Done on purpose? Missing counts as deliberate. */
  deliberate?: boolean;
  /** Reported by the person who did it (for accidental access)? Missing counts as not reported. */
  reported?: boolean;
  /** Done again after a warning? */
  warnedBefore?: boolean;
  /** Done as part of planned curriculum activity or system administration (the 004 exemptions). */
  context?: MisuseContext;
  /** For lesson-time activities: was it during lesson time? Missing counts as yes. */
  duringLessons?: boolean;
  /** Done by email. */
  viaEmail?: boolean;
  /** When it was reported (ISO 8601): the route's deadlines count from here. */
  reportedAt: string;
  setting: { type: SettingType };
  /** Is a child in immediate danger? */
  immediateDanger?: boolean;
}

export const misuseIncidentSchema = z.strictObject({
  activity: z.enum(misuseActivities),
  actor: z.strictObject({ role: z.enum(actorRoles) }),
  deliberate: z.optional(z.boolean()),
  reported: z.optional(z.boolean()),
  warnedBefore: z.optional(z.boolean()),
  context: z.optional(z.enum(misuseContexts)),
  duringLessons: z.optional(z.boolean()),
  viaEmail: z.optional(z.boolean()),
  reportedAt: instant,
  setting: z.strictObject({ type: z.enum(settingTypes) }),
  immediateDanger: z.optional(z.boolean()),
});
