import { describe, expect, it } from 'vitest';
import { sweep, type SweepPlan } from './stream.js';

type Counted = { n: number; problem?: string };
const counting = (): SweepPlan<unknown[], Counted> => ({ start: () => ({ n: 0 }), plan: (r, i, s) => (s.n++, [i, r]) });
const drain = async (s: AsyncIterable<unknown>) => { const out: unknown[] = []; for await (const x of s) out.push(x); return out; };

describe('sweep: whatever the source does, it ends, and never throws', () => {
  it('plans every record of an iterable, synchronously or not', async () => {
    const s = sweep(['a', 'b'], counting());
    expect([...s]).toEqual([[0, 'a'], [1, 'b']]);
    expect(s.summary).toEqual({ n: 2 });
    expect(await drain(sweep((async function* gen() { yield 'x'; })(), counting()))).toEqual([[0, 'x']]);
  });
  it('a string is not records, nor is anything that cannot be iterated', async () => {
    for (const bad of ['{"id":1}\n', 42, null, {}, undefined]) {
      const s = sweep(bad, counting());
      expect([...s], String(bad)).toEqual([]);
      expect(await drain(s)).toEqual([]);
      expect(s.summary.problem, String(bad)).toMatch(/records must be an Iterable/);
      expect(s.summary.n).toBe(0);
    }
  });
  it('an iterator that answers with a non-object, throws, or cannot be made stops the sweep with a problem', async () => {
    const answering = (v: unknown) => ({ [Symbol.iterator]: () => ({ next: () => v }) });
    for (const v of [1, 'x', null, undefined]) {
      const s = sweep(answering(v), counting());
      expect([...s]).toEqual([]);
      expect(s.summary.problem).toMatch(/answered .* for record 0/);
      expect(await drain(sweep(answering(v), counting()))).toEqual([]);
    }
    const midway = { *[Symbol.iterator]() { yield 1; throw new Error('disk'); } };
    const s = sweep(midway, counting());
    expect([...s]).toEqual([[0, 1]]);
    expect(s.summary).toEqual({ n: 1, problem: 'reading record 1 failed: disk' });
    const cannot = { [Symbol.iterator]() { throw new Error('no'); } };
    expect([...sweep(cannot, counting())]).toEqual([]);
    const a = sweep(cannot, counting());
    await drain(a);
    expect(a.summary.problem).toMatch(/reading record 0 failed: no|could not be iterated/);
  });
  it('refused options: nothing is planned, the summary says why', async () => {
    const s = sweep([1, 2], { ...counting(), refused: 'options.at is required' });
    expect([...s]).toEqual([]);
    expect(s.summary).toEqual({ n: 0, problem: 'options.at is required' });
  });
  it('an async source iterated synchronously is a problem, not an empty success', () => {
    const s = sweep((async function* gen() { yield 1; })(), counting());
    expect([...s]).toEqual([]);
    expect(s.summary.problem).toMatch(/for await/);
  });
  it('an iterator that cannot be made, iterated synchronously, says so', () => {
    const s = sweep({ [Symbol.iterator]() { throw new Error('no'); } }, counting());
    expect([...s]).toEqual([]);
    expect(s.summary).toStrictEqual({ n: 0, problem: 'the records could not be iterated: no' });
  });
  it('a sweep without a problem has no problem field, and counts records in order, synchronously or not', async () => {
    const s = sweep(['a', 'b', 'c'], counting());
    expect([...s]).toEqual([[0, 'a'], [1, 'b'], [2, 'c']]);
    expect(s.summary).toStrictEqual({ n: 3 });
    const a = sweep((async function* gen() { yield 'x'; yield 'y'; yield 'z'; })(), counting());
    expect(await drain(a)).toEqual([[0, 'x'], [1, 'y'], [2, 'z']]);
    expect(a.summary).toStrictEqual({ n: 3 });
    const failing = sweep((async function* gen() { yield 'x'; yield 'y'; throw new Error('disk'); })(), counting());
    await drain(failing);
    expect(failing.summary).toStrictEqual({ n: 2, problem: 'reading record 2 failed: disk' });
  });
});
