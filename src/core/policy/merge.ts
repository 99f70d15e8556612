import { marks } from '../brand.js';

/** A plain object (not an array, not a class instance). */
export const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * `over` laid on `base`, all the way down (arrays and other values replace
 * whole); keys that could reach a prototype are ignored.
 *
 * @example
 * ```ts
 * merge({ a: { b: 1, c: 2 } }, { a: { c: 3 } }); // { a: { b: 1, c: 3 } }
 * ```
 */
export function merge(base: unknown, over: unknown): unknown {
  if (!isPlain(base) || !isPlain(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    out[key] = merge(base[key], over[key]);
  }
  return out;
}

/**
 * Freezes a value and everything in it.
 *
 * @example
 * ```ts
 * Object.isFrozen(deepFreeze({ a: [1] }).a); // true
 * ```
 */
export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** Policies already validated (by any copy of the library in this process): frozen, and not checked again. */
export const validated = {
  has: (v: object): boolean => marks().policies.has(v),
  add: (v: object): void => { marks().policies.add(v); },
};
