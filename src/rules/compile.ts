import { operators } from './operators.js';
import type { Condition, FactCondition, FactReference, OperatorName } from './types.js';

/** Facts for one evaluation: fact name to value. */
export type Facts = Readonly<Record<string, unknown>>;
export type Test = (facts: Facts) => boolean;

// As json-rules-engine: a path into a non-object fact yields the fact itself.
const readPath = (value: unknown, path: string | undefined): unknown => {
  if (path === undefined || typeof value !== 'object' || value === null) return value;
  let v = value;
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
export function compileCondition(cond: Condition, shared: Readonly<Record<string, Condition>>): Test {
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, shared));
    return (f) => parts.every((t) => t(f));
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, shared));
    return (f) => parts.some((t) => t(f));
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, shared);
    return (f) => !inner(f);
  }
  if ('condition' in cond) return compileCondition(shared[cond.condition]!, shared);
  return compileFact(cond);
}

function compileFact(c: FactCondition): Test {
  const op = operators[c.operator as OperatorName];
  const { fact, path, value } = c;
  if (isRef(value)) {
    const { fact: other, path: otherPath } = value;
    return (f) => op(readPath(f[fact], path), readPath(f[other], otherPath));
  }
  if (path !== undefined) return (f) => op(readPath(f[fact], path), value);
  return (f) => op(f[fact], value);
}
