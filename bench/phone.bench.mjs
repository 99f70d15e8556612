// canUsePhone on every examples/phone input, and on three Homerton requests in turn (the case of the earlier runs),
// against a hand-written fail-closed baseline making the same decision (the same rules fired and the same conditions),
// in the same run. Beside it, the same baseline validated with the library's own zod/mini schema instead of by hand
// (the baseline of the runs before 2026-12-02).
import { canUsePhone, people, phoneRequestSchema, presetPolicy, roles } from 'esafety-rules';
import { agree, decision, examples, finding, holds, isPermissions, only, optBool, PEOPLE, policyAgrees, refusal, ROLES, sameDecision, texts, vocabularyAgrees } from './baseline.mjs';
import { compareDecision, fmt, nsPerOpEach, ratio, table } from './lib.mjs';

vocabularyAgrees([['roles', ROLES, roles], ['people', PEOPLE, people]]);

// ---- The hand-written baseline. ----
const ON_SITE = ['learning-space-indoors', 'learning-space-outdoors', 'staff-room', 'office', 'entrance'];
const EVERYWHERE = [...ON_SITE, 'outing', 'off-premises'];
// The library's baseline phone section: the presets below differ from it where said.
const BASE = {
  staffPhoneRegime: 'away-from-children', lessonTimePersonalUseForbidden: false, phoneStorage: 'locker', lockedBoxKeyholders: [], emergencyPermissionFrom: ['manager'],
  emergencyOnlyWithoutChildren: true, outingRule: 'switch-off', chargingNeedsPermission: true, chargingPermissionFrom: ['manager'], personalPhotos: 'never', personalCameras: 'never',
  personalDeviceAuthorisers: [], personalRecordsApps: 'never', secretImagesForbidden: true, adultContentDevicesBanned: true, parentPhone: 'switched-off-out-of-sight',
  visitorPhone: 'hand-in-unless-lone-working', parentPhotos: 'never', parentPhotoAuthorisers: [], parentPublishing: 'never', childPhone: 'remove-until-collection',
  settingPhonePlaces: ['staff-room', 'office'], outingsPhonePlaces: [...ON_SITE, 'outing'], settingPhoneWorkOnly: true, settingPhoneOffPremises: 'never', settingPhoneFollowsPersonal: false,
};
// The phone sections of the presets the examples use, written out (checked against the presets below).
const POLICIES = {
  'barnet-early-years': { ...BASE, phoneStorage: 'none', emergencyOnlyWithoutChildren: false, outingRule: 'no-outing-rule', chargingNeedsPermission: false, chargingPermissionFrom: [],
    personalPhotos: 'with-authorisation', personalCameras: 'with-authorisation', personalDeviceAuthorisers: ['manager'], personalRecordsApps: 'with-authorisation',
    parentPhone: 'no-rule', visitorPhone: 'no-rule', parentPublishing: 'with-permission', childPhone: 'no-rule', settingPhonePlaces: EVERYWHERE, outingsPhonePlaces: EVERYWHERE,
    settingPhoneWorkOnly: false, settingPhoneOffPremises: 'if-encrypted' },
  'homerton-early-years': { ...BASE, staffPhoneRegime: 'staff-room-outside-working-hours', emergencyPermissionFrom: ['leadership-team'], emergencyOnlyWithoutChildren: false,
    outingRule: 'agreed-emergency-use', chargingPermissionFrom: ['head-of-setting'], personalCameras: 'agreed-with-head-of-setting', personalDeviceAuthorisers: ['head-of-setting'],
    adultContentDevicesBanned: false, parentPhone: 'outside-building', visitorPhone: 'outside-building', parentPhotos: 'with-permission', parentPhotoAuthorisers: ['leadership-team'],
    parentPublishing: 'with-permission', childPhone: 'no-rule' },
  'two-mile-ash-pre-school': { ...BASE, staffPhoneRegime: 'off-premises-during-working-hours', phoneStorage: 'locked-box', lockedBoxKeyholders: ['manager', 'deputy-manager'],
    chargingNeedsPermission: false, chargingPermissionFrom: [], adultContentDevicesBanned: false, parentPhotos: 'own-child-at-events', parentPhotoAuthorisers: ['manager'],
    settingPhonePlaces: EVERYWHERE, outingsPhonePlaces: EVERYWHERE, settingPhoneWorkOnly: false, settingPhoneOffPremises: 'if-encrypted', settingPhoneFollowsPersonal: true },
};
for (const [id, p] of Object.entries(POLICIES)) { policyAgrees(id, p, presetPolicy(id).phone); POLICIES[id] = { ...p, ref: { id, version: presetPolicy(id).version } }; }
const T = texts('phone');

