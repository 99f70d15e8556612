import Ajv2020 from 'ajv/dist/2020.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCases, policySubject, SCHEMA_DIR, schemaFile, targets, type Case } from '../support/schemaCases.js';

// The JSON Schemas mean the same in Python: Python's jsonschema (Debian's python3-jsonschema, Draft202012Validator,
// `re.search` for patterns) accepts exactly what the library accepts, over the cases of test/schemas.test.ts with
// more generated values. python3 is spawned once, with the whole batch. Missing python3 or jsonschema fails the test.
const RUNS = Number(process.env.SCHEMA_RUNS ?? 4);
const SEED = Number(process.env.SCHEMA_SEED ?? 14_002);

function python(cases: readonly Case[]): { jsonschema: string; valid: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'schemas-python-'));
  try {
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify(cases.map((c) => [c.file, c.value])));
    const r = spawnSync('python3', [join(__dirname, 'jsonschema_check.py'), SCHEMA_DIR, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.error) throw new Error(`python3 could not be run (install python3 and python3-jsonschema): ${r.error.message}`);
    if (r.status !== 0) throw new Error(`python3 jsonschema_check.py failed (${r.status}): ${r.stderr}`);
    return JSON.parse(r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("JSON Schemas agree with the library in Python's jsonschema", () => {
  it('every field of every schema, both modes: Python accepts exactly what the library accepts (and ajv agrees)', () => {
    const cases = allCases([...targets(), policySubject()], RUNS, SEED);
    const { jsonschema, valid } = python(cases);
    expect(valid).toHaveLength(cases.length);
    const ajv = new Ajv2020({ strict: true });
    const validators = new Map<string, (v: unknown) => boolean>();
    const ajvSays = (c: Case) => {
      let v = validators.get(c.file);
      if (!v) validators.set(c.file, (v = ajv.compile(schemaFile(c.file)) as (v: unknown) => boolean));
      return v(c.value);
    };
    const wrong = cases.flatMap((c, i) => {
      const py = valid[i] === 1;
      return py === c.refused || ajvSays(c) !== py
        ? [`${c.file} at ${c.path} (${c.label}): Python ${py ? 'accepts' : 'rejects'}, ajv ${ajvSays(c) ? 'accepts' : 'rejects'}, the library ${c.refused ? `refuses (${c.reasons.join('; ')})` : 'accepts'}: ${JSON.stringify(c.value).slice(0, 200)}`]
        : [];
    });
    console.log(`jsonschema ${jsonschema}: ${cases.length} cases over ${new Set(cases.map((c) => c.file)).size} schemas, ${cases.filter((c) => c.refused).length} refused`);
    expect(wrong.slice(0, 20)).toEqual([]);
    // The cases Python must see: the ones its `re` reads otherwise than JavaScript.
    const labels = new Set(cases.map((c) => c.label));
    for (const l of ['bad instant "2026-11-22\\n"', 'bad instant "٢٠٢٦-11-22"', 'bad instant "２０２６-11-22"', 'bad period "P1M\\n"', 'bad month-day "09-01\\n"', 'bad instant "2026-11-21 18:00"']) {
      expect(labels, l).toContain(l);
    }
  });
});
