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
    function* endless() { for (let i = 0; ; i++) yield { id: `p${i}`, takenAt: '2026-01-01', childIds: ['c1'], storedOn: 'setting-device', purposes: ['display'], retainUntil: '2027-01-01' }; }
    let n = 0;
    for (const a of planPhotoRetention(endless(), { at: AT })) { expect(a.action).toBe('keep'); if (++n === 1000) break; }
    expect(n).toBe(1000);
  });
  it('bad options make every record a review; a non-iterable source is reported, not thrown', () => {
    const actions = [...planPhotoRetention([{ id: 'p', takenAt: '2026-01-01', childIds: [], storedOn: 'other', purposes: ['display'] }], {})];
    expect(actions[0]?.action).toBe('review');
    expect(actions[0]?.problems?.[0]).toMatch(/options\.at/);
    const sweep = planPhotoRetention(42 as never, { at: AT });
    expect([...(sweep as Iterable<RetentionAction>)]).toEqual([]);
    expect(sweep.summary.problem).toMatch(/Iterable/);
  });
});
