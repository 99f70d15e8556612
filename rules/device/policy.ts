// The device section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced, type Quote } from '../../src/core/policy/section.js';
import { roleSchema, type Role } from '../vocabulary.js';

const roleList = z.array(roleSchema);

/**
 * A setting's choices about devices leaving the premises.
 *
 * @example
 * ```ts
 * devicePolicySchema.safeParse(presetPolicy('baseline').device).success; // true
 * ```
 */
export const devicePolicySchema = z.strictObject({
  /** Setting devices that must be encrypted to leave: those with sensitive data or photos of children, or all. */
  encryptOffSite: z.enum(['sensitive-or-child-photos', 'always']),
  /** An unencrypted camera or tablet may go on a visit if its photos are not linked to names and it comes back (warn, not block). */
  visitException: z.boolean(),
  /** All data is transferred or deleted from a setting device before an outing. */
  clearBeforeOuting: z.boolean(),
  /** Personal devices for work: never, or with agreement from a role in `personalDeviceApprovers`. */
  personalDevices: z.enum(['never', 'with-agreement']),
  /** Roles that may agree the use of a personal device for work. */
  personalDeviceApprovers: roleList,
  /**
   * Children's personal details or photographs on a personal device: never, or with the agreement of a role in
   * `personalDeviceApprovers` (the device must then be encrypted, as the law asks of personal data on portable devices).
   */
  personalDeviceChildData: z.enum(['never', 'with-agreement']),
  /** Personal use of a setting device off site needs authorisation from a role in `personalUseApprovers`. */
  personalUseNeedsAuthorisation: z.boolean(),
  /** Roles that may authorise personal use of a setting device. */
  personalUseApprovers: roleList,
  /** Setting devices are used by their authorised person only. */
  authorisedUserOnly: z.boolean(),
  /**
   * A setting device holding (or that may hold) sensitive information or photographs of children leaves only with one
   * of its authorised users: access to that data is for authorised users only (checked even where `authorisedUserOnly` is off).
   */
  authorisedUserForData: z.boolean(),
  /** Personal phones on outings and visits: forbidden, agreed with a role in `personalPhoneApprovers`, or carried switched off. */
  personalPhoneOnOuting: z.enum(['forbidden', 'agreed', 'switched-off']),
  /** Roles that may agree the use of a personal phone on an outing. */
  personalPhoneApprovers: roleList,
  /** A setting mobile phone goes on outings and visits. */
  settingPhoneRequired: z.boolean(),
  /** The setting's outings phone comes back at the end of every trip and is never taken home. */
  outingsPhoneReturns: z.boolean(),
  /** Laptops holding sensitive information are password protected, with a password-protected screen saver. */
  passwordProtectLaptops: z.boolean(),
  /** A device leaving for disposal has its information destroyed first. */
  wipeBeforeDisposal: z.boolean(),
});

/** A setting's choices about devices leaving the premises (see {@link devicePolicySchema}). */
export type DevicePolicy = z.output<typeof devicePolicySchema>;

const homertonHardware = 'HARDWARE PROVISION AND USE';
const homertonStaffPhones = 'MOBILE TECHNOLOGY - STAFF';
const cambsHardware = '2. Hardware and provision use';
const cambsStorage = '3. Data Storage and Management';
const kirkleesData = 'Protecting school data and information';
const tmaIct = 'Information Communication Technology (ICT) equipment';

