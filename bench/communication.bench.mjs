// canCommunicate on every examples/communication input, against a hand-written fail-closed baseline making the same
// decision (the same rules fired), in the same run.
import { canCommunicate, people, presetPolicy, roles } from 'esafety-rules';
import { agree, decision, examples, finding, holds, isList, isPermissions, only, optBool, PEOPLE, policyAgrees, refusal, ROLES, sameDecision, texts, vocabularyAgrees } from './baseline.mjs';
import { compareDecision } from './lib.mjs';

vocabularyAgrees([['roles', ROLES, roles], ['people', PEOPLE, people]]);

// ---- The hand-written baseline. ----
const BASE = { friendRequestParent: 'forbidden', priorRelationship: 'disclose-to-manager', contactDetailsAgreedBy: 'not-stated', personalEmailOnSettingEquipment: 'forbidden',
  socialNetworking: 'not-stated', personalCommunication: 'families-and-former-families', crisisTexting: 'not-stated', emailWhileSupervising: 'not-stated', learningJournal: 'not-stated',
  socialPrivacy: 'advised', postsIdentifyingSetting: 'allowed', postsAboutWork: 'allowed', postsDetrimental: 'forbidden' };
// The communication sections of the presets the examples use, written out (checked against the presets below).
const POLICIES = {
  'homerton-early-years': { ...BASE, friendRequestParent: 'with-parent-permission', personalEmailOnSettingEquipment: 'head-of-setting-authorises',
    socialNetworking: 'not-in-work-hours-or-on-setting-equipment', socialPrivacy: 'when-friending-parents', postsIdentifyingSetting: 'forbidden' },
  'kirklees-primary': { ...BASE, friendRequestParent: 'allowed', priorRelationship: 'no-exception', contactDetailsAgreedBy: 'senior-management', personalEmailOnSettingEquipment: 'allowed',
    socialNetworking: 'not-in-lesson-time', personalCommunication: 'children-and-parent-email', crisisTexting: 'last-resort' },
  'two-mile-ash-pre-school': { ...BASE, friendRequestParent: 'forbidden-even-if-friends', priorRelationship: 'disclose-with-boundary', personalCommunication: 'current-families',
    emailWhileSupervising: 'forbidden', learningJournal: 'committee-approved-work-hours', postsAboutWork: 'forbidden' },
};
for (const [id, p] of Object.entries(POLICIES)) { policyAgrees(id, p, presetPolicy(id).communication); POLICIES[id] = { ...p, ref: { id, version: presetPolicy(id).version } }; }
const T = texts('communication');

const CHANNELS = new Set(['setting-email', 'personal-email', 'personal-phone', 'setting-phone', 'social-network', 'messaging-app', 'learning-journal']);
const COUNTERPARTS = new Set(['child', 'former-child', 'parent-or-carer', 'former-parent-or-carer', 'colleague']);
const ACTIONS = new Set(['message', 'call', 'friend-request', 'share-contact-details', 'access-learning-journal', 'browse-social-network', 'post']);
const POST_CONTENTS = new Set(['confidential', 'identifies-setting', 'links-setting-website', 'about-work', 'detrimental']);
const KEYS = new Set(['sender', 'channel', 'counterpart', 'action', 'purpose', 'workingHours', 'whileSupervising', 'onPremises', 'onSettingEquipment', 'lessonTime',
  'childInCrisis', 'otherChannelsAvailable', 'priorRelationship', 'privacySettingsMax', 'permissions', 'learningJournalApproved', 'postContent']);
const PRIOR_KEYS = new Set(['disclosedToManager', 'boundaryAgreed']);
const BOOLS = ['workingHours', 'whileSupervising', 'onPremises', 'onSettingEquipment', 'lessonTime', 'childInCrisis', 'otherChannelsAvailable', 'privacySettingsMax', 'learningJournalApproved'];
const valid = (q) => only(q, KEYS) && PEOPLE.has(q.sender) && CHANNELS.has(q.channel) && COUNTERPARTS.has(q.counterpart) && ACTIONS.has(q.action) &&
  (q.purpose === 'professional' || q.purpose === 'personal') && BOOLS.every((k) => optBool(q[k])) &&
  (q.priorRelationship == null || (only(q.priorRelationship, PRIOR_KEYS) && typeof q.priorRelationship.disclosedToManager === 'boolean' && optBool(q.priorRelationship.boundaryAgreed))) &&
  (q.permissions == null || isPermissions(q.permissions)) && (q.postContent == null || isList(q.postContent, 10, (c) => POST_CONTENTS.has(c)));

