import type { DecisionOptions } from '../../src/core/options.js';
import { readOptions } from '../../src/core/options.js';
import { computeWith } from '../../src/core/pipeline.js';
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
export interface RetentionSummary {
  records: number;
  keep: number;
  delete: number;
  review: number;
  /** Rule id to the number of records it fired for. */
  rules: Record<string, number>;
  /** Set when the records could not be iterated at all. */
  problem?: string;
}

/** A sweep over async records: iterate it once; `summary` is complete when the iteration ends. */
export interface RetentionSweep extends AsyncIterable<RetentionAction> {
  readonly summary: RetentionSummary;
}

/** A sweep over in-memory or generated records: iterate it synchronously or asynchronously. */
export interface SyncRetentionSweep extends RetentionSweep, Iterable<RetentionAction> {}

const emptySummary = (): RetentionSummary => ({ records: 0, keep: 0, delete: 0, review: 0, rules: {} });
const isIterable = (v: unknown, key: symbol) => v != null && typeof (v as Record<symbol, unknown>)[key] === 'function';
const INVALID = 'input.invalid';

/**
 * Plans the retention action for every record of a nightly sweep: the same
 * decision as `checkPhotoRetention`, yielded record by record in constant
 * memory. Options (policy, rule set, `at`) are resolved once for the sweep.
 * A malformed record is a `review`, never a `keep`. Never throws on bad input.
 *
 * @example
 * ```ts
 * const sweep = planPhotoRetention(records, { policy: 'homerton-early-years', at: '2026-11-22T02:00:00Z' });
 * for (const a of sweep) if (a.action === 'delete') queueDeletion(a.id, a.deleteBy);
 * console.log(sweep.summary); // { records: 1200000, keep: ..., delete: ..., review: ..., rules: { ... } }
 * ```
 */
export function planPhotoRetention(records: Iterable<unknown>, options?: DecisionOptions): SyncRetentionSweep;
export function planPhotoRetention(records: AsyncIterable<unknown>, options?: DecisionOptions): RetentionSweep;
export function planPhotoRetention(records: Iterable<unknown> | AsyncIterable<unknown>, options?: DecisionOptions): RetentionSweep {
  const ctx = readOptions(retentionArea, options);
  const rules = ctx.ruleSet.byArea.get('retention')?.root ?? [];
  // Each rule's position: the sweep counts the rules that fired by it.
  const position = new Map(rules.map((r, i) => [r.rule, i]));
  let summary = emptySummary();
  // Counts per rule by position (cheaper than a keyed object per record); written to summary.rules on read.
  let counts = new Array<number>(rules.length).fill(0);
  let invalidCount = 0;
  const flush = () => {
    const byRule: Record<string, number> = {};
    if (invalidCount) byRule[INVALID] = invalidCount;
    rules.forEach((c, i) => { if (counts[i]) byRule[c.rule.name] = counts[i]!; });
    summary.rules = byRule;
    return summary;
  };
  const reset = () => { summary = emptySummary(); counts = new Array<number>(rules.length).fill(0); invalidCount = 0; };

  // What each rule means for the action, read once per sweep (the same as a finding of it says).
  const effects = new Map<unknown, Effecting>(rules.map((r) => [r.rule, { effect: r.rule.event.type, data: r.rule.event.params }]));

  // The same pipeline as checkPhotoRetention (validation, facts, rules), finished as a sweep action: rule names and
  // the verdict are read from the rules that fired, without a finding or a decision made per record.
  const plan = (record: unknown, index: number): RetentionAction => {
    const computed = computeWith(retentionArea, ctx, [record]);
    const id = typeof record === 'object' && record !== null && typeof (record as { id?: unknown }).id === 'string' ? (record as { id: string }).id : null;
    let names: string[];
    let problems: string[] | undefined;
    let d: { action: RetentionVerdict; deleteBy?: string | undefined };
    if (Array.isArray(computed)) {
      names = [INVALID];
      invalidCount++;
      problems = computed.map((f) => f.message);
      d = { action: verdictOf(computed).action };
    } else {
      const fired = fire(ctx.ruleSet, 'retention', computed);
      const effecting: Effecting[] = [];
      names = [];
      for (const f of fired) {
        counts[position.get(f.rule)!]!++;
        names.push(f.rule.name);
        effecting.push(effects.get(f.rule)!);
      }
      const verdict = verdictOf(effecting);
      d = { action: verdict.action, deleteBy: deleteByOf(verdict, computed.derived!) };
    }
    const action = d.action;
    summary.records++;
    if (action === 'keep') summary.keep++; else if (action === 'delete') summary.delete++; else summary.review++;
    const out: RetentionAction = { index, id, action, rules: names };
    if (d.deleteBy !== undefined) out.deleteBy = d.deleteBy;
    if (problems) out.problems = problems;
    return out;
  };

  const sync = isIterable(records, Symbol.iterator);
  const async = isIterable(records, Symbol.asyncIterator);
  const unusable = () => { summary.problem = 'records must be an Iterable or an AsyncIterable of photo records'; };
  const sweep: SyncRetentionSweep = {
    get summary() { return flush(); },
    // A plain iterator rather than a generator: one resumption less per record.
    [Symbol.iterator]() {
      reset();
      if (!sync) { unusable(); return [][Symbol.iterator](); }
      const source = (records as Iterable<unknown>)[Symbol.iterator]();
      let i = 0;
      let done = false;
      const finish = (): IteratorResult<RetentionAction> => { done = true; return { value: undefined, done: true }; };
      return {
        next(): IteratorResult<RetentionAction> {
          if (done) return { value: undefined, done: true };
          const r = source.next();
          return r.done ? finish() : { value: plan(r.value, i++), done: false };
        },
        return(): IteratorResult<RetentionAction> {
          if (!done) { done = true; source.return?.(); }
          return { value: undefined, done: true };
        },
        [Symbol.iterator]() { return this; },
      };
    },
    async *[Symbol.asyncIterator]() {
      reset();
      if (!sync && !async) return unusable();
      let i = 0;
      for await (const record of records) yield plan(record, i++);
    },
  };
  return sweep;
}
