import * as z from 'zod/mini';
import { isInstant } from '../core/time/instant.js';
import { roles, type Role } from '../lifecycle/vocabulary.js';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const instant = z.string().check(z.refine(isInstant, { message: 'must be an ISO 8601 date or date-time' }));

/** Kinds of device. */
export const deviceKinds = ['camera', 'tablet', 'laptop', 'phone', 'other'] as const;
/** Why a device leaves the premises. */
export const tripKinds = ['visit', 'outing', 'home', 'work-elsewhere', 'repair', 'disposal'] as const;

/** A device someone wants to take off the premises. Unanswered yes/no fields count as the unsafe answer. */
export interface Device {
  id: string;
  kind: (typeof deviceKinds)[number];
  owner: 'setting' | 'personal';
  /** A setting phone kept for outings and emergencies. */
  role?: 'outings-phone' | 'general';
  encrypted?: boolean;
  holdsSensitiveData?: boolean;
  holdsChildPhotos?: boolean;
  /** Photos on it are linked with children's names. */
  photosLinkedToNames?: boolean;
  /** Password protected, with a locking screen saver. */
  passwordProtected?: boolean;
  /** Staff ids authorised to use it. */
  authorisedUsers?: string[];
  /** Role that authorised personal use of a setting device. */
  personalUseAuthorisedBy?: Role | null;
  /** Role that agreed the use of a personal device for work. */
  useAgreedBy?: Role | null;
}

/** Where the device is going. */
export interface Trip {
  kind: (typeof tripKinds)[number];
  leavesAt: string;
  /** Staff id of the person taking it. */
  carriedBy: string;
  /** It will be used for personal (non-work) purposes. */
  personalUse: boolean;
  /** It comes back to the setting at the end of the trip. */
  returnsToSettingAtEnd?: boolean;
  /** A setting mobile phone goes on the outing or visit. */
  settingPhoneCarried?: boolean;
  /** A personal phone stays switched off for the outing. */
  switchedOff?: boolean;
  /** Role that agreed the use of a personal phone on this outing. */
  personalPhoneAgreedBy?: Role | null;
}

const role = z.nullable(z.enum(roles));

/**
 * Strict schema of a {@link Device}: unknown fields are invalid input.
 *
 * @example
 * ```ts
 * deviceSchema.safeParse({ id: 'cam-1', kind: 'camera', owner: 'setting' }).success; // true
 * ```
 */
export const deviceSchema = z.strictObject({
  id,
  kind: z.enum(deviceKinds),
  owner: z.enum(['setting', 'personal']),
  role: z.optional(z.enum(['outings-phone', 'general'])),
  encrypted: z.optional(z.boolean()),
  holdsSensitiveData: z.optional(z.boolean()),
  holdsChildPhotos: z.optional(z.boolean()),
  photosLinkedToNames: z.optional(z.boolean()),
  passwordProtected: z.optional(z.boolean()),
  authorisedUsers: z.optional(z.array(id).check(z.maxLength(500))),
  personalUseAuthorisedBy: z.optional(role),
  useAgreedBy: z.optional(role),
});

/**
 * Strict schema of a {@link Trip}.
 *
 * @example
 * ```ts
 * tripSchema.safeParse({ kind: 'visit', leavesAt: '2026-11-23T09:30:00Z', carriedBy: 's1', personalUse: false }).success; // true
 * ```
 */
export const tripSchema = z.strictObject({
  kind: z.enum(tripKinds),
  leavesAt: instant,
  carriedBy: id,
  personalUse: z.boolean(),
  returnsToSettingAtEnd: z.optional(z.boolean()),
  settingPhoneCarried: z.optional(z.boolean()),
  switchedOff: z.optional(z.boolean()),
  personalPhoneAgreedBy: z.optional(role),
});
