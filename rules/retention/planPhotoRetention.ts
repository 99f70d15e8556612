import type { DecisionOptions } from '../../src/core/options.js';
import { readOptions } from '../../src/core/options.js';
import { computeWith } from '../../src/core/pipeline.js';
import { sweep, type Sweep, type SweepSummary, type SyncSweep } from '../../src/core/stream.js';
import { fire } from '../../src/core/rules/ruleSet.js';
import { retentionArea } from './area.js';
import { deleteByOf, verdictOf, type Fired as Effecting, type RetentionVerdict } from './outcome.js';

/** What a sweep says about one record. */
export interface RetentionAction {
  /** The record's position in the input (0-based). */
  index: number;
  /** The record's id, or null when it has none. */
  id: string | null;
  action: RetentionVerdict;
  /** The London day (`yyyy-MM-dd`) by which it must go, where known. */
  deleteBy?: string;
  /** The rules that fired (`input.invalid` for a malformed record). */
  rules: string[];
  /** For a malformed record: what is wrong with it. */
  problems?: string[];
}

/** Counts so far: records, actions, and how often each rule fired. */
export interface RetentionSummary extends SweepSummary {
  records: number;
  keep: number;
  delete: number;
  review: number;
  /** Rule id to the number of records it fired for. */
  rules: Record<string, number>;
  /** Set when the sweep could not run (refused options), or the records could not be read (then it stopped there). */
  problem?: string;
}

/** A sweep over async records: iterate it once; `summary` is complete when the iteration ends. */
export type RetentionSweep = Sweep<RetentionAction, RetentionSummary>;

/** A sweep over in-memory or generated records: iterate it synchronously or asynchronously. */
export type SyncRetentionSweep = SyncSweep<RetentionAction, RetentionSummary>;

const INVALID = 'input.invalid';
/** Anything iterable but text: a string would be read a character at a time. */
type Records<R> = R & (R extends string ? never : unknown);

/**
 * Plans the retention action for every record of a nightly sweep: the same
 * decision as `checkPhotoRetention`, yielded record by record in constant
 * memory. Options (policy, rule set, `at`) are read once for the sweep; options it
 * refuses stop it before any record, with `summary.problem` saying why. A
 * malformed record is a `review`, never a `keep`. A string, something that is not
 * iterable, or a source that breaks ends the sweep with `summary.problem`. Never throws.
 *
 * @example
 * ```ts
 * const sweep = planPhotoRetention(records, { policy: 'homerton-early-years', at: '2026-11-22T02:00:00Z' });
 * const toDelete: string[] = [];
 * for (const a of sweep) if (a.action === 'delete') toDelete.push(`${a.id} by ${a.deleteBy}`); // your deletion queue
 * toDelete.length; // 12
 * [sweep.summary.records, sweep.summary.keep, sweep.summary.review]; // [15, 2, 1]
 * ```
 */
export function planPhotoRetention<R extends Iterable<unknown>>(records: Records<R>, options?: DecisionOptions): SyncRetentionSweep;
export function planPhotoRetention(records: AsyncIterable<unknown>, options?: DecisionOptions): RetentionSweep;
export function planPhotoRetention(records: unknown, options?: DecisionOptions): RetentionSweep {
  const ctx = readOptions(retentionArea, options);
  const rules = ctx.ruleSet.byArea.get('retention')?.root ?? [];
  // Each rule's position (the sweep counts the rules that fired by it: cheaper than a keyed object per record) and what
  // it means for the action (the same as a finding of it says), read once per sweep: one lookup per rule that fires.
  const byRule = new Map<unknown, { at: number; effecting: Effecting }>(rules.map((r, at) => [r.rule, { at, effecting: { effect: r.rule.event.type, data: r.rule.event.params } }]));
  let counts: number[] = [];
  let invalidCount = 0;

  // The same pipeline as checkPhotoRetention (validation, facts, rules), finished as a sweep action: rule names and
  // the verdict are read from the rules that fired, without a finding or a decision made per record.
  const plan = (record: unknown, index: number, summary: RetentionSummary): RetentionAction => {
    const computed = computeWith(retentionArea, ctx, [record]);
    const id = typeof record === 'object' && record !== null && typeof (record as { id?: unknown }).id === 'string' ? (record as { id: string }).id : null;
    let names: string[];
    let problems: string[] | undefined;
    let action: RetentionVerdict;
    let deleteBy: string | undefined;
    if (Array.isArray(computed)) {
      names = [INVALID];
      invalidCount++;
      problems = computed.map((f) => f.message);
      action = verdictOf(computed).action;
    } else {
      const effecting: Effecting[] = [];
      names = [];
      for (const f of fire(ctx.ruleSet, 'retention', computed)) {
        const known = byRule.get(f.rule)!;
        counts[known.at]!++;
        names.push(f.rule.name);
        effecting.push(known.effecting);
      }
      const verdict = verdictOf(effecting);
      action = verdict.action;
      deleteBy = deleteByOf(verdict, computed.derived!);
    }
    summary.records++;
    if (action === 'keep') summary.keep++; else if (action === 'delete') summary.delete++; else summary.review++;
    const out: RetentionAction = { index, id, action, rules: names };
    if (deleteBy !== undefined) out.deleteBy = deleteBy;
    if (problems) out.problems = problems;
    return out;
  };

  return sweep<RetentionAction, RetentionSummary>(records, {
    start: () => { counts = new Array<number>(rules.length).fill(0); invalidCount = 0; return { records: 0, keep: 0, delete: 0, review: 0, rules: {} }; },
    plan,
    flush: (summary) => {
      const byRule: Record<string, number> = {};
      if (invalidCount) byRule[INVALID] = invalidCount;
      rules.forEach((c, i) => { if (counts[i]) byRule[c.rule.name] = counts[i]!; });
      summary.rules = byRule;
      return summary;
    },
    ...(ctx.findings.length ? { refused: `the options were refused, so no record was planned: ${ctx.findings.map((f) => f.message).join('; ')}` } : {}),
  });
}
