import type { Effect } from '../decision/types.js';
import type { Deadline } from './facts.js';
import type { RetentionFacts } from './retentionFacts/index.js';

/** What to do with a stored photo. */
export type RetentionVerdict = 'keep' | 'delete' | 'review';

/** A rule that fired, as far as the action is concerned. */
export interface Fired {
  effect: Effect;
  data?: Readonly<Record<string, unknown>>;
}

/**
 * The action the findings mean: any delete wins, then any review (a block
 * without an `action`, such as invalid input, counts as review), else keep.
 * `deleteBy` is the earliest deadline among the deciding rules; for a kept
 * photo, the next scheduled deletion.
 */
export function outcome(fired: readonly Fired[], r: RetentionFacts): { action: RetentionVerdict; deleteBy?: string } {
  let action: RetentionVerdict = 'keep';
  for (const f of fired) {
    if (f.effect !== 'block') continue;
    if (f.data?.action === 'delete') { action = 'delete'; break; }
    action = 'review';
  }
  if (action === 'keep') return r.scheduled !== undefined ? { action, deleteBy: r.scheduled } : { action };
  let deleteBy: string | undefined;
  for (const f of fired) {
    if (f.effect !== 'block') continue;
    const a = f.data?.action ?? 'review';
    if (a !== action) continue;
    const d = r.dates[f.data?.deadline as Deadline];
    if (d !== undefined && (action === 'delete' || f.data?.deadline !== 'now') && (deleteBy === undefined || d < deleteBy)) deleteBy = d;
  }
  return deleteBy !== undefined ? { action, deleteBy } : { action };
}
