// A sweep: one result per record of a stream, in constant memory, with a summary; whatever the source does, it ends.

/** A sweep's running summary: at least the problem that stopped it, if one did. */
export interface SweepSummary {
  /** Set when the records could not be read (not iterable, a broken iterator), or the options were refused. */
  problem?: string;
}

/** A sweep over async records: iterate it once; `summary` is complete when the iteration ends. */
export interface Sweep<A, S extends SweepSummary> extends AsyncIterable<A> {
  readonly summary: S;
}

/** A sweep over in-memory or generated records: iterate it synchronously or asynchronously. */
export interface SyncSweep<A, S extends SweepSummary> extends Sweep<A, S>, Iterable<A> {}

/** What a sweep does: start (a fresh summary), plan one record, and finish the summary when read. */
export interface SweepPlan<A, S extends SweepSummary> {
  start(): S;
  plan(record: unknown, index: number, summary: S): A;
  /** Brings the summary up to date (e.g. counts kept apart for speed); called whenever it is read. */
  flush?(summary: S): S;
  /** A problem found before any record (refused options): the sweep yields nothing and says why. */
  refused?: string;
}

const fn = (v: unknown, key: symbol) => v != null && typeof (v as Record<symbol, unknown>)[key] === 'function';
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A sweep over `records`: never throws, never runs forever on a broken source. A string is not records (it would
 * iterate its characters); a source that cannot be iterated, an iterator that throws or answers with a non-object,
 * ends the sweep with `summary.problem`.
 *
 * @example
 * ```ts
 * type Count = { n: number; problem?: string };
 * const s = sweep([1, 2], { start: (): Count => ({ n: 0 }), plan: (r, i, sum) => (sum.n++, r) });
 * [...s]; // [1, 2]
 * s.summary.n; // 2
 * [...sweep('12', { start: (): Count => ({ n: 0 }), plan: (r) => r })]; // [] (a string is not records)
 * ```
 */
export function sweep<A, S extends SweepSummary>(records: unknown, p: SweepPlan<A, S>): SyncSweep<A, S> {
  let summary = p.start();
  const problem = typeof records === 'string' ? 'records must be an Iterable or an AsyncIterable of records, not a string'
    : !fn(records, Symbol.iterator) && !fn(records, Symbol.asyncIterator) ? 'records must be an Iterable or an AsyncIterable of records' : undefined;
  const begin = (): string | undefined => { summary = p.start(); const why = p.refused ?? problem; if (why) summary.problem = why; return why; };
  const stop = (why: string) => { summary.problem = why; };
  return {
    get summary() { return p.flush ? p.flush(summary) : summary; },
    [Symbol.iterator](): Iterator<A> {
      if (begin() || !fn(records, Symbol.iterator)) {
        if (!summary.problem) stop('records are an AsyncIterable: iterate the sweep with for await');
        return [][Symbol.iterator]();
      }
      let source: Iterator<unknown>;
      try { source = (records as Iterable<unknown>)[Symbol.iterator](); } catch (e) { stop(`the records could not be iterated: ${message(e)}`); return [][Symbol.iterator](); }
      let i = 0, done = false;
      const end = (why?: string): IteratorResult<A> => { if (why) stop(why); done = true; return { value: undefined, done: true }; };
      return {
        next(): IteratorResult<A> {
          if (done) return { value: undefined, done: true };
          let r: IteratorResult<unknown>;
          try { r = source.next(); } catch (e) { return end(`reading record ${i} failed: ${message(e)}`); }
          if (typeof r !== 'object' || r === null) return end(`the records' iterator answered ${r === null ? 'null' : typeof r} for record ${i}, not a result`);
          return r.done ? end() : { value: p.plan(r.value, i, summary), done: (i++, false) };
        },
        return(): IteratorResult<A> {
          if (!done) { done = true; try { source.return?.(); } catch { /* the source's own cleanup failed: nothing more to read */ } }
          return { value: undefined, done: true };
        },
        [Symbol.iterator]() { return this; },
      } as Iterator<A> & Iterable<A>;
    },
    async *[Symbol.asyncIterator]() {
      if (begin()) return;
      let i = 0;
      try {
        for await (const record of records as AsyncIterable<unknown>) yield p.plan(record, i++, summary);
      } catch (e) { stop(`reading record ${i} failed: ${message(e)}`); }
    },
  };
}
