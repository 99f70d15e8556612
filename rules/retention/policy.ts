// The retention section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { isMonthDay, isPeriod } from '../../src/core/time/periods.js';
import { roleSchema, type Role } from '../vocabulary.js';
import { purposes, purposeSchema, type Purpose, type StorageKind } from './schema.js';

const period = z.string().check(z.refine(isPeriod, { message: 'must be an ISO 8601 period such as P1M or P30D' }));
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
export const storageAllowances = ['allowed', 'with-authorisation', 'forbidden'] as const;
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
  yearlyPurgeDate: z.nullable(z.string().check(z.refine(isMonthDay, { message: 'must be a month and day such as 09-01' }))),
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
});

/** A setting's choices about how long photos are kept (see {@link retentionPolicySchema}). */
export type RetentionPolicy = z.output<typeof retentionPolicySchema>;

const SECTION_27 = 'Appendix › Section 27 Photography and Videos';
const homertonPurge = quote('001', 'PHOTOGRAPHS AND VIDEO', 'Once a year, room leaders or managers will delete all photos of children from all school devices');
const oneMonth = quote('statutory', 'Parents\' own photos', 'Allow about one month for a removal request');

/** The retention section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause. */
export const retentionPolicy = defineSection({
  schema: retentionPolicySchema,
  baseline: {
    validPurposes: reading(ALL_BUT_PERSONAL, 'Every purpose but an adult\'s personal use.',
      quote('000', 'Photography and Videos', 'It is not appropriate for adults to take photographs of children for their own personal use'),
      quote('004', SECTION_27, 'It is not appropriate for adults to take photographs of children for their personal use')),
    purposeServed: sourced('delete' as const, quote('001', 'PHOTOGRAPHS AND VIDEO',
      'responsible for deleting all photographs of children from school devices once they are no longer used for their required purpose')),
    requireRetentionPeriod: sourced(true,
      quote('000', 'Photography and Videos', 'There should be agreement as to how the images will be stored, and for how long'),
      quote('004', SECTION_27, 'There also needs to be an agreement as to whether the images will be destroyed or retained for further use, where these will be stored')),
    yearlyPurge: reading(false, 'Only Homerton purges photos once a year; the baseline has no purge.'),
    yearlyPurgeDate: reading<string | null>(null, 'There is no purge, so no purge date.'),
    beyondYearApprovers: reading([] as Role[], 'There is no purge, so nobody approves keeping a photo beyond it.'),
    beyondYearPurposes: reading([] as Purpose[], 'There is no purge, so no purpose is kept beyond it.'),
    childLeavingPeriod: reading('P1M', 'No policy gives a number: the period is configurable, and one month is the default.',
      quote('statutory', 'Records after a child leaves', 'common practice is to delete photos or give them to the parents when the child leaves. Make it configurable.')),
    withdrawalPublicPeriod: sourced('P1M', oneMonth),
    withdrawalOtherPeriod: reading('P1M', 'The same month as for public uses: no source gives another period.', oneMonth),
  },
  presets: {
    'barnet-early-years': {
      purposeServed: sourced('as-agreed' as const, quote('000', 'Helpful Hints › Do', 'Be clear about the purpose of the activity and what will happen to the images')),
    },
    'homerton-early-years': {
      validPurposes: reading<Purpose[]>(['observation', 'display', 'learning-journal', 'website', 'marketing', 'training'],
        'The purposes the policy names for photos of children.',
        quote('001', 'PHOTOGRAPHS AND VIDEO', 'including displays, learning journeys, setting website and other marketing materials'),
        quote('001', 'PHOTOGRAPHS AND VIDEO', 'no longer used for their required purpose e.g. observation or display'),
        quote('001', 'PHOTOGRAPHS AND VIDEO', 'beyond a year e.g. for training or website')),
      requireRetentionPeriod: reading(false, 'The yearly purge is its storage period.', homertonPurge),
      yearlyPurge: sourced(true, homertonPurge),
      yearlyPurgeDate: reading<string | null>(null, 'The policy names no date: the purge falls a year after the photo was taken.', homertonPurge),
      beyondYearApprovers: sourced(['head-of-setting'] as Role[], quote('001', 'PHOTOGRAPHS AND VIDEO', 'will seek permission from the Head of Centre')),
      beyondYearPurposes: sourced(['training', 'website'] as Purpose[],
        quote('001', 'PHOTOGRAPHS AND VIDEO', 'If there is a purpose to store any photographs of children beyond a year e.g. for training or website')),
    },
    'two-mile-ash-pre-school': {
      validPurposes: reading<Purpose[]>(['observation', 'learning-journal', 'display', 'publicity'],
        'Its valid reasons: learning and development (observation, the learning journal), displays, and publicity with consent.',
        quote('002', 'Cameras and videos', 'only taken for valid reasons i.e. to record their learning and development, or for displays within the setting'),
        quote('002', 'Cameras and videos', 'If photographs of children are used for publicity purposes, parental consent must be given')),
    },
    'kirklees-primary': {
      purposeServed: sourced('as-agreed' as const,
        quote('004', SECTION_27, 'There also needs to be an agreement as to whether the images will be destroyed or retained for further use'),
        quote('004', SECTION_27, 'be clear about the purpose of the activity and about what will happen to the images when the activity is concluded')),
    },
  },
});
