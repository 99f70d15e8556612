import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSchemas } from '../src/schemas.js';
import { presetPolicy } from '../src/policy.js';
import { registry } from '../src/registry.js';
import { allowedExample } from './support/examples.js';
import { consent, consents, photo } from './support/image.js';

// The shipped JSON Schemas (built into dist/schemas) accept what the library accepts,
// and reject what a back end in another language should not send.
const dir = join(__dirname, '..', 'dist', 'schemas');
// A sample of every input: the richer image samples of the tests, and each area's allowed example for the rest
// (one item of a list for the schemas published beside it: a `consent` of `consents`).
const fromExamples = registry.flatMap((a) => {
  const e = allowedExample(a.id);
  return a.inputs.flatMap((i) => [[i.schemaName ?? i.name, e[i.name]], ...Object.keys(i.also ?? {}).map((k) => [k, (e[i.name] as unknown[])[0]])]);
});
const samples: Record<string, unknown> = {
  ...Object.fromEntries(fromExamples),
  photo: photo(),
  consent: consent('c1'),
  consents: consents(),
  'setting-policy': presetPolicy('kirklees-primary'),
};

describe('JSON Schemas', () => {
  for (const name of Object.keys(inputSchemas) as (keyof typeof inputSchemas)[]) {
    it(`${name}.json: compiles; accepts every value the zod schema accepts; rejects wrong types and missing fields`, () => {
      const file = join(dir, `${name}.json`);
      if (!existsSync(file)) throw new Error('run `npm run build` first');
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
      const zod = inputSchemas[name]!;
      expect(validate(samples[name])).toBe(true);
      expect(validate(JSON.parse(JSON.stringify(samples[name])))).toBe(true);
      expect(validate(null)).toBe(false);
      expect(validate(Array.isArray(samples[name]) ? [{}] : { ...(samples[name] as object), surprise: 1 })).toBe(false);
      fc.assert(fc.property(fc.jsonValue(), (v) => { if (zod.safeParse(v).success) expect(validate(v)).toBe(true); }), { numRuns: 500 });
    });
  }
});
