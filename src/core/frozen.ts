// What the library hands out cannot be changed by the caller: frozen data, read-only maps, snapshots of what it is given.
import { deepFreeze } from './policy/merge.js';

/** A value that is not an object and not data either. */
const notData = (v: unknown) => typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint';

/** True for a value that is frozen all the way down and holds only data (no getters, no class instances). */
function frozenData(v: unknown, seen = new Set<object>()): boolean {
  if (typeof v !== 'object' || v === null) return !notData(v);
  if (seen.has(v)) return true;
  seen.add(v);
  const proto = Object.getPrototypeOf(v);
  if (!Object.isFrozen(v) || (proto !== Object.prototype && proto !== Array.prototype && proto !== null)) return false;
  for (const d of Object.values(Object.getOwnPropertyDescriptors(v))) if (!('value' in d) || !frozenData(d.value, seen)) return false;
  return true;
}

/** A deep copy of JSON data; anything else (a function, a class instance, a getter that throws, a cycle) throws a TypeError. */
function copyData(v: unknown, depth = 0): unknown {
  if (typeof v !== 'object' || v === null) {
    if (notData(v)) throw new TypeError(`a ${typeof v} is not data`);
    return v;
  }
  if (depth > 100) throw new TypeError('nested too deeply (or a cycle)');
  if (Array.isArray(v)) return Array.from(v, (x) => copyData(x, depth + 1));
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw new TypeError('only plain objects and arrays are data');
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = copyData((v as Record<string, unknown>)[k], depth + 1);
  return out;
}

/**
 * A value the caller gave, as the library keeps it: itself where it is already frozen data all the way down, else a
 * frozen deep copy, read once (so changing the original later, or a getter answering differently, changes nothing).
 * Throws a TypeError for what is not plain data.
 *
 * @example
 * ```ts
 * const rule = { name: 'image.mine', event: { type: 'block' } };
 * const kept = snapshot(rule);
 * rule.event.type = 'warn';
 * kept.event.type; // 'block'
 * ```
 */
export function snapshot<T>(v: T): T {
  return frozenData(v) ? v : deepFreeze(copyData(v) as T);
}

/**
 * A read-only view of a map: what it answers is what the library reads, and it has no `set`, `delete` or `clear`.
 *
 * @example
 * ```ts
 * const view = readOnlyMap(new Map([['image', 1]]));
 * 'set' in view; // false
 * view.get('image'); // 1
 * ```
 */
export function readOnlyMap<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  const view: ReadonlyMap<K, V> = {
    get: (k) => map.get(k), has: (k) => map.has(k), get size() { return map.size; },
    keys: () => map.keys(), values: () => map.values(), entries: () => map.entries(),
    forEach: (fn, self) => map.forEach((v, k) => fn.call(self, v, k, view)),
    [Symbol.iterator]: () => map[Symbol.iterator](),
  };
  return Object.freeze(view);
}
