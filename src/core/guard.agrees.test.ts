import { runs } from '../../test/support/runs.js';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { generateGuard } from './guard.js';
import { consentSchema, photoSchema } from '../../rules/image/schema.js';
import { photo, consent } from '../../test/support/image.js';
import { example } from '../../test/support/examples.js';
import { inputSchemas } from '../schemas.js';

/** Schemas the decision functions validate with, each with a valid sample to mutate. */
export const guarded: [string, z.ZodMiniType, unknown][] = [
  ['photo', photoSchema, { ...photo(), tags: ['a'], nameList: [], socialMediaAccount: { closed: true, moderated: false }, approvedBy: 'm' }],
  ['consent', consentSchema, consent('c1', { withdrawnAt: '2026-10-01', reviewBy: '2027-01-01T10:00:00Z', childObjects: false })],
  ['phone request', inputSchemas['phone-request']!, example('phone/two-mile-ash-social-worker.json').request],
  ['concern', inputSchemas.concern!, example('concern/childminder-grooming.json').concern],
  ['numbers and unions', z.strictObject({ n: z.number().check(z.minimum(0), z.maximum(10), z.int()), u: z.optional(z.union([z.literal('a'), z.nullable(z.boolean())])), l: z.object({ x: z.string() }) }), { n: 3, u: null, l: { x: 'y', extra: 1 } }],
];

const leafValue = fc.oneof(fc.constantFrom(undefined, null, '', 'x', 0, -1, 11, 2.5, Number.NaN, Infinity, true, false, [], {}, '2026-02-30', '2026-11-22', 'c1', 'parent', 'learning-journal'), fc.anything());

/** Mutates a valid sample: change, delete or add a field anywhere in it. */
function mutate(sample: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...p, k]);
  };
  walk(sample, []);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom('set', 'delete', 'add', 'inherit'), leafValue, fc.constantFrom('extra', '__proto__', 'constructor', 'id')).map(([path, how, value, key]) => {
    const copy = structuredClone(sample) as Record<string | number, unknown>;
    if (path.length === 0) return how === 'set' ? value : copy;
    let parent: Record<string | number, unknown> = copy;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (how === 'set') parent[last] = value;
    else if (how === 'delete') delete parent[last];
    else if (how === 'add' && parent[last] && typeof parent[last] === 'object') Object.defineProperty(parent[last], key, { value, enumerable: true, configurable: true, writable: true });
    else if (how === 'inherit' && parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
      // The same fields, but one of them (or an extra one) inherited from a prototype.
      const own = { ...(parent[last] as object) } as Record<string, unknown>;
      const proto: Record<string, unknown> = {};
      if (key in own) { proto[key] = own[key]; delete own[key]; } else proto[key] = value;
      parent[last] = Object.assign(Object.create(proto), own);
    }
    return copy;
  });
}

const guards = { 'generated code': generateGuard } as const;

for (const [kind, make] of Object.entries(guards)) {
  describe(`the fast input guard (${kind}) agrees with zod`, () => {
    for (const [name, schema, sample] of guarded) {
      it(`${name}: on the valid sample, on mutations of it, and on anything at all`, () => {
        const guard = make(schema)!;
        expect(guard).toBeTypeOf('function');
        expect(guard(sample)).toBe(true);
        let rejected = 0;
        fc.assert(fc.property(fc.oneof(mutate(sample), fc.anything()), (v) => {
          const zod = schema.safeParse(v).success;
          if (!zod) rejected++;
          expect(guard(v)).toBe(zod);
        }), { numRuns: runs(3_000) });
        expect(rejected).toBeGreaterThan(runs(3_000) / 30);
      });
    }
  });
}

describe('the fast input guard', () => {
  it('gives no guard for schemas it does not understand (zod alone decides)', () => {
    expect(generateGuard(z.record(z.string(), z.number()))).toBeUndefined();
    expect(generateGuard(z.strictObject({ e: z.string().check(z.email()) }))).toBeUndefined();
    expect(generateGuard(z.string().check(z.regex(/^a+$/g)))!('aa')).toBe(true);
  });

  it('generated code: a global regex is reset before each test, as zod does', () => {
    const g = generateGuard(z.string().check(z.regex(/a/g)))!;
    expect([g('a'), g('a'), g('b'), g('a')]).toEqual([true, true, false, true]);
  });
});
