import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisions } from './support/decisions.js';

// Hostile input for every public decision function and the engine route.
// FUZZ_RUNS (npm run fuzz) raises the runs per property from 1,000 to 100,000; FUZZ_SHARD=i/n (scripts/fuzz.mjs)
// runs this process's n-th share of them, with its own random seed, so the fuzz uses every core.
const SHARDS = Number((process.env.FUZZ_SHARD ?? '1/1').split('/')[1]);
const RUNS = Math.ceil(Number(process.env.FUZZ_RUNS ?? 1_000) / SHARDS);
const TIMEOUT = Math.max(300_000, RUNS * 50); // generous (the engine route takes ~10 ms a run): a loaded machine is no failure

const nasty = fc.constantFrom<unknown>(
  undefined, null, Number.NaN, Infinity, -0, '', ' ', '\u0000', '\u202e\u0041\u0301', '𝒜𝓋𝒶', 'x'.repeat(10_000), [], {}, [[]],
  '__proto__', 'constructor', 'toString', '2026-02-30', '2026-11-22T25:00:00Z', '+275760-09-13T00:00:00.000Z', '1970-01-01', '9999-12-31',
  '2026-03-29T01:30:00', '2026-10-25T01:30:00', new Date(Number.NaN), new Date(8.64e15), Object.create(null), JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'), Array.from({ length: 5_000 }, () => ({ id: 'c' })), true, 1e308, -1,
);
const anyValue = fc.oneof(nasty, fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withObjectString: true, maxDepth: 3 }));

/** A copy of a call, and in it the object that holds the value at `path`, with that value's key. */
function copyAt(call: unknown[], path: (string | number)[]): { copy: unknown[]; parent: Record<string | number, unknown>; key: string | number } {
  const copy = structuredClone(call) as unknown as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  return { copy: copy as unknown as unknown[], parent, key: path[path.length - 1]! };
}

/** The valid call with one value anywhere in it replaced, removed, duplicated or given an extra key. */
function mutated(valid: unknown[]): fc.Arbitrary<unknown[]> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
  };
  walk(valid, []);
  return fc.tuple(fc.constantFrom(...paths.filter((p) => p.length)), fc.constantFrom('set', 'delete', 'extra', 'proto', 'duplicate'), anyValue).map(([path, how, value]) => {
    const { copy, parent, key: last } = copyAt(valid, path);
    if (how === 'set') parent[last] = value;
    else if (how === 'delete') delete parent[last];
    else if (how === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[last as number]));
    else if (how === 'proto' && parent[last] && typeof parent[last] === 'object') Object.defineProperty(parent[last], '__proto__', { value, enumerable: true, configurable: true, writable: true });
    else if (parent[last] && typeof parent[last] === 'object') (parent[last] as Record<string, unknown>).unexpected = value;
    return copy;
  });
}

const snapshot = (v: unknown) => JSON.stringify(v);

describe('adversarial input', () => {
  for (const d of decisions) {
    describe(d.name, () => {
      it('the valid call is allowed, or accepted (so the properties below are not vacuous)', async () => {
        const r = await d.call(d.valid);
        if (d.permission === false) expect(r.reasons.filter((x) => x.rule === 'input.invalid')).toEqual([]);
        else expect(r.allowed).toBe(true);
      });

      it(`anything at all, in every argument: never throws, never allows (${RUNS} runs${SHARDS > 1 ? ` in each of ${SHARDS} shards` : ""})`, async () => {
        await fc.assert(fc.asyncProperty(fc.array(anyValue, { minLength: 0, maxLength: d.valid.length }), async (args) => {
          const r = await d.call(args);
          expect(r.allowed).toBe(false);
          expect(r.reasons.some((x) => x.rule === 'input.invalid')).toBe(true);
        }), { numRuns: RUNS });
      }, TIMEOUT);

      it(`one hostile change to a valid call: never throws; allowed only if the input is still valid (${RUNS} runs${SHARDS > 1 ? ` in each of ${SHARDS} shards` : ""})`, async () => {
        await fc.assert(fc.asyncProperty(mutated(d.valid), async (args) => {
          const r = await d.call(args);
          if (r.allowed) expect(d.inputValid(args)).toBe(true);
          if (!d.inputValid(args)) expect(r.reasons.some((x) => x.rule === 'input.invalid')).toBe(true);
        }), { numRuns: RUNS });
      }, TIMEOUT);

      it('no input changes a later decision, and nothing pollutes Object.prototype', async () => {
        const before = snapshot(await d.call(structuredClone(d.valid)));
        await fc.assert(fc.asyncProperty(mutated(d.valid), async (args) => { await d.call(args); }), { numRuns: RUNS });
        expect(snapshot(await d.call(structuredClone(d.valid)))).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }, TIMEOUT);
    });
  }
});

