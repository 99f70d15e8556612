// The retention section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { monthDay, period } from '../../src/core/schema.js';
import { roleSchema, type Role } from '../vocabulary.js';
import { purposes, purposeSchema, type Purpose, type StorageKind } from './schema.js';

const ALL_BUT_PERSONAL: Purpose[] = purposes.filter((p) => p !== 'personal');

/**
 * Whether photos of children may be kept in a storage place: `allowed`; `with-authorisation` (the record must say who
 * authorised it, `storageAuthorisedBy`, a role in `storageAuthorisers`); or `forbidden` (delete it or move it).
 *
 * @example
 * ```ts
 * storageAllowances.includes('with-authorisation'); // true
 * ```
 */
export const storageAllowances = Object.freeze(['allowed', 'with-authorisation', 'forbidden'] as const);
/** Whether photos of children may be kept in a storage place (see {@link storageAllowances}). */
export type StorageAllowance = (typeof storageAllowances)[number];
const allowance = z.enum(storageAllowances);

/**
 * A setting's choices about how long photos are kept.
 *
 * @example
 * ```ts
 * retentionPolicySchema.safeParse(presetPolicy('baseline').retention).success; // true
 * ```
 */
export const retentionPolicySchema = z.strictObject({
  /** Purposes a photo of children may be kept for. */
  validPurposes: z.array(purposeSchema),
  /** When a photo no longer serves its purpose: delete it, or do what was agreed for it (destroy or retain). */
  purposeServed: z.enum(['delete', 'as-agreed']),
  /** An agreed storage period (retainUntil) must be recorded for photos of children. */
  requireRetentionPeriod: z.boolean(),
  /** Photos of children are deleted from setting devices once a year. */
  yearlyPurge: z.boolean(),
  /** The purge date (`MM-dd`); null: a year after the photo was taken. */
  yearlyPurgeDate: z.nullable(monthDay),
  /** Roles whose permission lets a photo be kept beyond the yearly purge. */
  beyondYearApprovers: z.array(roleSchema),
  /** Purposes a photo may be kept beyond a year for. */
  beyondYearPurposes: z.array(purposeSchema),
  /** How long after a child leaves their photos must be deleted or handed to the family (ISO period). */
  childLeavingPeriod: period,
  /** How long after consent is withdrawn a photo must leave public uses (website, publicity, …). */
  withdrawalPublicPeriod: period,
  /** The same for other uses (learning journal, display, …). */
  withdrawalOtherPeriod: period,
  /** Where photos of children may be kept: for each storage place, allowed, allowed with authorisation, or forbidden. */
  storagePlaces: z.strictObject({
    'setting-device': allowance,
    'setting-platform': allowance,
    'central-hosting': allowance,
    'removable-media': allowance,
    'personal-device': allowance,
    other: allowance,
  }),
  /** Roles whose authorisation lets a photo of children be kept in a place allowed `with-authorisation`. */
  storageAuthorisers: z.array(roleSchema),
  /** An agreed storage place (agreedStorage) must be recorded for photos of children, and the photo kept there. */
  requireStorageAgreement: z.boolean(),
  /** Who will have access to photos of children must be agreed and recorded (agreedAccess). */
  requireAccessAgreement: z.boolean(),
});

/** A setting's choices about how long photos are kept (see {@link retentionPolicySchema}). */
export type RetentionPolicy = z.output<typeof retentionPolicySchema>;

const SECTION_27 = 'Appendix › Section 27 Photography and Videos';
const homertonPurge = quote('001', 'PHOTOGRAPHS AND VIDEO', 'Once a year, room leaders or managers will delete all photos of children from all school devices');
const oneMonth = quote('statutory', 'Parents\' own photos', 'Allow about one month for a removal request');
const barnetPersonalUse = quote('000', 'Photography and Videos', 'It is not appropriate for adults to take photographs of children for their own personal use');
const barnetAgreement = quote('000', 'Photography and Videos', 'There should be agreement as to how the images will be stored, and for how long');
const barnetEquipment = quote('000', 'Helpful Hints › Do', 'Only use equipment provided or authorised by the organisation');
const kirkleesPersonalUse = quote('004', SECTION_27, 'It is not appropriate for adults to take photographs of children for their personal use');
const kirkleesWhere = quote('004', SECTION_27,
  'There also needs to be an agreement as to whether the images will be destroyed or retained for further use, where these will be stored');