const DEVICES = new Set(['personal-phone', 'setting-phone', 'outings-phone', 'personal-camera', 'setting-camera', 'personal-tablet', 'setting-tablet', 'smart-watch', 'other-imaging-device']);
const PURPOSES = new Set(['call', 'message', 'photo-or-video', 'browsing', 'social-media', 'child-records-app', 'charging', 'take-from-storage']);
const PLACES = new Set(EVERYWHERE);
const CONTACTS = new Set(['child', 'family', 'setting', 'emergency-services', 'dependant', 'other']);
const SUBJECTS = new Set(['children', 'own-child-only', 'no-children']);
const LEAVING = new Set(['lunch-time', 'end-of-working-day', 'not-leaving']);
const BOOLS = ['childrenPresent', 'sessionRunning', 'workingHours', 'lunchBreak', 'lessonTime', 'emergency', 'secret', 'meetingStaff', 'holdsAdultContent', 'deviceEncrypted'];
const KEYS = new Set(['who', 'device', 'purpose', 'place', 'contactWith', 'photoSubject', 'permissions', 'leaving', 'unlockedBy', ...BOOLS]);
/** The strict schema of a request, written out. */
const valid = (q) => only(q, KEYS) && PEOPLE.has(q.who) && DEVICES.has(q.device) && PURPOSES.has(q.purpose) && PLACES.has(q.place) &&
  BOOLS.every((k) => optBool(q[k])) && (q.contactWith == null || CONTACTS.has(q.contactWith)) &&
  (q.photoSubject == null || SUBJECTS.has(q.photoSubject)) && (q.permissions == null || isPermissions(q.permissions)) &&
  (q.leaving == null || LEAVING.has(q.leaving)) && (q.unlockedBy == null || ROLES.has(q.unlockedBy));

const ACTOR = { 'parent-or-carer': 'parent', visitor: 'visitor', 'lone-working-visitor': 'visitor', contractor: 'visitor', child: 'child' };
const DEVICE = { 'personal-camera': 'personal-camera', 'setting-phone': 'setting-phone', 'outings-phone': 'outings-phone', 'setting-camera': 'setting-device', 'setting-tablet': 'setting-device' };

