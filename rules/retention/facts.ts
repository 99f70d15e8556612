// The retention facts: what each is (the specs rules are checked against), and how they are computed from a photo record.
import type { Computed, Context } from '../../src/core/area.js';
import { b, one } from '../../src/core/facts.js';
import { invalid, type Finding } from '../../src/core/findings.js';
import type { ParamSpec } from '../../src/core/rules/types.js';
import { dayNumberOfInput, hasPassed, instantMs, londonDayNumber } from '../../src/core/time/instant.js';
import { addPeriodToDay, addYearToDay, nextMonthDayOfDay, parsePeriod, type Period } from '../../src/core/time/periods.js';
import { storageAllowances, type RetentionPolicy } from './policy.js';
import { publicPurposes, storageKinds, type PhotoRecord, type Purpose } from './schema.js';

/** Which computed date a rule's deadline is: `deleteBy` is the earliest among the rules that decide the action. */
export const deadlines = Object.freeze(['now', 'purpose-ended', 'retain-until', 'yearly-purge', 'child-left', 'consent-withdrawn'] as const);
/** A computed date a retention rule's deadline refers to. */
export type Deadline = (typeof deadlines)[number];

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts retention rules may use, once per photo record. */
export const retentionFactSpecs = {
  showsChildren: b('At least one child is in the photo.'),
  storedOn: one(storageKinds, 'Where the photo is kept.'),
  purposeRecorded: b('At least one purpose is recorded.'),
  personalPurpose: b('One of its purposes is an adult\'s personal use.'),
  purposeOutsidePolicy: b('One of its purposes is not among the policy\'s valid purposes.'),
  purposeEnded: b('It no longer serves its recorded purpose (purposeEndedAt is at or before the decision).'),
  purposeServedRule: one(['delete', 'as-agreed'], 'Policy: when the purpose is served, delete; or do what was agreed.'),
  retentionAgreement: one(['destroy', 'retain', 'none'], 'What was agreed would happen to it after the activity.'),
  retentionPeriodRecorded: b('An agreed storage period (retainUntil) is recorded.'),
  retentionPeriodRequired: b('Policy: an agreed storage period must be recorded.'),
  retentionPeriodPassed: b('The agreed storage period has ended.'),
  yearlyPurge: b('Policy: photos of children are purged from setting devices once a year.'),
  purgeDue: b('The yearly purge date for this photo has come.'),
  beyondYearApproval: one(['valid', 'invalid', 'none'], 'Permission to keep it beyond a year: valid (right role, allowed purpose, in date), invalid, or none.'),
  beyondYearPurpose: b('One of its purposes is one the policy allows to be kept beyond a year.'),
  childrenLeft: one(['none', 'some', 'all'], 'How many of the children in it have left the setting.'),
  consentWithdrawn: one(['none', 'some-uses', 'all-uses'], 'Consent withdrawn for a child in it: for none, some or all of its uses.'),
  storagePlace: one(storageAllowances, 'Policy: photos of children may be kept where this one is (storedOn): allowed, with authorisation, or forbidden.'),
  storageAuthorisation: one(['valid', 'invalid', 'none'], 'Who authorised keeping it where it is: a role the policy accepts (valid), another role (invalid), or nobody recorded (none).'),
  storageAgreementRequired: b('Policy: where photos of children will be stored must be agreed and recorded.'),
  storageAgreement: one(['kept-there', 'elsewhere', 'none'], 'The agreed storage place: recorded and where it is kept, recorded and somewhere else, or none recorded.'),
  accessAgreementRequired: b('Policy: who will have access to photos of children must be agreed and recorded.'),
  accessAgreed: b('Who will have access to it is agreed and recorded (agreedAccess).'),
} as const;

/** What every retention rule's event says: what it means for the photo, and by when. */
export const retentionEventParams = {
  action: { type: 'string', values: ['delete', 'review'], required: true, description: 'What the rule means for the photo.' },
  deadline: { type: 'string', values: deadlines, required: true, description: 'Which computed date the action is due by.' },
} as const satisfies Record<string, ParamSpec>;

