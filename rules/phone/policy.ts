// The phone section of a setting's policy: its schema, and the baseline and preset values, each with its clause.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { roleSchema, type Role } from '../vocabulary.js';
import { ON_SITE, places, type Place } from './schema.js';

const roleList = z.array(roleSchema);
const placeList = z.array(z.enum(places));

/** A setting's choices about phones, cameras and other imaging devices: see `docs/coverage.md`. */
export const phonePolicySchema = z.strictObject({
  /** When and where staff may use their personal phones. */
  staffPhoneRegime: z.enum(['away-from-children', 'staff-room-outside-working-hours', 'off-premises-during-working-hours', 'setting-devices-only']),
  /** Personal use of a phone in lesson time is forbidden (schools). */
  lessonTimePersonalUseForbidden: z.boolean(),
  /** Where staff keep personal phones while children are about. */
  phoneStorage: z.enum(['locker', 'locked-box', 'none']),
  /** Roles whose permission allows a personal phone in an emergency (empty: use the setting's phone). */
  emergencyPermissionFrom: roleList,
  /** Emergency use is only where no children are present. */
  emergencyOnlyWithoutChildren: z.boolean(),
  /** Staff personal phones on outings. */
  outingRule: z.enum(['switch-off', 'agreed-emergency-use', 'setting-phone-provided', 'setting-devices-only']),
  /** Roles whose permission allows charging a personal phone on the premises. */
  chargingPermissionFrom: roleList,
  /** Staff photos on a personal phone or imaging device. */
  personalPhotos: z.enum(['never', 'with-authorisation']),
  /** Staff personal cameras. */
  personalCameras: z.enum(['never', 'with-authorisation', 'agreed-with-head-of-centre']),
  /** Roles that may authorise a personal phone or camera for photos. */
  personalDeviceAuthorisers: roleList,
  /** Parents' phones on the premises. */
  parentPhone: z.enum(['outside-building', 'switched-off-out-of-sight']),
  /** Parents' and visitors' photos of children. */
  parentPhotos: z.enum(['with-permission', 'own-child-at-events', 'never']),
  /** Roles whose permission allows a parent or visitor to take photos. */
  parentPhotoAuthorisers: roleList,
  /** Parents publishing photos showing other children on social media. */
  parentPublishing: z.enum(['with-permission', 'never']),
  /** Children's own phones. */
  childPhone: z.enum(['remove-until-collection', 'lessons-with-teacher-permission']),
  /** Where the setting's phone may be used. */
  settingPhonePlaces: placeList,
  /** Where the outings phone may be used. */
  outingsPhonePlaces: placeList,
  /** Setting phones off the premises (other than on outings). */
  settingPhoneOffPremises: z.enum(['never', 'if-encrypted']),
  /** Work-issued mobiles follow the personal-phone rules. */
  settingPhoneFollowsPersonal: z.boolean(),
});

/** A setting's choices about phones, cameras and other imaging devices (see {@link phonePolicySchema}). */
export type PhonePolicy = z.output<typeof phonePolicySchema>;

