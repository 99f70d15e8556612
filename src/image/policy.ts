import * as z from 'zod/mini';
import { defineSection } from '../policy/section.js';
import { audiences, type Audience } from './audience.js';

const list = z.array(z.enum(audiences));
const WEB: Audience[] = ['setting-website', 'setting-social-media', 'publicity'];
const ALL: Audience[] = [...audiences];

/** A setting's choices about photographs: see `docs/coverage.md` for the clause behind each preset value. */
export interface ImagePolicy {
  /** Audiences photos may go to at all. */
  permittedAudiences: Audience[];
  /** Consent must be written. */
  writtenConsentRequired: boolean;
  /** Who may give consent (people with parental responsibility). */
  acceptedConsentGivers: ('parent' | 'carer' | 'guardian')[];
  /** Audiences for which the consent must record that its implications were explained. */
  informedConsentAudiences: Audience[];
  /** The child's own agreement: required (block without it), sought where possible (warn), or only their objection respected. */
  childAgreement: 'required' | 'seek-where-possible' | 'respect-objection';
  /** Audiences where a photo of one identifiable child alone may not go. */
  identifiableIndividualForbiddenIn: Audience[];
  /** Audiences where a child's full name may not appear with the photo. */
  fullNameForbiddenIn: Audience[];
  /** Audiences where no name of a child may appear with the photo. */
  anyNameForbiddenIn: Audience[];
  /** Audiences where no name of a child may appear in the file name. */
  nameInFileNameForbiddenIn: Audience[];
  /** Audiences where a group photo may not carry a name list. */
  nameListForbiddenIn: Audience[];
  /** Audiences where clothing naming the setting may not be shown. */
  brandedClothingForbiddenIn: Audience[];
  /** Personal devices for photos: never, or with specific authorisation. */
  personalDevices: 'never' | 'with-authorisation';
  /** Roles that may authorise a personal device. */
  personalDeviceAuthorisers: string[];
  /** Photos on a personal mobile phone: never, or with the same authorisation. */
  personalPhonePhotos: 'never' | 'with-authorisation';
  /** Audiences whose uploads must be moderated (approved) before they appear. */
  moderationRequiredFor: Audience[];
}

export const imagePolicySchema = z.strictObject({
  permittedAudiences: list,
  writtenConsentRequired: z.boolean(),
  acceptedConsentGivers: z.array(z.enum(['parent', 'carer', 'guardian'])),
  informedConsentAudiences: list,
  childAgreement: z.enum(['required', 'seek-where-possible', 'respect-objection']),
  identifiableIndividualForbiddenIn: list,
  fullNameForbiddenIn: list,
  anyNameForbiddenIn: list,
  nameInFileNameForbiddenIn: list,
  nameListForbiddenIn: list,
  brandedClothingForbiddenIn: list,
  personalDevices: z.enum(['never', 'with-authorisation']),
  personalDeviceAuthorisers: z.array(z.string().check(z.minLength(1))),
  personalPhonePhotos: z.enum(['never', 'with-authorisation']),
  moderationRequiredFor: list,
});

/** The image section of `SettingPolicy`: the baseline and each preset's differences, with their clauses. */
export const imagePolicy = defineSection<ImagePolicy>({
  schema: imagePolicySchema,
  // Baseline: the strictest common reading of the five policies.
  baseline: {
    permittedAudiences: ALL,
    writtenConsentRequired: true, // 000 Photography and Videos; 002; 004 l.211
    acceptedConsentGivers: ['parent', 'carer', 'guardian'], // 000 "parents or carers"
    informedConsentAudiences: ['publicity', 'setting-website', 'setting-social-media'], // 004 Section 27 "or on the Internet"
    childAgreement: 'seek-where-possible', // 000 "agreement should also be sought from the child, where possible"
    identifiableIndividualForbiddenIn: ['setting-website'], // 004 School website
    fullNameForbiddenIn: ALL, // 004 Using images: full names not used
    anyNameForbiddenIn: WEB, // 002 publicity; 003 social media; 004 website
    nameInFileNameForbiddenIn: WEB, // 001 names in image files on the web
    nameListForbiddenIn: WEB, // 004 Group photographs do not have a name list attached
    brandedClothingForbiddenIn: ['publicity'], // 002 Cameras and videos
    personalDevices: 'never', // 002 l.104; 003 l.16; 004 l.212
    personalDeviceAuthorisers: [],
    personalPhonePhotos: 'never', // 001 l.71; 004 Section 27
    moderationRequiredFor: ['setting-website', 'setting-social-media'], // 003 l.66; 004 l.194
  },
  presets: {
    'barnet-early-years': {
      // 000: no identifiable-individual or naming clause; devices with specific authorisation.
      identifiableIndividualForbiddenIn: [],
      fullNameForbiddenIn: WEB,
      anyNameForbiddenIn: [],
      nameInFileNameForbiddenIn: [],
      informedConsentAudiences: ['publicity'], // 000 "especially if ... publicity ... or published in the media"
      personalDevices: 'with-authorisation', // 000 Do Not: "unless with specific authorisation"
      personalDeviceAuthorisers: ['manager'], // 000 "authorised by the organisation": the manager acts for it
      personalPhonePhotos: 'with-authorisation', // 000 Do Not: mobile phones "unless you have specific authorisation"
      moderationRequiredFor: [],
    },
    'homerton-early-years': {
      identifiableIndividualForbiddenIn: [],
      anyNameForbiddenIn: [],
      nameInFileNameForbiddenIn: WEB, // 001 l.53 "nor use children's names in image files if published on the web"
      informedConsentAudiences: ['publicity'],
      childAgreement: 'respect-objection', // 001 l.51 "take into account the wishes of the child"
      personalDevices: 'with-authorisation', // 001 l.43 "unless agreed with the Head of Centre"
      personalDeviceAuthorisers: ['head-of-centre'],
      personalPhonePhotos: 'never', // 001 l.71 never used to take videos or photographs
      moderationRequiredFor: [],
    },
    'two-mile-ash-pre-school': {
      permittedAudiences: ['learning-journal', 'setting-display', 'publicity'], // 002 l.106 "only taken for valid reasons"; l.108
      acceptedConsentGivers: ['parent', 'guardian'], // 002 l.106 "written permission received by parents"
      identifiableIndividualForbiddenIn: [],
      fullNameForbiddenIn: ALL,
      anyNameForbiddenIn: ['publicity', 'learning-journal'], // 002 l.108; l.134 (group photos, "No child will be identified by name")
      informedConsentAudiences: ['publicity'],
      childAgreement: 'respect-objection',
      moderationRequiredFor: [],
    },
    'cambridgeshire-early-years': {
      identifiableIndividualForbiddenIn: [],
      anyNameForbiddenIn: ['setting-social-media'], // 003 l.66 no personal information accessible
      nameInFileNameForbiddenIn: [],
      nameListForbiddenIn: ['setting-social-media'],
      brandedClothingForbiddenIn: [],
      informedConsentAudiences: ['publicity'],
      childAgreement: 'respect-objection',
      moderationRequiredFor: ['setting-social-media'], // 003 l.66 moderate all postings
    },
    'kirklees-primary': {
      childAgreement: 'required', // 004 l.210 "only taken with the permission of participants"
      anyNameForbiddenIn: ['setting-website'], // 004 l.197 "Identities of pupils are protected at all times"
      nameInFileNameForbiddenIn: WEB,
      nameListForbiddenIn: ['setting-website'], // 004 l.197
      brandedClothingForbiddenIn: [],
      moderationRequiredFor: ['setting-website', 'setting-social-media'], // 004 l.194
    },
  },
});
