import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parserOf } from './input.js';
import { generateGuard } from './guard.js';

// Shapes the fast guards once called valid where zod refuses (none in the shipped schemas): now only zod decides them.
enum Color { Red, Green }
const cases: [string, z.ZodMiniType, unknown][] = [
  ['a literal with a refinement', z.literal('a').check(z.refine(() => false)), 'a'],
  ['z.int() used as a schema', z.int(), 1.5],
  ['z.int32() used as a schema', z.int32(), 2 ** 40],
  ['z.email() used as a schema', z.email(), 'nope'],
  ['z.iso.date() inside an object', z.strictObject({ at: z.iso.date() }), { at: 'x' }],
  ['a numeric TypeScript enum, by key', z.enum(Color), 'Red'],
  ['an enum with a number key', z.enum({ '1': 1 }), 1],
];

describe('parserOf never says yes where zod says no', () => {
  for (const [name, schema, value] of cases) {
    it(name, () => {
      expect(schema.safeParse(value).success).toBe(false);
      expect(parserOf(schema)(value).success).toBe(false);
      const fast = [generateGuard(schema)].filter((g) => g !== undefined);
      for (const g of fast) expect(g(value)).toBe(false);
    });
  }
  it('an async refinement is not a yes (zod throws on it in a synchronous parse)', () => {
    const schema = z.string().check(z.refine(async () => false));
    expect(parserOf(schema)('x').success).toBe(false);
    for (const g of [generateGuard(schema)]) expect(g?.('x') ?? false).toBe(false);
  });
});
