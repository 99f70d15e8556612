// The image section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced, type Quote } from '../../src/core/policy/section.js';
import { period } from '../../src/core/schema.js';
import { publicAudiences, roleSchema, type Role } from '../vocabulary.js';
import { audiences, purposes, type Audience, type Purpose } from './schema.js';

const list = z.array(z.enum(audiences));
// The audiences whose purpose is public (setting-website, setting-social-media, publicity): rules/vocabulary.ts.
const WEB: Audience[] = [...publicAudiences];
const ALL: Audience[] = [...audiences];
const NOT_PERSONAL: Purpose[] = purposes.filter((p) => p !== 'personal');

/** A setting's choices about photographs. */
export const imagePolicySchema = z.strictObject({
  /** Audiences photos may go to at all. */
  permittedAudiences: list,
  /** Purposes a photo of children may be taken for: a recorded purpose outside the list blocks. */
  validPurposes: z.array(z.enum(purposes)),
  /** The purpose of each photo must be recorded (a warning where it is not). */
  purposeRequired: z.boolean(),
  /** Consent must be written. */
  writtenConsentRequired: z.boolean(),
  /** Who may give consent (people with parental responsibility). */
  acceptedConsentGivers: z.array(z.enum(['parent', 'carer', 'guardian'])),
  /** Consent must be given before the photo is taken (not only before it is used). */
  consentBeforeTaking: z.boolean(),
  /** Audiences for which every child visible needs consent, whether or not they can be identified. */
  visibleChildrenConsentIn: list,
  /** Audiences for which the consent must record that its implications were explained. */
  informedConsentAudiences: list,
  /** The child's own agreement: required (block without it), sought where possible (warn), or only their objection respected. */
  childAgreement: z.enum(['required', 'seek-where-possible', 'respect-objection']),
  /** Audiences where a photo of one identifiable child alone may not go. */
  identifiableIndividualForbiddenIn: list,
  /** Audiences where a child's full name may not appear with the photo. */
  fullNameForbiddenIn: list,
  /** Audiences where no name of a child may appear with the photo. */
  anyNameForbiddenIn: list,
  /** Audiences where no name of a child may appear in the file name. */
  nameInFileNameForbiddenIn: list,
  /** Audiences where a group photo may not carry a name list. */
  nameListForbiddenIn: list,
  /** Audiences where clothing naming the setting may not be shown. */
  brandedClothingForbiddenIn: list,
  /** Staff must confirm a photo was taken openly, not in secret. */
  takenOpenlyRequired: z.boolean(),
  /** One-to-one images, and images of a single child with no surrounding context, are to be avoided (warnings). */
  avoidOneToOneImages: z.boolean(),
  /** Personal devices for photos: never, or with specific authorisation. */
  personalDevices: z.enum(['never', 'with-authorisation']),
  /** Roles that may authorise a personal device. */
  personalDeviceAuthorisers: z.array(roleSchema),
  /** Photos on a personal mobile phone: never, or with the same authorisation. */
  personalPhonePhotos: z.enum(['never', 'with-authorisation']),
  /** The setting's own social media account must be closed (members accepted by the manager) and moderated. */
  closedSocialMediaRequired: z.boolean(),
  /** Audiences whose uploads must be moderated (approved) before they appear. */
  moderationRequiredFor: list,
  /**
   * How long a publication may stay up once consent no longer covers it (ISO 8601 period, e.g. `P1M`), counted in
   * London days from the change: `planConsentChange` dates each take-down with it.
   */
  takeDownPeriod: period,
});

/** A setting's choices about photographs (see {@link imagePolicySchema}). */
export type ImagePolicy = z.output<typeof imagePolicySchema>;
type Giver = ImagePolicy['acceptedConsentGivers'][number];

