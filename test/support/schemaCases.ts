import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodMiniType } from 'zod/mini';
import type { Area } from '../../src/core/area.js';
import type { Finding } from '../../src/core/findings.js';
import { decide } from '../../src/core/pipeline.js';
import { lookalikes, rowsOf } from '../../src/core/rows.js';
import { INSTANT_PATTERN } from '../../src/core/time/instant.js';
import { MONTH_DAY_PATTERN, PERIOD_PATTERN } from '../../src/core/time/periods.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { presetPolicy, resolvePolicy, settingPolicySchema } from '../../src/policy.js';
import { registry } from '../../src/registry.js';
import { validOf } from './arbitrary.js';
import { allowedExample } from './examples.js';

// Cases for the agreement of the JSON Schemas (dist/schemas) and the library: for every field of every input, in both
// modes, generated valid values and targeted invalid ones. Each case knows what the library says of it; the tests ask a
// JSON Schema validator (ajv here, Python's jsonschema in test/release/) the same question.

/** Where the built schemas are (`npm run build` writes them). */
export const SCHEMA_DIR = join(__dirname, '..', '..', 'dist', 'schemas');
/** A built JSON Schema, parsed. */
export const schemaFile = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8'));

type Mode = 'refuse' | 'ignore';
/** One JSON Schema file, the zod schema it is made from, and the library's answer for a value. */
export interface Subject {
  file: string;
  name: string;
  /** The schema as the library reads it. */
  schema: ZodMiniType;
  /** What the library says is invalid in the value (nothing where it reads it). */
  refusal(value: unknown): string[];
  /** True where a case is left out of the agreement, explicitly (a check no JSON Schema can express). */
  beyondSchema?(value: unknown, m: Mutation, path: readonly Step[]): boolean;
  /** Valid values to start from (default: generated from the schema). */
  values?: fc.Arbitrary<unknown>;
}
/** One JSON Schema file, and the argument of a decision function it describes. */
export interface Target extends Subject {
  mode: Mode;
  area: Area;
  /** The argument it is (a `consent` is one item of the `consents` argument). */
  index: number;
  wrap: (v: unknown) => unknown;
}

/** Every input schema, in both modes (`<name>.json`, `<name>.rows.json`). */
export function targets(): Target[] {
  const out: Target[] = [];
  for (const area of registry as readonly Area[]) {
    area.inputs.forEach((input, index) => {
      const named: [string, ZodMiniType, (v: unknown) => unknown][] = [
        [input.schemaName ?? input.name, input.schema as ZodMiniType, (v) => v],
        ...Object.entries(input.also ?? {}).map(([n, s]) => [n, s as ZodMiniType, (v: unknown) => [v]] as [string, ZodMiniType, (v: unknown) => unknown]),
      ];
      for (const [name, schema, wrap] of named) {
        for (const mode of ['refuse', 'ignore'] as const) {
          const t: Target = {
            file: mode === 'refuse' ? `${name}.json` : `${name}.rows.json`, name, mode, schema: mode === 'refuse' ? schema : rowsOf(schema), area, index, wrap,
            refusal: (v) => libraryRefusal(t, v).map((f) => f.message),
            beyondSchema: (v) => lookalikeField(t, v),
          };
          out.push(t);
        }
      }
    });
  }
  return out;
}

interface Def { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; options?: unknown[]; entries?: Record<string, unknown>; checks?: { _zod: { def: CheckDef } }[] }
interface CheckDef { check: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number }
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const checksOf = (s: unknown): CheckDef[] => (defOf(s).checks ?? []).map((c) => c._zod.def);
const unwrap = (s: unknown): unknown => (['optional', 'nullable'].includes(defOf(s).type) ? unwrap(defOf(s).innerType) : s);

/** A step of a path: a field, or `*` for an item of a list. */
export type Step = string | '*';
/** Every field of a schema (the root too), through lists and the options of unions. */
export function fieldPaths(schema: unknown, path: Step[] = []): Step[][] {
  const out: Step[][] = [path];
  const d = defOf(unwrap(schema));
  const nodes = d.type === 'union' ? (d.options ?? []).map(defOf) : [d];
  for (const n of nodes) {
    if (n.type === 'object') for (const [k, s] of Object.entries(n.shape ?? {})) out.push(...fieldPaths(s, [...path, k]));
    if (n.type === 'array') out.push(...fieldPaths(n.element, [...path, '*']));
  }
  return out;
}

