// canChildUseInternet on every examples/internet input, against a hand-written fail-closed baseline making the same
// decision (the same rules fired), in the same run.
import { canChildUseInternet, presetPolicy } from 'esafety-rules';
import { agree, decision, examples, finding, only, optBool, policyAgrees, refusal, sameDecision, texts } from './baseline.mjs';
import { compareDecision } from './lib.mjs';

// ---- The hand-written baseline. ----
// The internet sections of the presets the examples use, written out (checked against the presets below).
const POLICIES = {
  'homerton-early-years': { searchSupervision: 'adult-sitting-with', contentCheck: 'required', childEmail: 'forbidden' },
  'two-mile-ash-pre-school': { searchSupervision: 'supervised', contentCheck: 'required', childEmail: 'forbidden' },
};
for (const [id, p] of Object.entries(POLICIES)) { policyAgrees(id, p, presetPolicy(id).internet); POLICIES[id] = { ...p, ref: { id, version: presetPolicy(id).version } }; }
const T = texts('internet');

const OWNERS = new Set(['setting', 'personal', 'child']);
const SUPERVISION = new Set(['adult-sitting-with', 'adult-in-room', 'none']);
const ACTIVITIES = new Set(['search', 'bookmarked-site', 'watch-content', 'learning-app', 'social-networking', 'email', 'video-call', 'install', 'public-posting']);
const BOOLS = ['writtenParentalPermission', 'inAreaVisibleToStaff', 'contentChecked', 'filteringActive', 'secondHandDevice', 'secondHandDeviceChecked', 'plannedCurriculumActivity'];
const KEYS = new Set(['deviceOwner', 'supervision', 'activity', ...BOOLS]);
const valid = (s) => only(s, KEYS) && OWNERS.has(s.deviceOwner) && SUPERVISION.has(s.supervision) && ACTIVITIES.has(s.activity) && BOOLS.every((k) => optBool(s[k]));

/** The decision itself, trusting its input: each rule of rules/internet/*.json as an `if`, each finding with the rule's texts. */
function decide(s, P) {
  const reasons = [];
  const add = (rule) => reasons.push(finding(T[rule]));
  // content.json
  if (s.deviceOwner !== 'setting') add('internet.device.not-setting-owned');
  if (s.secondHandDevice !== false && s.secondHandDeviceChecked !== true) add('internet.device.second-hand-unchecked');
  if (s.filteringActive !== true) add('internet.filtering.missing');
  if (s.contentChecked !== true) add(P.contentCheck === 'required' ? 'internet.content.unchecked' : 'internet.content.unchecked-encouraged');
  if (s.activity === 'social-networking') add('internet.social-networking');
  if (s.activity === 'email' && P.childEmail === 'forbidden') add('internet.email.child');
  if (s.activity === 'public-posting' && s.plannedCurriculumActivity !== true) add('internet.public-posting');
  // supervision.json
  if (s.supervision === 'none') add('internet.supervision.none');
  if (P.searchSupervision === 'adult-sitting-with' && s.activity === 'search' && s.supervision === 'adult-in-room') add('internet.search.not-sitting-with');
  if (P.searchSupervision === 'never' && (s.activity === 'search' || s.activity === 'install')) add('internet.search.not-allowed');
  if (s.inAreaVisibleToStaff !== true) add('internet.area.not-visible');
  if (s.writtenParentalPermission !== true) add('internet.permission.missing');
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