/** The days a record's deadlines refer to, and the next scheduled deletion where it is kept: what the finish needs (day numbers). */
export interface RetentionDates {
  dates: Partial<Record<Deadline, number>>;
  /** The earliest day a kept photo is due to go (end of agreed period, purge, end of approval). */
  scheduled?: number;
}

/** The policy's periods, read once per options read (the area's `readOptions`). */
export interface RetentionPeriods {
  childLeaving: Period;
  withdrawalPublic: Period;
  withdrawalOther: Period;
}

/** Reads the policy's periods once for a decision or a whole sweep. */
export const readRetentionPeriods = (_: unknown, __: unknown, policy: RetentionPolicy): RetentionPeriods => ({
  childLeaving: parsePeriod(policy.childLeavingPeriod)!,
  withdrawalPublic: parsePeriod(policy.withdrawalPublicPeriod)!,
  withdrawalOther: parsePeriod(policy.withdrawalOtherPeriod)!,
});

const min = (a: number | undefined, b: number) => (a === undefined || b < a ? b : a);
/** Has a date passed? A date-only value runs to the end of its London day; a date-time is exact. */
const passed = (raw: string | Date, ctx: Context<RetentionPolicy>) => hasPassed(raw, ctx.atMs, ctx.day);
const reached = (raw: string | Date, ctx: Context<RetentionPolicy>) => instantMs(raw) <= ctx.atMs;

/**
 * The retention facts of one photo record at the moment of the decision, and the dates its deadlines refer to.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { retentionArea } from './area.js';
 * const facts = computeRetentionFacts([record], readOptions(retentionArea, { policy: 'homerton-early-years', at }));
 * Array.isArray(facts) ? facts : facts.root.purgeDue; // true (taken 2025-10-14: the yearly purge has come)
 * ```
 */
