import type { AreaSpec } from '../core/rules/types.js';
import { b, tri, one as e } from '../core/facts.js';
import { places } from './schema.js';


/** What a person must do with their device, carried by a rule's `condition` event param into `conditions`. */
export const phoneConditions = [
  'switch-off', 'store-in-locked-box', 'store-in-locker', 'leave-the-building', 'out-of-sight',
  'hand-in-to-office', 'keep-in-office-until-collection', 'agreed-emergency-use-only', 'use-setting-phone',
] as const;

/** One of {@link phoneConditions}. */
export type PhoneCondition = (typeof phoneConditions)[number];

// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).

/** The facts phone and camera rules may use. */
export const phoneArea: AreaSpec = {
  id: 'phone',
  facts: {
    actor: e(['staff', 'parent', 'visitor', 'child'], 'Who asks: staff (incl. volunteers, students, managers), parent or carer, visitor (incl. contractors), child.'),
    loneWorking: b('The visitor works under a lone-working policy (e.g. inspector, social worker).'),
    device: e(['personal-phone', 'personal-camera', 'setting-phone', 'outings-phone', 'setting-device'], 'The device; personal tablets, smart watches and other imaging devices count as personal phones.'),
    purpose: e(['call', 'message', 'photo-or-video', 'browsing', 'social-media', 'child-records-app', 'charging'], 'What it is for.'),
    place: e(places, 'Where.'),
    onPremises: b('The place is on the premises (learning spaces indoors or out, staff room, office, entrance).'),
    childrenPresent: tri('Children are present.'),
    sessionRunning: tri('A session is running.'),
    workingHours: tri('Within working hours.'),
    lunchBreak: tri('On a lunch break.'),
    lessonTime: tri('Lesson time.'),
    emergencyPermitted: b('An emergency, with permission from a role the policy names.'),
    contactWith: e(['child', 'family', 'setting', 'emergency-services', 'dependant', 'other', 'not-applicable', 'unknown'], 'Who a call or message is with.'),
    photoOfChildren: e(['children', 'own-child-only', 'no-children', 'unknown', 'not-applicable'], 'Who a photo, video or post shows.'),
    secret: tri('The recording would be taken in secret.'),
    meetingStaff: b('A parent is speaking with staff or the manager.'),
    deviceEncrypted: tri('The setting device is encrypted.'),
    photoPermission: b('Permission for photos from a role the policy names (for staff: their personal device; for parents and visitors: taking photos).'),
    publishPermission: b('Specific permission from the other children\'s parents to publish.'),
    chargingPermission: b('Permission to charge from a role the policy names.'),
    teacherPermission: b('The teacher gave permission for a pupil\'s phone in the lesson.'),
    settingPhonePlaceAllowed: b('The policy allows this setting or outings phone at this place.'),
    staffPhoneRegime: e(['away-from-children', 'staff-room-outside-working-hours', 'off-premises-during-working-hours', 'setting-devices-only'], 'Policy: when and where staff may use personal phones.'),
    lessonTimePersonalUseForbidden: b('Policy: no personal phone use in lesson time.'),
    phoneStorage: e(['locker', 'locked-box', 'none'], 'Policy: where personal phones are kept.'),
    emergencyOnlyWithoutChildren: b('Policy: emergency use only where no children are present.'),
    outingRule: e(['switch-off', 'agreed-emergency-use', 'setting-phone-provided', 'setting-devices-only'], 'Policy: personal phones on outings.'),
    personalPhotos: e(['never', 'with-authorisation'], 'Policy: staff photos on personal phones.'),
    personalCameras: e(['never', 'with-authorisation', 'agreed-with-head-of-centre'], 'Policy: staff personal cameras.'),
    parentPhone: e(['outside-building', 'switched-off-out-of-sight'], 'Policy: parents\' phones on the premises.'),
    parentPhotos: e(['with-permission', 'own-child-at-events', 'never'], 'Policy: parents\' and visitors\' photos.'),
    parentPublishing: e(['with-permission', 'never'], 'Policy: parents publishing photos of other children.'),
    childPhone: e(['remove-until-collection', 'lessons-with-teacher-permission'], 'Policy: children\'s phones.'),
    settingPhoneOffPremises: e(['never', 'if-encrypted'], 'Policy: setting phones off the premises.'),
    settingPhoneFollowsPersonal: b('Policy: work-issued mobiles follow the personal-phone rules.'),
  },
  eventParams: {
    condition: { type: 'string', values: phoneConditions, description: 'What the person must do with the device (switch it off, store it, leave the building, …).' },
  },
};
