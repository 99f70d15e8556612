import { operators } from './operators.js';
import type { Condition, FactCondition, FactReference, OperatorName } from './types.js';

/** Facts for one evaluation: fact name to value. */
export type Facts = Readonly<Record<string, unknown>>;
/** A compiled condition: reads per-item facts from `item` and the others from `root`. */
export type Test = (root: Facts, item: Facts) => boolean;
/** Which facts are per-item (read from `item`); everything else is read from `root`. */
export type IsItemFact = (fact: string) => boolean;
const none: IsItemFact = () => false;

// As json-rules-engine: a path into a non-object fact yields the fact itself.
const readPath = (value: unknown, path: string | undefined): unknown => {
  if (path === undefined || typeof value !== 'object' || value === null) return value;
  let v: unknown = value;
  for (const key of path.slice(2).split('.')) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
};

const isRef = (v: unknown): v is FactReference =>
  typeof v === 'object' && v !== null && Object.prototype.hasOwnProperty.call(v, 'fact');

/**
 * Compiles a validated json-rules-engine condition into a synchronous test.
 * Same semantics as json-rules-engine: all/any/not, condition references,
 * fact-to-fact values and paths, the built-in operators.
 *
 * @example
 * ```ts
 * const alone: Condition = { all: [{ fact: 'oneToOne', operator: 'equal', value: true }] };
 * const test = compileCondition({ any: [{ fact: 'childCount', operator: 'greaterThan', value: 1 }, { condition: 'alone' }] }, { alone });
 * [test({ childCount: 2, oneToOne: false }, {}), test({ childCount: 1, oneToOne: false }, {}), test({ childCount: 1, oneToOne: true }, {})]; // [true, false, true]
 * ```
 */
export function compileCondition(cond: Condition, shared: Readonly<Record<string, Condition>>, isItem: IsItemFact = none): Test {
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, shared, isItem));
    return (r, i) => { for (const t of parts) if (!t(r, i)) return false; return true; };
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, shared, isItem));
    return (r, i) => { for (const t of parts) if (t(r, i)) return true; return false; };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, shared, isItem);
    return (r, i) => !inner(r, i);
  }
  if ('condition' in cond) return compileCondition(shared[cond.condition]!, shared, isItem);
  return compileFact(cond, isItem);
}

const reader = (fact: string, isItem: IsItemFact) => (isItem(fact) ? (_r: Facts, i: Facts) => i[fact] : (r: Facts) => r[fact]);

function compileFact(c: FactCondition, isItem: IsItemFact): Test {
  const op = operators[c.operator as OperatorName];
  const { path, value } = c;
  const read = reader(c.fact, isItem);
  if (isRef(value)) {
    const other = reader(value.fact, isItem);
    const otherPath = value.path;
    return (r, i) => op(readPath(read(r, i), path), readPath(other(r, i), otherPath));
  }
  if (path !== undefined) return (r, i) => op(readPath(read(r, i), path), value);
  return (r, i) => op(read(r, i), value);
}

const OPS: Record<OperatorName, (a: string, b: string) => string> = {
  equal: (a, b) => `(${a} === ${b})`,
  notEqual: (a, b) => `(${a} !== ${b})`,
  in: (a, b) => `(${b}.indexOf(${a}) > -1)`,
  notIn: (a, b) => `(${b}.indexOf(${a}) === -1)`,
  contains: (a, b) => `(Array.isArray(${a}) && ${a}.indexOf(${b}) > -1)`,
  doesNotContain: (a, b) => `(Array.isArray(${a}) && ${a}.indexOf(${b}) === -1)`,
  lessThan: (a, b) => `(n(${a}) && ${a} < ${b})`,
  lessThanInclusive: (a, b) => `(n(${a}) && ${a} <= ${b})`,
  greaterThan: (a, b) => `(n(${a}) && ${a} > ${b})`,
  greaterThanInclusive: (a, b) => `(n(${a}) && ${a} >= ${b})`,
};