const homertonEncrypt = quote('001', homertonHardware, 'if containing sensitive information or photographs of children, should not leave the premises unless encrypted');
const homertonPersonalUse = quote('001', homertonHardware, 'personal use whilst on or off site is not permitted unless authorised by the Head of Centre');
const homertonAuthorised = quote('001', homertonHardware, 'The Centre laptop or devices should be used by the authorised person only');
const homertonPersonalDevices = quote('001', homertonHardware, 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre');
const homertonChildData = quote('001', homertonStaffPhones,
  "Personal mobile phones or devices (e.g. iPad, iPod or iPhone), should not be used for any apps which record and store children's personal details, attainment or photographs. Only Centre issued devices may be used for such activities");
const homertonOutingPhones = quote('001', homertonStaffPhones,
  'In circumstances such as outings and off site visits, staff will agree with a member of the Centre Leadership Team the appropriate use of personal mobile phones in the event of an emergency');
const homertonOutingsPhone = quote('001', homertonStaffPhones,
  "a school 'outings' phone may be used in learning spaces and on visits for contacting the school, parents or services e.g. an ambulance and these phones may not be taken home");
const homertonDelete = quote('001', 'PHOTOGRAPHS AND VIDEO',
  'Room leaders and managers are responsible for deleting all photographs of children from school devices once they are no longer used for their required purpose');
const cambsPersonalUse = quote('003', cambsHardware, 'personal use whilst off site is not permitted unless authorised by the provider/manager');
const cambsAuthorised = quote('003', cambsHardware, 'The settings laptop/devices should be used by the authorised person only');
const cambsOwnedOnly = quote('003', cambsHardware, 'Only technology owned by the setting will be used on the premises and on setting visit or outings');
const cambsNotOwnedPhotos = quote('003', cambsHardware, 'Staff taking photographs or recording with technology not owned by our setting is specifically not allowed');
const cambsEncrypt = quote('003', cambsHardware, 'if containing sensitive information or photographs of children, should not leave the premises unless encrypted');
const cambsAlwaysEncrypt = quote('003', cambsHardware, 'Setting issued devices should not leave the premises unless encrypted and this must be acknowledged in the policy');
const cambsClear = quote('003', cambsHardware, "In the case of an outing, all data must be transferred/deleted from the setting's camera/device before leaving the setting");
const cambsPhone = quote('003', cambsHardware, 'in case of emergency, a mobile phone is provided');
const cambsTransported = quote('003', cambsStorage,
  "No electronic documents that include children's names or digital images will be transported out of the setting e.g. on Fobs, memory sticks");
const tmaOwnedOnly = quote('002', tmaIct, 'Only ICT equipment belonging to the setting is used by staff and children');
const tmaComputers = quote('002', 'Internet access', 'Staff do not use their own personal computers in the setting');
const tmaCameras = quote('002', 'Cameras and videos', 'Our staff and volunteers must not bring their personal cameras or video recording equipment into the setting');
const barnetPersonalIct = quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation');
const barnetPhotos = quote('000', 'Helpful Hints › Do Not', 'Use mobile phones or other devices to take photographs, (unless you have specific authorisation)');
const barnetEquipment = quote('000', 'Helpful Hints › Do', 'Only use equipment provided or authorised by the organisation');
const barnetSecure = quote('000', 'Data Protection', 'Data Protection means that all who hold personal data either on paper or electronically must keep it secure');
const kirkleesEquipment = quote('004', 'Appendix › Section 27 Photography and Videos', 'only use equipment provided or authorised by the organisation');
const kirkleesPersonalPhotos = quote('004', 'Using images, video and sound',
  'For their own protection staff or other visitors to school never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils');
const kirkleesOutside = quote('004', kirkleesData, 'Staff are aware of their obligation to keep sensitive data secure when working on computers outside school');
const kirkleesAccess = quote('004', 'Access', 'Access to personal, private or sensitive information and data is restricted to authorised users only');
const kirkleesPhone = quote('004', 'Using mobile phones', 'Where required for safety reason in off-site activities, a school mobile phone is provided');
const kirkleesPassword = quote('004', kirkleesData, 'All computers or laptops holding sensitive information are set up with strong passwords, password protected screen savers');
const kirkleesDisposal = quote('004', kirkleesData, 'When we dispose of old computers and other equipment we take due regard for destroying information which may be held on them');
const law = quote('statutory', 'Encryption', 'Personal data on laptops and portable devices must be encrypted');

const byManager = (...from: Quote[]) => reading(['manager'] as Role[], 'The manager gives the authorisation for the organisation.', ...from);
const byLeaders = (...from: Quote[]) => reading(['manager', 'head-of-setting'] as Role[], 'The manager or the head of the setting authorises it for the organisation.', ...from);
const silent = (what: string) => `The policy is silent on ${what}, and the law asks nothing of it: no other setting's rule is imposed.`;
const noApprovers = (why: string) => reading([] as Role[], why);

/**
 * The device section of `SettingPolicy`: the baseline and each preset's values, each with its clause. A preset answers
 * as its own policy and the law do: where both are silent, it imposes nothing its policy never wrote.
 *
 * @example
 * ```ts
 * devicePolicy.presets['barnet-early-years']?.personalDeviceChildData?.value; // 'with-agreement'
 * ```
 */
export const devicePolicy = defineSection({
  schema: devicePolicySchema,
  // Values that can never apply while others are as they are: a policy that sets one is refused.
  neverApplies: [
    { field: 'personalDeviceApprovers', when: (s) => s.personalDevices === 'never' && s.personalDeviceChildData === 'never' && s.personalDeviceApprovers.length > 0,
      because: 'personalDevices and personalDeviceChildData are \'never\', so no use of a personal device is ever agreed. Leave it empty, or allow personal devices \'with-agreement\'.' },
    { field: 'personalUseApprovers', when: (s) => !s.personalUseNeedsAuthorisation && s.personalUseApprovers.length > 0,
      because: 'personalUseNeedsAuthorisation is false, so no authorisation of personal use is ever read. Leave it empty, or set personalUseNeedsAuthorisation to true.' },
    { field: 'personalPhoneApprovers', when: (s) => s.personalPhoneOnOuting !== 'agreed' && s.personalPhoneApprovers.length > 0,
      because: 'personalPhoneOnOuting is not \'agreed\', so no agreement to use a personal phone on an outing is ever read. Leave it empty, or set personalPhoneOnOuting to \'agreed\'.' },
  ],
  // The baseline: the strictest common reading of the five policies.
  baseline: {
    encryptOffSite: sourced('sensitive-or-child-photos' as const, homertonEncrypt, cambsEncrypt, law),
    visitException: reading(false, 'No exception: the law asks that personal data on portable devices be encrypted; only Homerton lets an unencrypted camera or tablet go on a visit.'),
    clearBeforeOuting: reading(false, 'Only the Cambridgeshire template asks for every device to be cleared before an outing.'),
    personalDevices: sourced('never' as const, tmaOwnedOnly, cambsOwnedOnly),
    personalDeviceApprovers: noApprovers('None: personal devices are never allowed.'),
    personalDeviceChildData: sourced('never' as const, homertonChildData, kirkleesPersonalPhotos, cambsNotOwnedPhotos, tmaOwnedOnly),
    personalUseNeedsAuthorisation: sourced(true, homertonPersonalUse, cambsPersonalUse),
    personalUseApprovers: sourced(['manager'] as Role[], cambsPersonalUse),
    authorisedUserOnly: sourced(true, homertonAuthorised, cambsAuthorised),
    authorisedUserForData: sourced(true, kirkleesAccess),
    personalPhoneOnOuting: reading('agreed' as const, 'A personal phone goes on an outing only with its use agreed beforehand.', homertonOutingPhones),
    personalPhoneApprovers: reading(['manager', 'head-of-setting'] as Role[], 'The manager or the head of the setting agrees it: the people who lead a setting.'),
    settingPhoneRequired: sourced(true, kirkleesPhone, cambsPhone),
    outingsPhoneReturns: sourced(true, homertonOutingsPhone),
    passwordProtectLaptops: sourced(true, kirkleesPassword),
    wipeBeforeDisposal: sourced(true, kirkleesDisposal),
  },
  presets: {
    'barnet-early-years': {
      encryptOffSite: reading('sensitive-or-child-photos' as const, 'The guidance names no encryption rule; the law asks that personal data on portable devices be encrypted.', law),
      personalDevices: sourced('with-agreement' as const, barnetPersonalIct),
      personalDeviceApprovers: byManager(barnetEquipment),
      personalDeviceChildData: reading('with-agreement' as const,
        'With specific authorisation a member of staff may use their own equipment, photographs included; the law then asks that the personal data on it be encrypted.',
        barnetPhotos, barnetPersonalIct),
      personalUseNeedsAuthorisation: reading(false, silent('personal use of a device the setting issued')),
      personalUseApprovers: noApprovers('None needed: the guidance does not restrict personal use of setting devices.'),
      authorisedUserOnly: reading(false, silent('who may use a device issued to someone')),
      authorisedUserForData: reading(false, silent('who may carry a setting device holding children\'s data (it asks that the data be kept secure, which the encryption rule checks)')),
      personalPhoneOnOuting: reading('agreed' as const, 'A personal phone is personal ICT equipment: used on an outing only with specific authorisation.', barnetPersonalIct),
      personalPhoneApprovers: byLeaders(barnetPersonalIct, barnetEquipment),
      settingPhoneRequired: reading(false, silent('a setting phone on outings')),
      outingsPhoneReturns: reading(false, silent('where the setting\'s phones are kept')),
      passwordProtectLaptops: reading(false, silent('passwords on laptops (the encryption rule still applies to a laptop holding personal data)')),
      wipeBeforeDisposal: reading(true, 'Giving away a device that still holds personal data does not keep that data secure.', barnetSecure),
    },
    'homerton-early-years': {
      encryptOffSite: sourced('sensitive-or-child-photos' as const, homertonEncrypt, law),
      visitException: reading(true, 'Allowed with a warning: the camera or tablet goes unencrypted only under every condition the clause sets.',
        quote('001', homertonHardware, "As long as the photographs are not linked with children's names, these tools may be used on visits provided they are brought back to the Centre at the end of the visit")),
      personalDevices: sourced('with-agreement' as const, homertonPersonalDevices),
      personalDeviceApprovers: sourced(['head-of-setting'] as Role[], homertonPersonalDevices),
      personalDeviceChildData: sourced('never' as const, homertonChildData),
      personalUseNeedsAuthorisation: sourced(true, homertonPersonalUse),
      personalUseApprovers: sourced(['head-of-setting'] as Role[], homertonPersonalUse),
      authorisedUserOnly: sourced(true, homertonAuthorised),
      authorisedUserForData: reading(true, 'Every Centre device is for its authorised person only, whatever it holds.', homertonAuthorised),
      personalPhoneOnOuting: sourced('agreed' as const, homertonOutingPhones),
      personalPhoneApprovers: reading(['leadership-team', 'head-of-setting'] as Role[], 'A member of the Centre Leadership Team, which the Head of Centre leads.', homertonOutingPhones),
      settingPhoneRequired: reading(true, 'The Centre keeps an outings phone for visits, to contact the school, parents or an ambulance: a warning where none goes.', homertonOutingsPhone),
      passwordProtectLaptops: reading(false, silent('passwords on laptops (the encryption rule still applies to a laptop holding personal data)')),
      wipeBeforeDisposal: reading(true, 'A device leaving for disposal is no longer used for any purpose: the photographs of children on it are deleted first.', homertonDelete),
    },
    'two-mile-ash-pre-school': {
      encryptOffSite: reading('sensitive-or-child-photos' as const, 'The policy names no encryption rule for devices; the law asks that personal data on portable devices be encrypted.', law),
      personalDevices: sourced('never' as const, tmaOwnedOnly, tmaComputers, tmaCameras),
      personalDeviceChildData: sourced('never' as const, tmaOwnedOnly, tmaCameras),
      personalUseNeedsAuthorisation: reading(false, silent('personal use of a device the setting issued (it limits personal email on setting equipment, which is not a trip off site)')),
      personalUseApprovers: noApprovers('None needed: the policy does not make personal use of a setting device off site depend on an authorisation.'),
      authorisedUserOnly: reading(false, silent('who may use a device issued to someone')),
      authorisedUserForData: reading(false, silent('who may carry a setting device holding children\'s data')),
      personalPhoneOnOuting: sourced('switched-off' as const, quote('002', 'Mobile phones – staff and visitors',
        'If our members of staff or volunteers take their mobile phones on outings, we ask that these are turned off for the duration of the outing')),
      personalPhoneApprovers: noApprovers('None: personal phones on outings are switched off, not agreed for use.'),
      settingPhoneRequired: reading(false, silent('a setting phone on outings')),
      outingsPhoneReturns: reading(false, silent('where the setting\'s phones are kept off site')),
      passwordProtectLaptops: reading(false, silent('passwords on laptops (the encryption rule still applies to a laptop holding personal data)')),
      wipeBeforeDisposal: reading(false, silent('disposing of equipment (the encryption rule still applies to a device holding personal data)')),
    },
    'cambridgeshire-early-years': {
      encryptOffSite: sourced('always' as const, cambsAlwaysEncrypt, quote('003', cambsStorage, 'Setting issued devices should not leave the premises unless encrypted')),
      clearBeforeOuting: sourced(true, cambsClear, quote('003', cambsStorage, "In the case of an outing, all data must be transferred/deleted from the setting's camera/device before leaving the setting")),
      personalDevices: sourced('never' as const, cambsOwnedOnly),
      personalDeviceChildData: sourced('never' as const, cambsNotOwnedPhotos, cambsOwnedOnly),
      personalUseNeedsAuthorisation: sourced(true, cambsPersonalUse),
      personalUseApprovers: sourced(['manager'] as Role[], cambsPersonalUse),
      authorisedUserOnly: sourced(true, cambsAuthorised),
      authorisedUserForData: reading(true, 'Every setting device is for its authorised person only, whatever it holds.', cambsAuthorised),
      personalPhoneOnOuting: sourced('forbidden' as const, cambsOwnedOnly),
      personalPhoneApprovers: noApprovers('None: personal phones are not used on outings, so no use is agreed.'),
      settingPhoneRequired: sourced(true, cambsPhone),
      outingsPhoneReturns: reading(false, silent('where the setting\'s emergency phone is kept')),
      passwordProtectLaptops: reading(false, silent('passwords on laptops (every setting device must be encrypted to leave)')),
      wipeBeforeDisposal: reading(true, 'A device leaving for disposal would take the documents on it out of the setting.', cambsTransported),
    },
    'kirklees-primary': {
      encryptOffSite: sourced('sensitive-or-child-photos' as const, kirkleesOutside, law),
      personalDevices: sourced('with-agreement' as const, kirkleesEquipment),
      personalDeviceApprovers: byManager(kirkleesEquipment),
      personalDeviceChildData: sourced('never' as const, kirkleesPersonalPhotos),
      personalUseNeedsAuthorisation: reading(false, silent('personal use of a school laptop off site (its laptops are "used both at home and school")')),
      personalUseApprovers: noApprovers('None needed: the policy does not make personal use of a school device depend on an authorisation.'),
      authorisedUserOnly: reading(false, silent('who may use a device issued to someone (it restricts access to sensitive data, not devices: authorisedUserForData)')),
      personalPhoneOnOuting: reading('agreed' as const, 'A personal phone is equipment the organisation must authorise before it is used.', kirkleesEquipment),
      personalPhoneApprovers: byLeaders(kirkleesEquipment),
      settingPhoneRequired: sourced(true, kirkleesPhone),
      outingsPhoneReturns: reading(false, silent('where the school mobile phone is kept')),
    },
  },
});