/** The schema of the field at a path (as declared: optional, nullable). */
export function schemaAt(schema: unknown, path: readonly Step[]): unknown {
  let s = schema;
  for (const step of path) {
    const d = defOf(unwrap(s));
    const nodes = d.type === 'union' ? (d.options ?? []) : [unwrap(s)];
    const next = nodes.map(defOf).find((n) => (step === '*' ? n.type === 'array' : n.type === 'object' && n.shape?.[step]));
    if (!next) throw new Error(`no field ${path.join('.')}`);
    s = step === '*' ? next.element : next.shape![step];
  }
  return s;
}

/** A valid value with every field there (optional ones too, not null) and every list at least one long. */
export function fullOf(schema: unknown): fc.Arbitrary<unknown> {
  const s = unwrap(schema);
  const d = defOf(s);
  if (d.type === 'object') return fc.record(Object.fromEntries(Object.entries(d.shape ?? {}).map(([k, f]) => [k, fullOf(f)])));
  if (d.type === 'array') return fc.array(fullOf(d.element), { minLength: 1, maxLength: 2 });
  if (d.type === 'union') {
    const rich = (d.options ?? []).filter((o) => ['array', 'object'].includes(defOf(o).type));
    return rich.length ? fc.oneof(...rich.map(fullOf)) : validOf(s as ZodMiniType);
  }
  return validOf(s as ZodMiniType);
}

const EMOJI = '\u{1F600}';
/** Instants the library refuses: impossible dates and times, naive and SQL date-times, non-ASCII digits, a final newline. */
export const BAD_INSTANTS = [
  '2026-02-30', '2026-02-29', '2027-02-29', '2100-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00', '2026-11-32',
  '2026-11-22T24:00:00Z', '2026-11-22T25:00Z', '2026-11-22T10:60:00Z', '2026-11-22T10:00:60Z', '2026-11-22T10:00:00+25:00',
  '2026-11-22T10:00:00+24:00', '2026-11-22T10:00:00+01:60', '2026-11-22T10:00:00+0100', '2026-11-22T10:00:00+01',
  '2026-11-21 18:00', '2026-11-21 18:00:00', '2026-06-01T10:00:00', '2026-06-01T10:00', '2026-11-22\n', '2026-11-22T10:00:00Z\n',
  '\n2026-11-22', ' 2026-11-22', '2026-11-22 ', '2026-11-22\r\n', '2026-11-22\u2028',
  '\uFF12\uFF10\uFF12\uFF16-11-22', '\u0662\u0660\u0662\u0666-11-22', '2026-11-\u0662\u0662', '2026-11-22T1\u0660:00:00Z', '\u09e8026-11-22',
  '2026-1-22', '26-11-22', '2026/11/22', '20261122', '2026-11-22T10Z', '2026-11-22T10:00:00.Z', '2026-11-22T10:00:00.1234567890Z',
  '2026-11-22T10:00:00z', '2026-11-22t10:00:00Z', '2026-11-22T10:00:00 Z', '1899-12-31', '3000-01-01', '12026-11-22', '', 'now', 'Z',
];
/** Instants the library reads, at the edges. */
export const GOOD_INSTANTS = [
  '2028-02-29', '2000-02-29', '2400-02-29', '1904-02-29', '1900-01-01', '2999-12-31', '2026-04-30', '2026-11-22T23:59:59.999999999-00:00',
  '2026-11-22T10:00+01:00', '2026-11-22T00:00Z', '2026-12-31T23:59:59+23:59', '2026-03-29T01:30:00Z', '2026-11-22T10:00:00.5Z',
];
export const BAD_PERIODS = ['', 'P', 'PT1H', 'P1H', 'p1m', 'P1m', '1M', 'P1M\n', 'P1M ', ' P1M', 'P\uFF11M', 'P\u0663D', 'P1.5M', 'P-1M',
  'P12345Y', 'P123456D', 'P1D1M', 'P1M1Y', 'P1Y1Y', 'P1MT', 'PY', 'P1Y2M3W4D5D', 'P1M\r\n'];
