// canCommunicate on every examples/communication input, against a hand-written fail-closed baseline making the same
// decision (the same rules fired), in the same run.
import { canCommunicate, people, presetPolicy, roles } from 'esafety-rules';
import { agree, decision, examples, finding, holds, isPermissions, only, optBool, PEOPLE, policyAgrees, refusal, ROLES, sameDecision, texts, vocabularyAgrees } from './baseline.mjs';
import { compareDecision } from './lib.mjs';

vocabularyAgrees([['roles', ROLES, roles], ['people', PEOPLE, people]]);

// ---- The hand-written baseline. ----
const BASE = { friendRequestParent: 'forbidden', priorRelationship: 'disclose-to-manager', contactDetailsAgreedBy: 'managers', personalEmailOnSettingEquipment: 'forbidden', socialNetworking: 'not-in-work-hours-or-on-setting-equipment' };
// The communication sections of the presets the examples use, written out (checked against the presets below).
const POLICIES = {
  'homerton-early-years': { ...BASE, friendRequestParent: 'with-parent-permission' },
  'kirklees-primary': { ...BASE, contactDetailsAgreedBy: 'senior-management', personalEmailOnSettingEquipment: 'allowed', socialNetworking: 'not-in-lesson-time' },
  'two-mile-ash-pre-school': { ...BASE, friendRequestParent: 'forbidden-even-if-friends', priorRelationship: 'disclose-with-boundary' },
};
for (const [id, p] of Object.entries(POLICIES)) { policyAgrees(id, p, presetPolicy(id).communication); POLICIES[id] = { ...p, ref: { id, version: presetPolicy(id).version } }; }
const T = texts('communication');

const CHANNELS = new Set(['setting-email', 'personal-email', 'personal-phone', 'setting-phone', 'social-network', 'messaging-app', 'learning-journal']);
const COUNTERPARTS = new Set(['child', 'former-child', 'parent-or-carer', 'former-parent-or-carer', 'colleague']);
const ACTIONS = new Set(['message', 'call', 'friend-request', 'share-contact-details', 'access-learning-journal', 'browse-social-network', 'post']);
const KEYS = new Set(['sender', 'channel', 'counterpart', 'action', 'purpose', 'workingHours', 'whileSupervising', 'onPremises', 'onSettingEquipment', 'lessonTime',
  'childInCrisis', 'otherChannelsAvailable', 'priorRelationship', 'privacySettingsMax', 'permissions']);
const PRIOR_KEYS = new Set(['disclosedToManager', 'boundaryAgreed']);
const BOOLS = ['workingHours', 'whileSupervising', 'onPremises', 'onSettingEquipment', 'lessonTime', 'childInCrisis', 'otherChannelsAvailable', 'privacySettingsMax'];
const valid = (q) => only(q, KEYS) && PEOPLE.has(q.sender) && CHANNELS.has(q.channel) && COUNTERPARTS.has(q.counterpart) && ACTIONS.has(q.action) &&
  (q.purpose === 'professional' || q.purpose === 'personal') && BOOLS.every((k) => optBool(q[k])) &&
  (q.priorRelationship === undefined || (only(q.priorRelationship, PRIOR_KEYS) && typeof q.priorRelationship.disclosedToManager === 'boolean' && optBool(q.priorRelationship.boundaryAgreed))) &&
  (q.permissions === undefined || isPermissions(q.permissions));

const STAFF = new Set(['staff', 'volunteer', 'student', 'manager']);
const PROFESSIONAL = ['setting-email', 'setting-phone', 'learning-journal'];
const TEXTING = ['setting-phone', 'personal-phone', 'messaging-app'];
const LESSON_CHANNELS = ['social-network', 'messaging-app', 'personal-email', 'setting-email', 'personal-phone'];

/** The decision itself, trusting its input: each rule of rules/communication/*.json as an `if`, each finding with the rule's texts. */
function decide(q, P) {
  const reasons = [];
  const add = (rule) => reasons.push(finding(T[rule]));
  const staff = STAFF.has(q.sender), parentSender = q.sender === 'parent-or-carer';
  const child = q.counterpart === 'child' || q.counterpart === 'former-child';
  const parent = q.counterpart === 'parent-or-carer';
  const a = q.action, personal = q.purpose === 'personal';
  // channels.json
  if (staff && !personal && q.counterpart !== 'colleague' && !PROFESSIONAL.includes(q.channel)) add('communication.channel.not-professional');
  if (a === 'message' && child && q.childInCrisis === true && TEXTING.includes(q.channel)) add(q.otherChannelsAvailable === false ? 'communication.text.last-resort' : 'communication.text.child-in-crisis');
  if (staff && (q.channel === 'setting-email' || q.channel === 'personal-email') && q.whileSupervising !== false) add('communication.email.while-supervising');
  if (P.personalEmailOnSettingEquipment === 'forbidden' && (staff || parentSender) && q.channel === 'personal-email' && q.onSettingEquipment !== false) add('communication.personal-email.setting-equipment');
  if (staff && a === 'access-learning-journal' && q.workingHours !== true) add('communication.learning-journal.outside-hours');
  // personal.json: a personal relationship with a family, disclosed (and bounded) or not.
  if (staff && personal && a !== 'friend-request' && a !== 'browse-social-network' && q.counterpart !== 'colleague') {
    const prior = q.priorRelationship;
    if (!prior || !prior.disclosedToManager) add('communication.personal.family');
    else {
      if (!prior.boundaryAgreed && P.priorRelationship === 'disclose-with-boundary') add('communication.prior-relationship.no-boundary');
      add('communication.prior-relationship.disclosed');
    }
  }
  if (staff && a === 'share-contact-details' && child) {
    const managers = P.contactDetailsAgreedBy === 'managers' ? ['manager'] : ['senior-management', 'head-teacher'];
    if (!(holds(q.permissions, 'contact-details', managers) && holds(q.permissions, 'contact-details', ['parent']))) {
      add(P.contactDetailsAgreedBy === 'managers' ? 'communication.contact-details.child' : 'communication.contact-details.child-senior');
    }
  }
  // social.json
  if (staff && a === 'friend-request') {
    if (child) add('communication.friend-request.child');
    if (parent) {
      if (P.friendRequestParent === 'forbidden') add('communication.friend-request.parent');
      else if (P.friendRequestParent === 'forbidden-even-if-friends') add('communication.friend-request.parent-even-if-friends');
      else {
        if (!holds(q.permissions, 'friend-request', ['parent'])) add('communication.friend-request.parent-without-permission');
        if (q.privacySettingsMax !== true) add('communication.social.privacy');
      }
    }
  }
  if (staff) {
    const social = a === 'browse-social-network' || a === 'post';
    if (social && P.socialNetworking === 'not-in-work-hours-or-on-setting-equipment') {
      if (q.workingHours !== false) add('communication.social.working-hours');
      if (q.onSettingEquipment !== false) add('communication.social.setting-equipment');
    }
    if (social && P.socialNetworking === 'not-on-premises-without-agreement' && q.onPremises !== false && !holds(q.permissions, 'social-networking', ['manager'])) add('communication.social.on-premises');
    if (P.socialNetworking === 'not-in-lesson-time' && personal && (social || LESSON_CHANNELS.includes(q.channel)) && q.lessonTime !== false) add('communication.social.lesson-time');
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