/** A rule as its group needs it: its conditions, and what to push when it fires (the item's subject is added). */
export interface GroupRule<F> {
  conditions: Condition;
  fired: F;
}

/**
 * All of an area's rules compiled into ONE JavaScript function (one call per decision, direct property reads, no
 * closure per condition): the rules run once per decision in order, then the per-item rules for each item in order;
 * it returns what each rule that fired pushes (`{ rule, subject }` for an item's). Same semantics as the closures of
 * {@link compileCondition}, which are used instead where code generation is refused (a Content-Security-Policy
 * without 'unsafe-eval'). Undefined when code generation is refused.
 *
 * @example
 * ```ts
 * const fire = generateGroup(
 *   [{ conditions: { all: [{ fact: 'a', operator: 'equal', value: 1 }] }, fired: { rule: 'r1' } }],
 *   [{ conditions: { all: [{ fact: 'b', operator: 'equal', value: 1 }] }, fired: { rule: 'r2' } }],
 *   {}, (fact) => fact === 'b',
 * );
 * fire?.({ a: 1 }, [{ subject: 'c1', facts: { b: 1 } }, { subject: 'c2', facts: { b: 2 } }]); // [{ rule: 'r1' }, { rule: 'r2', subject: 'c1' }]
 * ```
 */
export function generateGroup<F extends { rule: unknown }>(
  root: readonly GroupRule<F>[], each: readonly GroupRule<F>[], shared: Readonly<Record<string, Condition>>, isItem: IsItemFact,
): ((r: Facts, items: readonly { subject: string; facts: Facts }[]) => unknown[]) | undefined {
  const consts: unknown[] = [];
  const k = (v: unknown) => `k[${consts.push(v) - 1}]`;
  const literal = (v: unknown) =>
    typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v)) ? JSON.stringify(v) : k(v);
  const read = (fact: string, path: string | undefined) => {
    const base = `${isItem(fact) ? 'i' : 'r'}[${JSON.stringify(fact)}]`;
    return path === undefined ? base : `p(${base}, ${JSON.stringify(path)})`;
  };
  const src = (c: Condition): string => {
    if ('all' in c) return `(${c.all.map(src).join(' && ')})`;
    if ('any' in c) return `(${c.any.map(src).join(' || ')})`;
    if ('not' in c) return `!${src(c.not)}`;
    if ('condition' in c) return src(shared[c.condition]!);
    // `in` a short list of strings, as comparisons (strict, as indexOf is), not a call.
    if ((c.operator === 'in' || c.operator === 'notIn') && isShortList(c.value)) {
      const a = read(c.fact, c.path);
      const any = `(${c.value.map((v) => `${a} === ${JSON.stringify(v)}`).join(' || ') || 'false'})`;
      return c.operator === 'in' ? any : `!${any}`;
    }
    const b = isRef(c.value) ? read(c.value.fact, c.value.path) : literal(c.value);
    return OPS[c.operator as OperatorName](read(c.fact, c.path), b);
  };
  try {
    const body = [
      'const out = []; let i = r;',
      ...root.map((x) => `if (${src(x.conditions)}) out.push(${k(x.fired)});`),
      ...(each.length ? [
        'for (let j = 0; j < items.length; j++) { const it = items[j]; i = it.facts;',
        ...each.map((x) => `  if (${src(x.conditions)}) out.push({ rule: ${k(x.fired.rule)}, subject: it.subject });`),
        '}',
      ] : []),
      'return out;',
    ];
    const make = new Function('k', 'p', 'n', `"use strict"; return function fire(r, items) {\n${body.join('\n')}\n};`);
    return make(consts, readPath, isNumeric);
  } catch {
    return undefined;
  }
}

const isShortList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 8 && v.every((x) => typeof x === 'string');
const isNumeric = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== 'NaN';
