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

/**
 * The same condition compiled to one JavaScript function per rule (direct
 * property reads, no closures per node): several times faster. Where code
 * generation is not allowed (e.g. a Content-Security-Policy without
 * 'unsafe-eval'), the closures above are used instead: same semantics.
 */
export function compileTest(cond: Condition, shared: Readonly<Record<string, Condition>>, isItem: IsItemFact = none): Test {
  return generate(cond, shared, isItem) ?? compileCondition(cond, shared, isItem);
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

export function generate(cond: Condition, shared: Readonly<Record<string, Condition>>, isItem: IsItemFact): Test | undefined {
  const consts: unknown[] = [];
  const literal = (v: unknown) => {
    if (typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v))) return JSON.stringify(v);
    consts.push(v);
    return `k[${consts.length - 1}]`;
  };
  const read = (fact: string, path: string | undefined) => {
    const base = `${isItem(fact) ? 'i' : 'r'}[${JSON.stringify(fact)}]`;
    return path === undefined ? base : `p(${base}, ${JSON.stringify(path)})`;
  };
  const src = (c: Condition): string => {
    if ('all' in c) return `(${c.all.map(src).join(' && ')})`;
    if ('any' in c) return `(${c.any.map(src).join(' || ')})`;
    if ('not' in c) return `!${src(c.not)}`;
    if ('condition' in c) return src(shared[c.condition]!);
    const b = isRef(c.value) ? read(c.value.fact, c.value.path) : literal(c.value);
    return OPS[c.operator as OperatorName](read(c.fact, c.path), b);
  };
  try {
    const make = new Function('k', 'p', 'n', `"use strict"; return function test(r, i) { return ${src(cond)}; };`);
    return make(consts, readPath, isNumeric) as Test;
  } catch {
    return undefined;
  }
}

const isNumeric = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== 'NaN';
