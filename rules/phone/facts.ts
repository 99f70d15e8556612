// The phone facts: what each is (the specs rules are checked against), and how they are computed from a request.
import type { Computed, Context } from '../../src/core/area.js';
import { b, one, tri, triOf } from '../../src/core/facts.js';
import { actorOf, holds } from '../vocabulary.js';
import type { PhonePolicy } from './policy.js';
import { leavingReasons, ON_SITE, phonePurposes, places, type PhoneRequest } from './schema.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts phone and camera rules may use. */
export const phoneFactSpecs = {
  actor: one(['staff', 'parent', 'visitor', 'child'], 'Who asks: staff (incl. volunteers, students, managers), parent or carer, visitor (incl. contractors), child.'),
  loneWorking: b('The visitor works under a lone-working policy (e.g. inspector, social worker).'),
  device: one(['personal-phone', 'personal-camera', 'setting-phone', 'outings-phone', 'setting-device'], 'The device; personal tablets, smart watches and other imaging devices count as personal phones.'),
  purpose: one(phonePurposes, 'What it is for (`take-from-storage`: taking the phone out of a locker or the locked box, not using it).'),
  place: one(places, 'Where.'),
  onPremises: b('The place is on the premises (learning spaces indoors or out, staff room, office, entrance).'),
  childrenPresent: tri('Children are present.'),
  sessionRunning: tri('A session is running.'),
  workingHours: tri('Within working hours.'),
  lunchBreak: tri('On a lunch break.'),
  lessonTime: tri('Lesson time.'),
  emergencyPermitted: b('An emergency, with permission from a role the policy names.'),
  contactWith: one(['child', 'family', 'setting', 'emergency-services', 'dependant', 'other', 'not-applicable', 'unknown'], 'Who a call or message is with.'),
  photoOfChildren: one(['children', 'own-child-only', 'no-children', 'unknown', 'not-applicable'], 'Who a photo, video or post shows.'),
  secret: tri('The recording would be taken in secret.'),
  leaving: one([...leavingReasons, 'unknown'], 'Taking a phone from storage: leaving the session at lunch time, at the end of the working day, not leaving, or not said.'),
  unlockedByKeyholder: tri('Taking a phone from the locked box: it is unlocked by a role that holds its keys (a manager asking unlocks it themselves); unknown where nobody said who.'),
  meetingStaff: b('A parent is speaking with staff or the manager.'),
  deviceEncrypted: tri('The setting device is encrypted.'),
  holdsAdultContent: b('The personal device holds pornography or links to it (said so).'),
  photoPermission: b('Permission for photos from a role the policy names (for staff: their personal device; for parents and visitors: taking photos).'),
  authorisedPhoto: b('A staff photo or video on a personal phone with the specific authorisation the policy provides for (personalPhotos: with-authorisation, and a photo permission from a role it names).'),
  publishPermission: b('Specific permission from the other children\'s parents to publish.'),
  chargingPermission: b('Permission to charge from a role the policy names.'),
  teacherPermission: b('The teacher gave permission for a pupil\'s phone in the lesson.'),
  settingPhonePlaceAllowed: b('The policy allows this setting or outings phone at this place.'),
  staffPhoneRegime: one(['away-from-children', 'staff-room-outside-working-hours', 'off-premises-during-working-hours', 'setting-devices-only', 'no-general-limit'], 'Policy: when and where staff may use personal phones.'),
  lessonTimePersonalUseForbidden: b('Policy: no personal phone use in lesson time.'),
  phoneStorage: one(['locker', 'locked-box', 'none'], 'Policy: where personal phones are kept.'),
  emergencyOnlyWithoutChildren: b('Policy: emergency use only where no children are present.'),
  outingRule: one(['switch-off', 'agreed-emergency-use', 'setting-phone-provided', 'setting-devices-only', 'no-outing-rule'], 'Policy: personal phones on outings.'),
  chargingNeedsPermission: b('Policy: charging a personal phone on the premises needs permission.'),
  personalPhotos: one(['never', 'with-authorisation'], 'Policy: staff photos on personal phones.'),
  personalCameras: one(['never', 'with-authorisation', 'agreed-with-head-of-setting', 'not-of-children'], 'Policy: staff personal cameras.'),
  personalRecordsApps: one(['never', 'with-authorisation'], 'Policy: child-records apps on staff personal devices.'),
  secretImagesForbidden: b('Policy: images are never taken in secret.'),
  adultContentDevicesBanned: b('Policy: personal equipment containing pornography is not brought into the workplace.'),
  parentPhone: one(['outside-building', 'switched-off-out-of-sight', 'setting-devices-only', 'no-rule'], 'Policy: parents\' phones on the premises.'),
  visitorPhone: one(['hand-in-unless-lone-working', 'outside-building', 'setting-devices-only', 'no-rule'], 'Policy: visitors\' and contractors\' phones on the premises.'),
  parentPhotos: one(['with-permission', 'own-child-at-events', 'never', 'no-rule'], 'Policy: parents\' and visitors\' photos.'),
  parentPublishing: one(['with-permission', 'never'], 'Policy: parents publishing photos of other children.'),
  childPhone: one(['remove-until-collection', 'lessons-with-teacher-permission', 'setting-devices-only', 'no-rule'], 'Policy: children\'s phones.'),
  settingPhoneWorkOnly: b('Policy: setting and outings phones are for their designated or work purposes only.'),
  settingPhoneOffPremises: one(['never', 'if-encrypted'], 'Policy: setting phones off the premises.'),
  settingPhoneFollowsPersonal: b('Policy: work-issued mobiles follow the personal-phone rules.'),
} as const;