/** The decision itself, trusting its input: each rule of rules/phone/*.json as an `if` (in the rule set's order), each finding with the rule's texts. */
function decide(q, P) {
  const reasons = [];
  const add = (rule) => reasons.push(finding(T[rule]));
  const actor = ACTOR[q.who] ?? 'staff', staff = actor === 'staff', parent = actor === 'parent', visitor = actor === 'visitor', child = actor === 'child';
  const device = DEVICE[q.device] ?? 'personal-phone', personalPhone = device === 'personal-phone', personalCamera = device === 'personal-camera';
  const p = q.purpose, place = q.place, onPremises = ON_SITE.includes(place), lone = q.who === 'lone-working-visitor';
  const contact = p === 'call' || p === 'message' ? q.contactWith ?? 'unknown' : 'not-applicable';
  const shows = p === 'photo-or-video' || p === 'social-media' ? q.photoSubject ?? 'unknown' : 'not-applicable';
  const anyChildren = shows === 'children' || shows === 'own-child-only' || shows === 'unknown';
  const otherChildren = shows === 'children' || shows === 'unknown';
  const perms = q.permissions;
  const emergency = q.emergency === true && holds(perms, 'emergency', P.emergencyPermissionFrom);
  const photoPermission = holds(perms, 'photo', staff ? P.personalDeviceAuthorisers : P.parentPhotoAuthorisers);
  const authorisedPhoto = P.personalPhotos === 'with-authorisation' && staff && personalPhone && p === 'photo-or-video' && photoPermission;
  const children = q.childrenPresent !== false;
  const session = q.sessionRunning !== false || children;
  const workingHours = q.workingHours !== false;
  const taking = p === 'take-from-storage';
  const personalUse = staff && personalPhone && p !== 'charging' && !taking;
  const regime = P.staffPhoneRegime;
  const leaving = q.leaving === 'lunch-time' || q.leaving === 'end-of-working-day';
  const unlocker = q.unlockedBy ?? (q.who === 'manager' ? 'manager' : undefined);
  // staff.json
  if (personalUse && !emergency) {
    if ((regime === 'away-from-children' || regime === 'staff-room-outside-working-hours') && children && !authorisedPhoto) add('phone.personal.children-present');
    if (regime === 'staff-room-outside-working-hours' && workingHours) add('phone.personal.working-hours');
    if (regime === 'staff-room-outside-working-hours' && (place === 'learning-space-indoors' || place === 'learning-space-outdoors' || place === 'entrance')) add('phone.personal.staff-room-only');
    if (regime === 'off-premises-during-working-hours' && onPremises && workingHours) add('phone.personal.on-premises-working-hours');
  }
  if (personalUse && regime === 'off-premises-during-working-hours' && onPremises && q.lunchBreak === true) add('phone.personal.lunch-break');
  if (personalUse && emergency) {
    if (P.emergencyOnlyWithoutChildren) { if (children) add('phone.personal.emergency-children-present'); add('phone.personal.emergency-use'); } else add('phone.personal.emergency-use-agreed');
  }
  if (regime === 'setting-devices-only' && staff && (personalPhone || personalCamera) && place !== 'off-premises') add('phone.personal.not-setting-owned');
  if (P.lessonTimePersonalUseForbidden && personalUse && q.lessonTime !== false && !emergency) add('phone.personal.lesson-time');
  if (staff && personalPhone && onPremises) {
    if (P.phoneStorage === 'locker' && children) add('phone.personal.store-in-locker');
    if (P.phoneStorage === 'locked-box' && !taking && session) add('phone.personal.store-in-locked-box');
  }
  if (P.phoneStorage === 'locked-box' && personalUse && onPremises && session && !emergency) add('phone.personal.switch-off-in-session');
  if (P.chargingNeedsPermission && personalPhone && p === 'charging' && onPremises && !holds(perms, 'charging', P.chargingPermissionFrom)) add('phone.personal.charging');
  if (P.adultContentDevicesBanned && staff && (personalPhone || personalCamera) && q.holdsAdultContent === true && onPremises) add('phone.personal.adult-content');
  // storage.json: taking a phone out of the locked box.
  if (P.phoneStorage === 'locked-box' && staff && personalPhone && taking) {
    if (!leaving && !emergency) add('phone.locked-box.not-leaving');
    if (!(unlocker != null && P.lockedBoxKeyholders.includes(unlocker))) add('phone.locked-box.not-keyholder');
    if (leaving) add('phone.locked-box.leaving');
  }
  // outings.json
  if (staff && personalPhone && place === 'outing') {
    if (P.outingRule === 'switch-off') add('phone.outing.switch-off');
    if (P.outingRule === 'agreed-emergency-use') add(emergency ? 'phone.outing.emergency-agreed' : 'phone.outing.emergency-not-agreed');
    if (P.outingRule === 'setting-phone-provided') add('phone.outing.use-school-phone');
  }
  // photos.json
  if (staff && personalPhone) {
    if (contact === 'child' || contact === 'family') add('phone.personal.contact-family');
    if (contact === 'unknown') add('phone.personal.contact-unknown');
    if (anyChildren && P.personalPhotos === 'never') add('phone.personal.photo-children');
    if (anyChildren && P.personalPhotos === 'with-authorisation' && !photoPermission) add('phone.personal.photo-unauthorised');
  }
  if (staff && (personalPhone || personalCamera) && p === 'child-records-app') {
    if (P.personalRecordsApps === 'never') add('phone.personal.child-records-app');
    if (P.personalRecordsApps === 'with-authorisation' && !photoPermission) add('phone.personal.child-records-app-unauthorised');
  }
  if (staff && personalCamera) {
    if (P.personalCameras === 'never' && onPremises) add('phone.camera.personal-not-brought');
    if (P.personalCameras === 'with-authorisation' && !photoPermission) add('phone.camera.personal-unauthorised');
    if (P.personalCameras === 'agreed-with-head-of-setting' && !photoPermission) add('phone.camera.personal-not-agreed');
    if (P.personalCameras === 'not-of-children' && anyChildren) add('phone.camera.personal-photo-children');
  }
  if (P.secretImagesForbidden && p === 'photo-or-video' && q.secret !== false) add('phone.photo.secret');
  // visitors.json
  if (personalPhone && onPremises) {
    if (P.parentPhone === 'outside-building' && parent) add('phone.parent.outside-building');
    if (P.visitorPhone === 'outside-building' && visitor) add('phone.visitor.outside-building');
    if (P.parentPhone === 'switched-off-out-of-sight' && (parent || visitor) && !lone) add('phone.parent.switched-off');
    if (P.parentPhone === 'switched-off-out-of-sight' && parent) add('phone.parent.out-of-sight');
  }
  if (P.parentPhone === 'switched-off-out-of-sight' && parent && personalPhone && q.meetingStaff === true) add('phone.parent.meeting-staff');
  if (P.visitorPhone === 'hand-in-unless-lone-working' && visitor && personalPhone && onPremises) {
    if (!lone) add('phone.visitor.hand-in');
    if (!lone && p === 'call') add('phone.visitor.call-outside');
    if (lone) add('phone.visitor.lone-working');
  }
  if (((parent && P.parentPhone === 'setting-devices-only') || (visitor && P.visitorPhone === 'setting-devices-only') || (child && P.childPhone === 'setting-devices-only')) &&
    (personalPhone || personalCamera) && place !== 'off-premises') add('phone.others.not-setting-owned');
  if ((parent || visitor) && p === 'photo-or-video') {
    if (P.parentPhotos === 'with-permission' && !photoPermission) add('phone.parent.photo-without-permission');
    if (P.parentPhotos === 'own-child-at-events' && otherChildren) add('phone.parent.photo-other-children');
    if (P.parentPhotos === 'own-child-at-events' && shows === 'own-child-only' && !photoPermission) add('phone.parent.photo-own-child-without-permission');
    if (P.parentPhotos === 'never' && anyChildren) add('phone.visitor.photo-never');
  }
  if (parent && p === 'social-media' && otherChildren) {
    if (P.parentPublishing === 'never') add('phone.parent.share-children');
    if (P.parentPublishing === 'with-permission' && !holds(perms, 'photo', ['parent'])) add('phone.parent.share-without-permission');
  }
  // children.json
  if (child && P.childPhone === 'remove-until-collection' && onPremises) add('phone.child.removed-until-collection');
  if (child && P.childPhone === 'lessons-with-teacher-permission' && q.lessonTime !== false && !holds(perms, 'lesson-use', ['teacher'])) add('phone.child.lesson-without-permission');
  // setting.json
  const places = device === 'setting-phone' ? P.settingPhonePlaces : device === 'outings-phone' ? P.outingsPhonePlaces : undefined;
  if (places && !places.includes(place)) add(device === 'setting-phone' ? 'phone.setting.place' : 'phone.outings.place');
  const settingPhone = device === 'setting-phone' || device === 'outings-phone';
  if (P.settingPhoneOffPremises === 'never' && settingPhone && place === 'off-premises') add('phone.setting.taken-home');
  if (P.settingPhoneOffPremises === 'if-encrypted' && (settingPhone || device === 'setting-device') && place === 'off-premises' && q.deviceEncrypted !== true) add('phone.setting.off-premises-unencrypted');
  if (P.settingPhoneWorkOnly && settingPhone && (contact === 'dependant' || contact === 'other' || contact === 'unknown')) add('phone.setting.contact-purpose');
  if (P.settingPhoneFollowsPersonal && staff && device === 'setting-phone' && onPremises && workingHours && !emergency) add('phone.setting.follows-personal-rules');
  const d = decision(reasons, P.ref);
  const conditions = [];
  for (const f of d.reasons) if (f.data?.condition !== undefined && !conditions.includes(f.data.condition)) conditions.push(f.data.condition);
  d.conditions = conditions;
  return d;
}
const refused = (P) => ({ ...refusal(P.ref), conditions: [] });
/** Fail closed: anything the strict schema would refuse is refused. */
const baseline = (q, P) => (valid(q) ? decide(q, P) : refused(P));
// The same, validated with the library's zod/mini schema rather than by hand.
const zodValidated = (q, P) => { const r = phoneRequestSchema.safeParse(q); return r.success ? decide(r.data, P) : refused(P); };

