import * as z from 'zod/mini';
import { isInstantString } from '../core/time/instant.js';
import { purposes, roles, type Purpose, type Role } from '../lifecycle/vocabulary.js';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const instant = z.string().check(z.refine(isInstantString, { message: 'must be an ISO 8601 date or date-time' }));
const purpose = z.enum(purposes);

/**
 * Where a photo is kept.
 *
 * @example
 * ```ts
 * storageKinds.includes('setting-device'); // true
 * ```
 */
export const storageKinds = ['setting-device', 'setting-platform', 'central-hosting', 'removable-media', 'personal-device', 'other'] as const;
/** Where a photo is kept: a setting device, the setting's platform, central hosting, removable media, a personal device. */
export type StorageKind = (typeof storageKinds)[number];

/** The most children, purposes or events one record may list (more is invalid input, not a slow sweep). */
export const MAX_LIST = 200;

/** One stored photo, as a retention check or a sweep sees it. */
export interface PhotoRecord {
  id: string;
  /** When it was taken (ISO 8601). */
  takenAt: string;
  /** The children shown; empty when no child is in the shot. */
  childIds: string[];
  storedOn: StorageKind;
  /** What it is kept for; empty means no purpose is recorded. */
  purposes: Purpose[];
  /** When it stopped serving its purpose (observation written up, display taken down). */
  purposeEndedAt?: string | null;
  /** The agreed end of its storage period. */
  retainUntil?: string | null;
  /** What was agreed would happen to it when the activity is over. */
  retentionAgreement?: 'destroy' | 'retain' | null;
  /** Permission to keep it beyond the yearly purge. */
  keepBeyondYearApproval?: { approvedBy: Role; approvedAt: string; purpose: Purpose; until?: string | null } | null;
  /** Children in it who have left the setting, and when. */
  childrenLeft?: { childId: string; leftAt: string }[];
  /** Consent withdrawn for a child in it, for some uses. */
  consentWithdrawals?: { childId: string; uses: Purpose[]; withdrawnAt: string }[];
}

const list = <T extends z.ZodMiniType>(t: T) => z.array(t).check(z.maxLength(MAX_LIST));

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
  takenAt: instant,
  childIds: list(id),
  storedOn: z.enum(storageKinds),
  purposes: list(purpose),
  purposeEndedAt: z.optional(z.nullable(instant)),
  retainUntil: z.optional(z.nullable(instant)),
  retentionAgreement: z.optional(z.nullable(z.enum(['destroy', 'retain']))),
  keepBeyondYearApproval: z.optional(z.nullable(z.strictObject({
    approvedBy: z.enum(roles),
    approvedAt: instant,
    purpose,
    until: z.optional(z.nullable(instant)),
  }))),
  childrenLeft: z.optional(list(z.strictObject({ childId: id, leftAt: instant }))),
  consentWithdrawals: z.optional(list(z.strictObject({ childId: id, uses: list(purpose), withdrawnAt: instant }))),
});
