import { describe, expect, it } from 'vitest';
import { readOnlyMap, snapshot } from './frozen.js';

const nest = (n: number, leaf: unknown, asObject = false): unknown => {
  let v: unknown = leaf;
  for (let i = 0; i < n; i++) v = asObject ? { a: v } : [v];
  return v;
};
const deepFrozen = <T>(v: T): T => {
  if (typeof v === 'object' && v !== null) { for (const x of Object.values(v)) deepFrozen(x); Object.freeze(v); }
  return v;
};

describe('snapshot', () => {
  it('keeps primitives as they are', () => {
    expect(snapshot(5)).toBe(5);
    expect(snapshot('x')).toBe('x');
    expect(snapshot(null)).toBe(null);
    expect(snapshot(undefined)).toBe(undefined);
    expect(snapshot(true)).toBe(true);
  });
  it('keeps frozen data itself: objects, arrays, null-prototype objects, cycles', () => {
    const o = deepFrozen({ a: { b: [1, 'x', null] } });
    expect(snapshot(o)).toBe(o);
    const arr = deepFrozen([{ a: 1 }, [2]]);
    expect(snapshot(arr)).toBe(arr);
    const bare = Object.freeze(Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 }));
    expect(snapshot(bare)).toBe(bare);
    const cyc: Record<string, unknown> = { n: 1 };
    cyc.self = cyc;
    Object.freeze(cyc);
    expect(snapshot(cyc)).toBe(cyc);
    const shared = Object.freeze({ s: 1 });
    const twice = Object.freeze({ x: shared, y: shared });
    expect(snapshot(twice)).toBe(twice);
  });
  it('copies what is not frozen all the way down, and freezes the copy', () => {
    const o = { a: { b: [1, 2] } };
    const kept = snapshot(o);
    expect(kept).not.toBe(o);
    expect(kept).toEqual(o);
    expect(Object.isFrozen(kept) && Object.isFrozen(kept.a) && Object.isFrozen(kept.a.b)).toBe(true);
    o.a.b.push(3);
    expect(kept.a.b).toEqual([1, 2]);
    const inner = { b: 1 };
    const outer = Object.freeze({ a: inner });
    const k2 = snapshot(outer);
    expect(k2).not.toBe(outer);
    expect(k2).toEqual({ a: { b: 1 } });
    expect(Array.isArray(snapshot([1, [2]]))).toBe(true);
    expect(snapshot([1, [2]])).toEqual([1, [2]]);
    expect(snapshot({ a: 1 })).toEqual({ a: 1 });
    expect(snapshot({ n: null, u: undefined, s: 's' })).toEqual({ n: null, u: undefined, s: 's' });
    expect(Array.isArray(snapshot({ a: 1 }))).toBe(false);
  });
  it('copies a frozen object with a getter, reading it once', () => {
    let n = 0;
    const g = Object.freeze(Object.defineProperty({}, 'g', { get: () => ++n, enumerable: true })) as { g: number };
    const kept = snapshot(g);
    expect(kept).not.toBe(g);
    expect(Object.getOwnPropertyDescriptor(kept, 'g')).toHaveProperty('value', 1);
  });
  it('copies an unfrozen null-prototype object', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    const kept = snapshot(bare);
    expect(kept).not.toBe(bare);
    expect({ ...kept }).toEqual({ a: 1 });
  });
  it('refuses what is not data, with exact messages', () => {
    expect(() => snapshot(() => 1)).toThrow(new TypeError('a function is not data'));
    expect(() => snapshot(Object.freeze({ f: () => 1 }))).toThrow(new TypeError('a function is not data'));
    expect(() => snapshot({ f: () => 1 })).toThrow(new TypeError('a function is not data'));
    expect(() => snapshot({ s: Symbol('s') })).toThrow(new TypeError('a symbol is not data'));
    expect(() => snapshot([1n])).toThrow(new TypeError('a bigint is not data'));
    // on its own, or inside data already frozen, too
    expect(() => snapshot(Symbol('s'))).toThrow(new TypeError('a symbol is not data'));
    expect(() => snapshot(10n)).toThrow(new TypeError('a bigint is not data'));
    expect(() => snapshot(Object.freeze({ s: Symbol('s') }))).toThrow(new TypeError('a symbol is not data'));
    expect(() => snapshot(Object.freeze([Object.freeze({ n: 1n })]))).toThrow(new TypeError('a bigint is not data'));
    expect(() => snapshot(new Date(0))).toThrow(new TypeError('only plain objects and arrays are data'));
    expect(() => snapshot(Object.freeze(new Date(0)))).toThrow(new TypeError('only plain objects and arrays are data'));
    expect(() => snapshot(Object.freeze(new Map()))).toThrow(new TypeError('only plain objects and arrays are data'));
    class C { a = 1; }
    expect(() => snapshot(Object.freeze(new C()))).toThrow(new TypeError('only plain objects and arrays are data'));
    expect(() => snapshot({ c: new C() })).toThrow(new TypeError('only plain objects and arrays are data'));
  });
  it('refuses a cycle and nesting deeper than 100, exactly at the bound', () => {
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => snapshot(cyc)).toThrow(new TypeError('nested too deeply (or a cycle)'));
    expect(() => snapshot(nest(101, 1))).not.toThrow(); // innermost array at depth 100
    expect(() => snapshot(nest(102, 1))).toThrow(new TypeError('nested too deeply (or a cycle)'));
    expect(() => snapshot(nest(101, 1, true))).not.toThrow();
    expect(() => snapshot(nest(102, 1, true))).toThrow(new TypeError('nested too deeply (or a cycle)'));
  });
});

describe('readOnlyMap', () => {
  it('answers as the map does, and cannot change it', () => {
    const m = new Map([['a', 1], ['b', 2]]);
    const view = readOnlyMap(m);
    expect(Object.isFrozen(view)).toBe(true);
    expect('set' in view || 'delete' in view || 'clear' in view).toBe(false);
    expect(view.get('a')).toBe(1);
    expect(view.has('a')).toBe(true);
    expect(view.has('z')).toBe(false);
    expect(view.size).toBe(2);
    expect([...view.keys()]).toEqual(['a', 'b']);
    expect([...view.values()]).toEqual([1, 2]);
    expect([...view.entries()]).toEqual([['a', 1], ['b', 2]]);
    expect([...view]).toEqual([['a', 1], ['b', 2]]);
    const seen: unknown[] = [];
    const self = { me: true };
    view.forEach(function (this: unknown, v, k, map) { seen.push([v, k, map === view, this === self]); }, self);
    expect(seen).toEqual([[1, 'a', true, true], [2, 'b', true, true]]);
    m.set('c', 3);
    expect(view.size).toBe(3);
  });
});
