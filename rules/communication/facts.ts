// The communication facts: what each is (the specs rules are checked against), and how they are computed from a request.
import type { Computed, Context } from '../../src/core/area.js';
import { b, one, tri, triOf } from '../../src/core/facts.js';
import { actorOf, holds } from '../vocabulary.js';
import type { CommunicationPolicy } from './policy.js';
import { channels, commActions, type CommunicationRequest } from './schema.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts communication rules may use. */
export const communicationFactSpecs = {
  sender: one(['staff', 'parent', 'visitor', 'child'], 'Who communicates.'),
  channel: one(channels, 'The channel.'),
  professionalChannel: b('The channel is one the setting provides (setting email, setting phone, learning journal).'),
  counterpart: one(['child', 'former-child', 'parent', 'former-parent', 'colleague'], 'Who with.'),
  action: one(commActions, 'What is being done.'),
  purpose: one(['professional', 'personal'], 'Professional or personal.'),
  workingHours: tri('Within working hours.'),
  whileSupervising: tri('While supervising children.'),
  onPremises: tri('On the premises.'),
  onSettingEquipment: tri('On setting equipment.'),
  lessonTime: tri('Lesson time.'),
  childInCrisis: b('The child is in a crisis or at risk of harm.'),
  otherChannelsAvailable: tri('Other forms of communication are possible.'),
  priorRelationship: one(['none', 'not-disclosed', 'disclosed', 'disclosed-with-boundary'], 'A relationship with the family from before the child started, and whether it was disclosed to the manager.'),
  privacySettingsMax: tri('Social-network privacy settings are at maximum.'),
  parentPermission: b('The parent\'s explicit permission (for a friend request).'),
  contactDetailsAgreed: b('Managers (or senior management, as the policy says) and parents agreed to personal contact details going to the child.'),
  socialNetworkingAgreed: b('The manager agreed to social networking on the premises.'),
  friendRequestParent: one(['forbidden', 'forbidden-even-if-friends', 'with-parent-permission'], 'Policy: friend requests with parents.'),
  priorRelationshipRule: one(['disclose-to-manager', 'disclose-with-boundary'], 'Policy: prior relationships with families.'),
  contactDetailsAgreedBy: one(['managers', 'senior-management'], 'Policy: who agrees to contact details going to a child.'),
  personalEmailOnSettingEquipment: one(['forbidden', 'allowed'], 'Policy: personal email on setting equipment.'),
  socialNetworking: one(['not-in-work-hours-or-on-setting-equipment', 'not-on-premises-without-agreement', 'not-in-lesson-time'], 'Policy: staff social networking.'),
} as const;

/** The channels the setting provides. */
const PROFESSIONAL: readonly string[] = ['setting-email', 'setting-phone', 'learning-journal'];

/**
 * The communication facts of one request. `options.at` is not needed.
 *
 * @example
 * ```ts
 * computeCommunicationFacts([{ sender: 'staff', channel: 'setting-email', counterpart: 'parent-or-carer', action: 'message', purpose: 'professional' }], ctx).root.counterpart; // 'parent'
 * ```
 */
export function computeCommunicationFacts([q]: [CommunicationRequest], ctx: Context<CommunicationPolicy>): Computed {
  const policy = ctx.policy;
  const prior = q.priorRelationship;
  const managers = policy.contactDetailsAgreedBy === 'managers' ? (['manager'] as const) : (['senior-management', 'head-teacher'] as const);
  const root = {
    sender: actorOf(q.sender),
    channel: q.channel,
    professionalChannel: PROFESSIONAL.includes(q.channel),
    counterpart: q.counterpart === 'parent-or-carer' ? 'parent' : q.counterpart === 'former-parent-or-carer' ? 'former-parent' : q.counterpart,
    action: q.action,
    purpose: q.purpose,
    workingHours: triOf(q.workingHours),
    whileSupervising: triOf(q.whileSupervising),
    onPremises: triOf(q.onPremises),
    onSettingEquipment: triOf(q.onSettingEquipment),
    lessonTime: triOf(q.lessonTime),
    childInCrisis: q.childInCrisis === true,
    otherChannelsAvailable: triOf(q.otherChannelsAvailable),
    priorRelationship: !prior ? 'none' : !prior.disclosedToManager ? 'not-disclosed' : prior.boundaryAgreed ? 'disclosed-with-boundary' : 'disclosed',
    privacySettingsMax: triOf(q.privacySettingsMax),
    parentPermission: holds(q.permissions, 'friend-request', ['parent']),
    contactDetailsAgreed: holds(q.permissions, 'contact-details', managers) && holds(q.permissions, 'contact-details', ['parent']),
    socialNetworkingAgreed: holds(q.permissions, 'social-networking', ['manager']),
    friendRequestParent: policy.friendRequestParent,
    priorRelationshipRule: policy.priorRelationship,
    contactDetailsAgreedBy: policy.contactDetailsAgreedBy,
    personalEmailOnSettingEquipment: policy.personalEmailOnSettingEquipment,
    socialNetworking: policy.socialNetworking,
  };
  return { root, items: [] };
}
