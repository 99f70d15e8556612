// The image section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { roleSchema, type Role } from '../vocabulary.js';
import { audiences, type Audience } from './schema.js';

const list = z.array(z.enum(audiences));
const WEB: Audience[] = ['setting-website', 'setting-social-media', 'publicity'];
const ALL: Audience[] = [...audiences];

/** A setting's choices about photographs. */
export const imagePolicySchema = z.strictObject({
  /** Audiences photos may go to at all. */
  permittedAudiences: list,
  /** Consent must be written. */
  writtenConsentRequired: z.boolean(),
  /** Who may give consent (people with parental responsibility). */
  acceptedConsentGivers: z.array(z.enum(['parent', 'carer', 'guardian'])),
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
  /** Personal devices for photos: never, or with specific authorisation. */
  personalDevices: z.enum(['never', 'with-authorisation']),
  /** Roles that may authorise a personal device. */
  personalDeviceAuthorisers: z.array(roleSchema),
  /** Photos on a personal mobile phone: never, or with the same authorisation. */
  personalPhonePhotos: z.enum(['never', 'with-authorisation']),
  /** Audiences whose uploads must be moderated (approved) before they appear. */
  moderationRequiredFor: list,
});

/** A setting's choices about photographs (see {@link imagePolicySchema}). */
export type ImagePolicy = z.output<typeof imagePolicySchema>;

const barnetConsent = quote('000', 'Photography and Videos', 'Informed written consent, using a proforma such as the attached, should be obtained from parents or carers');
const barnetPublicity = quote('000', 'Photography and Videos', 'all parties understand the implications especially if the image is to be used for any publicity purposes or published in the media');
const homertonNames = quote('001', 'PHOTOGRAPHS AND VIDEO', "Staff will not use children's first and last name nor use children's names in image files if published on the web");
const homertonWishes = quote('001', 'PHOTOGRAPHS AND VIDEO', 'It is also important to take into account the wishes of the child');
const kirkleesWebsite = quote('004', 'Publishing content online › School website', 'Photographs of identifiable individual pupils are not published on the web site');
const kirkleesNameList = quote('004', 'Publishing content online › School website', 'Group photographs do not have a name list attached');
const kirkleesModerated = quote('004', 'Publishing content online › School website', 'responsibility for uploading material is always moderated');
const kirkleesFullNames = quote('004', 'Using images, video and sound', 'Full names of participants are not used either within the resource itself, within the file-name or in accompanying text online');
const cambsSocial = quote('003', 'Setting social media sites', 'No staff, families or children\'s personal information will be accessible by users of the site');
const cambsModerate = quote('003', 'Setting social media sites', 'The manager/administrator will moderate all postings to the site');
const tmaPublicity = quote('002', 'Cameras and videos', 'ensuring children cannot be identified by name or through being photographed in a sweatshirt with the name of their setting on it');
const publicityOnly = reading<Audience[]>(['publicity'], 'The policy asks for the implications to be explained only for publicity.', barnetPublicity);
const noModeration = reading<Audience[]>([], 'The policy names no moderation of uploads.');

