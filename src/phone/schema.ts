import * as z from 'zod/mini';
import { people, permissionsSchema, type Permission, type Person } from '../../rules/vocabulary.js';

/** Devices a request may name. Smart watches and other imaging devices follow the personal-phone rules (EYFS 3.4: "other devices with imaging and sharing capabilities"). */
export const phoneDevices = [
  'personal-phone', 'setting-phone', 'outings-phone', 'personal-camera', 'setting-camera',
  'personal-tablet', 'setting-tablet', 'smart-watch', 'other-imaging-device',
] as const;

/** What the device is to be used for. */
export const phonePurposes = ['call', 'message', 'photo-or-video', 'browsing', 'social-media', 'child-records-app', 'charging'] as const;

/** Where the device is to be used. Learning spaces include outdoor ones (gardens). */
export const places = ['learning-space-indoors', 'learning-space-outdoors', 'staff-room', 'office', 'entrance', 'outing', 'off-premises'] as const;

/** Who a call or message is with. */
export const contacts = ['child', 'family', 'setting', 'emergency-services', 'dependant', 'other'] as const;

/** Who is in a photo or video. */
export const photoSubjects = ['children', 'own-child-only', 'no-children'] as const;

/** One of {@link places}. */
export type Place = (typeof places)[number];

/** "May this person use this device here, now, for this?" */
export interface PhoneRequest {
  who: Person;
  device: (typeof phoneDevices)[number];
  purpose: (typeof phonePurposes)[number];
  place: Place;
  /** Children are present where the device would be used. Missing counts as unknown (blocks where it matters). */
  childrenPresent?: boolean;
  /** A session is running. */
  sessionRunning?: boolean;
  /** Within the person's working hours (a lunch break inside the working day is working hours). */
  workingHours?: boolean;
  /** The person is on their lunch break. */
  lunchBreak?: boolean;
  /** Lesson time (schools). */
  lessonTime?: boolean;
  /** It is an emergency. */
  emergency?: boolean;
  /** For calls and messages: who with. */
  contactWith?: (typeof contacts)[number];
  /** For photos, videos and social media: who is in the picture. */
  photoSubject?: (typeof photoSubjects)[number];
  /** The photo or recording would be taken in secret. */
  secret?: boolean;
  /** A parent is speaking with a member of staff or the manager. */
  meetingStaff?: boolean;
  /** A setting device leaving the premises is encrypted. */
  deviceEncrypted?: boolean;
  /** Permissions held, each from a named role. */
  permissions?: Permission[];
}

/**
 * The strict schema of a {@link PhoneRequest} (unknown fields are invalid).
 *
 * @example
 * ```ts
 * phoneRequestSchema.safeParse({ who: 'staff', device: 'pager', purpose: 'call', place: 'office' }).success; // false
 * ```
 */
export const phoneRequestSchema = z.strictObject({
  who: z.enum(people),
  device: z.enum(phoneDevices),
  purpose: z.enum(phonePurposes),
  place: z.enum(places),
  childrenPresent: z.optional(z.boolean()),
  sessionRunning: z.optional(z.boolean()),
  workingHours: z.optional(z.boolean()),
  lunchBreak: z.optional(z.boolean()),
  lessonTime: z.optional(z.boolean()),
  emergency: z.optional(z.boolean()),
  contactWith: z.optional(z.enum(contacts)),
  photoSubject: z.optional(z.enum(photoSubjects)),
  secret: z.optional(z.boolean()),
  meetingStaff: z.optional(z.boolean()),
  deviceEncrypted: z.optional(z.boolean()),
  permissions: z.optional(permissionsSchema),
});
