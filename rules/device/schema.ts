// What the device decision reads: the device and the trip it goes on. The types come from the schemas.
import * as z from 'zod/mini';
import { id, instant, list } from '../../src/core/schema.js';
import { roleSchema } from '../vocabulary.js';

/**
 * Kinds of device.
 *
 * @example
 * ```ts
 * deviceKinds.includes('tablet'); // true
 * ```
 */
export const deviceKinds = ['camera', 'tablet', 'laptop', 'phone', 'other'] as const;
/**
 * Why a device leaves the premises.
 *
 * @example
 * ```ts
 * tripKinds.includes('visit'); // true
 * ```
 */
export const tripKinds = ['visit', 'outing', 'home', 'work-elsewhere', 'repair', 'disposal'] as const;

const role = z.optional(z.nullable(roleSchema));

/**
 * A device someone wants to take off the premises. Strict: unknown fields are invalid input. Unanswered yes/no
 * fields count as the unsafe answer.
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
  /** A setting phone kept for outings and emergencies. */
  role: z.optional(z.enum(['outings-phone', 'general'])),
  encrypted: z.optional(z.boolean()),
  holdsSensitiveData: z.optional(z.boolean()),
  holdsChildPhotos: z.optional(z.boolean()),
  /** Photos on it are linked with children's names. */
  photosLinkedToNames: z.optional(z.boolean()),
  /** Password protected, with a locking screen saver. */
  passwordProtected: z.optional(z.boolean()),
  /** Staff ids authorised to use it. */
  authorisedUsers: z.optional(list(id, 500)),
  /** Role that authorised personal use of a setting device. */
  personalUseAuthorisedBy: role,
  /** Role that agreed the use of a personal device for work. */
  useAgreedBy: role,
});

/**
 * Where the device is going. Strict: unknown fields are invalid input.
 *
 * @example
 * ```ts
 * tripSchema.safeParse({ kind: 'visit', leavesAt: '2026-11-23T09:30:00Z', carriedBy: 's1', personalUse: false }).success; // true
 * ```
 */
export const tripSchema = z.strictObject({
  kind: z.enum(tripKinds),
  /** When it leaves (ISO 8601). */
  leavesAt: instant,
  /** Staff id of the person taking it. */
  carriedBy: id,
  /** It will be used for personal (non-work) purposes. */
  personalUse: z.boolean(),
  /** It comes back to the setting at the end of the trip. */
  returnsToSettingAtEnd: z.optional(z.boolean()),
  /** A setting mobile phone goes on the outing or visit. */
  settingPhoneCarried: z.optional(z.boolean()),
  /** A personal phone stays switched off for the outing. */
  switchedOff: z.optional(z.boolean()),
  /** Role that agreed the use of a personal phone on this outing. */
  personalPhoneAgreedBy: role,
});

/** A device someone wants to take off the premises (see {@link deviceSchema}). */
export type Device = z.input<typeof deviceSchema>;
/** Where the device is going (see {@link tripSchema}). */
export type Trip = z.input<typeof tripSchema>;
