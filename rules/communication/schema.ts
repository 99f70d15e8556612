// What the communication decision reads: one request to communicate. The types come from the schema.
import * as z from 'zod/mini';
import { list, opt } from '../../src/core/schema.js';
import { people, permissionsSchema } from '../vocabulary.js';

/** Channels a message may go through. */
export const channels = Object.freeze(['setting-email', 'personal-email', 'personal-phone', 'setting-phone', 'social-network', 'messaging-app', 'learning-journal'] as const);
/** Who the communication is with. */
export const counterparts = Object.freeze(['child', 'former-child', 'parent-or-carer', 'former-parent-or-carer', 'colleague'] as const);
/** What is being done. */
export const commActions = Object.freeze(['message', 'call', 'friend-request', 'share-contact-details', 'access-learning-journal', 'browse-social-network', 'post'] as const);

/**
 * What a member of staff's personal post contains, as the social-networking clauses name it: information confidential to
 * the setting or personal data about a child, colleague or family; anything that names the setting or lets it be
 * identified (photos of children, the premises, events with colleagues); a link from their own blog or pages to the
 * setting's website; their work; anything defamatory, false or otherwise detrimental to the setting or the people it serves.
 *
 * @example
 * ```ts
 * postContents.includes('identifies-setting'); // true
 * ```
 */
export const postContents = Object.freeze(['confidential', 'identifies-setting', 'links-setting-website', 'about-work', 'detrimental'] as const);

/** The strict schema of a {@link CommunicationRequest} (unknown fields are invalid). */
export const communicationRequestSchema = z.strictObject({
  sender: z.enum(people),
  channel: z.enum(channels),
  counterpart: z.enum(counterparts),
  action: z.enum(commActions),
  purpose: z.enum(['professional', 'personal']),
  /** Within working hours. */
  workingHours: opt(z.boolean()),
  /** The sender is supervising children. */
  whileSupervising: opt(z.boolean()),
  /** The sender is on the premises. */
  onPremises: opt(z.boolean()),
  /** On equipment the setting owns. */
  onSettingEquipment: opt(z.boolean()),
  /** Lesson time (schools). */
  lessonTime: opt(z.boolean()),
  /** The child is in a crisis or at risk of harm. */
  childInCrisis: opt(z.boolean()),
  /** Other forms of communication are possible. */
  otherChannelsAvailable: opt(z.boolean()),
  /** A relationship with the family from before the child started. */
  priorRelationship: opt(z.strictObject({ disclosedToManager: z.boolean(), boundaryAgreed: opt(z.boolean()) })),
  /** The sender's social-network privacy settings are at maximum. */
  privacySettingsMax: opt(z.boolean()),
  /** Permissions held, each from a named role (e.g. the parent's explicit permission for a friend request). */
  permissions: opt(permissionsSchema),
  /** The committee gave its permission for the online learning journal before it was used. */
  learningJournalApproved: opt(z.boolean()),
  /** For a post: what it contains (an empty list: none of {@link postContents}). */
  postContent: opt(list(z.enum(postContents), 10)),
});

/** "May this person communicate through this channel, with this party, for this?" (see {@link communicationRequestSchema}). */
export type CommunicationRequest = z.input<typeof communicationRequestSchema>;
