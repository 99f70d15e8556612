import { safeParse } from '../../core/input.js';
import type { Duration } from 'date-fns';
import { retentionRules } from '../rules.js';
import type { Finding } from '../../core/findings.js';
import { readOptions, type Context, type DecisionOptions, type PreparedFacts } from '../../core/options.js';
import { inputFindings, invalid } from '../../core/findings.js';
import { publicPurposes, purposes, type Purpose } from '../../lifecycle/vocabulary.js';
import type { Facts } from '../../core/rules/compile.js';
import { instantMs } from '../../core/time/instant.js';
import { byDay, dayName, londonDayNumber, londonDayOfMs } from '../../core/time/instant.js';
import { addPeriod, addYear, nextMonthDay, parsePeriod } from '../../core/time/periods.js';
import type { Deadline } from '../facts.js';
import type { RetentionPolicy } from '../policy.js';
import { fastParse, type ParsedRecord } from '../fastParse.js';
import { photoRecordSchema, type PhotoRecord } from '../schema.js';

/** Everything a retention decision needs that does not depend on the record: built once per sweep. */
export interface RetentionContext {
  ctx: Context<RetentionPolicy>;
  policy: RetentionPolicy;
  atMs: number;
  today: string;
  /** The London day of an instant (ms). */
  day: (ms: number) => string;
  plus: (day: string, which: 'child' | 'public' | 'other') => string;
  /** The yearly purge date of a photo taken on a London day (a day number). */
  purge: (takenDay: number) => string;
  valid: ReadonlySet<string>;
  beyondYear: ReadonlySet<string>;
  /** Per purpose: OUTSIDE (not a valid purpose), PERSONAL, BEYOND_YEAR, as bits. */
  purposeKinds: ReadonlyMap<string, number>;
  approvers: ReadonlySet<string>;
  public: ReadonlySet<string>;
}

/** The facts of one record, the dates its deadlines refer to, and the next scheduled deletion where it is kept. */
export interface RetentionFacts {
  findings: Finding[];
  facts?: Facts;
  dates: Partial<Record<Deadline, string>>;
  /** The earliest date a kept photo is due to go (end of agreed period, purge, end of approval). */
  scheduled?: string;
}

const OUTSIDE = 1, PERSONAL = 2, BEYOND_YEAR = 4;
/** A valid record's findings: none (one frozen list shared by every record of a sweep). */
const NO_FINDINGS = Object.freeze([]) as unknown as Finding[];

/** Dates computed from days, by period (pure, so shared by every sweep in the process; each memo bounded). */
const shared = new Map<string, Map<string, string>>();

/** The yearly purge date by the day a photo was taken, one memo per purge date (pure, so shared by every sweep). */
const purges = new Map<string | null, (takenDay: number) => string>();
const purgeMemo = (purgeDate: string | null) => {
  let m = purges.get(purgeDate);
  if (!m) {
    m = byDay((d) => (purgeDate === null ? addYear(dayName(d)) : nextMonthDay(dayName(d), purgeDate)));
    purges.set(purgeDate, m);
  }
  return m;
};

/** Checks the options and builds the context once (for a single check or a whole sweep). */
export function retentionContext(options: unknown): RetentionContext {
  const ctx = readOptions(options, true, retentionRules.decision);
  const policy = ctx.policy;
  const day = londonDayOfMs;
  const atMs = ctx.at.getTime();
  const today = Number.isNaN(atMs) ? '' : day(atMs);
  const periods: Record<'child' | 'public' | 'other', Duration> = {
    child: parsePeriod(policy.childLeavingPeriod)!,
    public: parsePeriod(policy.withdrawalPublicPeriod)!,
    other: parsePeriod(policy.withdrawalOtherPeriod)!,
  };
  const memo = (key: string, make: (day: string) => string) => {
    const m = shared.get(key) ?? shared.set(key, new Map()).get(key)!;
    return (d: string) => {
      let v = m.get(d);
      if (v === undefined) {
        if (m.size >= 20_000) m.clear();
        v = make(d);
        m.set(d, v);
      }
      return v;
    };
  };
  const purgeDate = policy.yearlyPurgeDate;
  const after = {
    child: memo(policy.childLeavingPeriod, (d) => addPeriod(d, periods.child)),
    public: memo(policy.withdrawalPublicPeriod, (d) => addPeriod(d, periods.public)),
    other: memo(policy.withdrawalOtherPeriod, (d) => addPeriod(d, periods.other)),
  };
  return {
    ctx, policy, atMs, today, day,
    plus: (d, which) => after[which](d),
    purge: purgeMemo(purgeDate),
    valid: new Set(policy.validPurposes),
    beyondYear: new Set(policy.beyondYearPurposes),
    purposeKinds: new Map(purposes.map((u) => [u, (policy.validPurposes.includes(u) ? 0 : OUTSIDE) | (u === 'personal' ? PERSONAL : 0) |
      (policy.beyondYearPurposes.includes(u) ? BEYOND_YEAR : 0)])),
    approvers: new Set(policy.beyondYearApprovers),
    public: new Set(publicPurposes),
  };
}

/**
 * The facts the retention rules decide on, for one photo record. Pass them to
 * `decideWithEngine` (from `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = retentionFacts(record, { at: '2026-11-22T10:00:00Z', policy: 'homerton-early-years' });
 * prepared.sets?.root.purgeDue; // true once the yearly purge date has come
 * ```
 */
export function retentionFacts(record: unknown, options?: DecisionOptions): PreparedFacts {
  const rc = retentionContext(options);
  const r = recordFacts(record, rc);
  const base = { area: 'retention', policy: rc.ctx.ref, ruleSet: rc.ctx.ruleSet };
  return r.facts ? { ...base, findings: [], sets: { root: r.facts, items: [] } } : { ...base, findings: r.findings };
}

