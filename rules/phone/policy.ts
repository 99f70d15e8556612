// The phone section of a setting's policy: its schema, and the baseline and preset values, each with its clause.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { roleSchema, type Role } from '../vocabulary.js';
import { ON_SITE, places, type Place } from './schema.js';

const roleList = z.array(roleSchema);
const placeList = z.array(z.enum(places));

/** A setting's choices about phones, cameras and other imaging devices: see `docs/coverage.md`. */
export const phonePolicySchema = z.strictObject({
  /**
   * When and where staff may use their personal phones: away from children; only in the staff room outside working
   * hours; only off the premises during working hours; never (setting devices only); or `no-general-limit` (no place,
   * time or presence rule beyond the others of the section, e.g. lesson time).
   */
  staffPhoneRegime: z.enum(['away-from-children', 'staff-room-outside-working-hours', 'off-premises-during-working-hours', 'setting-devices-only', 'no-general-limit']),
  /** Personal use of a phone in lesson time is forbidden (schools). */
  lessonTimePersonalUseForbidden: z.boolean(),
  /** Where staff keep personal phones while children are about. */
  phoneStorage: z.enum(['locker', 'locked-box', 'none']),
  /** Roles that hold the keys of the locked box (`phoneStorage: 'locked-box'`); only they unlock it. */
  lockedBoxKeyholders: roleList,
  /** Roles whose permission allows a personal phone in an emergency (empty: use the setting's phone). */
  emergencyPermissionFrom: roleList,
  /** Emergency use is only where no children are present. */
  emergencyOnlyWithoutChildren: z.boolean(),
  /** Staff personal phones on outings (`no-outing-rule`: the section's other rules apply on an outing as anywhere). */
  outingRule: z.enum(['switch-off', 'agreed-emergency-use', 'setting-phone-provided', 'setting-devices-only', 'no-outing-rule']),
  /** Charging a personal phone on the premises needs permission (from `chargingPermissionFrom`). */
  chargingNeedsPermission: z.boolean(),
  /** Roles whose permission allows charging a personal phone on the premises. */
  chargingPermissionFrom: roleList,
  /** Staff photos on a personal phone or imaging device. */
  personalPhotos: z.enum(['never', 'with-authorisation']),
  /**
   * Staff personal cameras: never brought in; with authorisation; agreed with the head of the setting; or
   * `not-of-children` (never used to photograph children).
   */
  personalCameras: z.enum(['never', 'with-authorisation', 'agreed-with-head-of-setting', 'not-of-children']),
  /** Roles that may authorise a personal phone or camera for photos. */
  personalDeviceAuthorisers: roleList,
  /**
   * Staff apps that record and store children's details, attainment or photographs on a personal device: never, or
   * with the specific authorisation of a role in `personalDeviceAuthorisers` (a `photo` permission).
   */
  personalRecordsApps: z.enum(['never', 'with-authorisation']),
  /** Photos and recordings are never taken in secret (or in situations that could be construed as secretive). */
  secretImagesForbidden: z.boolean(),
  /** Personal equipment containing pornography (or links to it) is not brought into the workplace. */
  adultContentDevicesBanned: z.boolean(),
  /**
   * Parents' phones on the premises: outside the building; switched off and out of sight; `setting-devices-only`
   * (no personal device is used on the premises or on outings); or `no-rule`.
   */
  parentPhone: z.enum(['outside-building', 'switched-off-out-of-sight', 'setting-devices-only', 'no-rule']),
  /**
   * Visitors' and contractors' phones on the premises: handed in to the office unless the visitor works under a
   * lone-working policy; taken outside the building, as parents' are; `setting-devices-only`; or `no-rule`.
   */
  visitorPhone: z.enum(['hand-in-unless-lone-working', 'outside-building', 'setting-devices-only', 'no-rule']),
  /** Parents' and visitors' photos of children. */
  parentPhotos: z.enum(['with-permission', 'own-child-at-events', 'never', 'no-rule']),
  /** Roles whose permission allows a parent or visitor to take photos. */
  parentPhotoAuthorisers: roleList,
  /** Parents publishing photos showing other children on social media. */
  parentPublishing: z.enum(['with-permission', 'never']),
  /** Children's own phones: removed until collection; in lessons with the teacher's permission; `setting-devices-only`; or `no-rule`. */
  childPhone: z.enum(['remove-until-collection', 'lessons-with-teacher-permission', 'setting-devices-only', 'no-rule']),
  /** Where the setting's phone may be used. */
  settingPhonePlaces: placeList,
  /** Where the outings phone may be used. */
  outingsPhonePlaces: placeList,
  /** Setting and outings phones are for their designated or work purposes only (families, the setting, services). */
  settingPhoneWorkOnly: z.boolean(),
  /** Setting phones off the premises (other than on outings). */
  settingPhoneOffPremises: z.enum(['never', 'if-encrypted']),
  /** Work-issued mobiles follow the personal-phone rules. */
  settingPhoneFollowsPersonal: z.boolean(),
});

