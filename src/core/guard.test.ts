import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { consentsSchema, photoSchema } from '../../rules/image/schema.js';
import { inputSchemas } from '../schemas.js';
import { parserOf } from './input.js';
import { generateGuard } from './guard.js';

/** Makes something while counting the code it generates (`new Function`); `refuse` throws instead, as a strict CSP does. */
function watchingCodegen<T>(make: () => T, refuse = false): { made: T; generated: number } {
  let generated = 0;
  vi.stubGlobal('Function', new Proxy(Function, {
    construct(target, args) {
      generated++;
      if (refuse) throw new EvalError('code generation refused');
      return Reflect.construct(target, args) as object;
    },
  }));
  try { const made = make(); return { made, generated }; } finally { vi.unstubAllGlobals(); }
}

const holes = [, 'a']; // index 0 is a hole, not undefined
const nullProto = Object.assign(Object.create(null) as object, { a: 'x' });
const inherits = (proto: object, own: object) => Object.assign(Object.create(proto) as object, own);
const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] as const;

/** Each feature: a schema, edge values, and zod's answer for each ('y' accepted, 'n' refused). */
const features: [string, z.ZodMiniType, unknown[], string][] = [
  ['a string literal', z.literal('a'), ['a', 'b', undefined, ['a'], 'A'], 'ynnnn'],
  ['string, boolean and number literals', z.literal(['a', true, 2]), ['a', true, 2, 'true', false, '2', 2.000001, 1], 'yyynnnnn'],
  ['NaN and Infinity literals (never read as null)', z.literal(['a', Number.NaN, Infinity]), ['a', Number.NaN, Infinity, null, -Infinity, 0], 'yyynnn'],
  ['an empty list of literals accepts nothing', z.literal([]), [undefined, null, '', 0, []], 'nnnnn'],
  ['a zero literal takes -0 too', z.literal(0), [0, -0, false, '0'], 'yynn'],
  ['undefined, null and bigint literals', z.literal([undefined, null, 1n]), [undefined, null, 1n, 1, 'null', 0], 'yyynnn'],
  ['an enum', z.enum(['a', 'b']), ['a', 'b', 'c', undefined, 0], 'yynnn'],
  ['an enum of nine values', z.enum(nine), ['a', 'i', 'j', '', undefined], 'yynnn'],
  ['optional vs undefined vs missing', z.strictObject({ a: z.optional(z.string()) }), [{}, { a: undefined }, { a: 'x' }, { a: null }, { b: undefined }], 'yyynn'],
  ['a required field is not optional', z.object({ a: z.string() }), [{}, { a: undefined }, { a: '' }], 'nny'],
  ['nullable', z.nullable(z.number()), [null, 1, undefined, Number.NaN, 'null'], 'yynnn'],
  ['optional nullable', z.optional(z.nullable(z.boolean())), [undefined, null, false, 0, ''], 'yyynn'],
  ['arrays: empty, holes, not arrays', z.array(z.string()), [[], ['a'], holes, [undefined], [1], 'ab', { length: 0 }, { 0: 'a', length: 1 }], 'yynnnnnn'],
  ['holes are undefined to an optional element', z.array(z.optional(z.string())), [holes, new Array(3), [null]], 'yyn'],
  ['array length bounds', z.array(z.number()).check(z.minLength(1), z.maxLength(2)), [[], [1], [1, 2], [1, 2, 3]], 'nyyn'],
  ['string length bounds', z.string().check(z.minLength(2), z.maxLength(3)), ['a', 'ab', 'abc', 'abcd', ['a', 'b']], 'nyynn'],
  ['a plain number', z.number(), [0, -0, 1.5, -7, Number.NaN, Infinity, -Infinity, '1', null, 1n], 'yyyynnnnnn'],
  ['an integer from 0 to 10 inclusive', z.number().check(z.minimum(0), z.maximum(10), z.int()), [0, -0, 10, 5, -1, 11, 2.5, 10.5, -0.5, Infinity], 'yyyynnnnnn'],
  ['exclusive bounds', z.number().check(z.gt(0), z.lt(10)), [0, -0, 0.5, 9.5, 10, Number.NaN], 'nnyynn'],
  ['a bigint bound is compared exactly, not rounded', z.number().check(z.minimum(2n ** 64n + 1n) as never), [2 ** 64, 2 ** 65], 'ny'],
  ['nested objects (the inner one not strict)', z.strictObject({ in: z.object({ x: z.string() }) }), [{ in: { x: 'a' } }, { in: { x: 'a', extra: 1 } }, { in: {} }, { in: null }, { in: [] }, {}], 'yynnnn'],
  ['extra keys of a strict object, own or inherited', z.strictObject({ a: z.string() }),
    [{ a: 'x' }, { a: 'x', b: 1 }, { a: 'x', b: undefined }, inherits({ b: 1 }, { a: 'x' }), inherits({ a: 'x' }, {}), JSON.parse('{"a":"x","__proto__":1}'), nullProto, [], null, 'a'], 'ynnnynynnn'],
  ['a strict object with no fields, and keys that need quoting', z.strictObject({}), [{}, { a: 1 }, inherits({ b: 1 }, {}), nullProto], 'ynnn'],
  ['keys that need quoting in the generated code', z.strictObject({ 'a"b': z.optional(z.string()), 'c\\d': z.optional(z.string()) }),
    [{ 'a"b': 'x' }, { 'c\\d': 'x' }, { a: 'x' }, { 'a"b': 1 }], 'yynn'],
  ['a union', z.union([z.literal('a'), z.array(z.boolean())]), ['a', [true], [], 'b', [1], true], 'yyynnn'],
  ['a regex and a refinement', z.string().check(z.regex(/^a+$/), z.refine((s) => s !== 'aaa')), ['a', 'aa', 'aaa', 'b', 'ab', 1], 'yynnnn'],
  ['a global regex, tested again and again', z.string().check(z.regex(/^a/g)), ['a', 'a', 'ab', 'b', 'a'], 'yyyny'],
  ['a refinement of a whole object', z.object({ a: z.number() }).check(z.refine((o) => o.a > 0)), [{ a: 1 }, { a: 0 }, { a: '1' }, null], 'ynnn'],
];

