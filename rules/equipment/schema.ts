// What the setting-equipment decision reads: one use of a setting device (or one install on it). The types come from the schema.
import * as z from 'zod/mini';
import { id, list, opt } from '../../src/core/schema.js';
import { people, roleSchema } from '../vocabulary.js';

/**
 * Kinds of setting device. Tablets and phones are the "mobile devices" of Homerton's wireless clause; laptops and
 * desktops are the "computers" of the virus-protection clauses.
 *
 * @example
 * ```ts
 * equipmentKinds.includes('tablet'); // true
 * ```
 */
export const equipmentKinds = Object.freeze(['laptop', 'desktop', 'tablet', 'phone', 'camera', 'other'] as const);

/**
 * What the person does with the device: uses it, or installs (downloads) a program or app on it.
 *
 * @example
 * ```ts
 * equipmentActions.includes('install'); // true
 * ```
 */
export const equipmentActions = Object.freeze(['use', 'install'] as const);

/**
 * What the use is for: work (a member of staff's), learning (a child's), or personal (anything else).
 *
 * @example
 * ```ts
 * equipmentPurposes.includes('personal'); // true
 * ```
 */
export const equipmentPurposes = Object.freeze(['work', 'learning', 'personal'] as const);

/**
 * Where the device is used. Learning spaces include outdoor ones; everything but `off-site` is on the premises.
 *
 * @example
 * ```ts
 * equipmentPlaces.includes('learning-space'); // true
 * ```
 */
export const equipmentPlaces = Object.freeze(['learning-space', 'office', 'staff-room', 'elsewhere-on-site', 'off-site'] as const);

const role = opt(roleSchema);

/**
 * The strict schema of an {@link EquipmentRequest} (unknown fields are invalid). Unanswered yes/no fields count as
 * the unsafe answer where a rule reads them.
 *
 * @example
 * ```ts
 * equipmentRequestSchema.safeParse({
 *   device: { id: 'ipad-3', kind: 'tablet', assignment: 'shared' },
 *   user: { id: 'c-7', person: 'child' }, action: 'install', purpose: 'learning', place: 'learning-space',
 * }).success; // true
 * ```
 */
export const equipmentRequestSchema = z.strictObject({
  device: z.strictObject({
    id,
    kind: z.enum(equipmentKinds),
    /** Issued to named people (a member of staff's laptop), or shared (the room's tablets). */
    assignment: z.enum(['issued', 'shared']),
    /** For an issued device: the ids of the people it is issued to (missing: nobody is). */
    authorisedUsers: opt(list(id, 500)),
    /** Wireless access is switched on. */
    wirelessOn: opt(z.boolean()),
    /** Virus (and malware) protection is installed and active. */
    virusProtected: opt(z.boolean()),
  }),
  user: z.strictObject({
    id,
    person: z.enum(people),
    /** The roles the person holds, e.g. `ict-technician` (technical staff). */
    roles: opt(list(roleSchema, 20)),
    /** The setting has authorised this member of staff to install or download programs and apps. */
    authorisedToInstall: opt(z.boolean()),
    /** The person agreed to the setting's acceptable use policy (a pupil's is signed with the parents; anyone else is made aware of it). */
    acceptableUseAgreed: opt(z.boolean()),
  }),
  action: z.enum(equipmentActions),
  purpose: z.enum(equipmentPurposes),
  place: z.enum(equipmentPlaces),
  /** The use needs the internet (e.g. a bookmarked site following the children's interests). */
  online: opt(z.boolean()),
  /** The program or app used or installed (installing always names one). */
  software: opt(z.strictObject({
    name: id,
    /** The role that checked and agreed it for the setting's pre-approved selection. */
    approvedBy: role,
  })),
  /** The role that authorised personal use of this device. */
  personalUseAuthorisedBy: role,
});

/** One use of a setting device, or one install on it (see {@link equipmentRequestSchema}). */
export type EquipmentRequest = z.input<typeof equipmentRequestSchema>;
