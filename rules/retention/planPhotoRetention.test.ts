import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetIds } from '../../src/core/policy/presets.js';
import { checkPhotoRetention } from './checkPhotoRetention.js';
import { malformedArb, recordArb } from '../../test/support/retention.js';
import { planPhotoRetention, type RetentionAction } from './planPhotoRetention.js';

const AT = '2026-11-22T02:00:00Z';
const presetArb = fc.constantFrom(...presetIds);
const listArb = fc.array(fc.oneof({ weight: 4, arbitrary: recordArb }, { weight: 1, arbitrary: malformedArb }), { maxLength: 25 });

async function* slowly<T>(items: T[]) {
  for (const x of items) { await Promise.resolve(); yield x; }
}

describe('planPhotoRetention: properties', () => {
  it('makes the same decision as checkPhotoRetention for every record, with a matching summary', () => {
    fc.assert(fc.property(listArb, presetArb, (records, policy) => {
      const sweep = planPhotoRetention(records, { policy, at: AT });
      const actions = [...sweep];
      expect(actions.map((a) => a.index)).toEqual(records.map((_, i) => i));
      const byRule: Record<string, number> = {};
      records.forEach((r, i) => {
        const d = checkPhotoRetention(r as never, { policy, at: AT });
        const a = actions[i]!;
        expect(a.action).toBe(d.action);
        expect(a.deleteBy).toBe(d.deleteBy);
        expect([...new Set(a.rules)].sort()).toEqual([...new Set(d.reasons.map((f) => f.rule))].sort());
        for (const rule of new Set(a.rules)) byRule[rule] = (byRule[rule] ?? 0) + 1;
      });
      const s = sweep.summary;
      expect(s.records).toBe(records.length);
      expect(s.keep + s.delete + s.review).toBe(records.length);
      expect(s.delete).toBe(actions.filter((a) => a.action === 'delete').length);
      expect(s.rules).toEqual(byRule);
    }), { numRuns: 200 });
  });
  it('never keeps a malformed record, and names what is wrong', () => {
    fc.assert(fc.property(fc.array(malformedArb, { minLength: 1, maxLength: 10 }), (records) => {
      for (const a of planPhotoRetention(records, { at: AT })) {
        if (a.rules.includes('input.invalid')) {
          expect(a.action).toBe('review');
          expect(a.problems?.length).toBeGreaterThan(0);
        }
        expect(a.action === 'keep' && a.rules.includes('input.invalid')).toBe(false);
      }
    }), { numRuns: 200 });
  });
  it('streams an AsyncIterable, yielding the same actions', async () => {
    await fc.assert(fc.asyncProperty(listArb, async (records) => {
      const got: RetentionAction[] = [];
      const sweep = planPhotoRetention(slowly(records), { policy: 'homerton-early-years', at: AT });
      for await (const a of sweep) got.push(a);
      expect(got).toEqual([...planPhotoRetention(records, { policy: 'homerton-early-years', at: AT })]);
      expect(sweep.summary.records).toBe(records.length);
    }), { numRuns: 50 });
  });
  it('is lazy: it yields from an endless source as it goes', () => {
    function* endless() { for (let i = 0; ; i++) yield { id: `p${i}`, takenAt: '2026-01-01', childIds: ['c1'], storedOn: 'setting-device', agreedStorage: ['setting-device'], purposes: ['display'], retainUntil: '2027-01-01' }; }
    let n = 0;
    for (const a of planPhotoRetention(endless(), { at: AT })) { expect(a.action).toBe('keep'); if (++n === 1000) break; }
    expect(n).toBe(1000);
  });
  it('bad options are refused once, before any record (no record is planned as keep); a non-iterable source is reported, not thrown', () => {
    const refused = planPhotoRetention([{ id: 'p', takenAt: '2026-01-01', childIds: [], storedOn: 'other', purposes: ['display'] }], {});
    expect([...refused]).toEqual([]);
    expect(refused.summary).toMatchObject({ records: 0, keep: 0, problem: expect.stringMatching(/options\.at is required/) });
    const sweep = planPhotoRetention(42 as never, { at: AT });
    expect([...(sweep as Iterable<RetentionAction>)]).toEqual([]);
    expect(sweep.summary.problem).toMatch(/Iterable/);
  });
});

describe('planPhotoRetention refuses what is not records', () => {
  it('a string is not records, in its type and at run time', () => {
    // @ts-expect-error a string would be read a character at a time
    const sweep = planPhotoRetention('{"id":"p1"}\n{"id":"p2"}', { at: AT });
    expect([...sweep]).toEqual([]);
    expect(sweep.summary).toMatchObject({ records: 0, problem: expect.stringMatching(/not a string/) });
  });
  it('a broken source ends the sweep with a problem, never an endless stream or a throw', async () => {
    const answersNumbers = { [Symbol.iterator]: () => ({ next: () => 1 }) } as unknown as Iterable<unknown>;
    const s = planPhotoRetention(answersNumbers, { at: AT });
    expect([...s]).toEqual([]);
    expect(s.summary.problem).toMatch(/answered number for record 0/);
    const failing = { [Symbol.iterator]() { throw new Error('gone'); } } as unknown as Iterable<unknown>;
    expect([...planPhotoRetention(failing, { at: AT })]).toEqual([]);
    const midway = (function* gen() { yield { id: 'x' }; throw new Error('disk'); })();
    const m = planPhotoRetention(midway, { at: AT });
    const out: RetentionAction[] = [];
    for await (const a of m) out.push(a);
    expect(out.map((a) => a.action)).toEqual(['review']);
    expect(m.summary).toMatchObject({ records: 1, problem: 'reading record 1 failed: disk' });
  });
});
