// What the children's internet decision reads: one session. The types come from the schema.
import * as z from 'zod/mini';

/** What a child does online. */
export const activities = ['search', 'bookmarked-site', 'watch-content', 'learning-app', 'social-networking', 'email', 'video-call', 'install', 'public-posting'] as const;

/** The strict schema of an {@link InternetSession} (unknown fields are invalid). */
export const internetSessionSchema = z.strictObject({
  /** Who owns the device. */
  deviceOwner: z.enum(['setting', 'personal', 'child']),
  /** How the child is supervised. */
  supervision: z.enum(['adult-sitting-with', 'adult-in-room', 'none']),
  activity: z.enum(activities),
  /** Written parental permission is recorded in the child's record. */
  writtenParentalPermission: z.optional(z.boolean()),
  /** The device is in an area clearly visible to staff. */
  inAreaVisibleToStaff: z.optional(z.boolean()),
  /** Staff checked the content before sharing it with the child. */
  contentChecked: z.optional(z.boolean()),
  /** Age-appropriate filtering is active on the connection. */
  filteringActive: z.optional(z.boolean()),
  /** The device was bought second hand or donated. */
  secondHandDevice: z.optional(z.boolean()),
  /** The manager checked a second-hand device for inappropriate material before children use it. */
  secondHandDeviceChecked: z.optional(z.boolean()),
  /** Part of a planned curriculum activity. */
  plannedCurriculumActivity: z.optional(z.boolean()),
});

/** "May this child use the internet in this way, now?" (see {@link internetSessionSchema}). */
export type InternetSession = z.input<typeof internetSessionSchema>;