/** A setting's choices about phones, cameras and other imaging devices (see {@link phonePolicySchema}). */
export type PhonePolicy = z.output<typeof phonePolicySchema>;

const STAFF_001 = 'MOBILE TECHNOLOGY - STAFF';
const STAFF_002 = 'Mobile phones – staff and visitors';
const IMAGES_004 = 'Using images, video and sound';
const INCIDENTS_004 = 'Dealing with eSafety incidents';
const HARDWARE_003 = '2. Hardware and provision use';
// Homerton (001)
const homertonEmergency = quote('001', STAFF_001, 'If a member of staff needs to have access to their personal mobile for emergency reasons they may seek permission from a member of the Centre Leadership Team');
const homertonCharging = quote('001', STAFF_001, 'Personal mobile phones may not be charged in the Centre except with permission from The Head of Centre for extraordinary circumstances');
const homertonCameras = quote('001', 'HARDWARE PROVISION AND USE', 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre');
const homertonParentPhotos = quote('001', 'PHOTOGRAPHS AND VIDEO', 'Parents and visitors will need to seek permission from the Centre Leadership Team should they want to take photographs');
const homertonPhotos = quote('001', STAFF_001, 'nor should they be used to take videos or photographs of children');
const homertonRecords = quote('001', STAFF_001, 'should not be used for any apps which record and store children\'s personal details, attainment or photographs');
// Two Mile Ash (002)
const tmaEmergency = quote('002', STAFF_002, 'In an emergency, personal mobile phones may be used in an area where there are no children present, with permission from the manager');
const tmaCameras = quote('002', 'Cameras and videos', 'Our staff and volunteers must not bring their personal cameras or video recording equipment into the setting');
const tmaParentEvents = quote('002', 'Cameras and videos', 'Where parents request permission to photograph or record their own children at special events, general permission is gained from all parents for their children to be included');
const tmaOwned = quote('002', 'Information Communication Technology (ICT) equipment', 'Only ICT equipment belonging to the setting is used by staff and children');
// Barnet (000)
const barnetAuthorisation = quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation');
const barnetPhotos = quote('000', 'Helpful Hints › Do Not', 'Use mobile phones or other devices to take photographs, (unless you have specific authorisation)');
const barnetSecret = quote('000', 'Helpful Hints › Do Not', 'Take images \'in secret\' or images in situations that could be construed as being secretive');
const barnetAdults = quote('000', 'Photography and Videos', 'It is not appropriate for adults to take photographs of children for their own personal use');
const barnetAdultContent = quote('000', 'Access to Inappropriate Images and Internet Use', 'nor should personal equipment containing such images be brought into the workplace');
const barnetCommunicate = quote('000', 'Communication with Children through technology › Do', 'Only use equipment provided by the setting to communicate with parents/children');
// Cambridgeshire (003)
const cambsOwned = quote('003', HARDWARE_003, 'Only technology owned by the setting will be used on the premises and on setting visit or outings');
const cambsEmergency = quote('003', HARDWARE_003, 'in case of emergency, a mobile phone is provided');
const cambsNotOwnedPhotos = quote('003', HARDWARE_003, 'Staff taking photographs or recording with technology not owned by our setting is specifically not allowed');
const cambsEveryone = quote('003', 'Introduction', 'This policy applies to everyone-staff, children, parents/carers, visitors and contractors accessing the internet or using technological devices on the premises');
// Kirklees (004)
const kirkleesOffSite = quote('004', 'Using mobile phones', 'Where required for safety reason in off-site activities, a school mobile phone is provided for contact with pupils, parents or the school');
const kirkleesCurriculum = quote('004', 'Using mobile phones', 'School mobile phones or similar devices with communication facilities used for curriculum activities are set up appropriately for the activity');
const kirkleesLessonTime = quote('004', INCIDENTS_004, 'accessing social networking sites, chat sites, instant messaging accounts, email or using a mobile phone for personal use during lesson time');
const kirkleesSomeCircumstances = quote('004', INCIDENTS_004, 'would normally be unacceptable; however in some circumstances they may be allowed');
const kirkleesPhotos = quote('004', IMAGES_004, 'staff or other visitors to school never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils');
const kirkleesSecret = quote('004', 'Using mobile phones', 'Unauthorised or secret use of a mobile phone or other electronic device, to record voice, pictures or video is forbidden');
const kirkleesAdultContent = quote('004', 'Appendix › Section 28 Access to Inappropriate Images and Internet Usage', 'neither should personal equipment containing these images or links to them be brought into the workplace');
const kirkleesRevealing = quote('004', INCIDENTS_004, 'revealing the personal information (including digital images, videos and text) of others by electronic means (e.g. sending of messages, creating online content) without permission');
// The law (statutory-facts.md)
const lawEncryption = quote('statutory', 'Encryption', 'Personal data on laptops and portable devices must be encrypted');
const lawParentsPhotos = quote('statutory', 'Parents\' own photos', 'Photos taken by parents for purely personal or household use fall outside data-protection law; posting them on a public account likely goes beyond that');

const everywhere: Place[] = [...ON_SITE, 'outing'];
/** Every place, off the premises too: for a preset with no place rule for its phones (off the premises, `settingPhoneOffPremises` decides). */
const anywhere: Place[] = [...places];
const cambsPlaces = reading(anywhere, 'Setting technology is used on the premises and on outings alike; off the premises only if encrypted (settingPhoneOffPremises).', cambsOwned);
const kirkleesPlaces = reading(anywhere, 'School phones serve curriculum activities on the premises and off-site activities; Kirklees names no place they may not be used (off the premises, the law\'s encryption applies).', kirkleesCurriculum, kirkleesOffSite);
const noCharging = (who: string) => ({
  chargingNeedsPermission: reading(false, `${who} names no rule on charging personal phones.`),
  chargingPermissionFrom: reading([] as Role[], `${who} names no rule on charging personal phones: nobody's permission is asked.`),
});

/** The phone section of `SettingPolicy`: the baseline (strictest common reading) and each preset's own values, each with its clause. */
export const phonePolicy = defineSection({
  schema: phonePolicySchema,
  // Values that can never apply while others are as they are: a policy that sets one is refused.
  neverApplies: [
    { field: 'lockedBoxKeyholders', when: (s) => s.phoneStorage !== 'locked-box' && s.lockedBoxKeyholders.length > 0,
      because: 'phoneStorage is not \'locked-box\', so there is no box to hold the keys of. Leave it empty, or set phoneStorage to \'locked-box\'.' },
    { field: 'chargingPermissionFrom', when: (s) => !s.chargingNeedsPermission && s.chargingPermissionFrom.length > 0,
      because: 'chargingNeedsPermission is false, so no permission to charge a phone is ever read. Leave it empty, or set chargingNeedsPermission to true.' },
    { field: 'personalDeviceAuthorisers',
      when: (s) => s.personalPhotos === 'never' && s.personalRecordsApps === 'never' && (s.personalCameras === 'never' || s.personalCameras === 'not-of-children') && s.personalDeviceAuthorisers.length > 0,
      because: 'personalPhotos and personalRecordsApps are \'never\' and personalCameras allows no authorisation, so no authorisation for photos is ever read. Leave it empty, or allow one of them with authorisation.' },
    { field: 'parentPhotoAuthorisers', when: (s) => (s.parentPhotos === 'never' || s.parentPhotos === 'no-rule') && s.parentPhotoAuthorisers.length > 0,
      because: 'parentPhotos asks for no permission (\'never\' or \'no-rule\'), so none is ever read. Leave it empty, or set parentPhotos to \'with-permission\' or \'own-child-at-events\'.' },
  ],
  baseline: {
    staffPhoneRegime: sourced('away-from-children' as const, quote('001', STAFF_001, 'never whilst children are present'), tmaEmergency),
    lessonTimePersonalUseForbidden: reading(false, 'Only the school policy (004) has lesson time; the early-years policies name none.'),
    phoneStorage: sourced('locker' as const, quote('001', STAFF_001, 'Personal mobile phones must be stored in staff lockers')),
    lockedBoxKeyholders: reading([] as Role[], 'None: phones are kept in lockers, not a locked box. A setting that keeps them in a locked box (phoneStorage: locked-box) names who holds its keys.'),
    emergencyPermissionFrom: sourced(['manager'] as Role[], tmaEmergency),
    emergencyOnlyWithoutChildren: sourced(true, tmaEmergency),
    outingRule: sourced('switch-off' as const, quote('002', STAFF_002, 'If our members of staff or volunteers take their mobile phones on outings, we ask that these are turned off for the duration of the outing')),
    chargingNeedsPermission: sourced(true, homertonCharging),
    chargingPermissionFrom: reading(['manager'] as Role[], 'Homerton\'s Head of Centre allows charging; elsewhere the manager gives that permission.', homertonCharging),
    personalPhotos: sourced('never' as const, homertonPhotos, tmaCameras, cambsNotOwnedPhotos,
      quote('004', IMAGES_004, 'never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils')),
    personalCameras: sourced('never' as const, tmaCameras),
    personalDeviceAuthorisers: reading([] as Role[], 'None: personal devices are never used for photos.'),
    personalRecordsApps: sourced('never' as const, homertonRecords),
    secretImagesForbidden: sourced(true, kirkleesSecret, barnetSecret),
    adultContentDevicesBanned: sourced(true, barnetAdultContent, kirkleesAdultContent),
    parentPhone: sourced('switched-off-out-of-sight' as const,
      quote('002', STAFF_002, 'Parents personal mobile phones must be switch off and out of sight when arriving to collect their child'),
      quote('002', STAFF_002, 'Parents and visitors are requested not to use their mobile phones whilst on the premises')),
    visitorPhone: sourced('hand-in-unless-lone-working' as const,
      quote('002', STAFF_002, 'unless they have a lone working policy i.e. Ofsted Inspector, Social Worker or Specialist Teacher then their phone must be switched off and handed into the office')),
    parentPhotos: reading('never' as const, 'A parent on the premises is a visitor, and visitors never photograph children on a personal device.', kirkleesPhotos),
    parentPhotoAuthorisers: reading([] as Role[], 'None: parents and visitors never take photos.'),
    parentPublishing: sourced('never' as const,
      quote('002', 'Electronic learning journals - BabysDays', 'Parents must not share group photos via any social media platforms'),
      quote('002', 'Cameras and videos', 'or to upload photos of anyone else\'s children to any social media platforms')),
    childPhone: sourced('remove-until-collection' as const, quote('002', 'Mobile phones – children', 'If a child is found to have a mobile phone or ICT device with them, this is removed and stored in their day care record file in the filing cabinet located in the office until the parent collects them at the end of the session')),
    settingPhonePlaces: sourced(['staff-room', 'office'] as Place[], quote('001', STAFF_001, 'Centre mobile phones may be used for their designated purposes (e.g. contacting a family) in the staff room or within office spaces. They may not be used in the learning spaces')),
    outingsPhonePlaces: reading(everywhere, 'Learning spaces and visits, and the rest of the premises, where the setting\'s phones are used anyway.',
      quote('001', STAFF_001, 'a school \'outings\' phone may be used in learning spaces and on visits')),
    settingPhoneWorkOnly: sourced(true, quote('001', STAFF_001, 'may be used in learning spaces and on visits for contacting the school, parents or services e.g. an ambulance')),
    settingPhoneOffPremises: sourced('never' as const, quote('001', STAFF_001, 'these phones may not be taken home')),
    settingPhoneFollowsPersonal: reading(false, 'Only Two Mile Ash applies the personal-phone rules to work-issued mobiles.'),
  },
  presets: {
    // Barnet's guidance is for staff and volunteers working with children: its do-not list is read as the phone rules.
    'barnet-early-years': {
      staffPhoneRegime: reading('away-from-children' as const, 'Barnet\'s good practice for work with children: personal ICT equipment (a personal phone is one) is not used without specific authorisation. Read as: not while children are present, unless the manager has authorised it (a photo, or a permitted emergency); away from children Barnet sets no limit.',
        barnetAuthorisation),
      phoneStorage: reading('none' as const, 'Barnet names no place to keep personal phones.'),
      emergencyPermissionFrom: reading(['manager'] as Role[], 'Barnet names no emergency rule; the specific authorisation for personal ICT equipment is the manager\'s.', barnetAuthorisation),
      emergencyOnlyWithoutChildren: reading(false, 'Barnet names no place for emergency use: the manager\'s specific authorisation decides.'),
      outingRule: reading('no-outing-rule' as const, 'Barnet names no outing rule: on an outing a personal phone follows its other rules (not near children without specific authorisation).'),
      ...noCharging('Barnet'),
      personalPhotos: sourced('with-authorisation' as const, barnetPhotos),
      personalCameras: sourced('with-authorisation' as const, barnetAuthorisation),
      personalDeviceAuthorisers: reading(['manager'] as Role[], 'The manager gives the authorisation for the organisation.',
        barnetAuthorisation, quote('000', 'Helpful Hints › Do', 'Only use equipment provided or authorised by the organisation')),
      personalRecordsApps: reading('with-authorisation' as const, 'A child-records app on personal ICT equipment needs the same specific authorisation as a photo on it (a `photo` permission from the manager).', barnetAuthorisation),
      secretImagesForbidden: sourced(true, barnetSecret),
      adultContentDevicesBanned: sourced(true, barnetAdultContent),
      parentPhone: reading('no-rule' as const, 'Barnet\'s guidance is for staff and volunteers: it names no rule on parents\' phones.'),
      visitorPhone: reading('no-rule' as const, 'Barnet\'s guidance is for staff and volunteers: it names no rule on visitors\' phones (their photos: parentPhotos).'),
      parentPhotos: reading('never' as const, 'A parent or visitor photographing children in the setting does so for their own personal use, which Barnet says is not appropriate for adults.', barnetAdults),
      parentPublishing: sourced('with-permission' as const, lawParentsPhotos),
      childPhone: reading('no-rule' as const, 'Barnet names no rule on children\'s own phones.'),
      settingPhonePlaces: reading(anywhere, 'Barnet names no place limit for the setting\'s phones: staff use the setting\'s equipment to communicate with parents and children.', barnetCommunicate),
      outingsPhonePlaces: reading(anywhere, 'Barnet names no place limit for the setting\'s phones.', barnetCommunicate),
      settingPhoneWorkOnly: reading(false, 'Barnet names no purpose limit for the setting\'s phones.'),
      settingPhoneOffPremises: sourced('if-encrypted' as const, lawEncryption),
    },
    'homerton-early-years': {
      staffPhoneRegime: sourced('staff-room-outside-working-hours' as const,
        quote('001', STAFF_001, 'Personal mobile phones should only be used outside of working hours and never whilst children are present. They may only be used in the staff room or offices even after working hours')),
      emergencyPermissionFrom: sourced(['leadership-team'] as Role[], homertonEmergency),
      emergencyOnlyWithoutChildren: reading(false, 'Homerton names no place for emergency use: the Centre Leadership Team\'s permission decides.', homertonEmergency),
      outingRule: sourced('agreed-emergency-use' as const, quote('001', STAFF_001, 'In circumstances such as outings and off site visits, staff will agree with a member of the Centre Leadership Team the appropriate use of personal mobile phones in the event of an emergency')),
      chargingPermissionFrom: sourced(['head-of-setting'] as Role[], homertonCharging),
      personalPhotos: sourced('never' as const, homertonPhotos),
      personalCameras: sourced('agreed-with-head-of-setting' as const, homertonCameras),
      personalDeviceAuthorisers: sourced(['head-of-setting'] as Role[], homertonCameras),
      secretImagesForbidden: reading(true, 'A photo taken in secret cannot take the child\'s wishes into account.',
        quote('001', 'PHOTOGRAPHS AND VIDEO', 'It is also important to take into account the wishes of the child, remembering that some children do not wish to have their photograph taken')),
      adultContentDevicesBanned: reading(false, 'Homerton names no rule on personal equipment holding adult content.'),
      parentPhone: sourced('outside-building' as const, quote('001', 'MOBILE TECHNOLOGY - PARENTS', 'All families will be asked to take their phone outside the building (not in one of the Centre gardens) if they need to use their phone')),
      visitorPhone: reading('outside-building' as const, 'Homerton limits visitors\' use of technology in the Centre as it does parents\'; the library reads it as the parents\' rule: the phone is used outside the building.',
        quote('001', 'A SECURE INFRASTRUCTURE AND INTERNET USE', 'Staff will help parents and visitors understand the reasons for limiting their uses of technology within the Centre')),
      parentPhotos: sourced('with-permission' as const, homertonParentPhotos),
      parentPhotoAuthorisers: sourced(['leadership-team'] as Role[], homertonParentPhotos),
      parentPublishing: sourced('with-permission' as const, quote('001', 'SOCIAL NETWORKING - PARENTS', 'publishing images which include children other than their own on Social Network sites is not acceptable, unless specific permission has been obtained from the subjects/parents')),
      childPhone: reading('no-rule' as const, 'Homerton names no rule on children\'s own phones (their internet use: the internet area).'),
    },
    'two-mile-ash-pre-school': {
      staffPhoneRegime: sourced('off-premises-during-working-hours' as const,
        quote('002', STAFF_002, 'Personal mobile phones are not used by our staff on the premises during working hours'),
        quote('002', STAFF_002, 'Staff must leave the setting to use their personal mobile phone during their lunch break')),
      phoneStorage: sourced('locked-box' as const, quote('002', STAFF_002, 'They will be stored in a box with a lockable lid')),
      lockedBoxKeyholders: sourced(['manager', 'deputy-manager'] as Role[], quote('002', STAFF_002, 'The lockable box is located in the office and only the Manager and Deputy Manager have keys')),
      ...noCharging('Two Mile Ash'),
      personalPhotos: sourced('never' as const, tmaOwned, tmaCameras),
      personalRecordsApps: sourced('never' as const, tmaOwned),
      secretImagesForbidden: reading(true, 'Photographs and recordings of children are monitored by the manager: one taken in secret escapes that.',
        quote('002', 'Cameras and videos', 'Such use is monitored by the manager')),
      adultContentDevicesBanned: reading(false, 'Two Mile Ash names no rule on personal equipment holding adult content.'),
      parentPhotos: sourced('own-child-at-events' as const, tmaParentEvents),
      parentPhotoAuthorisers: reading(['manager'] as Role[], 'Parents ask the setting for permission; the manager gives it.', tmaParentEvents),
      settingPhonePlaces: reading(anywhere, 'Two Mile Ash names no place for its phones: work-issued mobiles follow the personal-phone rules instead (settingPhoneFollowsPersonal).'),
      outingsPhonePlaces: reading(anywhere, 'Two Mile Ash names no place for its phones: work-issued mobiles follow the personal-phone rules instead (settingPhoneFollowsPersonal).'),
      settingPhoneWorkOnly: reading(false, 'Two Mile Ash names no purpose limit for work-issued mobiles beyond the personal-phone rules they follow.'),
      settingPhoneOffPremises: sourced('if-encrypted' as const, lawEncryption),
      settingPhoneFollowsPersonal: sourced(true, quote('002', STAFF_002, 'These rules also apply to the use of work-issued mobiles')),
    },
    'cambridgeshire-early-years': {
      staffPhoneRegime: sourced('setting-devices-only' as const, cambsOwned),
      phoneStorage: reading('none' as const, 'Personal phones are not used on the premises at all, so the template names no place to keep them.', cambsOwned),
      emergencyPermissionFrom: reading([] as Role[], 'None: in an emergency the setting\'s own mobile phone is used.', cambsEmergency),
      emergencyOnlyWithoutChildren: reading(false, 'No emergency use of a personal phone: the setting provides a mobile phone.', cambsEmergency),
      outingRule: sourced('setting-devices-only' as const, cambsOwned, cambsEmergency),
      ...noCharging('Cambridgeshire'),
      personalPhotos: sourced('never' as const, cambsNotOwnedPhotos),
      personalCameras: sourced('never' as const, cambsNotOwnedPhotos, cambsOwned),
      personalRecordsApps: sourced('never' as const, cambsOwned),
      secretImagesForbidden: reading(false, 'Cambridgeshire names no rule on secret recording (its staff record only with setting technology).'),
      adultContentDevicesBanned: reading(false, 'Cambridgeshire names no rule on personal equipment holding adult content.'),
      parentPhone: reading('setting-devices-only' as const, 'The policy applies to everyone using technological devices on the premises, and only the setting\'s technology is used there: read protectively, parents\' own phones are not used on the premises or on outings.', cambsEveryone, cambsOwned),
      visitorPhone: reading('setting-devices-only' as const, 'The policy applies to visitors and contractors using technological devices on the premises, and only the setting\'s technology is used there.', cambsEveryone, cambsOwned),
      parentPhotos: reading('no-rule' as const, 'Cambridgeshire names no rule on parents\' photos beyond keeping personal devices out of use on the premises and on outings (parentPhone, visitorPhone).'),
      parentPublishing: sourced('with-permission' as const, lawParentsPhotos),
      childPhone: reading('setting-devices-only' as const, 'The policy applies to children using technological devices on the premises, and only the setting\'s technology is used there.', cambsEveryone, cambsOwned),
      settingPhonePlaces: cambsPlaces,
      outingsPhonePlaces: cambsPlaces,
      settingPhoneWorkOnly: sourced(true, quote('003', HARDWARE_003, 'Setting issued devices only should be used for work purposes')),
      settingPhoneOffPremises: sourced('if-encrypted' as const, quote('003', HARDWARE_003, 'should not leave the premises unless encrypted')),
    },
    'kirklees-primary': {
      staffPhoneRegime: reading('no-general-limit' as const, 'Kirklees limits staff personal phones in lesson time (lessonTimePersonalUseForbidden), for photos and for contact with pupils and parents; it names no place or presence rule.', kirkleesLessonTime),
      lessonTimePersonalUseForbidden: sourced(true, kirkleesLessonTime),
      phoneStorage: reading('none' as const, 'Kirklees names no place to keep personal phones.'),
      emergencyPermissionFrom: reading(['head-teacher', 'line-manager'] as Role[], 'Personal use in lesson time may be allowed "in some circumstances": the library reads an emergency permitted by the head teacher or a line manager as one.', kirkleesSomeCircumstances),
      emergencyOnlyWithoutChildren: reading(false, 'Kirklees names no place for emergency use.'),
      outingRule: sourced('setting-phone-provided' as const, kirkleesOffSite),
      ...noCharging('Kirklees'),
      personalPhotos: sourced('never' as const, kirkleesPhotos, quote('004', 'Appendix › Section 27 Photography and Videos', 'use mobile telephones to take images of children')),
      personalCameras: sourced('not-of-children' as const, kirkleesPhotos),
      personalRecordsApps: reading('never' as const, 'A child-records app holds pupils\' photographs: staff never use a personal device for them.', kirkleesPhotos),
      secretImagesForbidden: sourced(true, kirkleesSecret),
      adultContentDevicesBanned: sourced(true, kirkleesAdultContent),
      parentPhone: reading('no-rule' as const, 'Kirklees names no rule on parents\' phones (their photos: parentPhotos).'),
      visitorPhone: reading('no-rule' as const, 'Kirklees names no rule on visitors\' phones beyond photos (parentPhotos).'),
      parentPhotos: sourced('never' as const, kirkleesPhotos),
      parentPublishing: sourced('with-permission' as const, kirkleesRevealing),
      childPhone: sourced('lessons-with-teacher-permission' as const, quote('004', 'Using mobile phones', 'However their use in lesson time will only be with permission from the teacher')),
      settingPhonePlaces: kirkleesPlaces,
      outingsPhonePlaces: kirkleesPlaces,
      settingPhoneWorkOnly: sourced(true, kirkleesOffSite),
      settingPhoneOffPremises: sourced('if-encrypted' as const, lawEncryption),
    },
  },
});
