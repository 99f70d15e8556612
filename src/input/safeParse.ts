import type { ZodMiniType } from 'zod/mini';

/** What `schema.safeParse` returns, with the issues this library reads. */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: { issues: { code: string; path: PropertyKey[]; message?: string }[] } };

interface Def { type: string; innerType?: unknown; shape?: Record<string, unknown>; element?: unknown }
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** True when parsing the value read by `read` throws (zod does, on some hostile values), or reading it does. */
function throws(schema: unknown, read: () => unknown): boolean {
  try { (schema as ZodMiniType).safeParse(read()); return false; } catch { return true; }
}

/** The deepest field whose own parse throws: where a value of the wrong kind sits. */
function locate(schema: unknown, v: unknown, path: PropertyKey[]): PropertyKey[] {
  const d = defOf(schema);
  if (d.type === 'optional' || d.type === 'nullable') return locate(d.innerType, v, path);
  if (d.type === 'object' && d.shape && typeof v === 'object' && v !== null) {
    for (const [k, s] of Object.entries(d.shape)) {
      if (throws(s, () => (v as Record<string, unknown>)[k])) return locate(s, (v as Record<string, unknown>)[k], [...path, k]);
    }
  }
  if (d.type === 'array' && Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (throws(d.element, () => v[i])) return locate(d.element, v[i], [...path, i]);
  }
  return path;
}

/**
 * zod's `safeParse` that never throws: zod itself throws on some hostile values
 * (an object where text is expected whose `length` cannot be compared with a
 * number, found by the fuzz), and such a value becomes an issue at its field.
 *
 * @example
 * ```ts
 * safeParse(photoSchema, { id: { length: Object.create(null) } }).success; // false, an issue at "id"
 * ```
 */
export function safeParse<T>(schema: ZodMiniType<T>, v: unknown): ParseResult<T> {
  try {
    return schema.safeParse(v) as ParseResult<T>;
  } catch {
    let path: PropertyKey[] = [];
    try { path = locate(schema, v, []); } catch { /* the root, then */ }
    return { success: false, error: { issues: [{ code: 'custom', path, message: 'is a value of the wrong kind that cannot be read' }] } };
  }
}

/** A parser of one input: {@link safeParse} with its schema. */
export const parserOf = <T>(schema: ZodMiniType<T>) => (v: unknown): ParseResult<T> => safeParse(schema, v);
