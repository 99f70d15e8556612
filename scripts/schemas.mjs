// After the build: writes a JSON Schema (draft 2020-12) for every input type to dist/schemas/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toJSONSchema } from 'zod/mini';
import { inputSchemas } from '../dist/index.js';

const out = resolve(import.meta.dirname, '..', 'dist', 'schemas');
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(inputSchemas)) {
  const json = { $id: `urn:esafety-rules:schemas:${name}`, title: name, ...toJSONSchema(schema, { io: 'input' }) };
  writeFileSync(resolve(out, `${name}.json`), JSON.stringify(json, null, 2) + '\n');
}
console.log(`wrote ${Object.keys(inputSchemas).length} JSON Schemas to dist/schemas/`);