const STAFF_001 = 'MOBILE TECHNOLOGY - STAFF';
const STAFF_002 = 'Mobile phones – staff and visitors';
const homertonEmergency = quote('001', STAFF_001, 'If a member of staff needs to have access to their personal mobile for emergency reasons they may seek permission from a member of the Centre Leadership Team');
const homertonCharging = quote('001', STAFF_001, 'Personal mobile phones may not be charged in the Centre except with permission from The Head of Centre for extraordinary circumstances');
const homertonCameras = quote('001', 'HARDWARE PROVISION AND USE', 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre');
const homertonParentPhotos = quote('001', 'PHOTOGRAPHS AND VIDEO', 'Parents and visitors will need to seek permission from the Centre Leadership Team should they want to take photographs');
const tmaEmergency = quote('002', STAFF_002, 'In an emergency, personal mobile phones may be used in an area where there are no children present, with permission from the manager');
const tmaCameras = quote('002', 'Cameras and videos', 'Our staff and volunteers must not bring their personal cameras or video recording equipment into the setting');
const tmaParentEvents = quote('002', 'Cameras and videos', 'Where parents request permission to photograph or record their own children at special events, general permission is gained from all parents for their children to be included');
const barnetAuthorisation = quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation');
const cambsOwned = quote('003', '2. Hardware and provision use', 'Only technology owned by the setting will be used on the premises and on setting visit or outings');
const cambsEmergency = quote('003', '2. Hardware and provision use', 'in case of emergency, a mobile phone is provided');
const kirkleesOffSite = quote('004', 'Using mobile phones', 'Where required for safety reason in off-site activities, a school mobile phone is provided for contact with pupils, parents or the school');
const kirkleesCurriculum = quote('004', 'Using mobile phones', 'School mobile phones or similar devices with communication facilities used for curriculum activities are set up appropriately for the activity');
const everywhere: Place[] = [...ON_SITE, 'outing'];
const cambsPlaces = reading(everywhere, 'Setting technology is used on the premises and on outings alike.', cambsOwned);
const kirkleesPlaces = reading(everywhere, 'School phones serve curriculum activities on the premises and off-site activities.', kirkleesCurriculum, kirkleesOffSite);

/** The phone section of `SettingPolicy`: the baseline (strictest common reading) and each preset's differences, each value with its clause. */
export const phonePolicy = defineSection({
  schema: phonePolicySchema,
  baseline: {
    staffPhoneRegime: sourced('away-from-children' as const, quote('001', STAFF_001, 'never whilst children are present'), tmaEmergency),
    lessonTimePersonalUseForbidden: reading(false, 'Only the school policy (004) has lesson time; the early-years policies name none.'),
    phoneStorage: sourced('locker' as const, quote('001', STAFF_001, 'Personal mobile phones must be stored in staff lockers')),
    emergencyPermissionFrom: sourced(['manager'] as Role[], tmaEmergency),
    emergencyOnlyWithoutChildren: sourced(true, tmaEmergency),
    outingRule: sourced('switch-off' as const, quote('002', STAFF_002, 'If our members of staff or volunteers take their mobile phones on outings, we ask that these are turned off for the duration of the outing')),
    chargingPermissionFrom: reading(['manager'] as Role[], 'Homerton\'s Head of Centre allows charging; elsewhere the manager gives that permission.', homertonCharging),
    personalPhotos: sourced('never' as const,
      quote('001', STAFF_001, 'nor should they be used to take videos or photographs of children'),
      tmaCameras,
      quote('003', '2. Hardware and provision use', 'Staff taking photographs or recording with technology not owned by our setting is specifically not allowed'),
      quote('004', 'Using images, video and sound', 'never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils')),
    personalCameras: sourced('never' as const, tmaCameras),
    personalDeviceAuthorisers: reading([] as Role[], 'None: personal devices are never used for photos.'),
    parentPhone: sourced('switched-off-out-of-sight' as const,
      quote('002', STAFF_002, 'Parents personal mobile phones must be switch off and out of sight when arriving to collect their child'),
      quote('002', STAFF_002, 'Parents and visitors are requested not to use their mobile phones whilst on the premises')),
    parentPhotos: reading('never' as const, 'A parent on the premises is a visitor, and visitors never photograph children on a personal device.',
      quote('004', 'Using images, video and sound', 'staff or other visitors to school never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils')),
    parentPhotoAuthorisers: reading([] as Role[], 'None: parents and visitors never take photos.'),
    parentPublishing: sourced('never' as const,
      quote('002', 'Electronic learning journals - BabysDays', 'Parents must not share group photos via any social media platforms'),
      quote('002', 'Cameras and videos', 'or to upload photos of anyone else\'s children to any social media platforms')),
    childPhone: sourced('remove-until-collection' as const, quote('002', 'Mobile phones – children', 'If a child is found to have a mobile phone or ICT device with them, this is removed and stored in their day care record file in the filing cabinet located in the office until the parent collects them at the end of the session')),
    settingPhonePlaces: sourced(['staff-room', 'office'] as Place[], quote('001', STAFF_001, 'Centre mobile phones may be used for their designated purposes (e.g. contacting a family) in the staff room or within office spaces. They may not be used in the learning spaces')),
    outingsPhonePlaces: reading(everywhere, 'Learning spaces and visits, and the rest of the premises, where the setting\'s phones are used anyway.',
      quote('001', STAFF_001, 'a school \'outings\' phone may be used in learning spaces and on visits')),
    settingPhoneOffPremises: sourced('never' as const, quote('001', STAFF_001, 'these phones may not be taken home')),
    settingPhoneFollowsPersonal: reading(false, 'Only Two Mile Ash applies the personal-phone rules to work-issued mobiles.'),
  },
  presets: {
    // 000 says nothing about phone use beyond photographs: it inherits the baseline.
    'barnet-early-years': {
      personalPhotos: sourced('with-authorisation' as const, quote('000', 'Helpful Hints › Do Not', 'Use mobile phones or other devices to take photographs, (unless you have specific authorisation)')),
      personalCameras: sourced('with-authorisation' as const, barnetAuthorisation),
      personalDeviceAuthorisers: reading(['manager'] as Role[], 'The manager gives the authorisation for the organisation.',
        barnetAuthorisation, quote('000', 'Helpful Hints › Do', 'Only use equipment provided or authorised by the organisation')),
    },
    'homerton-early-years': {
      staffPhoneRegime: sourced('staff-room-outside-working-hours' as const,
        quote('001', STAFF_001, 'Personal mobile phones should only be used outside of working hours and never whilst children are present. They may only be used in the staff room or offices even after working hours')),
      emergencyPermissionFrom: sourced(['leadership-team'] as Role[], homertonEmergency),
      emergencyOnlyWithoutChildren: reading(false, 'Homerton names no place for emergency use: the Centre Leadership Team\'s permission decides.', homertonEmergency),
      outingRule: sourced('agreed-emergency-use' as const, quote('001', STAFF_001, 'In circumstances such as outings and off site visits, staff will agree with a member of the Centre Leadership Team the appropriate use of personal mobile phones in the event of an emergency')),
      chargingPermissionFrom: sourced(['head-of-setting'] as Role[], homertonCharging),
      personalCameras: sourced('agreed-with-head-of-centre' as const, homertonCameras),
      personalDeviceAuthorisers: sourced(['head-of-setting'] as Role[], homertonCameras),
      parentPhone: sourced('outside-building' as const, quote('001', 'MOBILE TECHNOLOGY - PARENTS', 'All families will be asked to take their phone outside the building (not in one of the Centre gardens) if they need to use their phone')),
      parentPhotos: sourced('with-permission' as const, homertonParentPhotos),
      parentPhotoAuthorisers: sourced(['leadership-team'] as Role[], homertonParentPhotos),
      parentPublishing: sourced('with-permission' as const, quote('001', 'SOCIAL NETWORKING - PARENTS', 'publishing images which include children other than their own on Social Network sites is not acceptable, unless specific permission has been obtained from the subjects/parents')),
    },
    'two-mile-ash-pre-school': {
      staffPhoneRegime: sourced('off-premises-during-working-hours' as const,
        quote('002', STAFF_002, 'Personal mobile phones are not used by our staff on the premises during working hours'),
        quote('002', STAFF_002, 'Staff must leave the setting to use their personal mobile phone during their lunch break')),
      phoneStorage: sourced('locked-box' as const, quote('002', STAFF_002, 'They will be stored in a box with a lockable lid')),
      parentPhotos: sourced('own-child-at-events' as const, tmaParentEvents),
      parentPhotoAuthorisers: reading(['manager'] as Role[], 'Parents ask the setting for permission; the manager gives it.', tmaParentEvents),
      settingPhoneFollowsPersonal: sourced(true, quote('002', STAFF_002, 'These rules also apply to the use of work-issued mobiles')),
    },
    'cambridgeshire-early-years': {
      staffPhoneRegime: sourced('setting-devices-only' as const, cambsOwned),
      phoneStorage: reading('none' as const, 'Personal phones are not used on the premises at all, so the template names no place to keep them.', cambsOwned),
      emergencyPermissionFrom: reading([] as Role[], 'None: in an emergency the setting\'s own mobile phone is used.', cambsEmergency),
      outingRule: sourced('setting-devices-only' as const, cambsOwned, cambsEmergency),
      settingPhonePlaces: cambsPlaces,
      outingsPhonePlaces: cambsPlaces,
      settingPhoneOffPremises: sourced('if-encrypted' as const, quote('003', '2. Hardware and provision use', 'should not leave the premises unless encrypted')),
    },
    'kirklees-primary': {
      lessonTimePersonalUseForbidden: sourced(true, quote('004', 'Dealing with eSafety incidents', 'accessing social networking sites, chat sites, instant messaging accounts, email or using a mobile phone for personal use during lesson time')),
      outingRule: sourced('setting-phone-provided' as const, kirkleesOffSite),
      childPhone: sourced('lessons-with-teacher-permission' as const, quote('004', 'Using mobile phones', 'However their use in lesson time will only be with permission from the teacher')),
      settingPhonePlaces: kirkleesPlaces,
      outingsPhonePlaces: kirkleesPlaces,
    },
  },
});
