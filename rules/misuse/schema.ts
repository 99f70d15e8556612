// What the misuse classification reads: the incident. Its type comes from the schema.
import * as z from 'zod/mini';
import { instant, opt } from '../../src/core/schema.js';
import { settingTypes } from '../concern/routeConcern.js';
import { actorRoles, misuseActivities, misuseContexts } from './vocabulary.js';

/** A misuse of technology: what was done, by whom, how, and in what circumstances. */
export const misuseIncidentSchema = z.strictObject({
  activity: z.enum(misuseActivities),
  actor: z.strictObject({ role: z.enum(actorRoles) }),
  /** Done on purpose? Missing counts as deliberate. */
  deliberate: opt(z.boolean()),
  /** Reported by the person who did it (for accidental access)? Missing counts as not reported. */
  reported: opt(z.boolean()),
  /** Done again after a warning? */
  warnedBefore: opt(z.boolean()),
  /** Done as part of planned curriculum activity or system administration (the 004 exemptions). */
  context: opt(z.enum(misuseContexts)),
  /** For lesson-time activities: was it during lesson time? Missing counts as yes. */
  duringLessons: opt(z.boolean()),
  /** Done by email. */
  viaEmail: opt(z.boolean()),
  /** When it was reported (ISO 8601): the route's deadlines count from here. */
  reportedAt: instant,
  /** When it happened, where known (ISO 8601): Ofsted's 14 days count from the earlier of the two, as for a concern. */
  occurredAt: opt(instant),
  setting: z.strictObject({ type: z.enum(settingTypes) }),
  /** Is a child in immediate danger? */
  immediateDanger: opt(z.boolean()),
  /**
   * For misuse by an adult who works there (routed as an allegation): may it meet the harm threshold? `false` is a
   * low-level concern (the designated safeguarding lead handles it; no LADO, no Ofsted). Missing counts as yes, as for a concern.
   */
  meetsHarmThreshold: opt(z.boolean()),
});

/**
 * A misuse of technology (see {@link misuseIncidentSchema}).
 *
 * @example
 * ```ts
 * const incident: MisuseIncident = { activity: 'share-credentials', actor: { role: 'pupil' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } };
 * ```
 */
export type MisuseIncident = z.input<typeof misuseIncidentSchema>;
