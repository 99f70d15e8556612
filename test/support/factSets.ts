import fc from 'fast-check';
import type { FactSets } from '../../src/core/rules/ruleSet.js';
import type { AreaSpec, Condition, FactSpec, Rule } from '../../src/core/rules/types.js';

/** Literal values the rules compare each fact with, so generated facts hit the rules' edges. */
export function literalsByFact(rules: readonly Rule[], conditions: Record<string, Condition>): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  const visit = (c: unknown): void => {
    if (typeof c !== 'object' || c === null) return;
    const o = c as Record<string, unknown>;
    if (Array.isArray(o.all)) o.all.forEach(visit);
    if (Array.isArray(o.any)) o.any.forEach(visit);
    if (o.not) visit(o.not);
    if (typeof o.condition === 'string') visit(conditions[o.condition]);
    if (typeof o.fact === 'string' && 'value' in o) {
      const l = out.get(o.fact) ?? [];
      for (const v of Array.isArray(o.value) ? o.value : [o.value]) l.push(v);
      out.set(o.fact, l);
    }
  };
  rules.forEach((r) => visit(r.conditions));
  return out;
}

function factArb(spec: FactSpec, literals: unknown[]): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'number': {
      const nums = literals.filter((v): v is number => typeof v === 'number');
      const edges = [0, 1, ...nums.flatMap((n) => [n - 1, n, n + 1])];
      return fc.oneof(fc.constantFrom(...edges), fc.integer({ min: -5, max: 400 }));
    }
    case 'string':
      return fc.constantFrom(...(spec.values ?? [...literals.filter((v) => typeof v === 'string'), 'other']));
    case 'string[]':
      return fc.subarray([...(spec.values ?? literals.filter((v) => typeof v === 'string'))] as string[]);
  }
}

/** Random fact sets for an area: every root fact, and 0 to 3 items with every per-item fact. */
export function factSetsArb(area: AreaSpec, rules: readonly Rule[], conditions: Record<string, Condition>): fc.Arbitrary<FactSets> {
  const literals = literalsByFact(rules, conditions);
  const entries = Object.entries(area.facts);
  const record = (each: boolean) =>
    fc.record(Object.fromEntries(entries.filter(([, s]) => !!s.each === each).map(([k, s]) => [k, factArb(s, literals.get(k) ?? [])])));
  return fc.record({
    root: record(false),
    items: fc.array(record(true), { maxLength: 3 }).map((list) => list.map((facts, i) => ({ subject: `item-${i}`, facts }))),
  });
}
