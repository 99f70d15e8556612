import { phoneRules } from '../rules.js';
import type { DecisionOptions, PreparedFacts } from '../../core/options.js';
import { prepareFacts } from '../../core/pipeline.js';
import { validator } from '../../core/input.js';
import type { FactSets } from '../../core/rules/ruleSet.js';
import { actorOf, holds, tri } from '../../../rules/vocabulary.js';
import type { PhonePolicy } from '../policy.js';
import { phoneRequestSchema, type PhoneRequest } from '../schema.js';

const parseRequest = validator(phoneRequestSchema);

const ON_SITE = new Set(['learning-space-indoors', 'learning-space-outdoors', 'staff-room', 'office', 'entrance']);

/**
 * The facts the phone rules decide on, for one request. `options.at` is not
 * needed: the request states the time-dependent facts (working hours, session, …).
 *
 * @example
 * ```ts
 * const prepared = phoneFacts({ who: 'staff', device: 'personal-phone', purpose: 'call', place: 'staff-room' }, { policy: 'homerton-early-years' });
 * prepared.sets?.root.workingHours; // 'unknown'
 * ```
 */
export function phoneFacts(request: unknown, options?: DecisionOptions): PreparedFacts {
  return prepareFacts<PhonePolicy, [PhoneRequest]>(options, false, phoneRules.decision, [
    { name: 'request', value: request, parse: parseRequest },
  ], ([q], ctx) => factSets(q, ctx.policy));
}

function deviceOf(d: PhoneRequest['device']) {
  switch (d) {
    case 'personal-camera': return 'personal-camera';
    case 'setting-phone': return 'setting-phone';
    case 'outings-phone': return 'outings-phone';
    case 'setting-camera': case 'setting-tablet': return 'setting-device';
    default: return 'personal-phone'; // personal phone, tablet, smart watch, other imaging device
  }
}

function factSets(q: PhoneRequest, policy: PhonePolicy): FactSets {
  const actor = actorOf(q.who);
  const device = deviceOf(q.device);
  const talks = q.purpose === 'call' || q.purpose === 'message';
  const pictures = q.purpose === 'photo-or-video' || q.purpose === 'social-media';
  const photoAuthorisers = actor === 'staff' ? policy.personalDeviceAuthorisers : policy.parentPhotoAuthorisers;
  const phonePlaces = device === 'setting-phone' ? policy.settingPhonePlaces : device === 'outings-phone' ? policy.outingsPhonePlaces : undefined;
  const root = {
    actor,
    loneWorking: q.who === 'lone-working-visitor',
    device,
    purpose: q.purpose,
    place: q.place,
    onPremises: ON_SITE.has(q.place),
    childrenPresent: tri(q.childrenPresent),
    sessionRunning: tri(q.sessionRunning),
    workingHours: tri(q.workingHours),
    lunchBreak: tri(q.lunchBreak),
    lessonTime: tri(q.lessonTime),
    emergencyPermitted: q.emergency === true && holds(q.permissions, 'emergency', policy.emergencyPermissionFrom),
    contactWith: talks ? q.contactWith ?? 'unknown' : 'not-applicable',
    photoOfChildren: pictures ? q.photoSubject ?? 'unknown' : 'not-applicable',
    secret: tri(q.secret),
    meetingStaff: q.meetingStaff === true,
    deviceEncrypted: tri(q.deviceEncrypted),
    photoPermission: holds(q.permissions, 'photo', photoAuthorisers),
    publishPermission: holds(q.permissions, 'photo', ['parent']),
    chargingPermission: holds(q.permissions, 'charging', policy.chargingPermissionFrom),
    teacherPermission: holds(q.permissions, 'lesson-use', ['teacher']),
    settingPhonePlaceAllowed: phonePlaces === undefined || phonePlaces.includes(q.place),
    staffPhoneRegime: policy.staffPhoneRegime,
    lessonTimePersonalUseForbidden: policy.lessonTimePersonalUseForbidden,
    phoneStorage: policy.phoneStorage,
    emergencyOnlyWithoutChildren: policy.emergencyOnlyWithoutChildren,
    outingRule: policy.outingRule,
    personalPhotos: policy.personalPhotos,
    personalCameras: policy.personalCameras,
    parentPhone: policy.parentPhone,
    parentPhotos: policy.parentPhotos,
    parentPublishing: policy.parentPublishing,
    childPhone: policy.childPhone,
    settingPhoneOffPremises: policy.settingPhoneOffPremises,
    settingPhoneFollowsPersonal: policy.settingPhoneFollowsPersonal,
  };
  return { root, items: [] };
}
