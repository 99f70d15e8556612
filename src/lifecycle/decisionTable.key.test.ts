import { describe, expect, it, vi } from 'vitest';
import { AT, photo } from '../../rules/retention/helpers.js';
import { definePolicy } from '../policy.js';
import { recordFacts, retentionContext } from '../retention/retentionFacts/index.js';
import type { Facts } from '../core/rules/compile.js';
import type { CompiledRule } from '../core/rules/ruleSet.js';
import type { AreaSpec, FactSpec } from '../core/rules/types.js';
import { decisionTable } from './decisionTable.js';

type Domains = Record<string, readonly (string | boolean)[]>;
const bool = [false, true];
const areaOf = (domains: Domains): AreaSpec => ({
  id: 't',
  facts: Object.fromEntries(Object.entries(domains).map(([n, v]): [string, FactSpec] =>
    [n, v === bool ? { type: 'boolean', description: n } : { type: 'string', values: v as string[], description: n }])),
});
/** One rule per fact value, so the rules that fire name the combination (and a value outside its domain fires none for its fact). */
const rulesOf = (domains: Domains) => Object.entries(domains).flatMap(([n, vs]) =>
  vs.map((v) => ({ rule: { name: `${n}=${String(v)}` }, area: 't', scope: 'root', test: (f: Facts) => f[n] === v }) as unknown as CompiledRule));
const direct = (rules: CompiledRule[], f: Facts) => rules.flatMap((r, i) => (r.test(f, f) ? [i] : []));
/** A table whose outcomes are fresh objects (so a remembered one is the same object), counting how many it makes. */
const table = (area: AreaSpec, rules: CompiledRule[], limit?: number) => {
  const t = { made: 0, fire: (_: Facts): { fired: number[] } => ({ fired: [] }) };
  t.fire = decisionTable(area, rules, (fired) => { t.made++; return { fired: [...fired] }; }, limit);
  return t;
};
/** As under a strict CSP: `new Function` throws, so the table builds its key without code generation. */
const refusingCodegen = <T>(make: () => T): T => {
  vi.stubGlobal('Function', function refused() { throw new EvalError('code generation refused'); });
  try { return make(); } finally { vi.unstubAllGlobals(); }
};

const D: Domains = { a: ['w', 'x', 'y', 'z'], b: bool, c: ['p', 'q', 'r'] }; // 24 combinations; a wider domain before a narrower one
const combos = Object.entries(D).reduce<Facts[]>((acc, [n, vs]) => acc.flatMap((f) => vs.map((v) => ({ ...f, [n]: v }))), [{}]);
const outside = [undefined, 'nope', 0, 'true', null];

describe.each([['a generated key', false], ['the fallback key (code generation refused)', true]])('decisionTable with %s', (_, refuse) => {
  const make = (limit?: number) => (refuse ? refusingCodegen(() => table(areaOf(D), rulesOf(D), limit)) : table(areaOf(D), rulesOf(D), limit));

  it('remembers every combination (the first one too) once, and answers each with its own outcome', () => {
    const t = make();
    const first = combos.map((f) => t.fire(f));
    first.forEach((out, i) => expect(out.fired).toEqual(direct(rulesOf(D), combos[i]!)));
    combos.forEach((f, i) => expect(t.fire({ ...f })).toBe(first[i]));
    expect(t.made).toBe(combos.length);
    expect(new Set(first.map((o) => o.fired.join())).size).toBe(combos.length);
  });

  it('never answers a value outside its domain with a remembered outcome, in any position', () => {
    const t = make();
    combos.forEach((f) => t.fire(f));
    let made = t.made;
    for (const f of combos) for (const n of Object.keys(D)) for (const bad of outside) {
      const odd = { ...f, [n]: bad };
      expect(t.fire(odd).fired, JSON.stringify(odd)).toEqual(direct(rulesOf(D), odd));
      expect(t.made).toBe(++made); // evaluated, never remembered
    }
  });

  it('clears the whole memo when it holds `limit` combinations, then remembers afresh', () => {
    const t = make(2);
    const [A, B, C] = [combos[0]!, combos[7]!, combos[23]!];
    const made = [A, B, A, B, C, C, A, C, B].map((f) => (t.fire(f), t.made));
    expect(made).toEqual([1, 2, 2, 2, 3, 3, 4, 4, 5]); // C clears {A, B}; B clears {C, A}
    expect(t.fire(C).fired).toEqual(direct(rulesOf(D), C));
  });
});