export function computeRetentionFacts([p]: [PhotoRecord], ctx: Context<RetentionPolicy>): Computed<RetentionDates> | Finding[] {
  const { policy, atMs } = ctx;
  const periods = ctx.extra as RetentionPeriods;
  const takenMs = instantMs(p.takenAt);
  if (takenMs > atMs) return [invalid('photo.takenAt', 'photo.takenAt is after options.at: a photo cannot be taken after the moment of the decision')];
  // Every deadline present from the start: one object shape for every record.
  const dates: Partial<Record<Deadline, number>> = {
    now: ctx.day, 'purpose-ended': undefined, 'retain-until': undefined, 'yearly-purge': undefined, 'child-left': undefined, 'consent-withdrawn': undefined,
  };
  const showsChildren = p.childIds.length > 0;

  let purposeOutsidePolicy = false, personalPurpose = false, beyondYearPurpose = false;
  for (const u of p.purposes) {
    if (!policy.validPurposes.includes(u)) purposeOutsidePolicy = true;
    if (u === 'personal') personalPurpose = true;
    if (policy.beyondYearPurposes.includes(u)) beyondYearPurpose = true;
  }
  const ended = p.purposeEndedAt != null && reached(p.purposeEndedAt, ctx);
  if (ended) dates['purpose-ended'] = dayNumberOfInput(p.purposeEndedAt!);

  let periodPassed = false;
  let scheduled: number | undefined;
  if (p.retainUntil != null) {
    const until = dayNumberOfInput(p.retainUntil);
    dates['retain-until'] = until;
    periodPassed = passed(p.retainUntil, ctx);
    if (!periodPassed) scheduled = until;
  }

  let approval: 'valid' | 'invalid' | 'none' = 'none';
  const a = p.keepBeyondYearApproval;
  if (a != null) {
    const ok = policy.beyondYearApprovers.includes(a.approvedBy) && policy.beyondYearPurposes.includes(a.purpose) && p.purposes.includes(a.purpose) &&
      reached(a.approvedAt, ctx) && (a.until == null || !passed(a.until, ctx));
    approval = ok ? 'valid' : 'invalid';
  }
  let purgeDue = false;
  if (policy.yearlyPurge && showsChildren && p.storedOn === 'setting-device') {
    const takenDay = londonDayNumber(takenMs);
    const purge = policy.yearlyPurgeDate === null ? addYearToDay(takenDay) : nextMonthDayOfDay(takenDay, policy.yearlyPurgeDate);
    dates['yearly-purge'] = purge;
    purgeDue = ctx.day >= purge;
    if (approval === 'valid') { if (a!.until != null) scheduled = min(scheduled, dayNumberOfInput(a!.until)); }
    else if (!purgeDue) scheduled = min(scheduled, purge);
  }

  let childrenLeft: 'none' | 'some' | 'all' = 'none';
  if (p.childrenLeft?.length && showsChildren) {
    const inPhoto = new Set(p.childIds);
    const left = new Set<string>();
    for (const c of p.childrenLeft) {
      if (!inPhoto.has(c.childId) || !reached(c.leftAt, ctx)) continue;
      left.add(c.childId);
      dates['child-left'] = min(dates['child-left'], addPeriodToDay(dayNumberOfInput(c.leftAt), periods.childLeaving));
    }
    childrenLeft = left.size === 0 ? 'none' : left.size === inPhoto.size ? 'all' : 'some';
  }

  let consentWithdrawn: 'none' | 'some-uses' | 'all-uses' = 'none';
  if (p.consentWithdrawals?.length && showsChildren && p.purposes.length) {
    const inPhoto = new Set(p.childIds);
    const uses = new Set<Purpose>(p.purposes);
    const hit = new Set<Purpose>();
    for (const w of p.consentWithdrawals) {
      if (!inPhoto.has(w.childId) || !reached(w.withdrawnAt, ctx)) continue;
      const from = dayNumberOfInput(w.withdrawnAt);
      for (const u of w.uses) {
        if (!uses.has(u)) continue;
        hit.add(u);
        const period = publicPurposes.includes(u) ? periods.withdrawalPublic : periods.withdrawalOther;
        dates['consent-withdrawn'] = min(dates['consent-withdrawn'], addPeriodToDay(from, period));
      }
    }
    consentWithdrawn = hit.size === 0 ? 'none' : hit.size === uses.size ? 'all-uses' : 'some-uses';
  }

  // Where it is kept: the policy's answer for the place (one lookup), who authorised it, and what was agreed. Nothing is
  // allocated: a sweep's cost per record stays one object of facts.
  const by = p.storageAuthorisedBy;
  const agreed = p.agreedStorage;
  const root = {
    showsChildren,
    storedOn: p.storedOn,
    purposeRecorded: p.purposes.length > 0,
    personalPurpose,
    purposeOutsidePolicy,
    purposeEnded: ended,
    purposeServedRule: policy.purposeServed,
    retentionAgreement: p.retentionAgreement ?? 'none',
    retentionPeriodRecorded: p.retainUntil != null,
    retentionPeriodRequired: policy.requireRetentionPeriod,
    retentionPeriodPassed: periodPassed,
    yearlyPurge: policy.yearlyPurge,
    purgeDue,
    beyondYearApproval: approval,
    beyondYearPurpose,
    childrenLeft,
    consentWithdrawn,
    storagePlace: policy.storagePlaces[p.storedOn],
    storageAuthorisation: by == null ? 'none' : policy.storageAuthorisers.includes(by) ? 'valid' : 'invalid',
    storageAgreementRequired: policy.requireStorageAgreement,
    storageAgreement: agreed == null || agreed.length === 0 ? 'none' : agreed.includes(p.storedOn) ? 'kept-there' : 'elsewhere',
    accessAgreementRequired: policy.requireAccessAgreement,
    accessAgreed: p.agreedAccess != null && p.agreedAccess.length > 0,
  };
  return { root, items: [], derived: { dates, scheduled } };
}
