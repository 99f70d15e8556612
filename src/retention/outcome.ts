import type { Effect } from '../core/findings.js';
import type { Deadline } from './facts.js';
import type { RetentionFacts } from './retentionFacts/index.js';

/** What to do with a stored photo. */
export type RetentionVerdict = 'keep' | 'delete' | 'review';

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
 * It depends on the rules alone, so a sweep can reuse it for every record
 * whose rules are the same.
 *
 * @example
 * ```ts
 * verdictOf([{ effect: 'block', data: { action: 'delete', deadline: 'yearly-purge' } }]);
 * // { action: 'delete', deadlines: ['yearly-purge'] }
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
 * deleteByOf({ action: 'delete', deadlines: ['now'] }, { findings: [], dates: { now: '2026-11-22' } }); // '2026-11-22'
 * ```
 */
export function deleteByOf(v: Verdict, r: RetentionFacts): string | undefined {
  if (v.action === 'keep') return r.scheduled;
  let deleteBy: string | undefined;
  for (const d of v.deadlines) {
    const day = r.dates[d];
    if (day !== undefined && (deleteBy === undefined || day < deleteBy)) deleteBy = day;
  }
  return deleteBy;
}

/**
 * The action and `deleteBy` the findings mean for one record.
 *
 * @example
 * ```ts
 * outcome(decision.reasons, facts); // { action: 'review' } or { action: 'delete', deleteBy: '2026-12-01' }
 * ```
 */
export function outcome(fired: readonly Fired[], r: RetentionFacts): { action: RetentionVerdict; deleteBy?: string } {
  const v = verdictOf(fired);
  const deleteBy = deleteByOf(v, r);
  return deleteBy !== undefined ? { action: v.action, deleteBy } : { action: v.action };
}