/** The device group the rules know: setting cameras and tablets are setting devices; every other personal device is a personal phone. */
function deviceOf(d: PhoneRequest['device']) {
  switch (d) {
    case 'personal-camera': return 'personal-camera';
    case 'setting-phone': return 'setting-phone';
    case 'outings-phone': return 'outings-phone';
    case 'setting-camera': case 'setting-tablet': return 'setting-device';
    default: return 'personal-phone'; // personal phone, tablet, smart watch, other imaging device
  }
}

const PARENT = ['parent'] as const, TEACHER = ['teacher'] as const;

/**
 * The phone facts of one request. The request states the time-dependent facts itself (working hours, session, …).
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { phoneArea } from './area.js';
 * const ctx = readOptions(phoneArea, { policy: 'homerton-early-years' });
 * computePhoneFacts([{ who: 'staff', device: 'smart-watch', purpose: 'call', place: 'office' }], ctx).root.device; // 'personal-phone'
 * ```
 */
export function computePhoneFacts([q]: [PhoneRequest], ctx: Context<PhonePolicy>): Computed {
  const policy = ctx.policy;
  // Each field read once (a request's shape varies from call to call, so each read is a slow one).
  const { who, purpose, place, permissions } = q;
  const actor = actorOf(who);
  const device = deviceOf(q.device);
  const talks = purpose === 'call' || purpose === 'message';
  const pictures = purpose === 'photo-or-video' || purpose === 'social-media';
  const photoAuthorisers = actor === 'staff' ? policy.personalDeviceAuthorisers : policy.parentPhotoAuthorisers;
  const phonePlaces = device === 'setting-phone' ? policy.settingPhonePlaces : device === 'outings-phone' ? policy.outingsPhonePlaces : undefined;
  const photoPermission = holds(permissions, 'photo', photoAuthorisers);
  // Who unlocks the storage: the role named, or a manager asking for their own phone.
  const unlocker = q.unlockedBy ?? (who === 'manager' ? 'manager' : undefined);
  const root = {
    actor,
    loneWorking: who === 'lone-working-visitor',
    device,
    purpose,
    place,
    onPremises: ON_SITE.includes(place),
    childrenPresent: triOf(q.childrenPresent),
    sessionRunning: triOf(q.sessionRunning),
    workingHours: triOf(q.workingHours),
    lunchBreak: triOf(q.lunchBreak),
    lessonTime: triOf(q.lessonTime),
    emergencyPermitted: q.emergency === true && holds(permissions, 'emergency', policy.emergencyPermissionFrom),
    contactWith: talks ? q.contactWith ?? 'unknown' : 'not-applicable',
    photoOfChildren: pictures ? q.photoSubject ?? 'unknown' : 'not-applicable',
    secret: triOf(q.secret),
    leaving: q.leaving ?? 'unknown',
    unlockedByKeyholder: unlocker == null ? 'unknown' : policy.lockedBoxKeyholders.includes(unlocker) ? 'yes' : 'no',
    meetingStaff: q.meetingStaff === true,
    deviceEncrypted: triOf(q.deviceEncrypted),
    holdsAdultContent: q.holdsAdultContent === true,
    photoPermission,
    authorisedPhoto: policy.personalPhotos === 'with-authorisation' && actor === 'staff' && device === 'personal-phone' && purpose === 'photo-or-video' && photoPermission,
    publishPermission: holds(permissions, 'photo', PARENT),
    chargingPermission: holds(permissions, 'charging', policy.chargingPermissionFrom),
    teacherPermission: holds(permissions, 'lesson-use', TEACHER),
    settingPhonePlaceAllowed: phonePlaces === undefined || phonePlaces.includes(place),
    staffPhoneRegime: policy.staffPhoneRegime,
    lessonTimePersonalUseForbidden: policy.lessonTimePersonalUseForbidden,
    phoneStorage: policy.phoneStorage,
    emergencyOnlyWithoutChildren: policy.emergencyOnlyWithoutChildren,
    outingRule: policy.outingRule,
    chargingNeedsPermission: policy.chargingNeedsPermission,
    personalPhotos: policy.personalPhotos,
    personalCameras: policy.personalCameras,
    personalRecordsApps: policy.personalRecordsApps,
    secretImagesForbidden: policy.secretImagesForbidden,
    adultContentDevicesBanned: policy.adultContentDevicesBanned,
    parentPhone: policy.parentPhone,
    visitorPhone: policy.visitorPhone,
    parentPhotos: policy.parentPhotos,
    parentPublishing: policy.parentPublishing,
    childPhone: policy.childPhone,
    settingPhoneWorkOnly: policy.settingPhoneWorkOnly,
    settingPhoneOffPremises: policy.settingPhoneOffPremises,
    settingPhoneFollowsPersonal: policy.settingPhoneFollowsPersonal,
  };
  return { root, items: [] };
}
