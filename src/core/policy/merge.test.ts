import { describe, expect, it } from 'vitest';
import { deepFreeze, merge } from './merge.js';

// Laying a setting's policy on a preset: deep for plain objects, whole for anything else, and never through a prototype.
type Obj = Record<string, unknown>;
const hostile = (json: string) => JSON.parse(json) as Obj; // JSON.parse makes "__proto__" an own key, as a policy file would
const laid = (base: Obj, over: Obj) => merge(base, over) as Obj;
const plainAndClean = (v: unknown) => {
  expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  expect((v as Obj).polluted).toBe(undefined);
  expect(({} as Obj).polluted).toBe(undefined); // Object.prototype itself untouched
};

describe('merge', () => {
  it('lays over on base all the way down; a missing or undefined value keeps the base, anything else replaces it', () => {
    expect(merge({ a: { b: 1, c: 2 }, d: 1 }, { a: { c: 3 } })).toEqual({ a: { b: 1, c: 3 }, d: 1 });
    expect(merge({ a: 1 }, { a: undefined })).toEqual({ a: 1 });
    expect(merge({ a: { b: 1 } }, { a: null })).toEqual({ a: null });
    expect(merge({ a: { b: 1 } }, 'x')).toBe('x');
    expect(merge({ a: 1 }, undefined)).toEqual({ a: 1 });
  });
  it('arrays replace whole: never concatenated, never merged index by index', () => {
    expect(merge({ a: [1, 2] }, { a: [3] })).toEqual({ a: [3] });
    expect(merge({ a: [1, 2] }, { a: [] })).toEqual({ a: [] });
    expect(merge({ a: { b: 1 } }, { a: [1] })).toEqual({ a: [1] });
  });
  it('ignores a __proto__ key, at the top and nested: the result keeps its prototype and gains nothing', () => {
    const top = laid({ a: 1 }, hostile('{"__proto__": {"polluted": true}, "b": 2}'));
    expect(Object.keys(top)).toEqual(['a', 'b']);
    plainAndClean(top);
    const nested = laid({ s: { a: 1 } }, hostile('{"s": {"__proto__": {"polluted": true}, "b": 2}}'));
    expect(Object.keys(nested.s as Obj)).toEqual(['a', 'b']);
    plainAndClean(nested.s);
  });
  it('ignores a constructor key, at the top and nested', () => {
    const top = laid({ a: 1 }, hostile('{"constructor": {"prototype": {"polluted": true}}, "b": 2}'));
    expect(Object.keys(top)).toEqual(['a', 'b']);
    expect(top.constructor).toBe(Object);
    plainAndClean(top);
    const nested = laid({ s: { a: 1 } }, hostile('{"s": {"constructor": {"polluted": true}}}'));
    expect(Object.keys(nested.s as Obj)).toEqual(['a']);
    expect((nested.s as Obj).constructor).toBe(Object);
  });
  it('ignores a prototype key, at the top and nested', () => {
    const top = laid({ a: 1 }, hostile('{"prototype": {"polluted": true}, "b": 2}'));
    expect(Object.keys(top)).toEqual(['a', 'b']);
    expect(top.prototype).toBe(undefined);
    const nested = laid({ s: { a: 1 } }, hostile('{"s": {"prototype": 1}}'));
    expect(nested).toEqual({ s: { a: 1 } });
    plainAndClean(nested);
  });
  it('takes a value whole where the base has no object to lay it on (its own keys, even "constructor", go with it)', () => {
    const over = hostile('{"s": {"constructor": 1}}');
    const out = laid({}, over);
    expect(out.s).toEqual({ constructor: 1 }); // the schema that follows every merge refuses such a key as an unknown field
    expect(Object.hasOwn(out.s as Obj, 'constructor')).toBe(true);
    plainAndClean(out.s);
  });
  it('builds new objects where it lays one on another: changing either input afterwards does not change the result', () => {
    const base = { a: { b: 1 }, keep: { k: 1 } };
    const over = { a: { c: 2 } };
    const out = laid(base, over);
    base.a.b = 9;
    over.a.c = 9;
    expect(out).toEqual({ a: { b: 1, c: 2 }, keep: { k: 1 } });
    expect(out).not.toBe(base);
  });
  it('leaves a frozen base intact and does not freeze its result', () => {
    const base = deepFreeze({ a: { b: 1 }, list: [1] });
    const out = laid(base, { a: { c: 2 }, list: [2] });
    expect(out).toEqual({ a: { b: 1, c: 2 }, list: [2] });
    expect(base).toEqual({ a: { b: 1 }, list: [1] });
    expect(Object.isFrozen(out)).toBe(false);
  });
});

describe('deepFreeze', () => {
  it('freezes a value and everything in it, and returns it', () => {
    const v = { a: { b: [{ c: 1 }] } };
    expect(deepFreeze(v)).toBe(v);
    expect([v, v.a, v.a.b, v.a.b[0]].map((x) => Object.isFrozen(x))).toEqual([true, true, true, true]);
    expect([deepFreeze(null), deepFreeze(1), deepFreeze('x')]).toEqual([null, 1, 'x']);
  });
  it('stops at what is already frozen, so a value that contains itself is frozen once', () => {
    const loop: Obj = { a: 1 };
    loop.self = loop;
    expect(deepFreeze(loop)).toBe(loop);
    expect(Object.isFrozen(loop)).toBe(true);
  });
  it('freezes data only: a function inside is left as it is (no policy holds one)', () => {
    const f = () => 1;
    deepFreeze({ f });
    expect(Object.isFrozen(f)).toBe(false);
  });
});