const kirkleesEquipment = quote('004', SECTION_27, 'only use equipment provided or authorised by the organisation');
const kirkleesNever = quote('004', 'Using images, video and sound',
  'staff or other visitors to school never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils');
const homertonCentreOnly = quote('001', 'MOBILE TECHNOLOGY - STAFF',
  'Personal mobile phones or devices (e.g. iPad, iPod or iPhone), should not be used for any apps which record and store children\'s personal details, attainment or photographs. Only Centre issued devices may be used for such activities');
const homertonFobs = quote('001', 'DATA STORAGE AND MANAGEMENT', 'No electronic documents that include children\'s names or digital images will be transported out of the centre e.g. on Fobs');
const homertonHeadAgrees = quote('001', 'HARDWARE PROVISION AND USE', 'unless agreed with the Head of Centre');
const tmaOwned = quote('002', 'Information Communication Technology (ICT) equipment', 'Only ICT equipment belonging to the setting is used by staff and children');
const tmaValid = quote('002', 'Cameras and videos', 'Photographs and recordings of children are only taken for valid reasons');
const cambsHardware = '2. Hardware and provision use';
const cambsWork = quote('003', cambsHardware, 'Setting issued devices only should be used for work purposes');
const cambsNotOwned = quote('003', cambsHardware, 'Staff taking photographs or recording with technology not owned by our setting is specifically not allowed');
const cambsFobs = quote('003', '3. Data Storage and Management',
  'No electronic documents that include children\'s names or digital images will be transported out of the setting e.g. on Fobs, memory sticks');

type Places = Record<StorageKind, StorageAllowance>;
/** Every storage place allowed but the ones given. */
const places = (over: Partial<Places>): Places => ({
  'setting-device': 'allowed', 'setting-platform': 'allowed', 'central-hosting': 'allowed',
  'removable-media': 'allowed', 'personal-device': 'allowed', other: 'allowed', ...over,
});

