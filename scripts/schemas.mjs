// After the build: writes the JSON Schemas (draft 2020-12) of every input, in both modes, to dist/schemas/ (see
// docs/schemas.md). `<name>.json` is the default mode (extra fields refused), `<name>.rows.json` is database rows
// (`extraFields: 'ignore'`: extra fields allowed, every optional field present, null meaning none). Where the build
// exports them, results (`<name>.result.json`) and the audit record (`audit-record.json`) too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toJSONSchema } from 'zod/mini';
import * as lib from '../dist/index.js';
import { rowsOf } from '../dist/lib/core/rows.js';

const out = resolve(import.meta.dirname, '..', 'dist', 'schemas');
const DATE = 'x-esafety-rules-date';
const defOf = (s) => s._zod.def;

/** Fails the build where a schema checks something JSON Schema cannot say (a refine): the schema would accept more. */
function expressible(schema, path) {
  const d = defOf(schema);
  if (d.type === 'date') return; // dropped: JSON carries an instant as a string, with its pattern
  for (const c of d.checks ?? []) {
    if (defOf(c).check === 'custom') throw new Error(`${path}: a refine cannot be expressed in JSON Schema (use a pattern: see src/core/schema.ts)`);
  }
  for (const [k, s] of Object.entries(d.shape ?? {})) expressible(s, `${path}.${k}`);
  for (const s of [d.innerType, d.element, ...(d.options ?? [])]) if (s) expressible(s, path);
}

/** Drops the Date branch of each instant (JSON cannot carry a Date: the string, with its pattern, is left). */
function dropDates(node, io) {
  if (Array.isArray(node)) return node.map((n) => dropDates(n, io));
  if (typeof node !== 'object' || node === null) return node;
  if (node[DATE]) {
    if (io === 'output') return { type: 'string', format: 'date-time' }; // a Date in a result is written as its ISO string
    throw new Error('a Date outside an instant cannot be expressed in JSON Schema');
  }
  const copy = {};
  for (const [k, v] of Object.entries(node)) {
    copy[k] = k === 'anyOf' && Array.isArray(v) ? v.filter((b) => !b?.[DATE]).map((b) => dropDates(b, io)) : dropDates(v, io);
  }
  if (copy.anyOf?.length === 1 && node.anyOf.length > 1) {
    const [only] = copy.anyOf;
    delete copy.anyOf;
    return { ...copy, ...only };
  }
  return copy;
}

function jsonSchemaOf(schema, io, name) {
  expressible(schema, name);
  const unrepresentable = (ctx) => (defOf(ctx.zodSchema).type === 'date' ? { [DATE]: true } : 'throw');
  return dropDates(toJSONSchema(schema, { io, unrepresentable }), io);
}

const files = [];
function write(file, id, title, description, schema, io) {
  const json = { $id: `urn:esafety-rules:schemas:${id}`, title, description, ...jsonSchemaOf(schema, io, id) };
  writeFileSync(resolve(out, file), JSON.stringify(json, null, 2) + '\n');
  files.push(file);
}

mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(lib.inputSchemas)) {
  if (name === 'setting-policy') {
    write(`${name}.json`, name, name, 'A complete setting policy, as definePolicy returns it (docs/schemas.md).', schema, 'input');
    continue;
  }
  write(`${name}.json`, name, name, `The ${name} input: unknown fields are refused (the default, extraFields: 'refuse'). See docs/schemas.md.`, schema, 'input');
  write(`${name}.rows.json`, `${name}.rows`, `${name}.rows`,
    `The ${name} input as a database row (extraFields: 'ignore'): unknown fields are ignored, and every optional field must be present, null meaning none. See docs/schemas.md.`,
    rowsOf(schema), 'input');
}
// Results and the audit record, where this build has them.
for (const [name, schema] of Object.entries(lib.outputSchemas ?? {})) {
  write(`${name}.result.json`, `${name}.result`, `${name}.result`, `The result of ${name}. See docs/schemas.md.`, schema, 'output');
}
if (lib.auditRecordSchema) write('audit-record.json', 'audit-record', 'audit-record', 'An audit record of one decision. See docs/schemas.md.', lib.auditRecordSchema, 'output');
console.log(`wrote ${files.length} JSON Schemas to dist/schemas/`);