const zodSays = (schema: z.ZodMiniType, values: unknown[]) => values.map((v) => (schema.safeParse(v).success ? 'y' : 'n')).join('');

describe('zod itself, on the hand-picked edge values', () => {
  it.each(features)('%s', (_, schema, values, expected) => expect(zodSays(schema, values)).toBe(expected));
});

for (const [kind, make] of [['generated code', generateGuard]] as const) {
  describe(`the fast input guard (${kind}) gives zod's answer on every edge value`, () => {
    it.each(features)('%s', (_, schema, values, expected) => {
      const guard = make(schema);
      expect(typeof guard).toBe('function');
      expect(values.map((v) => (guard!(v) ? 'y' : 'n')).join('')).toBe(expected);
    });
  });
}

const record = z.record(z.string(), z.number());
const unsupported: [string, z.ZodMiniType][] = [
  ['a record', record],
  ['a union with a record in it', z.union([z.string(), record])],
  ['an object with a record field', z.object({ a: z.string(), b: record })],
  ['an array of records', z.array(record)],
  ['an array with an exact length', z.array(z.string()).check(z.length(2))],
  ['a loose object (extra keys allowed)', z.looseObject({ a: z.string() })],
  ['an object whose extra keys must be text', z.catchall(z.object({ a: z.string() }), z.string())],
  ['an object with an overwrite check', z.object({ a: z.string() }).check(z.overwrite((o) => o))],
  ['a 32-bit integer (not the safe-integer format)', z.number().check(z.int32())],
  ['a boolean with a refinement', z.boolean().check(z.refine((b) => b))],
  ['text with a superRefine (a custom check with no fn to call)', z.string().check(z.superRefine(() => undefined))],
];

describe('schemas the fast guard does not understand', () => {
  it.each(unsupported)('%s: no generated code is even attempted', (_, schema) => {
    expect(watchingCodegen(() => generateGuard(schema))).toEqual({ made: undefined, generated: 0 });
  });

  it('parserOf still answers them, with zod', () => {
    const parse = parserOf(record);
    const input = { a: 1 };
    const r = parse(input);
    expect(r).toEqual({ success: true, data: { a: 1 } });
    expect(r.success && r.data).not.toBe(input); // zod's copy: no fast guard said yes
    expect(parse({ a: '1' }).success).toBe(false);
  });
});

describe('the schemas the library ships', () => {
  it.each(Object.entries(inputSchemas))('%s: compiles to generated code, once', (_, schema) => {
    const { made, generated } = watchingCodegen(() => generateGuard(schema));
    expect(typeof made).toBe('function');
    expect(generated).toBe(1);
  });

  const samples: [string, z.ZodMiniType, unknown][] = [
    ['photo', photoSchema, { id: 'p1', takenAt: '2026-11-20T10:00:00Z', audience: 'learning-journal', children: [{ id: 'c1' }], device: { owner: 'setting' } }],
    ['consents', consentsSchema, [{ childId: 'c1', audiences: ['learning-journal'], written: true, givenBy: 'parent', givenAt: '2026-09-01' }]],
    ['phone request', inputSchemas['phone-request']!, { who: 'staff', device: 'personal-phone', purpose: 'call', place: 'staff-room' }],
    ['concern', inputSchemas.concern!, { kind: ['online-grooming'], reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'nursery' } }],
  ];
  it.each(samples)('%s: parserOf generates its guard once; where that is refused, zod decides every value', (_, schema, sample) => {
    const generated = watchingCodegen(() => parserOf(schema));
    const refused = watchingCodegen(() => parserOf(schema), true);
    expect([generated.generated, refused.generated]).toEqual([1, 1]);
    expect(generated.made(sample)).toEqual({ success: true, data: sample });
    expect((generated.made(sample) as { data: unknown }).data).toBe(sample); // the very input: the guard said yes (zod would copy it)
    expect(refused.made(sample)).toEqual({ success: true, data: sample });
    expect((refused.made(sample) as { data: unknown }).data).not.toBe(sample); // zod's copy: no guard
    for (const parse of [generated.made, refused.made]) expect(parse({}).success).toBe(false);
  });
});

// The answers are the same either way; this pins the shape that makes generated code fast (no Set lookup, no k[] read).
describe('the generated code', () => {
  it('compares small sets of plain literals and finite bounds inline, and looks larger or odd ones up', () => {
    const source = (schema: z.ZodMiniType) => generateGuard(schema)!.toString();
    expect(source(z.literal(['a', true, 0]))).toBe('function guard(v) { return (v === "a" || v === true || v === 0); }');
    expect(source(z.enum(nine.slice(0, 8) as ['a']))).toBe(`function guard(v) { return ((${nine.slice(0, 8).map((x) => `v === "${x}"`).join(' || ')})); }`);
    expect(source(z.enum(nine))).toBe('function guard(v) { return (k[0].has(v)); }');
    expect(source(z.literal(-0))).toBe('function guard(v) { return k[0].has(v); }');
    expect(source(z.number().check(z.minimum(5), z.lt(Infinity)))).toBe('function guard(v) { return (typeof v === "number" && Number.isFinite(v) && v >= 5 && v < k[0]); }');
    expect(source(z.string().check(z.regex(/a/)))).toBe('function guard(v) { return (typeof v === "string" && k[0].test(v)); }');
  });
});