// Found by the fuzz (100,000 runs): zod throws "Cannot convert object to primitive value" on an object with a
// `length` it cannot compare with a number, where it expects text. Every text field of every valid call, so replaced.
describe('a value zod cannot read, at every text field', () => {
  const unreadable = () => ({ length: Object.create(null) as object });
  const textPaths = (v: unknown, p: (string | number)[] = []): (string | number)[][] =>
    typeof v === 'string' ? [p] : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => textPaths(x, [...p, Array.isArray(v) ? Number(k) : k])) : [];
  for (const d of decisions) {
    it(`${d.name}: never throws, never allows, names an invalid field`, async () => {
      const paths = textPaths(d.valid);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const { copy, parent, key } = copyAt(d.valid, path);
        parent[key] = unreadable();
        const r = await d.call(copy);
        if (d.permission !== false) expect(r.allowed, path.join('.')).toBe(false);
        expect(r.reasons.some((x) => x.rule === 'input.invalid'), path.join('.')).toBe(true);
      }
    });
  }
  it('canPublishImage names the very field: consents[1].childId', async () => {
    const d = decisions.find((x) => x.name === 'canPublishImage')!;
    const args = structuredClone(d.valid) as [unknown, { childId: unknown }[], unknown];
    args[1][1]!.childId = unreadable();
    const r = await d.call(args);
    expect(r.reasons.map((x) => x.subject)).toContain('consents[1].childId');
  });
});

describe('a value that throws when read, at every field of every input', () => {
  const paths = (v: unknown, p: (string | number)[] = []): (string | number)[][] =>
    v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => { const q = [...p, Array.isArray(v) ? Number(k) : k]; return [q, ...paths(x, q)]; }) : [];
  const revoked = () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; };
  // Three ways to throw: a revoked proxy, a getter that always throws, and one that answers once (so the fast guard says yes) and then throws.
  const hostile = {
    'a revoked proxy': (o: object, k: string | number, x: unknown) => { void x; (o as Record<string | number, unknown>)[k] = revoked(); },
    'a throwing getter': (o: object, k: string | number, x: unknown) => { void x; Object.defineProperty(o, k, { get() { throw new Error('no'); }, enumerable: true }); },
    'a getter that answers once': (o: object, k: string | number, x: unknown) => {
      let reads = 0;
      Object.defineProperty(o, k, { get() { if (reads++ > 0) throw new Error('no'); return x; }, enumerable: true });
    },
  };
  for (const d of decisions) {
    for (const [how, put] of Object.entries(hostile)) {
      it(`${d.name}, ${how}: never throws, never allows`, async () => {
        // Inside the inputs (not the options, the last argument: a vendor's own configuration).
        const all = paths(d.valid.slice(0, -1)).filter((p) => p.length > 1);
        expect(all.length).toBeGreaterThan(0);
        for (const path of all) {
          const { copy, parent, key } = copyAt(d.valid, path);
          put(parent, key, parent[key]);
          const r = await d.call(copy);
          if (d.permission !== false && how !== 'a getter that answers once') expect(r.allowed, path.join('.')).toBe(false);
          if (how !== 'a getter that answers once') expect(r.reasons.some((x) => x.rule === 'input.invalid'), path.join('.')).toBe(true);
        }
      });
    }
  }
});