/** The retention section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause. */
export const retentionPolicy = defineSection({
  schema: retentionPolicySchema,
  // Values that can never apply while others are as they are: a policy that sets one is refused.
  neverApplies: [
    { field: 'yearlyPurgeDate', when: (s) => !s.yearlyPurge && s.yearlyPurgeDate !== null,
      because: 'yearlyPurge is false, so there is no yearly purge to date. Set it to null, or yearlyPurge to true.' },
    { field: 'beyondYearApprovers', when: (s) => !s.yearlyPurge && s.beyondYearApprovers.length > 0,
      because: 'yearlyPurge is false, so no permission to keep a photo beyond the purge is ever read. Leave it empty, or set yearlyPurge to true.' },
    { field: 'beyondYearPurposes', when: (s) => !s.yearlyPurge && s.beyondYearPurposes.length > 0,
      because: 'yearlyPurge is false, so nothing is kept beyond a purge. Leave it empty, or set yearlyPurge to true.' },
    { field: 'beyondYearApprovers', when: (s) => s.beyondYearPurposes.length === 0 && s.beyondYearApprovers.length > 0,
      because: 'beyondYearPurposes is empty, and a permission to keep a photo beyond a year counts only for one of those purposes. Name the purposes, or leave it empty.' },
    { field: 'storageAuthorisers', when: (s) => s.storageAuthorisers.length > 0 && !Object.values(s.storagePlaces).includes('with-authorisation'),
      because: 'no storage place is allowed \'with-authorisation\' (storagePlaces), so no authorisation is ever read. Leave it empty, or allow a place with authorisation.' },
  ],
  baseline: {
    validPurposes: reading(ALL_BUT_PERSONAL, 'Every purpose but an adult\'s personal use.', barnetPersonalUse, kirkleesPersonalUse),
    purposeServed: sourced('delete' as const, quote('001', 'PHOTOGRAPHS AND VIDEO',
      'responsible for deleting all photographs of children from school devices once they are no longer used for their required purpose')),
    requireRetentionPeriod: sourced(true, barnetAgreement),
    yearlyPurge: reading(false, 'Only Homerton purges photos once a year; the baseline has no purge.'),
    yearlyPurgeDate: reading<string | null>(null, 'There is no purge, so no purge date.'),
    beyondYearApprovers: reading([] as Role[], 'There is no purge, so nobody approves keeping a photo beyond it.'),
    beyondYearPurposes: reading([] as Purpose[], 'There is no purge, so no purpose is kept beyond it.'),
    childLeavingPeriod: reading('P1M', 'No policy gives a number: the period is configurable, and one month is the default.',
      quote('statutory', 'Records after a child leaves', 'common practice is to delete photos or give them to the parents when the child leaves. Make it configurable.')),
    withdrawalPublicPeriod: sourced('P1M', oneMonth),
    withdrawalOtherPeriod: reading('P1M', 'The same month as for public uses: no source gives another period.', oneMonth),
    storagePlaces: reading(places({ 'removable-media': 'forbidden', 'personal-device': 'forbidden', other: 'with-authorisation' }),
      'The strictest common reading: photos of children are kept on the setting\'s own devices and systems, never on a personal device or on ' +
      'removable media, and anywhere else only with authorisation.',
      homertonCentreOnly, tmaOwned, cambsNotOwned, kirkleesNever, homertonFobs, cambsFobs, barnetEquipment),
    storageAuthorisers: reading(['manager', 'head-of-setting'] as Role[], 'The manager or the head of the setting: the people who lead a setting.', barnetEquipment),
    requireStorageAgreement: sourced(true, barnetAgreement, kirkleesWhere),
    requireAccessAgreement: reading(false, 'Only Kirklees asks for an agreement on who will have access to the images; the baseline, like Barnet\'s ' +
      'guidance, asks where and for how long.'),
  },
  presets: {
    'barnet-early-years': {
      validPurposes: reading(ALL_BUT_PERSONAL, 'Every purpose but an adult\'s personal use.', barnetPersonalUse),
      purposeServed: sourced('as-agreed' as const, quote('000', 'Helpful Hints › Do', 'Be clear about the purpose of the activity and what will happen to the images')),
      storagePlaces: reading(places({ 'removable-media': 'with-authorisation', 'personal-device': 'with-authorisation', other: 'with-authorisation' }),
        'Equipment the organisation provides is allowed; personal equipment, memory sticks and anywhere else only with specific authorisation.',
        barnetEquipment, quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation'),
        quote('000', 'Data Protection', 'Any item that can hold information requires controls to be put in place to prevent it being damaged or stolen. This will include CDs, DVDs and memory sticks')),
      storageAuthorisers: reading(['manager'] as Role[], 'The manager gives the authorisation for the organisation.', barnetEquipment),
      requireStorageAgreement: sourced(true, barnetAgreement),
    },
    'homerton-early-years': {
      validPurposes: reading<Purpose[]>(purposes.filter((p) => p !== 'personal'),
        'Every purpose but an adult\'s own use, as the image area reads it: the policy names uses (displays, learning journeys, the website, marketing) as examples, not as a closed list.',
        quote('001', 'HARDWARE PROVISION AND USE', 'personal use whilst on or off site is not permitted unless authorised by the Head of Centre'),
        quote('001', 'PHOTOGRAPHS AND VIDEO', 'including displays, learning journeys, setting website and other marketing materials')),
      requireRetentionPeriod: reading(false, 'The yearly purge is its storage period.', homertonPurge),
      yearlyPurge: sourced(true, homertonPurge),
      yearlyPurgeDate: reading<string | null>(null, 'The policy names no date: the purge falls a year after the photo was taken.', homertonPurge),
      beyondYearApprovers: sourced(['head-of-setting'] as Role[], quote('001', 'PHOTOGRAPHS AND VIDEO', 'will seek permission from the Head of Centre')),
      beyondYearPurposes: sourced(['training', 'website'] as Purpose[],
        quote('001', 'PHOTOGRAPHS AND VIDEO', 'If there is a purpose to store any photographs of children beyond a year e.g. for training or website')),
      storagePlaces: reading(places({ 'removable-media': 'forbidden', 'personal-device': 'forbidden', other: 'with-authorisation' }),
        'Centre issued devices, the Centre\'s own systems and Central Hosting. A personal device is forbidden: the Head of Centre may agree to a ' +
        'personal device being used, but the clause on storing photographs has no exception, so the library reads it as the child\'s protection ' +
        'asks (the photo is moved to a Centre device). No Fobs. Anywhere else only as agreed with the Head of Centre.',
        homertonCentreOnly, quote('001', 'DATA STORAGE AND MANAGEMENT', 'Central Hosting can be used by all staff that need to access electronic work from home'),
        homertonFobs, homertonHeadAgrees),
      storageAuthorisers: sourced(['head-of-setting'] as Role[], homertonHeadAgrees),
      requireStorageAgreement: reading(false, 'The policy is silent on an agreement about where photos are stored: it says where they may be kept (storagePlaces).'),
    },
    'two-mile-ash-pre-school': {
      validPurposes: reading<Purpose[]>(['observation', 'learning-journal', 'display', 'publicity'],
        'Its valid reasons: learning and development (observation, the learning journal), displays, and publicity with consent.',
        quote('002', 'Cameras and videos', 'only taken for valid reasons i.e. to record their learning and development, or for displays within the setting'),
        quote('002', 'Cameras and videos', 'If photographs of children are used for publicity purposes, parental consent must be given')),
      purposeServed: reading('delete' as const, 'Photos of children are only kept for a valid reason: one that no longer serves its reason is deleted.', tmaValid),
      requireRetentionPeriod: reading(false, 'The policy is silent on how long photos are kept.'),
      storagePlaces: reading(places({ 'removable-media': 'with-authorisation', 'personal-device': 'forbidden', other: 'with-authorisation' }),
        'Only ICT equipment belonging to the setting: never personal cameras or computers; a memory stick or card, or anywhere else, only with ' +
        'the manager\'s authorisation (that it is the setting\'s).',
        tmaOwned, quote('002', 'Cameras and videos', 'Our staff and volunteers must not bring their personal cameras or video recording equipment into the setting'),
        quote('002', 'Internet access', 'Staff do not use their own personal computers in the setting')),
      storageAuthorisers: reading(['manager'] as Role[], 'The manager monitors the use of photographs and recordings of children.',
        quote('002', 'Cameras and videos', 'Such use is monitored by the manager')),
      requireStorageAgreement: reading(false, 'The policy is silent on an agreement about where photos are stored.'),
    },
    'cambridgeshire-early-years': {
      validPurposes: reading(ALL_BUT_PERSONAL, 'Every purpose but an adult\'s personal use: setting devices are for work purposes only.', cambsWork),
      purposeServed: reading('delete' as const, 'Setting devices are for work purposes only: a photo that no longer serves its purpose is deleted.', cambsWork),
      requireRetentionPeriod: reading(false, 'The template is silent on how long photos are kept.'),
      storagePlaces: reading(places({ 'removable-media': 'forbidden', 'personal-device': 'forbidden', other: 'with-authorisation' }),
        'Only technology owned by the setting: never technology it does not own, never memory sticks; anywhere else only with the ' +
        'provider/manager\'s authorisation.',
        quote('003', cambsHardware, 'Only technology owned by the setting will be used on the premises and on setting visit or outings'), cambsNotOwned, cambsFobs),
      storageAuthorisers: reading(['manager'] as Role[], 'The provider/manager authorises for the setting.', quote('003', cambsHardware, 'unless authorised by the provider/manager')),
      requireStorageAgreement: reading(false, 'The template is silent on an agreement about where photos are stored.'),
    },
    'kirklees-primary': {
      validPurposes: reading(ALL_BUT_PERSONAL, 'Every purpose but an adult\'s personal use.', kirkleesPersonalUse),
      purposeServed: sourced('as-agreed' as const,
        quote('004', SECTION_27, 'There also needs to be an agreement as to whether the images will be destroyed or retained for further use'),
        quote('004', SECTION_27, 'be clear about the purpose of the activity and about what will happen to the images when the activity is concluded')),
      requireRetentionPeriod: reading(false, 'The policy asks for an agreement on whether the images will be destroyed or retained (retentionAgreement), not for how long.',
        quote('004', SECTION_27, 'There also needs to be an agreement as to whether the images will be destroyed or retained for further use')),
      storagePlaces: reading(places({ 'removable-media': 'with-authorisation', 'personal-device': 'forbidden', other: 'with-authorisation' }),
        'Equipment the school provides or authorises: never a personal device; a memory stick only one the school has authorised (it provides ' +
        'encrypted ones); anywhere else only with authorisation.',
        kirkleesNever, kirkleesEquipment, quote('004', 'Protecting school data and information', 'Staff are provided with encrypted USB memory sticks for carrying sensitive data')),
      storageAuthorisers: reading(['head-teacher'] as Role[], 'The head teacher authorises for the school.', kirkleesEquipment),
      requireStorageAgreement: sourced(true, kirkleesWhere),
      requireAccessAgreement: sourced(true, quote('004', SECTION_27,
        'There also needs to be an agreement as to whether the images will be destroyed or retained for further use, where these will be stored and who will have access to them')),
    },
  },
});
