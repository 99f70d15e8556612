// What the retention decision reads: one stored photo record. The type comes from the schema.
import * as z from 'zod/mini';
import { id, instant, list, opt } from '../../src/core/schema.js';
import { purposes, roles, roleSchema, type Purpose } from '../vocabulary.js';

export { publicPurposes, purposes, type Purpose } from '../vocabulary.js';

/**
 * Where a photo is kept.
 *
 * @example
 * ```ts
 * storageKinds.includes('setting-device'); // true
 * ```
 */
export const storageKinds = Object.freeze(['setting-device', 'setting-platform', 'central-hosting', 'removable-media', 'personal-device', 'other'] as const);
/** Where a photo is kept: a setting device, the setting's platform, central hosting, removable media, a personal device. */
export type StorageKind = (typeof storageKinds)[number];

/**
 * The schema of one storage place.
 *
 * @example
 * ```ts
 * storageKindSchema.safeParse('personal-device').success; // true
 * ```
 */
export const storageKindSchema = z.enum(storageKinds);

/** The most children, purposes or events one record may list (more is invalid input, not a slow sweep). */
export const MAX_LIST = 200;

/** The schema of one purpose. */
export const purposeSchema = z.enum(purposes);

/**
 * Strict schema of a {@link PhotoRecord}: unknown fields are invalid input.
 *
 * @example
 * ```ts
 * photoRecordSchema.safeParse({ id: 'p1', takenAt: '2026-01-05', childIds: [], storedOn: 'other', purposes: [] }).success; // true
 * ```
 */
export const photoRecordSchema = z.strictObject({
  id,
  /** When it was taken (ISO 8601). */
  takenAt: instant,
  /** The children shown; empty when no child is in the shot. */
  childIds: list(id, MAX_LIST),
  /** Where it is kept. */
  storedOn: storageKindSchema,
  /**
   * Who authorised keeping it where it is (`storedOn`), where the policy allows that place only with authorisation
   * (e.g. Barnet: personal ICT equipment "unless with specific authorisation").
   */
  storageAuthorisedBy: opt(roleSchema),
  /**
   * Where it was agreed the images would be stored (000: "agreement as to how the images will be stored, and for how
   * long"; 004: "where these will be stored"); empty or missing: no agreement on the place is recorded.
   */
  agreedStorage: opt(list(storageKindSchema, storageKinds.length)),
  /** Who it was agreed would have access to it (004: "who will have access to them"); empty or missing: none recorded. */
  agreedAccess: opt(list(roleSchema, roles.length)),
  /** What it is kept for; empty means no purpose is recorded. */
  purposes: list(purposeSchema, MAX_LIST),
  /** When it stopped serving its purpose (observation written up, display taken down). */
  purposeEndedAt: opt(instant),
  /** The agreed end of its storage period. */
  retainUntil: opt(instant),
  /** What was agreed would happen to it when the activity is over. */
  retentionAgreement: opt(z.enum(['destroy', 'retain'])),
  /** Permission to keep it beyond the yearly purge. */
  keepBeyondYearApproval: opt(z.strictObject({
    approvedBy: roleSchema,
    approvedAt: instant,
    purpose: purposeSchema,
    until: opt(instant),
  })),
  /** Children in it who have left the setting, and when. */
  childrenLeft: opt(list(z.strictObject({ childId: id, leftAt: instant }), MAX_LIST)),
  /** Consent withdrawn for a child in it, for some uses. */
  consentWithdrawals: opt(list(z.strictObject({ childId: id, uses: list(purposeSchema, MAX_LIST), withdrawnAt: instant }), MAX_LIST)),
});

/** One stored photo, as a retention check or a sweep sees it (see {@link photoRecordSchema}). */
export type PhotoRecord = z.input<typeof photoRecordSchema>;