export const GOOD_PERIODS = ['P0D', 'P9999Y', 'P99999D', 'P1Y2M3W4D', 'P2W', 'P1M', 'P30D', 'P0001M'];
export const BAD_MONTH_DAYS = ['02-30', '04-31', '13-01', '00-10', '09-00', '9-01', '09-1', '09-01\n', '\uFF10\uFF19-01', '09/01', '--09-01', '2026-09-01', ''];
export const GOOD_MONTH_DAYS = ['02-29', '12-31', '01-01', '04-30'];
/** Extra field names: a vendor's columns, and names that are also properties of every object. */
export const EXTRA_KEYS = ['createdAt', 'updatedAt', 'surprise', 'status', 'revoked', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', '0'];

/** A targeted change to a value: set the field (`value`), delete it, or add an unknown field beside its own. */
export interface Mutation { label: string; kind: 'set' | 'delete' | 'extra'; value?: unknown; key?: string }
const set = (label: string, value: unknown): Mutation => ({ label, kind: 'set', value });

/** The targeted values for a field of this schema (valid ones at the edges too), beyond the ones every field gets. */
export function mutationsOf(schema: unknown, full: unknown): Mutation[] {
  const s = unwrap(schema);
  const d = defOf(s);
  const checks = checksOf(s);
  const out: Mutation[] = [];
  const list = (label: string, xs: readonly unknown[]) => xs.forEach((x) => out.push(set(`${label} ${JSON.stringify(x)}`, x)));
  switch (d.type) {
    case 'string': {
      const pattern = checks.find((c) => c.pattern)?.pattern;
      if (pattern === INSTANT_PATTERN) { list('bad instant', BAD_INSTANTS); list('instant', GOOD_INSTANTS); break; }
      if (pattern === PERIOD_PATTERN) { list('bad period', BAD_PERIODS); list('period', GOOD_PERIODS); break; }
      if (pattern === MONTH_DAY_PATTERN) { list('bad month-day', BAD_MONTH_DAYS); list('month-day', GOOD_MONTH_DAYS); break; }
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 20;
      for (const n of [max, max + 1]) {
        out.push(set(`${n} letters`, 'a'.repeat(n)), set(`${n} emoji`, EMOJI.repeat(n)));
      }
      out.push(set(`${Math.floor(max / 2) + 1} emoji`, EMOJI.repeat(Math.floor(max / 2) + 1)), set('one letter', 'a'), set('a lone surrogate', '\uD800'), set('a newline', '\n'));
      break;
    }
    case 'enum': {
      const first = String(Object.values(d.entries ?? {})[0]);
      list('enum', Object.values(d.entries ?? {}));
      list('not in the enum', ['nope', first.toUpperCase(), `${first}\n`, ` ${first}`, first.replace(/-/g, '_'), `${first}\u200B`]);
      break;
    }
    case 'boolean': list('not a boolean', ['true', 'false', 0, 1]); list('boolean', [true, false]); break;
    case 'number': {
      const min = checks.find((c) => c.check === 'greater_than')?.value ?? 0;
      const max = checks.find((c) => c.check === 'less_than')?.value ?? 100;
      list('number', [min, max, min - 1, max + 1, min - 0.0001, max + 0.0001, (min + max) / 2 + 0.5, 1e308, -1e308, String(min + 1)]);
      break;
    }
    case 'array': {
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 10;
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const item = Array.isArray(full) && full.length ? full[0] : null;
      out.push(set('an empty list', []), set(`${max} items`, Array(max).fill(item)), set(`${max + 1} items`, Array(max + 1).fill(item)),
        set('a list with null', [null]), set('a list with a number', [item, 42]), set('an object for a list', { 0: item }));
      if (min > 1) out.push(set(`${min - 1} items`, Array(min - 1).fill(item)));
      break;
    }
    case 'object': {
      out.push(set('an empty object', {}), set('the full object', full));
      for (const key of EXTRA_KEYS) out.push({ label: `extra field ${JSON.stringify(key)}`, kind: 'extra', key, value: 'x' });
      out.push({ label: 'extra field null', kind: 'extra', key: 'deletedAt', value: null });
      break;
    }
    case 'union': for (const o of d.options ?? []) out.push(...mutationsOf(o, full)); break;
    default: break;
  }
  return out;
}

/** What every field gets: missing, null and values of the wrong type. */
export const COMMON: readonly Mutation[] = [
  { label: 'missing', kind: 'delete' }, set('null', null), set('a number', 42), set('a string', 'x'), set('true', true), set('an object', {}), set('a list', []),
];

/** A deep copy of plain data (own `__proto__` fields stay own fields, as JSON.parse makes them). */
export const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
/** Sets an own field, whatever its name. */
const put = (o: Record<string, unknown>, k: string, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value with a change at a path: where the value has no field on the way (absent, null, or a list that is empty),
 * the field is taken from `full`, a valid value with every field there. Undefined where the path is the root and the
 * change is to delete it.
 */
export function mutate(value: unknown, full: unknown, path: readonly Step[], m: Mutation): unknown {
  const root = { v: copy(value) } as Record<string, unknown>;
  let parent: Record<string, unknown> | unknown[] = root;
  let key: string | number = 'v';
  let f: unknown = full;
  for (const step of path) {
    const here = (parent as Record<string | number, unknown>)[key];
    const fitting = step === '*' ? Array.isArray(here) && here.length > 0 : isObject(here);
    if (!fitting) put(parent as Record<string, unknown>, String(key), copy(f));
    parent = (parent as Record<string | number, unknown>)[key] as Record<string, unknown> | unknown[];
    if (step === '*') { key = 0; f = (f as unknown[])[0]; } else { key = step; f = (f as Record<string, unknown>)[step]; }
  }
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) return root.v; // an item of a list cannot be missing
    delete (parent as Record<string, unknown>)[key as string];
  } else if (m.kind === 'set') {
    put(parent as Record<string, unknown>, String(key), copy(m.value));
  } else {
    const here = (parent as Record<string | number, unknown>)[key];
    if (!isObject(here)) put(parent as Record<string, unknown>, String(key), copy(f));
    put((parent as Record<string | number, unknown>)[key] as Record<string, unknown>, m.key!, m.value);
  }
  return root.v;
}

