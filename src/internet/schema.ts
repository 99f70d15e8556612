import * as z from 'zod/mini';

/** What a child does online. */
export const activities = ['search', 'bookmarked-site', 'watch-content', 'learning-app', 'social-networking', 'email', 'video-call', 'install', 'public-posting'] as const;

/** "May this child use the internet in this way, now?" */
export interface InternetSession {
  /** Who owns the device. */
  deviceOwner: 'setting' | 'personal' | 'child';
  /** How the child is supervised. */
  supervision: 'adult-sitting-with' | 'adult-in-room' | 'none';
  activity: (typeof activities)[number];
  /** Written parental permission is recorded in the child's record. */
  writtenParentalPermission?: boolean;
  /** The device is in an area clearly visible to staff. */
  inAreaVisibleToStaff?: boolean;
  /** Staff checked the content before sharing it with the child. */
  contentChecked?: boolean;
  /** Age-appropriate filtering is active on the connection. */
  filteringActive?: boolean;
  /** The device was bought second hand or donated. */
  secondHandDevice?: boolean;
  /** The manager checked a second-hand device for inappropriate material before children use it. */
  secondHandDeviceChecked?: boolean;
  /** Part of a planned curriculum activity. */
  plannedCurriculumActivity?: boolean;
}

export const internetSessionSchema = z.strictObject({
  deviceOwner: z.enum(['setting', 'personal', 'child']),
  supervision: z.enum(['adult-sitting-with', 'adult-in-room', 'none']),
  activity: z.enum(activities),
  writtenParentalPermission: z.optional(z.boolean()),
  inAreaVisibleToStaff: z.optional(z.boolean()),
  contentChecked: z.optional(z.boolean()),
  filteringActive: z.optional(z.boolean()),
  secondHandDevice: z.optional(z.boolean()),
  secondHandDeviceChecked: z.optional(z.boolean()),
  plannedCurriculumActivity: z.optional(z.boolean()),
});
