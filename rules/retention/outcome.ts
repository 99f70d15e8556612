// What the rules that fired mean for a stored photo: keep, delete or review, and by when.
import type { Outcome } from '../../src/core/area.js';
import { isoDayOfDays } from '../../src/core/time/civil.js';
import type { Decision, Effect } from '../../src/core/findings.js';
import type { Deadline, RetentionDates } from './facts.js';
import type { RetentionPolicy } from './policy.js';

/** What to do with a stored photo. */
export type RetentionVerdict = 'keep' | 'delete' | 'review';

/** A retention decision: `allowed` (keep) is true only when the action is `keep`. */
export type RetentionDecision = Decision & {
  /** Keep the photo, delete it, or have a person review it. */
  action: RetentionVerdict;
  /** The London day (`yyyy-MM-dd`) by which it must go, where known. */
  deleteBy?: string;
};

/** A rule that fired, as far as the action is concerned. */
export interface Fired {
  effect: Effect;
  data?: Readonly<Record<string, unknown>>;
}

/** The action some fired rules mean, and which computed dates decide `deleteBy`. */
export interface Verdict {
  action: RetentionVerdict;
  /** Deadlines of the rules that decide the action (for `keep`: none; the next scheduled deletion is used). */
  deadlines: readonly Deadline[];
}

/**
 * The action the findings mean: any delete wins, then any review (a block
 * without an `action`, such as invalid input, counts as review), else keep.
 *
 * @example
 * ```ts
 * verdictOf([{ effect: 'block', data: { action: 'delete', deadline: 'yearly-purge' } }]); // { action: 'delete', deadlines: ['yearly-purge'] }
 * verdictOf([{ effect: 'block' }]); // { action: 'review', deadlines: [] }
 * ```
 */
export function verdictOf(fired: readonly Fired[]): Verdict {
  let action: RetentionVerdict = 'keep';
  for (const f of fired) {
    if (f.effect !== 'block') continue;
    if (f.data?.action === 'delete') { action = 'delete'; break; }
    action = 'review';
  }
  const deadlines: Deadline[] = [];
  if (action !== 'keep') {
    for (const f of fired) {
      if (f.effect !== 'block' || (f.data?.action ?? 'review') !== action) continue;
      const d = f.data?.deadline as Deadline | undefined;
      // "now" dates a deletion; a review due now has no date to give.
      if (d !== undefined && (action === 'delete' || d !== 'now') && !deadlines.includes(d)) deadlines.push(d);
    }
  }
  return { action, deadlines };
}

/**
 * `deleteBy` for a verdict: the earliest of its deadlines' dates; for a kept
 * photo, the next scheduled deletion.
 *
 * @example
 * ```ts
 * import { daysFromCivil } from '../../src/core/time/civil.js';
 * deleteByOf({ action: 'delete', deadlines: ['now'] }, { dates: { now: daysFromCivil(2026, 11, 22) } }); // '2026-11-22'
 * ```
 */
export function deleteByOf(v: Verdict, r: RetentionDates): string | undefined {
  let deleteBy: number | undefined;
  if (v.action === 'keep') deleteBy = r.scheduled;
  else {
    for (const d of v.deadlines) {
      const day = r.dates[d];
      if (day !== undefined && (deleteBy === undefined || day < deleteBy)) deleteBy = day;
    }
  }
  return deleteBy === undefined ? undefined : isoDayOfDays(deleteBy);
}

/**
 * The action and `deleteBy` the findings mean for one record.
 *
 * @example
 * ```ts
 * outcome([{ effect: 'block', data: { action: 'delete', deadline: 'now' } }], { dates: { now: 20779 } }); // { action: 'delete', deleteBy: '2026-11-22' }
 * outcome([], { dates: {}, scheduled: 20999 }); // { action: 'keep', deleteBy: '2027-06-30' }
 * ```
 */
export function outcome(fired: readonly Fired[], r: RetentionDates): { action: RetentionVerdict; deleteBy?: string } {
  const v = verdictOf(fired);
  const deleteBy = deleteByOf(v, r);
  return deleteBy !== undefined ? { action: v.action, deleteBy } : { action: v.action };
}

const NO_DATES: RetentionDates = { dates: {} };

/**
 * The retention decision the findings mean: kept (allowed) only when no rule blocks; invalid input is a review.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { retentionArea } from './area.js';
 * const ctx = readOptions(retentionArea, { policy: 'homerton-early-years', at });
 * finishRetention({ findings: [], policy: ctx.ref, ctx, args: [record] }).action; // 'keep' (no rule blocks)
 * ```
 */
export function finishRetention({ findings, policy, facts }: Outcome<RetentionPolicy, RetentionDates>): RetentionDecision {
  const { action, deleteBy } = outcome(findings, facts?.derived ?? NO_DATES);
  const d: RetentionDecision = { allowed: action === 'keep', reasons: findings, policy, action };
  if (deleteBy !== undefined) d.deleteBy = deleteBy;
  return d;
}