const samePhone = (a, b) => sameDecision(a, b) && a.conditions.join() === b.conditions.join();

// ---- Agreement, then timing, on every example and on three Homerton requests in turn. ----
const cases = [];
let variants = 0, nRefused = 0;
for (const [name, ex] of Object.entries(examples('phone'))) {
  const P = POLICIES[ex.policy];
  const opts = { policy: ex.policy };
  const ours = (q) => canUsePhone(q, opts);
  const theirs = (q) => baseline(q, P);
  const a = agree(`canUsePhone ${name}`, ours, theirs, [ex.request], samePhone);
  variants += a.variants; nRefused += a.refused;
  const answer = ours(ex.request).allowed ? 'allowed' : 'denied';
  if (answer !== ex.expect) throw new Error(`${name}: expected ${ex.expect}, got ${answer}`);
  cases.push({ name, answer, ours: () => ours(ex.request), failClosed: () => theirs(ex.request), bare: () => decide(ex.request, P) });
}
const requests = [
  { who: 'staff', device: 'personal-phone', purpose: 'call', contactWith: 'dependant', place: 'staff-room', childrenPresent: false, sessionRunning: true, workingHours: true, lunchBreak: true },
  { who: 'parent-or-carer', device: 'personal-phone', purpose: 'message', contactWith: 'other', place: 'entrance', childrenPresent: true },
  { who: 'staff', device: 'personal-phone', purpose: 'photo-or-video', photoSubject: 'children', secret: false, place: 'learning-space-indoors', childrenPresent: true, workingHours: true },
];
const H = POLICIES['homerton-early-years'], hOpts = { policy: 'homerton-early-years' };
for (const q of requests) {
  const a = agree('canUsePhone (Homerton requests)', (x) => canUsePhone(x, hOpts), (x) => baseline(x, H), [q], samePhone);
  variants += a.variants; nRefused += a.refused;
  if (!samePhone(canUsePhone(q, hOpts), zodValidated(q, H))) throw new Error('the zod-validated baseline disagrees');
}
let i = 0, j = 0, k = 0, l = 0;
cases.push({ name: '3 Homerton requests in turn', answer: 'denied ×3',
  ours: () => canUsePhone(requests[i++ % 3], hOpts), failClosed: () => baseline(requests[j++ % 3], H), bare: () => decide(requests[k++ % 3], H) });
compareDecision('canUsePhone', `canUsePhone vs hand-written baseline (examples/phone and three Homerton requests; the same rules and conditions on each, and on ${variants} variants of them, ${nRefused} of them malformed and refused by both)`, cases);

// The baseline of the earlier runs validated with the library's zod/mini schema: what that costs beside validating by hand.
globalThis.gc?.();
i = j = k = l = 0;
const t = nsPerOpEach({ ours: () => canUsePhone(requests[i++ % 3], hOpts), hand: () => baseline(requests[j++ % 3], H), zod: () => zodValidated(requests[k++ % 3], H) }, { batches: 21 });
table('canUsePhone, 3 Homerton requests in turn: the baseline validated by hand or with zod/mini', ['baseline validated by hand', 'baseline validated with zod/mini (`phoneRequestSchema.safeParse`)', 'canUsePhone', 'canUsePhone ÷ hand-validated', 'canUsePhone ÷ zod-validated'],
  [[fmt(t.hand), fmt(t.zod), fmt(t.ours), ratio(t.ours, t.hand), ratio(t.ours, t.zod)]]);
