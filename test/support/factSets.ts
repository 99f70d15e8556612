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

/** The values a rule's own `all` conditions ask for (`equal`, `in`), by fact: set over random facts, rare rules fire. */
function askedFor(rule: Rule, conditions: Record<string, Condition>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const visit = (c: unknown): void => {
    if (typeof c !== 'object' || c === null) return;
    const o = c as Record<string, unknown>;
    if (Array.isArray(o.all)) o.all.forEach(visit);
    else if (typeof o.condition === 'string') visit(conditions[o.condition]);
    else if (typeof o.fact === 'string' && o.path === undefined && !(typeof o.value === 'object' && o.value !== null && !Array.isArray(o.value))) {
      if (o.operator === 'equal') out.set(o.fact, o.value);
      else if (o.operator === 'in' && Array.isArray(o.value) && o.value.length > 0) out.set(o.fact, o.value[0]);
    }
  };
  visit(rule.conditions);
  return out;
}

/**
 * Random fact sets for an area: every root fact, and 0 to 3 items with every per-item fact. Half of them are random;
 * the other half take one rule at random and set the facts its conditions ask for by equality, so that a rule whose
 * conditions random facts rarely meet together still fires within the release tier's 10,000 sets.
 */
export function factSetsArb(area: AreaSpec, rules: readonly Rule[], conditions: Record<string, Condition>): fc.Arbitrary<FactSets> {
  const literals = literalsByFact(rules, conditions);
  const entries = Object.entries(area.facts);
  const record = (each: boolean) =>
    fc.record(Object.fromEntries(entries.filter(([, s]) => !!s.each === each).map(([k, s]) => [k, factArb(s, literals.get(k) ?? [])])));
  const random: fc.Arbitrary<FactSets> = fc.record({
    root: record(false),
    items: fc.array(record(true), { maxLength: 3 }).map((list) => list.map((facts, i) => ({ subject: `item-${i}`, facts }))),
  });
  if (rules.length === 0) return random;
  const asked = rules.map((r) => askedFor(r, conditions));
  const directed = fc.tuple(fc.nat({ max: rules.length - 1 }), random).map(([i, sets]): FactSets => {
    const root = { ...sets.root };
    const items = sets.items.map((it) => ({ ...it, facts: { ...it.facts } }));
    for (const [fact, value] of asked[i]!) {
      if (area.facts[fact]?.each) for (const it of items) it.facts[fact] = value;
      else root[fact] = value;
    }
    return { root, items };
  });
  return fc.oneof(random, directed);
}