/**
 * The checks no JSON Schema can express: they compare two fields, or a field with the time of the decision. The
 * library refuses such input; the schemas accept it (docs/schemas.md lists them). `CROSS_FIELD` findings are left out
 * of the agreement, explicitly (`[]` stands for any index).
 */
export const CROSS_FIELD: readonly { subject: string; says: string }[] = [
  { subject: 'photo.takenAt', says: 'is after options.at' }, // canPublishImage, checkPhotoRetention
  { subject: 'consents[].givenAt', says: 'is after options.at' }, // canPublishImage: a pictured child's consent
  { subject: 'concern.reportedAt', says: 'is after options.at' },
  { subject: 'concern.occurredAt', says: 'is after concern.reportedAt' },
  { subject: 'incident.occurredAt', says: 'is after incident.reportedAt' },
];
const crossField = (f: Finding) => CROSS_FIELD.some((c) => f.subject?.replace(/\[\d+\]/g, '[]') === c.subject && f.message.includes(c.says));

/** The moment every case is decided at: after every instant a case holds, so that only the cross-field checks can see it. */
export const AT = '2999-12-31T23:59:59Z';

/** A value as a row: every optional field there, null where absent. */
function asRow(schema: unknown, v: unknown): unknown {
  const d = defOf(unwrap(schema));
  if (d.type === 'array' && Array.isArray(v)) return v.map((x) => asRow(d.element, x));
  if (d.type === 'object' && isObject(v)) {
    return Object.fromEntries(Object.entries(d.shape ?? {}).map(([k, s]) => [k, v[k] === undefined ? null : asRow(s, v[k])]));
  }
  return v;
}

const argsMade = new Map<string, { args: unknown[]; options: Record<string, unknown> }>();
/** The other arguments of a decision: the area's allowed example (as rows in rows mode), and its options. */
function baseArgs(t: Target): { args: unknown[]; options: Record<string, unknown> } {
  const key = `${t.area.id} ${t.mode}`;
  let made = argsMade.get(key);
  if (!made) {
    const example = allowedExample(t.area.id);
    const args = t.area.inputs.map((i) => (t.mode === 'ignore' ? asRow(i.schema, example[i.name]) : example[i.name]));
    argsMade.set(key, (made = { args, options: { at: AT, extraFields: t.mode, ...(example.policy ? { policy: example.policy } : {}) } }));
  }
  return made;
}

