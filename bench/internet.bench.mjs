// canChildUseInternet on every examples/internet input, against a hand-written fail-closed baseline making the same
// decision (the same rules fired), in the same run.
import { canChildUseInternet, presetPolicy } from 'esafety-rules';
import { agree, decision, examples, finding, only, optBool, policyAgrees, refusal, sameDecision, texts } from './baseline.mjs';
import { compareDecision } from './lib.mjs';

// ---- The hand-written baseline. ----
// The internet sections of the presets the examples use, written out (checked against the presets below).
const BASE = { searchSupervision: 'supervised', contentCheck: 'required', childEmail: 'allowed', childDeviceLocation: 'not-stated', parentalPermission: 'not-stated',
  childDevice: 'personal-authorised', secondHandCheck: 'not-stated', childSocialNetworking: 'forbidden', nonEducationalSites: 'not-stated', publicPosting: 'not-stated',
  childInstall: 'not-stated', staySafeTeaching: 'not-stated' };
const POLICIES = {
  'barnet-early-years': BASE,
  'homerton-early-years': { ...BASE, searchSupervision: 'adult-sitting-with', childInstall: 'forbidden' },
  'kirklees-primary': { ...BASE, contentCheck: 'encouraged', parentalPermission: 'signed-aup', childDevice: 'not-stated', childSocialNetworking: 'planned-curriculum',
    nonEducationalSites: 'planned-curriculum', publicPosting: 'school-activity-only', childInstall: 'forbidden' },
  'two-mile-ash-pre-school': { ...BASE, contentCheck: 'not-stated', childEmail: 'forbidden', childDeviceLocation: 'visible-to-staff', parentalPermission: 'written',
    childDevice: 'setting-owned', secondHandCheck: 'manager-checks', staySafeTeaching: 'before-use' },
};
for (const [id, p] of Object.entries(POLICIES)) { policyAgrees(id, p, presetPolicy(id).internet); POLICIES[id] = { ...p, ref: { id, version: presetPolicy(id).version } }; }
const T = texts('internet');

const OWNERS = new Set(['setting', 'personal', 'child']);
const SUPERVISION = new Set(['adult-sitting-with', 'adult-in-room', 'none']);
const ACTIVITIES = new Set(['search', 'bookmarked-site', 'watch-content', 'learning-app', 'social-networking', 'email', 'video-call', 'install', 'public-posting', 'non-educational-site']);
const BOOLS = ['writtenParentalPermission', 'inAreaVisibleToStaff', 'contentChecked', 'filteringActive', 'secondHandDevice', 'secondHandDeviceChecked', 'plannedCurriculumActivity',
  'serviceAsksConsent', 'parentalConsentToService', 'personalDeviceAuthorised', 'taughtStaySafe'];
const KEYS = new Set(['deviceOwner', 'supervision', 'activity', 'childAge', ...BOOLS]);
const optAge = (v) => v == null || (typeof v === 'number' && v >= 0 && v <= 18);
const valid = (s) => only(s, KEYS) && OWNERS.has(s.deviceOwner) && SUPERVISION.has(s.supervision) && ACTIVITIES.has(s.activity) && BOOLS.every((k) => optBool(s[k])) && optAge(s.childAge);
/** The digital consent age in the UK (Data Protection Act 2018, s.9). */
const CONSENT_AGE = 13;

