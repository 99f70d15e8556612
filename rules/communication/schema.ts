// What the communication decision reads: one request to communicate. The types come from the schema.
import * as z from 'zod/mini';
import { people, permissionsSchema } from '../vocabulary.js';

/** Channels a message may go through. */
export const channels = ['setting-email', 'personal-email', 'personal-phone', 'setting-phone', 'social-network', 'messaging-app', 'learning-journal'] as const;
/** Who the communication is with. */
export const counterparts = ['child', 'former-child', 'parent-or-carer', 'former-parent-or-carer', 'colleague'] as const;
/** What is being done. */
export const commActions = ['message', 'call', 'friend-request', 'share-contact-details', 'access-learning-journal', 'browse-social-network', 'post'] as const;

/** The strict schema of a {@link CommunicationRequest} (unknown fields are invalid). */
export const communicationRequestSchema = z.strictObject({
  sender: z.enum(people),
  channel: z.enum(channels),
  counterpart: z.enum(counterparts),
  action: z.enum(commActions),
  purpose: z.enum(['professional', 'personal']),
  /** Within working hours. */
  workingHours: z.optional(z.boolean()),
  /** The sender is supervising children. */
  whileSupervising: z.optional(z.boolean()),
  /** The sender is on the premises. */
  onPremises: z.optional(z.boolean()),
  /** On equipment the setting owns. */
  onSettingEquipment: z.optional(z.boolean()),
  /** Lesson time (schools). */
  lessonTime: z.optional(z.boolean()),
  /** The child is in a crisis or at risk of harm. */
  childInCrisis: z.optional(z.boolean()),
  /** Other forms of communication are possible. */
  otherChannelsAvailable: z.optional(z.boolean()),
  /** A relationship with the family from before the child started. */
  priorRelationship: z.optional(z.strictObject({ disclosedToManager: z.boolean(), boundaryAgreed: z.optional(z.boolean()) })),
  /** The sender's social-network privacy settings are at maximum. */
  privacySettingsMax: z.optional(z.boolean()),
  /** Permissions held, each from a named role (e.g. the parent's explicit permission for a friend request). */
  permissions: z.optional(permissionsSchema),
});

/** "May this person communicate through this channel, with this party, for this?" (see {@link communicationRequestSchema}). */
export type CommunicationRequest = z.input<typeof communicationRequestSchema>;
