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
  personalContactForbidden: b('The policy forbids staff personal communication with this counterpart (children, families or former families, as it says).'),
  personalUseAuthorised: b('Personal use of setting equipment was authorised by the role the policy names (Head of Centre, or the manager).'),
  learningJournalApproved: tri('The committee approved the online learning journal before use.'),
  postContentStated: b('The request says what the post contains.'),
  postConfidential: b('The post holds confidential information or personal data about a child, colleague or family.'),
  postIdentifiesSetting: b('The post names the setting or lets it be identified.'),
  postLinksSettingWebsite: b('The post links the author\'s own blog or pages to the setting\'s website.'),
  postAboutWork: b('The post is about the author\'s work.'),
  postDetrimental: b('The post is defamatory, false or otherwise detrimental to the setting or the people it serves.'),
  friendRequestParent: one(['forbidden', 'forbidden-even-if-friends', 'with-parent-permission', 'allowed'], 'Policy: friend requests with parents.'),
  priorRelationshipRule: one(['disclose-to-manager', 'disclose-with-boundary', 'no-exception'], 'Policy: prior relationships with families.'),
  contactDetailsAgreedBy: one(['managers', 'senior-management', 'not-stated'], 'Policy: who agrees to contact details going to a child.'),
  personalEmailOnSettingEquipment: one(['forbidden', 'head-of-setting-authorises', 'manager-agrees', 'allowed'], 'Policy: personal email on setting equipment.'),
  socialNetworking: one(['not-in-work-hours-or-on-setting-equipment', 'not-on-premises-without-agreement', 'not-in-lesson-time', 'not-stated'], 'Policy: staff social networking.'),
  personalCommunication: one(['families-and-former-families', 'current-families', 'children', 'children-and-parent-email'], 'Policy: whom staff may not communicate with personally.'),
  crisisTexting: one(['last-resort', 'not-stated'], 'Policy: texting a child in crisis.'),
  emailWhileSupervising: one(['forbidden', 'not-stated'], 'Policy: email while supervising children.'),
  learningJournal: one(['committee-approved-work-hours', 'not-stated'], 'Policy: the online learning journal.'),
  socialPrivacy: one(['advised', 'when-friending-parents', 'not-stated'], 'Policy: privacy settings on social networks.'),
  postsIdentifyingSetting: one(['forbidden', 'allowed'], 'Policy: personal posts identifying the setting.'),
  postsAboutWork: one(['forbidden', 'not-condoned', 'allowed'], 'Policy: personal posts about work.'),
  postsDetrimental: one(['forbidden', 'not-stated'], 'Policy: defamatory or detrimental personal posts.'),
} as const;

const NOTHING: readonly string[] = [];
const PARENT = ['parent'] as const, MANAGER = ['manager'] as const, HEAD = ['head-of-setting'] as const, SENIOR = ['senior-management', 'head-teacher'] as const;

/** The channels the setting provides. */
const PROFESSIONAL: readonly string[] = ['setting-email', 'setting-phone', 'learning-journal'];

/** Whether the policy forbids personal communication with this counterpart (`children-and-parent-email` adds parents by email in its own rule). */
function personalContactForbidden(policy: CommunicationPolicy['personalCommunication'], counterpart: CommunicationRequest['counterpart']): boolean {
  if (counterpart === 'colleague') return false;
  if (policy === 'families-and-former-families') return true;
  if (policy === 'current-families') return counterpart === 'child' || counterpart === 'parent-or-carer';
  return counterpart === 'child' || counterpart === 'former-child';
}

/**
 * The communication facts of one request. `options.at` is not needed.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { communicationArea } from './area.js';
 * const ctx = readOptions(communicationArea, { policy: 'homerton-early-years' });
 * computeCommunicationFacts([{ sender: 'staff', channel: 'setting-email', counterpart: 'parent-or-carer', action: 'message', purpose: 'professional' }], ctx).root.counterpart; // 'parent'
 * ```
 */
export function computeCommunicationFacts([q]: [CommunicationRequest], ctx: Context<CommunicationPolicy>): Computed {
  const policy = ctx.policy;
  // Each field read once (a request's shape varies from call to call, so each read is a slow one).
  const { sender, channel, counterpart, priorRelationship: prior, postContent: post, permissions } = q;
  const managers = policy.contactDetailsAgreedBy === 'managers' ? MANAGER : SENIOR;
  const contents: readonly string[] = post ?? NOTHING;
  const root = {
    sender: actorOf(sender),
    channel,
    professionalChannel: PROFESSIONAL.includes(channel),
    counterpart: counterpart === 'parent-or-carer' ? 'parent' : counterpart === 'former-parent-or-carer' ? 'former-parent' : counterpart,
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
    parentPermission: holds(permissions, 'friend-request', PARENT),
    contactDetailsAgreed: holds(permissions, 'contact-details', managers) && holds(permissions, 'contact-details', PARENT),
    socialNetworkingAgreed: holds(permissions, 'social-networking', MANAGER),
    personalContactForbidden: personalContactForbidden(policy.personalCommunication, counterpart),
    personalUseAuthorised: holds(permissions, 'personal-use', policy.personalEmailOnSettingEquipment === 'head-of-setting-authorises' ? HEAD : MANAGER),
    learningJournalApproved: triOf(q.learningJournalApproved),
    postContentStated: post != null,
    postConfidential: contents.includes('confidential'),
    postIdentifiesSetting: contents.includes('identifies-setting'),
    postLinksSettingWebsite: contents.includes('links-setting-website'),
    postAboutWork: contents.includes('about-work'),
    postDetrimental: contents.includes('detrimental'),
    friendRequestParent: policy.friendRequestParent,
    priorRelationshipRule: policy.priorRelationship,
    contactDetailsAgreedBy: policy.contactDetailsAgreedBy,
    personalEmailOnSettingEquipment: policy.personalEmailOnSettingEquipment,
    socialNetworking: policy.socialNetworking,
    personalCommunication: policy.personalCommunication,
    crisisTexting: policy.crisisTexting,
    emailWhileSupervising: policy.emailWhileSupervising,
    learningJournal: policy.learningJournal,
    socialPrivacy: policy.socialPrivacy,
    postsIdentifyingSetting: policy.postsIdentifyingSetting,
    postsAboutWork: policy.postsAboutWork,
    postsDetrimental: policy.postsDetrimental,
  };
  return { root, items: [] };
}
