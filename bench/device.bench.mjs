// canTakeDeviceOffSite on every examples/device input, against a hand-written fail-closed baseline making the same
// decision (the same rules fired), in the same run.
import { canTakeDeviceOffSite, presetPolicy, roles } from 'esafety-rules';
import { agree, decision, examples, finding, isBool, isDate, isId, isList, optBool, only, policyAgrees, refusal, ROLES, sameDecision, texts, vocabularyAgrees } from './baseline.mjs';
import { compareDecision } from './lib.mjs';

vocabularyAgrees([['roles', ROLES, roles]]);

// ---- The hand-written baseline. ----
// The device sections of the presets the examples use, written out (checked against the presets below).
const POLICIES = {
  'homerton-early-years': { encryptOffSite: 'sensitive-or-child-photos', visitException: true, clearBeforeOuting: false, personalDevices: 'with-agreement', personalDeviceApprovers: ['head-of-setting'], personalDeviceChildData: 'never', personalUseNeedsAuthorisation: true, personalUseApprovers: ['head-of-setting'], authorisedUserOnly: true, authorisedUserForData: true, personalPhoneOnOuting: 'agreed', personalPhoneApprovers: ['leadership-team', 'head-of-setting'], settingPhoneRequired: true, outingsPhoneReturns: true, passwordProtectLaptops: false, wipeBeforeDisposal: true },
  'cambridgeshire-early-years': { encryptOffSite: 'always', visitException: false, clearBeforeOuting: true, personalDevices: 'never', personalDeviceApprovers: [], personalDeviceChildData: 'never', personalUseNeedsAuthorisation: true, personalUseApprovers: ['manager'], authorisedUserOnly: true, authorisedUserForData: true, personalPhoneOnOuting: 'forbidden', personalPhoneApprovers: [], settingPhoneRequired: true, outingsPhoneReturns: false, passwordProtectLaptops: false, wipeBeforeDisposal: true },
  'kirklees-primary': { encryptOffSite: 'sensitive-or-child-photos', visitException: false, clearBeforeOuting: false, personalDevices: 'with-agreement', personalDeviceApprovers: ['manager'], personalDeviceChildData: 'never', personalUseNeedsAuthorisation: false, personalUseApprovers: [], authorisedUserOnly: false, authorisedUserForData: true, personalPhoneOnOuting: 'agreed', personalPhoneApprovers: ['manager', 'head-of-setting'], settingPhoneRequired: true, outingsPhoneReturns: false, passwordProtectLaptops: true, wipeBeforeDisposal: true },
  'two-mile-ash-pre-school': { encryptOffSite: 'sensitive-or-child-photos', visitException: false, clearBeforeOuting: false, personalDevices: 'never', personalDeviceApprovers: [], personalDeviceChildData: 'never', personalUseNeedsAuthorisation: false, personalUseApprovers: [], authorisedUserOnly: false, authorisedUserForData: false, personalPhoneOnOuting: 'switched-off', personalPhoneApprovers: [], settingPhoneRequired: false, outingsPhoneReturns: false, passwordProtectLaptops: false, wipeBeforeDisposal: false },
};
for (const [id, p] of Object.entries(POLICIES)) { policyAgrees(id, p, presetPolicy(id).device); p.ref = { id, version: presetPolicy(id).version }; }
const T = texts('device');

const KINDS = new Set(['camera', 'tablet', 'laptop', 'phone', 'other']);
const TRIPS = new Set(['visit', 'outing', 'home', 'work-elsewhere', 'repair', 'disposal']);
const DEVICE_KEYS = new Set(['id', 'kind', 'owner', 'role', 'encrypted', 'holdsSensitiveData', 'holdsChildPhotos', 'photosLinkedToNames', 'passwordProtected', 'authorisedUsers', 'personalUseAuthorisedBy', 'useAgreedBy']);
const TRIP_KEYS = new Set(['kind', 'leavesAt', 'carriedBy', 'personalUse', 'returnsToSettingAtEnd', 'settingPhoneCarried', 'switchedOff', 'personalPhoneAgreedBy']);
const optRole = (v) => v === undefined || v === null || ROLES.has(v);
const validDevice = (d) => only(d, DEVICE_KEYS) && isId(d.id) && KINDS.has(d.kind) && (d.owner === 'setting' || d.owner === 'personal') &&
  (d.role == null || d.role === 'outings-phone' || d.role === 'general') && optBool(d.encrypted) && optBool(d.holdsSensitiveData) &&
  optBool(d.holdsChildPhotos) && optBool(d.photosLinkedToNames) && optBool(d.passwordProtected) &&
  (d.authorisedUsers == null || isList(d.authorisedUsers, 500, isId)) && optRole(d.personalUseAuthorisedBy) && optRole(d.useAgreedBy);
const validTrip = (t) => only(t, TRIP_KEYS) && TRIPS.has(t.kind) && isDate(t.leavesAt) && isId(t.carriedBy) && isBool(t.personalUse) &&
  optBool(t.returnsToSettingAtEnd) && optBool(t.settingPhoneCarried) && optBool(t.switchedOff) && optRole(t.personalPhoneAgreedBy);

