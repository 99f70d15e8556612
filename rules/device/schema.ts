// What the device decision reads: the device and the trip it goes on. The types come from the schemas.
import * as z from 'zod/mini';
import { id, instant, list, opt } from '../../src/core/schema.js';
import { roleSchema } from '../vocabulary.js';

/**
 * Kinds of device.
 *
 * @example
 * ```ts
 * deviceKinds.includes('tablet'); // true
 * ```
 */
export const deviceKinds = Object.freeze(['camera', 'tablet', 'laptop', 'phone', 'other'] as const);
/**
 * Why a device leaves the premises.
 *
 * @example
 * ```ts
 * tripKinds.includes('visit'); // true
 * ```
 */
export const tripKinds = Object.freeze(['visit', 'outing', 'home', 'work-elsewhere', 'repair', 'disposal'] as const);

const role = opt(roleSchema);

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
  role: opt(z.enum(['outings-phone', 'general'])),
  encrypted: opt(z.boolean()),
  holdsSensitiveData: opt(z.boolean()),
  holdsChildPhotos: opt(z.boolean()),
  /** Photos on it are linked with children's names. */
  photosLinkedToNames: opt(z.boolean()),
  /** Password protected, with a locking screen saver. */
  passwordProtected: opt(z.boolean()),
  /** Staff ids authorised to use it. */
  authorisedUsers: opt(list(id, 500)),
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
  returnsToSettingAtEnd: opt(z.boolean()),
  /** A setting mobile phone goes on the outing or visit. */
  settingPhoneCarried: opt(z.boolean()),
  /** A personal phone stays switched off for the outing. */
  switchedOff: opt(z.boolean()),
  /** Role that agreed the use of a personal phone on this outing. */
  personalPhoneAgreedBy: role,
});

/** A device someone wants to take off the premises (see {@link deviceSchema}). */
export type Device = z.input<typeof deviceSchema>;
/** Where the device is going (see {@link tripSchema}). */
export type Trip = z.input<typeof tripSchema>;
