import { describe, expect, it } from 'vitest';
import { AT, photo } from './helpers.js';
import { planPhotoRetention, type RetentionAction } from './planPhotoRetention.js';

const records = [photo({ id: 'a' }), photo({ id: 'b' }), photo({ id: 'c' })];
const DONE = { value: undefined, done: true };

/** A source that counts how often its iterator's next() and return() are called. */
function counted(items: unknown[]) {
  const calls = { next: 0, return: 0 };
  const source: Iterable<unknown> = {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next: () => { calls.next++; return i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true }; },
        return: () => { calls.return++; return { value: undefined, done: true }; },
      };
    },
  };
  return { source, calls };
}

describe('planPhotoRetention: the sync iterator protocol', () => {
  it('after return() the iterator is done and reads no more records', () => {
    const sweep = planPhotoRetention(records, { at: AT });
    const it = sweep[Symbol.iterator]();
    expect(it.next().value?.id).toBe('a');
    expect(it.return!()).toStrictEqual(DONE);
    expect(it.next()).toStrictEqual(DONE);
    expect(sweep.summary.records).toBe(1);
  });
  it('return() closes the source once; after the end it does not close it again', () => {
    const early = counted(records);
    const it = planPhotoRetention(early.source, { at: AT })[Symbol.iterator]();
    it.next();
    it.return!();
    it.return!();
    expect(early.calls).toEqual({ next: 1, return: 1 });

    const ended = counted([records[0]]);
    const it2 = planPhotoRetention(ended.source, { at: AT })[Symbol.iterator]();
    expect(it2.next().done).toBe(false);
    expect(it2.next()).toStrictEqual(DONE);
    expect(it2.next()).toStrictEqual(DONE);
    expect(it2.return!()).toStrictEqual(DONE);
    expect(ended.calls).toEqual({ next: 2, return: 0 });
  });
  it('breaking out of a loop over an array (whose iterator has no return) does not throw', () => {
    const seen: string[] = [];
    expect(() => { for (const a of planPhotoRetention(records, { at: AT })) { seen.push(a.id!); break; } }).not.toThrow();
    expect(seen).toEqual(['a']);
  });
  it('the iterator is itself iterable', () => {
    const it = planPhotoRetention(records, { at: AT })[Symbol.iterator]();
    expect((it as IterableIterator<RetentionAction>)[Symbol.iterator]()).toBe(it);
    it.next();
    expect([...(it as IterableIterator<RetentionAction>)].map((a) => a.id)).toEqual(['b', 'c']);
  });
});

describe('planPhotoRetention: unusual sources', () => {
  it('an array can be iterated asynchronously too, with the same actions', async () => {
    const got: RetentionAction[] = [];
    for await (const a of planPhotoRetention(records, { at: AT })) got.push(a);
    expect(got.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(got).toEqual([...planPhotoRetention(records, { at: AT })]);
  });
  it.each([null, undefined, 42])('%s is reported, not thrown, whether iterated sync or async', async (bad) => {
    const sweep = planPhotoRetention(bad as never, { at: AT });
    expect([...sweep]).toEqual([]);
    expect(sweep.summary.problem).toMatch(/Iterable/);
    const got: RetentionAction[] = [];
    for await (const a of sweep) got.push(a);
    expect(got).toEqual([]);
    expect(sweep.summary.records).toBe(0);
    expect(sweep.summary.problem).toMatch(/Iterable/);
  });
});
