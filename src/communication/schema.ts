import * as z from 'zod/mini';
import { people, permissionsSchema, type Permission, type Person } from '../../rules/vocabulary.js';

/** Channels a message may go through. */
export const channels = ['setting-email', 'personal-email', 'personal-phone', 'setting-phone', 'social-network', 'messaging-app', 'learning-journal'] as const;
/** Who the communication is with. */
export const counterparts = ['child', 'former-child', 'parent-or-carer', 'former-parent-or-carer', 'colleague'] as const;
/** What is being done. */
export const commActions = ['message', 'call', 'friend-request', 'share-contact-details', 'access-learning-journal', 'browse-social-network', 'post'] as const;

/** "May this person communicate through this channel, with this party, for this?" */
export interface CommunicationRequest {
  sender: Person;
  channel: (typeof channels)[number];
  counterpart: (typeof counterparts)[number];
  action: (typeof commActions)[number];
  purpose: 'professional' | 'personal';
  /** Within working hours. */
  workingHours?: boolean;
  /** The sender is supervising children. */
  whileSupervising?: boolean;
  /** The sender is on the premises. */
  onPremises?: boolean;
  /** On equipment the setting owns. */
  onSettingEquipment?: boolean;
  /** Lesson time (schools). */
  lessonTime?: boolean;
  /** The child is in a crisis or at risk of harm. */
  childInCrisis?: boolean;
  /** Other forms of communication are possible. */
  otherChannelsAvailable?: boolean;
  /** A relationship with the family from before the child started. */
  priorRelationship?: { disclosedToManager: boolean; boundaryAgreed?: boolean };
  /** The sender's social-network privacy settings are at maximum. */
  privacySettingsMax?: boolean;
  /** Permissions held, each from a named role (e.g. the parent's explicit permission for a friend request). */
  permissions?: Permission[];
}

export const communicationRequestSchema = z.strictObject({
  sender: z.enum(people),
  channel: z.enum(channels),
  counterpart: z.enum(counterparts),
  action: z.enum(commActions),
  purpose: z.enum(['professional', 'personal']),
  workingHours: z.optional(z.boolean()),
  whileSupervising: z.optional(z.boolean()),
  onPremises: z.optional(z.boolean()),
  onSettingEquipment: z.optional(z.boolean()),
  lessonTime: z.optional(z.boolean()),
  childInCrisis: z.optional(z.boolean()),
  otherChannelsAvailable: z.optional(z.boolean()),
  priorRelationship: z.optional(z.strictObject({ disclosedToManager: z.boolean(), boundaryAgreed: z.optional(z.boolean()) })),
  privacySettingsMax: z.optional(z.boolean()),
  permissions: z.optional(permissionsSchema),
});
