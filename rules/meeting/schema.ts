// What the meeting decision reads: one video conference or online meeting. The types come from the schema.
import * as z from 'zod/mini';
import { id, list, opt } from '../../src/core/schema.js';
import { roleSchema } from '../vocabulary.js';

/**
 * Kinds of meeting: a video conference (a class linking up with people in other locations) or another online meeting.
 *
 * @example
 * ```ts
 * meetingKinds.includes('video-conference'); // true
 * ```
 */
export const meetingKinds = Object.freeze(['video-conference', 'online-meeting'] as const);

/**
 * The equipment it is held on: the setting's, a personal phone, or another personal device (a laptop, a tablet).
 *
 * @example
 * ```ts
 * meetingEquipment.includes('personal-phone'); // true
 * ```
 */
export const meetingEquipment = Object.freeze(['setting', 'personal-phone', 'personal-device'] as const);

const yesNo = opt(z.boolean());

/**
 * The strict schema of a {@link Meeting} (unknown fields are invalid). Unanswered yes/no fields count as the unsafe
 * answer where a rule reads them (e.g. `recorded` missing: it may be recorded).
 *
 * @example
 * ```ts
 * meetingSchema.safeParse({ kind: 'video-conference', withChildren: true, location: 'in-setting', equipment: 'setting' }).success; // true
 * ```
 */
export const meetingSchema = z.strictObject({
  kind: z.enum(meetingKinds),
  /** Children (pupils) take part. */
  withChildren: z.boolean(),
  /** Where it takes place: everyone in the setting, or someone (the member of staff or a child) outside it. */
  location: z.enum(['in-setting', 'outside-setting']),
  /** The member of staff holding it is alone: no other adult with them. */
  staffAlone: yesNo,
  /** Who knew of it beforehand, by role (e.g. `head-teacher`, `line-manager`, `manager`, `parent`). */
  knownBeforehandBy: opt(list(roleSchema, 20)),
  /** Staff id of the member of staff supervising it throughout (missing: nobody does). */
  supervisedBy: opt(id),
  /** A child operates the equipment, answers a call or sets up the meeting. */
  childOperates: yesNo,
  /** The supervising member of staff gave the child that permission. */
  supervisorPermission: yesNo,
  equipment: z.enum(meetingEquipment),
  /** The role that agreed the use of a personal device for it. */
  personalEquipmentAgreedBy: opt(roleSchema),
  /** It is (or will be) recorded. */
  recorded: yesNo,
  /** Every participant was told beforehand that it is recorded. */
  participantsToldOfRecording: yesNo,
  /** The participants (for children, their parents or carers) gave permission for the recording. */
  recordingPermission: yesNo,
  /** The recording is to be published (a website, a newsletter, social media, a display). */
  publishRecording: yesNo,
  /** Permission to publish the recording was sought and given (for children, by their parents or carers). */
  publicationPermission: yesNo,
  /** The online meeting room is closed and logged off, and the equipment switched off and secured, once it ends. */
  closedAfterUse: yesNo,
});

/** One video conference or online meeting (see {@link meetingSchema}). */
export type Meeting = z.input<typeof meetingSchema>;