/** The image section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause. */
export const imagePolicy = defineSection({
  schema: imagePolicySchema,
  // The baseline: the strictest common reading of the five policies.
  baseline: {
    permittedAudiences: reading(ALL, 'No policy forbids an audience outright; the other values limit each one.'),
    writtenConsentRequired: sourced(true, barnetConsent,
      quote('002', 'Cameras and videos', 'with written permission received by parents'),
      quote('004', 'Using images, video and sound', 'We ask all parents/carers to sign an agreement about taking and publishing photographs')),
    acceptedConsentGivers: reading(['parent', 'carer', 'guardian'] as ('parent' | 'carer' | 'guardian')[], 'Parents or carers: people with parental responsibility.', barnetConsent),
    informedConsentAudiences: sourced(WEB, barnetPublicity,
      quote('004', 'Appendix › Section 27 Photography and Videos', 'understand the implications of the image being taken especially if it is to be used for any publicity purposes or published in the media, or on the Internet')),
    childAgreement: sourced('seek-where-possible' as const, quote('000', 'Photography and Videos', 'agreement should also be sought from the child, where possible')),
    identifiableIndividualForbiddenIn: sourced(['setting-website'] as Audience[], kirkleesWebsite),
    fullNameForbiddenIn: sourced(ALL, kirkleesFullNames),
    anyNameForbiddenIn: sourced(WEB, tmaPublicity, cambsSocial, quote('004', 'Publishing content online › School website', 'Identities of pupils are protected at all times')),
    nameInFileNameForbiddenIn: sourced(WEB, homertonNames),
    nameListForbiddenIn: sourced(WEB, kirkleesNameList),
    brandedClothingForbiddenIn: sourced(['publicity'] as Audience[], tmaPublicity),
    personalDevices: sourced('never' as const,
      quote('002', 'Cameras and videos', 'Our staff and volunteers must not bring their personal cameras or video recording equipment into the setting'),
      quote('003', '2. Hardware and provision use', 'Staff taking photographs or recording with technology not owned by our setting is specifically not allowed'),
      quote('004', 'Using images, video and sound', 'never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils')),
    personalDeviceAuthorisers: reading([] as Role[], 'None: personal devices are never allowed.'),
    personalPhonePhotos: sourced('never' as const,
      quote('001', 'MOBILE TECHNOLOGY - STAFF', 'Personal mobile phones must never be used to contact children or their families, nor should they be used to take videos or photographs of children'),
      quote('004', 'Using images, video and sound', 'never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils')),
    moderationRequiredFor: sourced(['setting-website', 'setting-social-media'] as Audience[], cambsModerate, kirkleesModerated),
  },
  presets: {
    'barnet-early-years': {
      identifiableIndividualForbiddenIn: reading([], 'The guidance has no clause on a single identifiable child.'),
      fullNameForbiddenIn: reading(WEB, 'The guidance has no naming clause: full names are kept off what the public sees.'),
      anyNameForbiddenIn: reading([], 'The guidance has no naming clause.'),
      nameInFileNameForbiddenIn: reading([], 'The guidance has no naming clause.'),
      informedConsentAudiences: publicityOnly,
      personalDevices: sourced('with-authorisation' as const, quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation')),
      personalDeviceAuthorisers: reading(['manager'] as Role[], 'The manager gives the authorisation for the organisation.', quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation')),
      personalPhonePhotos: sourced('with-authorisation' as const, quote('000', 'Helpful Hints › Do Not', 'Use mobile phones or other devices to take photographs, (unless you have specific authorisation)')),
      moderationRequiredFor: noModeration,
    },
    'homerton-early-years': {
      identifiableIndividualForbiddenIn: reading([], 'The policy has no clause on a single identifiable child.'),
      anyNameForbiddenIn: reading([], 'The policy limits full names and names in file names, not every name.'),
      nameInFileNameForbiddenIn: sourced(WEB, homertonNames),
      informedConsentAudiences: publicityOnly,
      childAgreement: sourced('respect-objection' as const, homertonWishes),
      personalDevices: sourced('with-authorisation' as const, quote('001', 'HARDWARE PROVISION AND USE', 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre')),
      personalDeviceAuthorisers: sourced(['head-of-setting'] as Role[], quote('001', 'HARDWARE PROVISION AND USE', 'unless agreed with the Head of Centre')),
      personalPhonePhotos: sourced('never' as const, quote('001', 'MOBILE TECHNOLOGY - STAFF', 'nor should they be used to take videos or photographs of children')),
      moderationRequiredFor: noModeration,
    },
    'two-mile-ash-pre-school': {
      permittedAudiences: sourced(['learning-journal', 'setting-display', 'publicity'] as Audience[],
        quote('002', 'Cameras and videos', 'only taken for valid reasons i.e. to record their learning and development, or for displays within the setting'),
        quote('002', 'Cameras and videos', 'If photographs of children are used for publicity purposes, parental consent must be given')),
      acceptedConsentGivers: sourced(['parent', 'guardian'] as ('parent' | 'carer' | 'guardian')[], quote('002', 'Cameras and videos', 'with written permission received by parents')),
      identifiableIndividualForbiddenIn: reading([], 'The policy has no clause on a single identifiable child.'),
      fullNameForbiddenIn: reading(ALL, 'No child is identified by name (group photos, publicity).', tmaPublicity),
      anyNameForbiddenIn: sourced(['publicity', 'learning-journal'] as Audience[], tmaPublicity, quote('002', 'Electronic learning journals - BabysDays', 'No child will be identified by name')),
      informedConsentAudiences: publicityOnly,
      childAgreement: reading('respect-objection' as const, 'The policy does not ask for the child\'s agreement; an objection is still respected.'),
      moderationRequiredFor: noModeration,
    },
    'cambridgeshire-early-years': {
      identifiableIndividualForbiddenIn: reading([], 'The template has no clause on a single identifiable child.'),
      anyNameForbiddenIn: sourced(['setting-social-media'] as Audience[], cambsSocial),
      nameInFileNameForbiddenIn: reading([], 'The template has no clause on file names.'),
      nameListForbiddenIn: sourced(['setting-social-media'] as Audience[], cambsSocial),
      brandedClothingForbiddenIn: reading([], 'The template has no clause on branded clothing.'),
      informedConsentAudiences: publicityOnly,
      childAgreement: reading('respect-objection' as const, 'The template does not ask for the child\'s agreement; an objection is still respected.'),
      moderationRequiredFor: sourced(['setting-social-media'] as Audience[], cambsModerate),
    },
    'kirklees-primary': {
      childAgreement: sourced('required' as const, quote('004', 'Using images, video and sound', 'Digital images, video and sound recordings are only taken with the permission of participants')),
      anyNameForbiddenIn: sourced(['setting-website'] as Audience[], quote('004', 'Publishing content online › School website', 'Identities of pupils are protected at all times')),
      nameInFileNameForbiddenIn: sourced(WEB, kirkleesFullNames),
      nameListForbiddenIn: sourced(['setting-website'] as Audience[], kirkleesNameList),
      brandedClothingForbiddenIn: reading([], 'The policy has no clause on branded clothing.'),
      moderationRequiredFor: sourced(['setting-website', 'setting-social-media'] as Audience[], kirkleesModerated),
    },
  },
});
