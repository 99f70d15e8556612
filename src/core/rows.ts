// Database rows: the same schemas, read as a vendor's rows (extra columns ignored, every optional column present).
import * as z from 'zod/mini';

interface Def { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; options?: unknown[]; checks?: unknown[]; catchall?: unknown }
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const made = new WeakMap<object, z.ZodMiniType>();

/**
 * A schema as rows are read (`extraFields: 'ignore'`): objects ignore fields they do not know, and every optional
 * field must be present, `null` meaning none, so that a column dropped from a query is refused rather than read as
 * "none". Made once per schema.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { opt } from './schema.js';
 * const rows = rowsOf(z.strictObject({ a: opt(z.string()) }));
 * rows.safeParse({ a: null, id: 7 }).success; // true
 * rows.safeParse({ id: 7 }).success; // false: a is missing
 * ```
 */
export function rowsOf<T extends z.ZodMiniType>(schema: T): z.ZodMiniType {
  let out = made.get(schema);
  if (!out) made.set(schema, (out = transform(schema)));
  return out;
}

function transform(schema: unknown): z.ZodMiniType {
  const d = defOf(schema);
  const checks = (d.checks ?? []) as never[];
  switch (d.type) {
    case 'object': {
      const shape: Record<string, z.ZodMiniType> = {};
      for (const [k, s] of Object.entries(d.shape ?? {})) {
        const f = defOf(s);
        // An optional field is a column: present, with null for none.
        shape[k] = f.type === 'optional' ? present(f.innerType) : transform(s);
      }
      return z.looseObject(shape).check(...checks);
    }
    case 'array': return z.array(transform(d.element)).check(...checks);
    case 'nullable': return z.nullable(transform(d.innerType));
    case 'optional': return z.optional(transform(d.innerType));
    case 'union': return z.union((d.options ?? []).map(transform) as never).check(...checks);
    default: return schema as z.ZodMiniType;
  }
}

const present = (inner: unknown) => (defOf(inner).type === 'nullable' ? transform(inner) : z.nullable(transform(inner)));

const SUFFIXES = /(date|time|at|on|by|ed|en|s)$/;
const normal = (name: string) => name.toLowerCase().replace(/[_\-\s]/g, '');
const stem = (name: string) => name.replace(SUFFIXES, '');

/** The edit distance between two names. */
function distance(x: string, y: string): number {
  const d = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const t = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (x[i - 1] === y[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[y.length]!;
}

/**
 * Two field names that are one field misspelt: the same apart from case, `_` or `-` (`withdrawn_at`), the same stem
 * with another ending (`reviewDate` for `reviewBy`), or a letter or two apart (`withdrawAt`).
 *
 * @example
 * ```ts
 * resembles('reviewDate', 'reviewBy'); // true
 * ```
 */
export function resembles(a: string, b: string): boolean {
  if (a === b) return false;
  const x = normal(a), y = normal(b);
  if (x === y) return true;
  if (stem(x).length >= 4 && stem(x) === stem(y)) return true;
  return distance(x, y) <= (Math.min(x.length, y.length) > 6 ? 2 : 1);
}

/** The fields of an object schema, where the value at `path` is meant to be one (through arrays, options and unions). */
export function fieldsAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  const unwrap = () => { while (['optional', 'nullable'].includes(defOf(s).type)) s = defOf(s).innerType; };
  for (const p of path) {
    unwrap();
    const d = defOf(s);
    if (d.type === 'union') s = (d.options ?? []).find((o) => ['object', 'array'].includes(defOf(o).type)) ?? s;
    const e = defOf(s);
    if (e.type === 'array' && typeof p === 'number') s = e.element;
    else if (e.type === 'object' && typeof p === 'string') s = e.shape?.[p];
    else return [];
  }
  unwrap();
  const d = defOf(s);
  if (d.type === 'union') s = (d.options ?? []).find((o) => defOf(o).type === 'object') ?? s;
  return Object.keys(defOf(s).shape ?? {});
}

/**
 * The unknown fields of a value that look like a known one (`withdrawAt`, `WithdrawnAt` for `withdrawnAt`), wherever
 * they sit: with rows, extra fields are ignored, but a misspelt field must never read as absent.
 *
 * @example
 * ```ts
 * import { consentSchema } from '../../rules/image/schema.js';
 * lookalikes(consentSchema, { childId: 'c1', withdrawAt: '2026-01-01' }); // [{ path: ['withdrawAt'], like: 'withdrawnAt' }]
 * ```
 */
export function lookalikes(schema: unknown, value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; like: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  const out: { path: PropertyKey[]; like: string }[] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) out.push(...lookalikes(schema, value[i], [...path, i]));
    return out;
  }
  const known = fieldsAt(schema, path);
  if (!known.length) return out;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) { out.push(...lookalikes(schema, (value as Record<string, unknown>)[key], [...path, key])); continue; }
    const like = known.find((k) => resembles(key, k));
    if (like) out.push({ path: [...path, key], like });
  }
  return out;
}
