import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSchemas } from '../src/schemas.js';
import { casesFor, fieldPaths, policySubject, runOf, SCHEMA_DIR, schemaFile, targets, type Case, type Subject } from './support/schemaCases.js';

// The shipped JSON Schemas (dist/schemas, written by `npm run build`) and the library agree: for every field of every
// input, in both modes, the library refuses as invalid input exactly what the schema rejects (the cross-field checks
// no schema can express are left out, explicitly: see test/support/schemaCases.ts and docs/schemas.md). Python's
// jsonschema answers the same cases in test/release/schemas-python.test.ts.
if (!existsSync(join(SCHEMA_DIR, 'photo.rows.json'))) throw new Error('dist/schemas is missing or old: run `npm run build` first');

const ajv = new Ajv2020({ strict: true, allErrors: false });
type Validate = ((v: unknown) => boolean) & { errors?: unknown };
const validators = new Map<string, Validate>();
const validator = (file: string): Validate => {
  let v = validators.get(file);
  if (!v) validators.set(file, (v = ajv.compile(schemaFile(file)) as Validate));
  return v;
};
const show = (c: Case, schemaSays: boolean, errors?: unknown) =>
  `${c.file} at ${c.path} (${c.label}): the schema ${schemaSays ? 'accepts' : `rejects (${JSON.stringify(errors).slice(0, 300)})`}, `
  + `the library ${c.refused ? `refuses (${c.reasons.join('; ')})` : 'accepts'}: ${JSON.stringify(c.value).slice(0, 300)}`;

describe('JSON Schemas: files', () => {
  it('there is a schema for every input in both modes, and setting-policy.json; each has its $id and title', () => {
    const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort();
    const expected = targets().map((t) => t.file).concat('setting-policy.json');
    expect(files).toEqual(expect.arrayContaining(expected));
    for (const t of targets()) {
      const json = schemaFile(t.file);
      const id = t.mode === 'refuse' ? t.name : `${t.name}.rows`;
      expect([json.$id, json.title]).toEqual([`urn:esafety-rules:schemas:${id}`, id]);
    }
    expect(Object.keys(inputSchemas).length).toBe(targets().length / 2 + 1);
  });

  it('every instant field carries the instant pattern (none is a bare string), and no pattern uses \\d or $', () => {
    const texts = targets().map((t) => JSON.stringify(schemaFile(t.file)));
    for (const text of texts) {
      expect(text).not.toMatch(/\\\\d|\$"/);
      expect(text).not.toContain('x-esafety-rules-date');
    }
    const photo = schemaFile('photo.json') as { properties: Record<string, Record<string, unknown>> };
    expect(photo.properties.takenAt).toEqual({ type: 'string', pattern: expect.stringContaining('(?![\\s\\S])') });
    const transfer = JSON.stringify(schemaFile('transfer.json'));
    expect(transfer).toContain('"auditLogKeptFor":{"anyOf":[{"type":"string","pattern":"^P(?=[0-9])');
  });

  it('a SQL datetime, an impossible date and a trailing newline fail every instant field', () => {
    const concern = validator('concern.json');
    const ok = { kind: 'online-grooming', reportedAt: '2026-11-21T18:00:00Z', setting: { type: 'nursery' }, immediateDanger: true };
    expect(concern(ok)).toBe(true);
    for (const bad of ['2026-11-21 18:00', '2026-02-30', '2026-11-22\n', '2026-11-21T18:00:00']) expect(concern({ ...ok, reportedAt: bad })).toBe(false);
  });
});

/** Runs per field: each takes a third of the field's targeted changes, with its own generated value. */
const RUNS = 3;

describe('JSON Schemas agree with the library, field by field (ajv)', () => {
  for (const t of [...targets(), policySubject()] as Subject[]) {
    it(`${t.file}: every field, generated values and targeted changes`, () => {
      const validate = validator(t.file);
      const paths = fieldPaths(t.schema);
      let cases = 0, refused = 0;
      for (const path of paths) {
        let seenRefusal = false, run = 0;
        fc.assert(fc.property(runOf(t), ([base, full, random]) => {
          // Each run takes its share of the field's targeted changes: over the runs, every one is made once.
          const r = run++ % RUNS;
          for (const c of casesFor(t, path, base, full, random, (i) => i % RUNS === r)) {
            const schemaSays = validate(c.value);
            if (schemaSays === c.refused) throw new Error(show(c, schemaSays, validate.errors));
            if (c.label === 'unchanged' && c.refused) throw new Error(`a generated valid value was refused: ${show(c, schemaSays)}`);
            cases++;
            if (c.refused) { refused++; seenRefusal = true; }
          }
        }), { numRuns: RUNS, endOnFailure: true });
        expect(seenRefusal, `no change at ${path.join('.')} was refused`).toBe(true);
      }
      expect(refused).toBeLessThan(cases);
    });
  }
});