/** The London day of an ISO input: a date-only input is that day itself. */
const dayOfInput = (raw: string, rc: RetentionContext) => (raw.length === 10 ? raw : rc.day(instantMs(raw)));
/** Has a date passed? A date-only value runs to the end of that London day. */
const passed = (raw: string, rc: RetentionContext) => (raw.length === 10 ? rc.today > raw : rc.atMs > instantMs(raw));
const reached = (raw: string, rc: RetentionContext) => instantMs(raw) <= rc.atMs;
const min = (a: string | undefined, b: string) => (a === undefined || b < a ? b : a);

/** Validates one record and computes its facts and dates. Never throws. */
export function recordFacts(record: unknown, rc: RetentionContext): RetentionFacts {
  if (rc.ctx.findings.length) return { findings: rc.ctx.findings, dates: {} };
  let p: ParsedRecord | undefined;
  try { p = fastParse(record); } catch { p = undefined; } // a value that throws when read: the schema explains
  if (!p) {
    const parsed = safeParse(photoRecordSchema, record);
    if (!parsed.success) return { findings: inputFindings('photo', record, parsed.error.issues), dates: {} };
    p = parsed.data as PhotoRecord;
  }
  const takenMs = p.takenMs ?? instantMs(p.takenAt);
  if (takenMs > rc.atMs) {
    return { findings: [invalid('photo.takenAt', 'photo.takenAt is after options.at: a photo cannot be taken after the moment of the decision')], dates: {} };
  }
  const policy = rc.policy;
  // Every deadline present from the start: one object shape for every record.
  const dates: Partial<Record<Deadline, string>> = {
    now: rc.today, 'purpose-ended': undefined, 'retain-until': undefined, 'yearly-purge': undefined, 'child-left': undefined, 'consent-withdrawn': undefined,
  };
  const showsChildren = p.childIds.length > 0;
  const onDevice = p.storedOn === 'setting-device';

  let kinds = 0;
  for (const u of p.purposes) kinds |= rc.purposeKinds.get(u) ?? OUTSIDE;
  const purposeOutsidePolicy = (kinds & OUTSIDE) !== 0, personalPurpose = (kinds & PERSONAL) !== 0, beyondYearPurpose = (kinds & BEYOND_YEAR) !== 0;
  const endedMs = p.endedMs ?? (p.purposeEndedAt != null ? instantMs(p.purposeEndedAt) : Number.NaN);
  const ended = endedMs <= rc.atMs;
  if (ended) dates['purpose-ended'] = p.purposeEndedAt!.length === 10 ? p.purposeEndedAt! : rc.day(endedMs);

  let periodPassed = false;
  let scheduled: string | undefined;
  if (p.retainUntil != null) {
    const until = dayOfInput(p.retainUntil, rc);
    dates['retain-until'] = until;
    periodPassed = passed(p.retainUntil, rc);
    if (!periodPassed) scheduled = until;
  }

  let approval: 'valid' | 'invalid' | 'none' = 'none';
  const a = p.keepBeyondYearApproval;
  if (a != null) {
    const ok = rc.approvers.has(a.approvedBy) && rc.beyondYear.has(a.purpose) && p.purposes.includes(a.purpose) &&
      reached(a.approvedAt, rc) && (a.until == null || !passed(a.until, rc));
    approval = ok ? 'valid' : 'invalid';
  }
  let purgeDue = false;
  if (policy.yearlyPurge && showsChildren && onDevice) {
    const purge = rc.purge(londonDayNumber(takenMs));
    dates['yearly-purge'] = purge;
    purgeDue = rc.today >= purge;
    if (approval === 'valid') { if (a!.until != null) scheduled = min(scheduled, dayOfInput(a!.until, rc)); }
    else if (!purgeDue) scheduled = min(scheduled, purge);
  }

  let childrenLeft: 'none' | 'some' | 'all' = 'none';
  if (p.childrenLeft?.length && showsChildren) {
    const inPhoto = new Set(p.childIds);
    const left = new Set<string>();
    for (const c of p.childrenLeft) {
      if (!inPhoto.has(c.childId) || !reached(c.leftAt, rc)) continue;
      left.add(c.childId);
      dates['child-left'] = min(dates['child-left'], rc.plus(dayOfInput(c.leftAt, rc), 'child'));
    }
    childrenLeft = left.size === 0 ? 'none' : left.size === inPhoto.size ? 'all' : 'some';
  }

  let consentWithdrawn: 'none' | 'some-uses' | 'all-uses' = 'none';
  if (p.consentWithdrawals?.length && showsChildren && p.purposes.length) {
    const inPhoto = new Set(p.childIds);
    const uses = new Set<Purpose>(p.purposes);
    const hit = new Set<Purpose>();
    for (const w of p.consentWithdrawals) {
      if (!inPhoto.has(w.childId) || !reached(w.withdrawnAt, rc)) continue;
      const from = dayOfInput(w.withdrawnAt, rc);
      for (const u of w.uses) {
        if (!uses.has(u)) continue;
        hit.add(u);
        dates['consent-withdrawn'] = min(dates['consent-withdrawn'], rc.plus(from, rc.public.has(u) ? 'public' : 'other'));
      }
    }
    consentWithdrawn = hit.size === 0 ? 'none' : hit.size === uses.size ? 'all-uses' : 'some-uses';
  }

  const facts = {
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
  };
  return { findings: NO_FINDINGS, facts, dates, scheduled };
}