describe('decisionTable: which areas it remembers', () => {
  it('compiles one key function per table where code generation is allowed', () => {
    const sources: unknown[][] = [];
    vi.stubGlobal('Function', new Proxy(Function, { construct: (F, args) => (sources.push(args), Reflect.construct(F, args)) }));
    let t;
    try { t = table(areaOf(D), rulesOf(D)); } finally { vi.unstubAllGlobals(); }
    expect(sources).toHaveLength(1);
    expect(t.fire(combos[5]!)).toBe(t.fire({ ...combos[5]! }));
  });

  it('evaluates directly a string fact without values, and a string[] fact even with values', () => {
    for (const spec of [{ type: 'string' }, { type: 'string[]', values: ['a', 'b'] }] as FactSpec[]) {
      const t = table({ id: 't', facts: { s: { ...spec, description: 's' } } }, rulesOf({ s: ['a', 'b'] }));
      expect(t.fire({ s: 'a' })).not.toBe(t.fire({ s: 'a' }));
      expect(t.fire({ s: 'a' }).fired).toEqual([0]);
    }
  });

  it('evaluates directly an area with more combinations than a safe integer (2^54 here)', () => {
    const big: Domains = Object.fromEntries(Array.from({ length: 54 }, (_, i) => [`f${i}`, bool]));
    const t = table(areaOf(big), rulesOf(big));
    const f = Object.fromEntries(Object.keys(big).map((n, i) => [n, i % 3 === 0]));
    expect(t.fire(f)).not.toBe(t.fire(f));
    expect(t.fire({ ...f, f53: true }).fired).toEqual(direct(rulesOf(big), { ...f, f53: true }));
  });

  it('remembers an area with exactly Number.MAX_SAFE_INTEGER combinations (6361 × 69431 × 20394401)', () => {
    // A domain of n values of which only 'v0' and 'v1' are ever met (a real one of 20 million would take seconds to build a key for).
    const wide = (n: number) => new Proxy(['v0', 'v1'], {
      get: (vs, p, r) => (p === 'length' ? n : p === 'map' ? (fn: (v: string, i: number) => unknown) => vs.map((v, i) => fn(v, i)) : Reflect.get(vs, p, r)),
    });
    const area = areaOf({ x0: wide(6361), x1: wide(69431), x2: wide(20394401) });
    const t = table(area, rulesOf({ x0: ['v0', 'v1'], x1: ['v0', 'v1'], x2: ['v0', 'v1'] }));
    const f = { x0: 'v1', x1: 'v0', x2: 'v1' };
    expect(t.fire(f)).toBe(t.fire({ ...f }));
    expect(t.fire(f).fired).toEqual([1, 2, 5]);
  });
});

describe('public purposes: consent withdrawal uses the public-use period for them', () => {
  const policy = definePolicy({ id: 'oak', version: '1', basedOn: 'baseline', retention: { withdrawalPublicPeriod: 'P11D', withdrawalOtherPeriod: 'P13D' } });
  const rc = retentionContext({ policy, at: AT });
  const withdrawn = (use: string) => recordFacts(photo({
    purposes: ['learning-journal', use] as never, consentWithdrawals: [{ childId: 'c1', uses: [use] as never, withdrawnAt: '2026-11-01' }],
  }), rc).dates['consent-withdrawn'];
  it.each(['website', 'publicity', 'marketing', 'social-media'])('%s: the public period', (use) => expect(withdrawn(use)).toBe('2026-11-12'));
  it.each(['display', 'training', 'observation'])('%s: the other period', (use) => expect(withdrawn(use)).toBe('2026-11-14'));
});