const SECTION_27 = 'Appendix › Section 27 Photography and Videos';
const BABYS_DAYS = 'Electronic learning journals for recording children’s progress - BabysDays';
// 000 Barnet
const barnetConsent = quote('000', 'Photography and Videos', 'Informed written consent, using a proforma such as the attached, should be obtained from parents or carers');
const barnetPublicity = quote('000', 'Photography and Videos', 'all parties understand the implications especially if the image is to be used for any publicity purposes or published in the media');
const barnetPermission = quote('000', 'Helpful Hints › Do', 'Ensure you have parental permission to take and/or display photographs');
const barnetPersonalUse = quote('000', 'Photography and Videos', 'It is not appropriate for adults to take photographs of children for their own personal use');
const barnetPurpose = quote('000', 'Helpful Hints › Do', 'Be clear about the purpose of the activity and what will happen to the images');
const barnetSecret = quote('000', 'Helpful Hints › Do Not', 'Take images ‘in secret’ or images in situations that could be construed as being secretive');
const barnetOneToOne = quote('000', 'Helpful Hints › Do', 'Avoid making images in one to one situations or that show a single child with no surrounding context');
// 001 Homerton
const homertonNames = quote('001', 'PHOTOGRAPHS AND VIDEO', "Staff will not use children's first and last name nor use children's names in image files if published on the web");
const homertonWishes = quote('001', 'PHOTOGRAPHS AND VIDEO', 'It is also important to take into account the wishes of the child');
const homertonWishesFull = quote('001', 'PHOTOGRAPHS AND VIDEO', 'It is also important to take into account the wishes of the child, remembering that some children do not wish to have their photograph taken');
const homertonConsent = quote('001', 'PHOTOGRAPHS AND VIDEO', 'consent must be obtained from parents or carers before photographs or videos of young people will be taken or used within the setting');
const homertonPersonalUse = quote('001', 'HARDWARE PROVISION AND USE', 'personal use whilst on or off site is not permitted unless authorised by the Head of Centre');
const homertonPurpose = quote('001', 'PHOTOGRAPHS AND VIDEO', 'once they are no longer used for their required purpose e.g. observation or display');
// 002 Two Mile Ash
const tmaPublicity = quote('002', 'Cameras and videos', 'ensuring children cannot be identified by name or through being photographed in a sweatshirt with the name of their setting on it');
const tmaWritten = quote('002', 'Cameras and videos', 'with written permission received by parents');
const tmaValid = quote('002', 'Cameras and videos', 'only taken for valid reasons i.e. to record their learning and development, or for displays within the setting');
const tmaPublicityConsent = quote('002', 'Cameras and videos', 'If photographs of children are used for publicity purposes, parental consent must be given');
const tmaVisible = quote('002', BABYS_DAYS, 'Group photos will only be shared via Baby’s Days with written consent from all the parents of children visible');
const tmaJournalNames = quote('002', BABYS_DAYS, 'No child will be identified by name');
const tmaMonitored = quote('002', 'Cameras and videos', 'Such use is monitored by the manager');
const tmaWellbeing = quote('002', 'Policy statement', 'ensure the safety and wellbeing of children and young people is paramount');
// 003 Cambridgeshire
const cambsSocial = quote('003', 'Setting social media sites', 'No staff, families or children\'s personal information will be accessible by users of the site');
const cambsModerate = quote('003', 'Setting social media sites', 'The manager/administrator will moderate all postings to the site');
const cambsClosed = quote('003', 'Setting social media sites', 'Setting social networking sites containing information about children attending the setting must be “closed”');
const cambsNotOwned = quote('003', '2. Hardware and provision use', 'Staff taking photographs or recording with technology not owned by our setting is specifically not allowed');
const cambsWorkOnly = quote('003', '2. Hardware and provision use', 'Setting issued devices only should be used for work purposes');
const cambsSafeguarded = quote('003', 'Introduction', 'children are safeguarded against all risks');
// 004 Kirklees
const kirkleesWebsite = quote('004', 'Publishing content online › School website', 'Photographs of identifiable individual pupils are not published on the web site');
const kirkleesIdentities = quote('004', 'Publishing content online › School website', 'Identities of pupils are protected at all times');
const kirkleesNameList = quote('004', 'Publishing content online › School website', 'Group photographs do not have a name list attached');
const kirkleesModerated = quote('004', 'Publishing content online › School website', 'responsibility for uploading material is always moderated');
const kirkleesFullNames = quote('004', 'Using images, video and sound', 'Full names of participants are not used either within the resource itself, within the file-name or in accompanying text online');
const kirkleesSign = quote('004', 'Using images, video and sound', 'We ask all parents/carers to sign an agreement about taking and publishing photographs');
const kirkleesPersonalDevice = quote('004', 'Using images, video and sound', 'never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils');
const kirkleesImplications = quote('004', SECTION_27, 'understand the implications of the image being taken especially if it is to be used for any publicity purposes or published in the media, or on the Internet');
const kirkleesBefore = quote('004', SECTION_27, 'should always be sought before an image is taken for any purpose');
const kirkleesPersonalUse = quote('004', SECTION_27, 'It is not appropriate for adults to take photographs of children for their personal use');
const kirkleesSecret = quote('004', SECTION_27, 'take images ‘in secret’, or taking images in situations that may be construed as being secretive');
const kirkleesOneToOne = quote('004', SECTION_27, 'avoid making images in one to one situations or which show a single child with no surrounding context');
// The statutory facts
const consentRecord = quote('statutory', 'What learning-journal products do today',
  'Consent in the better ones is per use (learning journal, display, website, social media, marketing), has a review date, is signed and dated, and can be withdrawn');