/** The decision itself, trusting its input: each rule of rules/internet/*.json as an `if`, each finding with the rule's texts. */
function decide(s, P) {
  const reasons = [];
  const add = (rule) => reasons.push(finding(T[rule]));
  const a = s.activity, planned = s.plannedCurriculumActivity === true;
  // content.json
  if (P.childDevice === 'setting-owned' && s.deviceOwner !== 'setting') add('internet.device.not-setting-owned');
  if (P.childDevice === 'personal-authorised' && s.deviceOwner === 'personal' && s.personalDeviceAuthorised !== true) add('internet.device.personal-unauthorised');
  if (P.secondHandCheck === 'manager-checks' && s.secondHandDevice !== false && s.secondHandDeviceChecked !== true) add('internet.device.second-hand-unchecked');
  if (s.filteringActive !== true) add('internet.filtering.missing');
  if (s.contentChecked !== true && P.contentCheck === 'required') add('internet.content.unchecked');
  if (s.contentChecked !== true && P.contentCheck === 'encouraged') add('internet.content.unchecked-encouraged');
  if (a === 'social-networking' && P.childSocialNetworking === 'forbidden') add('internet.social-networking');
  if (a === 'social-networking' && P.childSocialNetworking === 'planned-curriculum' && !planned) add('internet.social-networking.not-curriculum');
  if (a === 'non-educational-site' && P.nonEducationalSites === 'planned-curriculum' && !planned) add('internet.non-educational.not-curriculum');
  if (planned && ((a === 'social-networking' && P.childSocialNetworking === 'planned-curriculum') || (a === 'non-educational-site' && P.nonEducationalSites === 'planned-curriculum'))) add('internet.curriculum.exempt');
  if (a === 'email' && P.childEmail === 'forbidden') add('internet.email.child');
  if (a === 'public-posting' && P.publicPosting === 'school-activity-only' && !planned) add('internet.public-posting');
  // Below the digital consent age, or an age not given: a parent consents to a service that asks for consent (social networking always does).
  if ((a === 'social-networking' || s.serviceAsksConsent === true) && !(s.childAge != null && s.childAge >= CONSENT_AGE) && s.parentalConsentToService !== true) add('internet.consent-age.no-parental-consent');
  // supervision.json
  if (s.supervision === 'none') add('internet.supervision.none');
  if (P.searchSupervision === 'adult-sitting-with' && a === 'search' && s.supervision === 'adult-in-room') add('internet.search.not-sitting-with');
  if (P.searchSupervision === 'never' && (a === 'search' || a === 'install')) add('internet.search.not-allowed');
  if (P.childInstall === 'forbidden' && a === 'install') add('internet.install.child');
  if (P.childDeviceLocation === 'visible-to-staff' && s.inAreaVisibleToStaff !== true) add('internet.area.not-visible');
  if (P.parentalPermission === 'written' && s.writtenParentalPermission !== true) add('internet.permission.missing');
  if (P.parentalPermission === 'signed-aup' && s.writtenParentalPermission !== true) add('internet.permission.aup-unsigned');
  if (P.staySafeTeaching === 'before-use' && s.taughtStaySafe !== true) add('internet.stay-safe.not-taught');
  return decision(reasons, P.ref);
}
/** Fail closed: anything the strict schema would refuse is refused. */
const baseline = (s, P) => (valid(s) ? decide(s, P) : refusal(P.ref));

// ---- Agreement, then timing, on every example. ----
const cases = [];
let variants = 0, refused = 0;
for (const [name, ex] of Object.entries(examples('internet'))) {
  const P = POLICIES[ex.policy];
  const opts = { policy: ex.policy };
  const ours = (s) => canChildUseInternet(s, opts);
  const theirs = (s) => baseline(s, P);
  const a = agree(`canChildUseInternet ${name}`, ours, theirs, [ex.session], sameDecision);
  variants += a.variants; refused += a.refused;
  const answer = ours(ex.session).allowed ? 'allowed' : 'denied';
  if (answer !== ex.expect) throw new Error(`${name}: expected ${ex.expect}, got ${answer}`);
  cases.push({ name, answer, ours: () => ours(ex.session), failClosed: () => theirs(ex.session), bare: () => decide(ex.session, P) });
}
compareDecision('canChildUseInternet', `canChildUseInternet vs hand-written baseline (examples/internet; the same rules fired on each, and on ${variants} variants of them, ${refused} of them malformed and refused by both)`, cases);
