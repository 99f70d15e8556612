// What the phone decision reads: one request to use a device. The types come from the schema.
import * as z from 'zod/mini';
import { opt } from '../../src/core/schema.js';
import { people, permissionsSchema, roleSchema } from '../vocabulary.js';

/** Devices a request may name. Smart watches and other imaging devices follow the personal-phone rules (EYFS 3.4: "other devices with imaging and sharing capabilities"). */
export const phoneDevices = Object.freeze([
  'personal-phone', 'setting-phone', 'outings-phone', 'personal-camera', 'setting-camera',
  'personal-tablet', 'setting-tablet', 'smart-watch', 'other-imaging-device',
] as const);

/**
 * What the device is to be used for. `take-from-storage` is taking a personal phone out of where the policy keeps it
 * (a staff locker, Two Mile Ash's locked box): not a use of the phone, so the rules on using one do not apply to it.
 */
export const phonePurposes = Object.freeze(['call', 'message', 'photo-or-video', 'browsing', 'social-media', 'child-records-app', 'charging', 'take-from-storage'] as const);

/** Where the device is to be used. Learning spaces include outdoor ones (gardens). */
export const places = Object.freeze(['learning-space-indoors', 'learning-space-outdoors', 'staff-room', 'office', 'entrance', 'outing', 'off-premises'] as const);

/** One of {@link places}. */
export type Place = (typeof places)[number];

/** The places on the premises: learning spaces indoors or out, staff room, office, entrance. */
export const ON_SITE: readonly Place[] = ['learning-space-indoors', 'learning-space-outdoors', 'staff-room', 'office', 'entrance'];

/** Who a call or message is with. */
export const contacts = Object.freeze(['child', 'family', 'setting', 'emergency-services', 'dependant', 'other'] as const);

/** Who is in a photo or video. */
export const photoSubjects = Object.freeze(['children', 'own-child-only', 'no-children'] as const);

/**
 * Why a member of staff takes their phone out of storage: leaving the session at lunch time, at the end of their
 * working day, or not leaving (002: the locked box "must only be accessed if staff are leaving the session either at
 * lunch time or at the end of their working day").
 *
 * @example
 * ```ts
 * leavingReasons.includes('end-of-working-day'); // true
 * ```
 */
export const leavingReasons = Object.freeze(['lunch-time', 'end-of-working-day', 'not-leaving'] as const);

/**
 * What a person must do with their device, carried by a rule's `condition` event param into `conditions`.
 *
 * @example
 * ```ts
 * phoneConditions.includes('store-in-locked-box'); // true
 * ```
 */
export const phoneConditions = Object.freeze([
  'switch-off', 'store-in-locked-box', 'store-in-locker', 'leave-the-building', 'out-of-sight',
  'hand-in-to-office', 'keep-in-office-until-collection', 'agreed-emergency-use-only', 'use-setting-phone',
] as const);

/** One of {@link phoneConditions}. */
export type PhoneCondition = (typeof phoneConditions)[number];

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
  /** Children are present where the device would be used. Missing counts as unknown (blocks where it matters). */
  childrenPresent: opt(z.boolean()),
  /** A session is running. */
  sessionRunning: opt(z.boolean()),
  /** Within the person's working hours (a lunch break inside the working day is working hours). */
  workingHours: opt(z.boolean()),
  /** The person is on their lunch break. */
  lunchBreak: opt(z.boolean()),
  /** Lesson time (schools). */
  lessonTime: opt(z.boolean()),
  /** It is an emergency. */
  emergency: opt(z.boolean()),
  /** For calls and messages: who with. */
  contactWith: opt(z.enum(contacts)),
  /** For photos, videos and social media: who is in the picture. */
  photoSubject: opt(z.enum(photoSubjects)),
  /** The photo or recording would be taken in secret. */
  secret: opt(z.boolean()),
  /** A parent is speaking with a member of staff or the manager. */
  meetingStaff: opt(z.boolean()),
  /** The personal device holds pornography or links to it (only a `true` answer counts: 000 and 004 say it is not brought into the workplace). */
  holdsAdultContent: opt(z.boolean()),
  /** A setting device leaving the premises is encrypted. */
  deviceEncrypted: opt(z.boolean()),
  /** Permissions held, each from a named role. */
  permissions: opt(permissionsSchema),
  /** For `take-from-storage`: whether the person is leaving the session, and when. Missing counts as unknown (blocks where it matters). */
  leaving: opt(z.enum(leavingReasons)),
  /** For `take-from-storage`: the role of the person who unlocks the storage (a manager asking unlocks it themselves). */
  unlockedBy: opt(roleSchema),
});

/** "May this person use this device here, now, for this?" (see {@link phoneRequestSchema}). */
export type PhoneRequest = z.input<typeof phoneRequestSchema>;