/** The decision itself, trusting its input: each rule of rules/device/*.json as an `if`, each finding with the rule's texts. */
function decide(d, t, P) {
  const reasons = [];
  const block = (rule) => reasons.push(finding(T[rule]));
  const warn = block;
  const setting = d.owner === 'setting';
  // Holds child data: yes if either answer is yes, no only if both are no (an unanswered question is not a no).
  const childData = d.holdsSensitiveData === true || d.holdsChildPhotos === true ? 'yes' : d.holdsSensitiveData === false && d.holdsChildPhotos === false ? 'no' : 'unknown';
  const onTrip = t.kind === 'outing' || t.kind === 'visit';
  const by = (role, approvers) => role != null && approvers.includes(role);
  if (setting && d.encrypted !== true) {
    if (P.encryptOffSite === 'always') block('device.offsite.unencrypted-always');
    else if (childData !== 'no') {
      const visitException = P.visitException && t.kind === 'visit' && (d.kind === 'camera' || d.kind === 'tablet') &&
        d.photosLinkedToNames === false && d.holdsSensitiveData === false && t.returnsToSettingAtEnd === true;
      if (visitException) warn('device.visit.unencrypted');
      else block('device.offsite.unencrypted');
    }
  }
  if (P.passwordProtectLaptops && d.kind === 'laptop' && d.holdsSensitiveData !== false && d.passwordProtected !== true) block('device.password.missing');
  if (d.role === 'outings-phone' && P.outingsPhoneReturns && (t.kind === 'home' || t.returnsToSettingAtEnd !== true)) block('device.outings-phone.home');
  if (setting && P.clearBeforeOuting && t.kind === 'outing' && childData !== 'no') block('device.outing.not-cleared');
  if (onTrip && P.settingPhoneRequired && t.settingPhoneCarried !== true) warn('device.outing.no-setting-phone');
  const personalPhoneOnTrip = !setting && d.kind === 'phone' && onTrip;
  if (personalPhoneOnTrip) {
    if (P.personalPhoneOnOuting === 'forbidden') block('device.personal-phone.forbidden');
    else if (P.personalPhoneOnOuting === 'agreed' && !by(t.personalPhoneAgreedBy, P.personalPhoneApprovers)) block('device.personal-phone.unagreed');
    else if (P.personalPhoneOnOuting === 'switched-off' && t.switchedOff !== true) warn('device.personal-phone.not-off');
  }
  if (t.kind === 'disposal' && P.wipeBeforeDisposal && childData !== 'no') block('device.disposal.not-wiped');
  if (!setting) {
    if (!personalPhoneOnTrip) {
      if (P.personalDevices === 'never') block('device.personal.forbidden');
      else if (!by(d.useAgreedBy, P.personalDeviceApprovers)) block('device.personal.unagreed');
    }
    if (P.personalDeviceChildData === 'never' && childData !== 'no') block('device.personal.child-data');
    if (P.personalDeviceChildData === 'with-agreement' && childData !== 'no' && d.encrypted !== true) block('device.personal.child-data-unencrypted');
  } else {
    if (P.personalUseNeedsAuthorisation && t.personalUse && !by(d.personalUseAuthorisedBy, P.personalUseApprovers)) block('device.personal-use.unauthorised');
    if ((P.authorisedUserOnly || (P.authorisedUserForData && childData !== 'no')) && !(d.authorisedUsers ?? []).includes(t.carriedBy)) block('device.user.unauthorised');
  }
  return decision(reasons, P.ref);
}
/** Fail closed: anything the strict schemas would refuse is refused. */
const baseline = (d, t, P) => (validDevice(d) && validTrip(t) ? decide(d, t, P) : refusal(P.ref));

// ---- Agreement, then timing, on every example. ----
const cases = [];
let variants = 0, refused = 0;
for (const [name, ex] of Object.entries(examples('device'))) {
  const P = POLICIES[ex.policy];
  const opts = { policy: ex.policy };
  const ours = (d, t) => canTakeDeviceOffSite(d, t, opts);
  const theirs = (d, t) => baseline(d, t, P);
  for (const i of [0, 1]) { const a = agree(`canTakeDeviceOffSite ${name}`, ours, theirs, [ex.device, ex.trip], sameDecision, i); variants += a.variants; refused += a.refused; }
  const answer = ours(ex.device, ex.trip).allowed ? 'allowed' : 'denied';
  if (answer !== ex.expect) throw new Error(`${name}: expected ${ex.expect}, got ${answer}`);
  cases.push({ name, answer, ours: () => ours(ex.device, ex.trip), failClosed: () => theirs(ex.device, ex.trip), bare: () => decide(ex.device, ex.trip, P) });
}
compareDecision('canTakeDeviceOffSite', `canTakeDeviceOffSite vs hand-written baseline (examples/device; the same rules fired on each, and on ${variants} variants of them, ${refused} of them malformed and refused by both)`, cases);
