import * as z from 'zod/mini';
import { defineSection } from '../core/policy/section.js';
import { purposes, roles, type Purpose, type Role } from '../lifecycle/vocabulary.js';
import { isMonthDay, isPeriod } from '../core/time/periods.js';

const period = z.string().check(z.refine(isPeriod, { message: 'must be an ISO 8601 period such as P1M or P30D' }));
const ALL_BUT_PERSONAL: Purpose[] = purposes.filter((p) => p !== 'personal');

/** A setting's choices about how long photos are kept: see `docs/coverage.md` for each preset value's clause. */
export interface RetentionPolicy {
  /** Purposes a photo of children may be kept for. */
  validPurposes: Purpose[];
  /** When a photo no longer serves its purpose: delete it, or do what was agreed for it (destroy or retain). */
  purposeServed: 'delete' | 'as-agreed';
  /** An agreed storage period (retainUntil) must be recorded for photos of children. */
  requireRetentionPeriod: boolean;
  /** Photos of children are deleted from setting devices once a year. */
  yearlyPurge: boolean;
  /** The purge date (`MM-dd`); null: a year after the photo was taken. */
  yearlyPurgeDate: string | null;
  /** Roles whose permission lets a photo be kept beyond the yearly purge. */
  beyondYearApprovers: Role[];
  /** Purposes a photo may be kept beyond a year for. */
  beyondYearPurposes: Purpose[];
  /** How long after a child leaves their photos must be deleted or handed to the family (ISO period). */
  childLeavingPeriod: string;
  /** How long after consent is withdrawn a photo must leave public uses (website, publicity, …). */
  withdrawalPublicPeriod: string;
  /** The same for other uses (learning journal, display, …). */
  withdrawalOtherPeriod: string;
}

/**
 * The zod/mini schema of the retention section.
 *
 * @example
 * ```ts
 * retentionPolicySchema.safeParse(presetPolicy('baseline').retention).success; // true
 * ```
 */
export const retentionPolicySchema = z.strictObject({
  validPurposes: z.array(z.enum(purposes)),
  purposeServed: z.enum(['delete', 'as-agreed']),
  requireRetentionPeriod: z.boolean(),
  yearlyPurge: z.boolean(),
  yearlyPurgeDate: z.nullable(z.string().check(z.refine(isMonthDay, { message: 'must be a month and day such as 09-01' }))),
  beyondYearApprovers: z.array(z.enum(roles)),
  beyondYearPurposes: z.array(z.enum(purposes)),
  childLeavingPeriod: period,
  withdrawalPublicPeriod: period,
  withdrawalOtherPeriod: period,
});

/** The retention section of `SettingPolicy`: the baseline and each preset's differences, with their clauses. */
export const retentionPolicy = defineSection<RetentionPolicy>({
  schema: retentionPolicySchema,
  baseline: {
    validPurposes: ALL_BUT_PERSONAL, // 000 l.29, 004 l.385: never for personal use
    purposeServed: 'delete', // 001 l.57 "deleting all photographs ... once they are no longer used for their required purpose"
    requireRetentionPeriod: true, // 000 l.26 "agreement as to how the images will be stored, and for how long"; 004 l.381
    yearlyPurge: false,
    yearlyPurgeDate: null,
    beyondYearApprovers: [],
    beyondYearPurposes: [],
    childLeavingPeriod: 'P1M', // statutory-facts.md "Records after a child leaves": configurable; no seed gives a number
    withdrawalPublicPeriod: 'P1M', // statutory-facts.md "Allow about one month for a removal request"
    withdrawalOtherPeriod: 'P1M',
  },
  presets: {
    'barnet-early-years': {
      purposeServed: 'as-agreed', // 000 l.35 "Be clear about the purpose of the activity and what will happen to the images"
    },
    'homerton-early-years': {
      validPurposes: ['observation', 'display', 'learning-journal', 'website', 'marketing', 'training'], // 001 l.51, l.57
      requireRetentionPeriod: false, // 001 l.57: the yearly purge is its storage period
      yearlyPurge: true, // 001 l.57 "Once a year, room leaders or managers will delete all photos of children"
      yearlyPurgeDate: null, // 001 l.57 names no date: a year after the photo was taken
      beyondYearApprovers: ['head-of-setting'], // 001 l.57 "will seek permission from the Head of Centre"
      beyondYearPurposes: ['training', 'website'], // 001 l.57 "e.g. for training or website"
    },
    'two-mile-ash-pre-school': {
      validPurposes: ['observation', 'learning-journal', 'display', 'publicity'], // 002 l.106 "only taken for valid reasons"; l.108 publicity
    },
    'kirklees-primary': {
      purposeServed: 'as-agreed', // 004 l.381 "agreement as to whether the images will be destroyed or retained"; l.392
    },
  },
});