const STAFF = new Set(['staff', 'volunteer', 'student', 'manager']);
const PROFESSIONAL = ['setting-email', 'setting-phone', 'learning-journal'];
const TEXTING = ['setting-phone', 'personal-phone', 'messaging-app'];
const LESSON_CHANNELS = ['social-network', 'messaging-app', 'personal-email', 'setting-email', 'personal-phone'];

/** Whether the policy forbids staff personal communication with this counterpart. */
function personalContactForbidden(rule, counterpart) {
  if (counterpart === 'colleague') return false;
  if (rule === 'families-and-former-families') return true;
  if (rule === 'current-families') return counterpart === 'child' || counterpart === 'parent-or-carer';
  return counterpart === 'child' || counterpart === 'former-child';
}

/** The decision itself, trusting its input: each rule of rules/communication/*.json as an `if`, each finding with the rule's texts. */
function decide(q, P) {
  const reasons = [];
  const add = (rule) => reasons.push(finding(T[rule]));
  const staff = STAFF.has(q.sender), parentSender = q.sender === 'parent-or-carer';
  const child = q.counterpart === 'child' || q.counterpart === 'former-child';
  const parent = q.counterpart === 'parent-or-carer';
  const a = q.action, personal = q.purpose === 'personal', ch = q.channel;
  const perms = q.permissions;
  // channels.json
  if (staff && !personal && q.counterpart !== 'colleague' && !PROFESSIONAL.includes(ch)) add('communication.channel.not-professional');
  if (P.crisisTexting === 'last-resort' && a === 'message' && child && q.childInCrisis === true && TEXTING.includes(ch)) add(q.otherChannelsAvailable === false ? 'communication.text.last-resort' : 'communication.text.child-in-crisis');
  if (P.emailWhileSupervising === 'forbidden' && staff && (ch === 'setting-email' || ch === 'personal-email') && q.whileSupervising !== false) add('communication.email.while-supervising');
  if (P.personalEmailOnSettingEquipment === 'forbidden' && (staff || parentSender) && ch === 'personal-email' && q.onSettingEquipment !== false) add('communication.personal-email.setting-equipment');
  if ((P.personalEmailOnSettingEquipment === 'head-of-setting-authorises' || P.personalEmailOnSettingEquipment === 'manager-agrees') && staff && ch === 'personal-email' && q.onSettingEquipment !== false &&
    !holds(perms, 'personal-use', P.personalEmailOnSettingEquipment === 'head-of-setting-authorises' ? ['head-of-setting'] : ['manager'])) add('communication.personal-email.setting-equipment-unauthorised');
  if (P.learningJournal === 'committee-approved-work-hours' && staff && a === 'access-learning-journal' && q.workingHours !== true) add('communication.learning-journal.outside-hours');
  if (P.learningJournal === 'committee-approved-work-hours' && (ch === 'learning-journal' || a === 'access-learning-journal') && q.learningJournalApproved !== true) add('communication.learning-journal.not-approved');
  // personal.json: a personal relationship with a family, disclosed (and bounded) or not.
  if (staff && personal && a !== 'friend-request' && a !== 'browse-social-network' && personalContactForbidden(P.personalCommunication, q.counterpart)) {
    const prior = q.priorRelationship;
    if (P.priorRelationship === 'no-exception') add('communication.personal.no-exception');
    else if (!prior || !prior.disclosedToManager) add('communication.personal.family');
    else {
      if (!prior.boundaryAgreed && P.priorRelationship === 'disclose-with-boundary') add('communication.prior-relationship.no-boundary');
      add('communication.prior-relationship.disclosed');
    }
  }
  if (P.personalCommunication === 'children-and-parent-email' && staff && personal && parent && (ch === 'setting-email' || ch === 'personal-email')) add('communication.personal.parent-email');
  if (staff && a === 'share-contact-details' && child && P.contactDetailsAgreedBy !== 'not-stated') {
    const managers = P.contactDetailsAgreedBy === 'managers' ? ['manager'] : ['senior-management', 'head-teacher'];
    if (!(holds(perms, 'contact-details', managers) && holds(perms, 'contact-details', ['parent']))) {
      add(P.contactDetailsAgreedBy === 'managers' ? 'communication.contact-details.child' : 'communication.contact-details.child-senior');
    }
  }
  // posts.json: a personal post, by what it contains.
  if (staff && a === 'post' && personal) {
    const post = q.postContent;
    const says = (c) => post != null && post.includes(c);
    if (post == null) add('communication.post.content-not-stated');
    if (says('confidential')) add('communication.post.confidential');
    if (P.postsIdentifyingSetting === 'forbidden' && says('identifies-setting')) add('communication.post.identifies-setting');
    if (P.postsIdentifyingSetting === 'forbidden' && says('links-setting-website')) add('communication.post.links-setting-website');
    if (P.postsDetrimental === 'forbidden' && says('detrimental')) add('communication.post.detrimental');
    if (P.postsAboutWork === 'forbidden' && says('about-work')) add('communication.post.about-work');
    if (P.postsAboutWork === 'not-condoned' && says('about-work')) add('communication.post.about-work-not-condoned');
  }
  // social.json
  if (staff && a === 'friend-request') {
    if (child) add('communication.friend-request.child');
    if (parent) {
      if (P.friendRequestParent === 'forbidden') add('communication.friend-request.parent');
      else if (P.friendRequestParent === 'forbidden-even-if-friends') add('communication.friend-request.parent-even-if-friends');
      else if (P.friendRequestParent === 'with-parent-permission') {
        if (!holds(perms, 'friend-request', ['parent'])) add('communication.friend-request.parent-without-permission');
        if (q.privacySettingsMax !== true) add('communication.social.privacy');
      }
    }
  }
  if (staff) {
    const social = a === 'browse-social-network' || a === 'post';
    if (P.socialPrivacy === 'advised' && (social || a === 'friend-request') && q.privacySettingsMax !== true) add('communication.social.privacy-settings');
    if (social && P.socialNetworking === 'not-in-work-hours-or-on-setting-equipment') {
      if (q.workingHours !== false) add('communication.social.working-hours');
      if (q.onSettingEquipment !== false) add('communication.social.setting-equipment');
    }
    if (social && P.socialNetworking === 'not-on-premises-without-agreement' && q.onPremises !== false && !holds(perms, 'social-networking', ['manager'])) add('communication.social.on-premises');
    if (P.socialNetworking === 'not-in-lesson-time' && personal && (social || LESSON_CHANNELS.includes(ch)) && q.lessonTime !== false) add('communication.social.lesson-time');
  }
  return decision(reasons, P.ref);
}
/** Fail closed: anything the strict schema would refuse is refused. */
const baseline = (q, P) => (valid(q) ? decide(q, P) : refusal(P.ref));

// ---- Agreement, then timing, on every example. ----
const cases = [];
let variants = 0, refused = 0;
for (const [name, ex] of Object.entries(examples('communication'))) {
  const P = POLICIES[ex.policy];
  const opts = { policy: ex.policy };
  const ours = (q) => canCommunicate(q, opts);
  const theirs = (q) => baseline(q, P);
  const a = agree(`canCommunicate ${name}`, ours, theirs, [ex.request], sameDecision);
  variants += a.variants; refused += a.refused;
  const answer = ours(ex.request).allowed ? 'allowed' : 'denied';
  if (answer !== ex.expect) throw new Error(`${name}: expected ${ex.expect}, got ${answer}`);
  cases.push({ name, answer, ours: () => ours(ex.request), failClosed: () => theirs(ex.request), bare: () => decide(ex.request, P) });
}
compareDecision('canCommunicate', `canCommunicate vs hand-written baseline (examples/communication; the same rules fired on each, and on ${variants} variants of them, ${refused} of them malformed and refused by both)`, cases);