const digitalConsentAge = quote('statutory', 'Digital consent age', '13 in the UK (Data Protection Act 2018, s.9)');
const icoRemoval = quote('statutory', 'Parents\' own photos', 'Allow about one month for a removal request');

const publicityOnly = reading<Audience[]>(['publicity'], 'The policy asks for the implications to be explained only for publicity.', barnetPublicity);
const noModeration = reading<Audience[]>([], 'The policy names no moderation of uploads.');
const noNames = (who: string) => reading<Audience[]>([], `${who} has no naming clause: it sets no limit on names.`);
const noImplications = (why: string) => reading<Audience[]>([], why);
const noOneToOne = reading(false, 'The policy has no clause on one-to-one images or a single child without context.');
const noSecrecyCheck = reading(false, 'The template has no clause on images taken in secret (its staff record only with setting technology).');
const noClosedAccount = reading(false, 'The policy has no clause on the setting\'s own social media account.');
const parentsOrCarers: Giver[] = ['parent', 'carer', 'guardian'];
const anyButPersonal = (...from: Quote[]) =>
  reading(NOT_PERSONAL, 'Every purpose but an adult\'s own use: the policy names no narrower list.', ...from);

/** The image section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause. */
export const imagePolicy = defineSection({
  schema: imagePolicySchema,
  // Values that can never apply while others are as they are: a policy that sets one is refused.
  neverApplies: [
    { field: 'personalDeviceAuthorisers', when: (s) => s.personalDevices === 'never' && s.personalDeviceAuthorisers.length > 0,
      because: 'personalDevices is \'never\', so no personal device is ever authorised. Leave it empty, or set personalDevices to \'with-authorisation\'.' },
    { field: 'personalPhonePhotos', when: (s) => s.personalDevices === 'never' && s.personalPhonePhotos === 'with-authorisation',
      because: 'personalDevices is \'never\', and a personal phone is a personal device: its photos are refused all the same. Set it to \'never\', or personalDevices to \'with-authorisation\'.' },
  ],
  // The baseline: the strictest common reading of the five policies.
  baseline: {
    permittedAudiences: reading(ALL, 'No policy forbids an audience outright; the other values limit each one.'),
    validPurposes: reading(NOT_PERSONAL, 'Every purpose but an adult\'s own use; only 002 names a narrower list (see two-mile-ash-pre-school).',
      barnetPersonalUse, kirkleesPersonalUse),
    purposeRequired: sourced(true, barnetPurpose,
      quote('004', SECTION_27, 'be clear about the purpose of the activity and about what will happen to the images when the activity is concluded')),
    writtenConsentRequired: sourced(true, barnetConsent, tmaWritten, kirkleesSign),
    acceptedConsentGivers: reading(parentsOrCarers, 'Parents or carers: people with parental responsibility.', barnetConsent),
    consentBeforeTaking: sourced(true, kirkleesBefore, homertonConsent),
    visibleChildrenConsentIn: reading<Audience[]>([], 'Consent is needed for every child who can be identified; only 002 asks it of every child visible, in its learning journal (see two-mile-ash-pre-school).'),
    informedConsentAudiences: sourced(WEB, barnetPublicity, kirkleesImplications),
    childAgreement: sourced('seek-where-possible' as const, quote('000', 'Photography and Videos', 'agreement should also be sought from the child, where possible')),
    identifiableIndividualForbiddenIn: sourced(['setting-website'] as Audience[], kirkleesWebsite),
    fullNameForbiddenIn: sourced(ALL, kirkleesFullNames),
    anyNameForbiddenIn: sourced(WEB, tmaPublicity, cambsSocial, kirkleesIdentities),
    nameInFileNameForbiddenIn: sourced(WEB, homertonNames),
    nameListForbiddenIn: sourced(WEB, kirkleesNameList),
    brandedClothingForbiddenIn: sourced(['publicity'] as Audience[], tmaPublicity),
    takenOpenlyRequired: sourced(true, barnetSecret, kirkleesSecret),
    avoidOneToOneImages: sourced(true, barnetOneToOne, kirkleesOneToOne),
    personalDevices: sourced('never' as const,
      quote('002', 'Cameras and videos', 'Our staff and volunteers must not bring their personal cameras or video recording equipment into the setting'),
      cambsNotOwned, kirkleesPersonalDevice),
    personalDeviceAuthorisers: reading([] as Role[], 'None: personal devices are never allowed.'),
    personalPhonePhotos: sourced('never' as const,
      quote('001', 'MOBILE TECHNOLOGY - STAFF', 'Personal mobile phones must never be used to contact children or their families, nor should they be used to take videos or photographs of children'),
      kirkleesPersonalDevice),
    closedSocialMediaRequired: sourced(true, cambsClosed),
    moderationRequiredFor: sourced(['setting-website', 'setting-social-media'] as Audience[], cambsModerate, kirkleesModerated),
    takeDownPeriod: reading('P1M', 'About one month, read as one calendar month from the change (the withdrawal, or the narrowed consent); none of the five policies sets another period.', icoRemoval),
  },
  // Each preset answers as its own policy and the law do: a value the policy is silent on is its own reading, never
  // another setting's clause.
  presets: {
    'barnet-early-years': {
      validPurposes: anyButPersonal(barnetPersonalUse),
      purposeRequired: sourced(true, barnetPurpose),
      writtenConsentRequired: sourced(true, barnetConsent),
      consentBeforeTaking: sourced(true, barnetPermission),
      informedConsentAudiences: publicityOnly,
      identifiableIndividualForbiddenIn: reading([], 'The guidance has no clause on a single identifiable child.'),
      fullNameForbiddenIn: noNames('The guidance'),
      anyNameForbiddenIn: noNames('The guidance'),
      nameInFileNameForbiddenIn: noNames('The guidance'),
      nameListForbiddenIn: noNames('The guidance'),
      brandedClothingForbiddenIn: reading([], 'The guidance has no clause on branded clothing.'),
      takenOpenlyRequired: sourced(true, barnetSecret),
      avoidOneToOneImages: sourced(true, barnetOneToOne),
      personalDevices: sourced('with-authorisation' as const, quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation')),
      personalDeviceAuthorisers: reading(['manager'] as Role[], 'The manager gives the authorisation for the organisation.', quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation')),
      personalPhonePhotos: sourced('with-authorisation' as const, quote('000', 'Helpful Hints › Do Not', 'Use mobile phones or other devices to take photographs, (unless you have specific authorisation)')),
      closedSocialMediaRequired: noClosedAccount,
      moderationRequiredFor: noModeration,
    },
    'homerton-early-years': {
      validPurposes: anyButPersonal(homertonPersonalUse),
      purposeRequired: reading(true, 'Photos are deleted once they no longer serve their required purpose, so each photo\'s purpose is recorded.', homertonPurpose),
      writtenConsentRequired: reading(true, 'The policy asks for consent without saying how it is given; the library keeps a signed, dated record of it, as the statutory facts describe one.', homertonConsent, consentRecord),
      acceptedConsentGivers: reading(parentsOrCarers, 'Parents or carers: people with parental responsibility.', homertonConsent),
      consentBeforeTaking: sourced(true, homertonConsent),
      informedConsentAudiences: noImplications('The policy asks for consent, not for a record that its implications were explained.'),
      identifiableIndividualForbiddenIn: reading([], 'The policy has no clause on a single identifiable child.'),
      fullNameForbiddenIn: sourced(WEB, homertonNames),
      anyNameForbiddenIn: reading([], 'The policy limits full names and names in file names, not every name.'),
      nameInFileNameForbiddenIn: sourced(WEB, homertonNames),
      nameListForbiddenIn: reading([], 'The policy has no clause on name lists; full names in one are kept off the web by fullNameForbiddenIn.', homertonNames),
      brandedClothingForbiddenIn: reading([], 'The policy has no clause on branded clothing.'),
      takenOpenlyRequired: reading(true, 'A photo taken in secret cannot take the child\'s wishes into account (read as the phone area reads it).', homertonWishesFull),
      avoidOneToOneImages: noOneToOne,
      childAgreement: sourced('respect-objection' as const, homertonWishes),
      personalDevices: sourced('with-authorisation' as const, quote('001', 'HARDWARE PROVISION AND USE', 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre')),
      personalDeviceAuthorisers: sourced(['head-of-setting'] as Role[], quote('001', 'HARDWARE PROVISION AND USE', 'unless agreed with the Head of Centre')),
      personalPhonePhotos: sourced('never' as const, quote('001', 'MOBILE TECHNOLOGY - STAFF', 'nor should they be used to take videos or photographs of children')),
      closedSocialMediaRequired: noClosedAccount,
      moderationRequiredFor: noModeration,
    },
    'two-mile-ash-pre-school': {
      permittedAudiences: sourced(['learning-journal', 'setting-display', 'publicity'] as Audience[], tmaValid, tmaPublicityConsent),
      validPurposes: reading<Purpose[]>(['observation', 'learning-journal', 'display', 'publicity'],
        'Its valid reasons: learning and development (observation, the learning journal), displays, and publicity with consent.', tmaValid, tmaPublicityConsent),
      purposeRequired: reading(true, 'Photos are taken only for valid reasons, so each photo\'s reason is recorded.', tmaValid),
      writtenConsentRequired: sourced(true, tmaWritten),
      acceptedConsentGivers: sourced(['parent', 'guardian'] as Giver[], tmaWritten),
      consentBeforeTaking: reading(true, 'Photos are only taken with written permission, so the permission comes first.', tmaValid, tmaWritten),
      visibleChildrenConsentIn: sourced(['learning-journal'] as Audience[], tmaVisible),
      informedConsentAudiences: noImplications('The policy asks for parental consent for publicity, not for a record that its implications were explained.'),
      childAgreement: reading('respect-objection' as const, 'The policy does not ask for the child\'s agreement; their wellbeing is paramount, so an objection is respected.', tmaWellbeing),
      identifiableIndividualForbiddenIn: reading([], 'The policy has no clause on a single identifiable child.'),
      fullNameForbiddenIn: sourced(['publicity', 'learning-journal'] as Audience[], tmaPublicity, tmaJournalNames),
      anyNameForbiddenIn: sourced(['publicity', 'learning-journal'] as Audience[], tmaPublicity, tmaJournalNames),
      nameInFileNameForbiddenIn: reading([], 'No clause on file names as such: a name in the file name is a name, which anyNameForbiddenIn forbids for publicity and the learning journal.'),
      nameListForbiddenIn: reading(['publicity', 'learning-journal'] as Audience[], 'A name list identifies the children in it by name.', tmaPublicity, tmaJournalNames),
      takenOpenlyRequired: reading(true, 'Photographs of children are monitored by the manager: one taken in secret escapes that (read as the phone area reads it).', tmaMonitored),
      avoidOneToOneImages: noOneToOne,
      personalDevices: sourced('never' as const,
        quote('002', 'Cameras and videos', 'Our staff and volunteers must not bring their personal cameras or video recording equipment into the setting'),
        quote('002', 'Information Communication Technology (ICT) equipment', 'Only ICT equipment belonging to the setting is used by staff and children')),
      personalPhonePhotos: sourced('never' as const, quote('002', 'Mobile phones – staff and visitors', 'Personal mobile phones are not used by our staff on the premises during working hours')),
      closedSocialMediaRequired: reading(false, 'Photos do not go to social media at all (permittedAudiences), so no account is checked.'),
      moderationRequiredFor: noModeration,
    },
    'cambridgeshire-early-years': {
      validPurposes: anyButPersonal(cambsWorkOnly),
      purposeRequired: reading(false, 'The template has no clause on recording a photo\'s purpose.'),
      writtenConsentRequired: reading(true, 'The template has no photo consent clause; the library keeps a signed, dated consent record, as the statutory facts describe one.', consentRecord),
      acceptedConsentGivers: reading(parentsOrCarers, 'The template names no one: below the digital consent age, consent comes from someone with parental responsibility.', digitalConsentAge),
      consentBeforeTaking: reading(false, 'The template has no photo consent clause: consent must be in force when the photo is used (statutory facts), not necessarily before it was taken.', consentRecord),
      informedConsentAudiences: noImplications('The template has no clause on explaining the implications of consent.'),
      childAgreement: reading('respect-objection' as const, 'The template does not ask for the child\'s agreement; children are safeguarded against all risks, so an objection is respected.', cambsSafeguarded),
      identifiableIndividualForbiddenIn: reading([], 'The template has no clause on a single identifiable child.'),
      fullNameForbiddenIn: sourced(['setting-social-media'] as Audience[], cambsSocial),
      anyNameForbiddenIn: sourced(['setting-social-media'] as Audience[], cambsSocial),
      nameInFileNameForbiddenIn: reading([], 'The template has no clause on file names.'),
      nameListForbiddenIn: sourced(['setting-social-media'] as Audience[], cambsSocial),
      brandedClothingForbiddenIn: reading([], 'The template has no clause on branded clothing.'),
      takenOpenlyRequired: noSecrecyCheck,
      avoidOneToOneImages: noOneToOne,
      personalDevices: sourced('never' as const, cambsNotOwned),
      personalPhonePhotos: sourced('never' as const, cambsNotOwned),
      moderationRequiredFor: sourced(['setting-social-media'] as Audience[], cambsModerate),
    },
    'kirklees-primary': {
      validPurposes: anyButPersonal(kirkleesPersonalUse),
      consentBeforeTaking: sourced(true, kirkleesBefore),
      purposeRequired: sourced(true, quote('004', SECTION_27, 'be clear about the purpose of the activity and about what will happen to the images when the activity is concluded')),
      writtenConsentRequired: sourced(true, kirkleesSign),
      acceptedConsentGivers: reading(parentsOrCarers, 'Parents or carers: people with parental responsibility.', kirkleesSign),
      informedConsentAudiences: sourced(WEB, kirkleesImplications),
      childAgreement: sourced('required' as const, quote('004', 'Using images, video and sound', 'Digital images, video and sound recordings are only taken with the permission of participants')),
      anyNameForbiddenIn: sourced(['setting-website'] as Audience[], kirkleesIdentities),
      nameInFileNameForbiddenIn: sourced(WEB, kirkleesFullNames),
      nameListForbiddenIn: sourced(['setting-website'] as Audience[], kirkleesNameList),
      brandedClothingForbiddenIn: reading([], 'The policy has no clause on branded clothing.'),
      takenOpenlyRequired: sourced(true, kirkleesSecret),
      avoidOneToOneImages: sourced(true, kirkleesOneToOne),
      personalDevices: sourced('never' as const, kirkleesPersonalDevice),
      personalPhonePhotos: sourced('never' as const, kirkleesPersonalDevice),
      closedSocialMediaRequired: reading(false, 'The policy has no clause on a closed social media account; uploads are moderated (moderationRequiredFor).'),
      moderationRequiredFor: sourced(['setting-website', 'setting-social-media'] as Audience[], kirkleesModerated),
    },
  },
});