/** The library's answer: the findings of the decision that say the input is invalid (cross-field checks left out). */
export function libraryRefusal(t: Target, value: unknown): Finding[] {
  const { args, options } = baseArgs(t);
  const all = args.slice();
  all[t.index] = t.wrap(value);
  const result = decide(t.area, all, options) as { reasons: Finding[] };
  return result.reasons.filter((f) => f.rule === 'input.invalid' && !crossField(f));
}

/**
 * True where a value is left out of the agreement explicitly: in rows mode, an unknown field that looks like a known
 * one misspelt (`withdrawAt`) is refused by the library, and no JSON Schema can say "resembles" (docs/schemas.md).
 */
export const lookalikeField = (t: Target, value: unknown): boolean => {
  const base = t.wrap(value);
  const input = t.area.inputs[t.index]!;
  return t.mode === 'ignore' && lookalikes(input.schema, base).length > 0;
};

/** One case: a value for one schema file, and what the library said of it. */
export interface Case { file: string; path: string; label: string; value: unknown; refused: boolean; reasons: string[] }

/**
 * Everything one run of the property makes for one field: the value itself, missing, null, wrong types, a random JSON
 * value, and the field's targeted changes (those `share` picks by their index: a run can take its share of them).
 */
export function casesFor(t: Subject, path: readonly Step[], base: unknown, full: unknown, random: unknown, share: (i: number) => boolean = () => true): Case[] {
  const field = schemaAt(t.schema, path);
  let f: unknown = full;
  for (const step of path) f = step === '*' ? (f as unknown[])[0] : (f as Record<string, unknown>)[step];
  const ms: Mutation[] = [set('unchanged', undefined), ...COMMON, set('a random JSON value', random), ...mutationsOf(field, f).filter((_, i) => share(i))];
  const out: Case[] = [];
  for (const m of ms) {
    const value = m.label === 'unchanged' ? copy(base) : mutate(base, full, path, m);
    if (value === undefined || t.beyondSchema?.(value, m, path)) continue;
    const found = t.refusal(value);
    out.push({ file: t.file, path: path.join('.') || '(root)', label: m.label, value, refused: found.length > 0, reasons: found });
  }
  return out;
}

/** The arbitrary of one run for a field: a generated valid value, a full one, and a random JSON value. */
export const runOf = (t: Subject): fc.Arbitrary<[unknown, unknown, unknown]> =>
  fc.tuple(t.values ?? validOf(t.schema, t.name), fullOf(t.schema), fc.jsonValue({ maxDepth: 2 }));

/** definePolicy's cross-field check: a value that can never apply while the section's others are as they are. */
export const NEVER_APPLIES = ' can never apply: ';
/** Fields merging skips (`src/core/policy/merge.ts`): a policy that names them is read without them. */
const UNMERGED = ['__proto__', 'constructor', 'prototype'];
/**
 * `setting-policy.json`, a complete policy as definePolicy returns it; the library's answer is definePolicy's. Left
 * out explicitly: what definePolicy fills in from the preset a policy is based on (a missing field, an object given in
 * part) and the fields merging skips (docs/schemas.md).
 */
export function policySubject(): Subject {
  return {
    file: 'setting-policy.json', name: 'setting-policy', schema: settingPolicySchema as ZodMiniType,
    refusal: (v) => resolvePolicy(v).findings.filter((f) => !f.message.includes(NEVER_APPLIES)).map((f) => f.message),
    beyondSchema: (_v, m, path) => m.kind === 'delete'
      || (m.kind === 'extra' && UNMERGED.includes(m.key!))
      || (m.kind === 'set' && isObject(m.value) && defOf(unwrap(schemaAt(settingPolicySchema, path))).type === 'object'),
    values: fc.constantFrom(...presetIds.map((id) => copy(presetPolicy(id)))),
  };
}

/** Every case of some subjects: for each field, `runs` generated values (from `seed`), each with every targeted change. */
export function allCases(subjects: readonly Subject[], runs: number, seed: number): Case[] {
  const out: Case[] = [];
  for (const t of subjects) {
    for (const path of fieldPaths(t.schema)) {
      for (const [base, full, random] of fc.sample(runOf(t), { numRuns: runs, seed: seed++ })) out.push(...casesFor(t, path, base, full, random));
    }
  }
  return out;
}
