// Reading input: zod/mini decides, and a guard generated from the same schema answers the common yes fast.
import type { ZodMiniType } from 'zod/mini';
import { _safeParse } from 'zod/v4/core';
import { generateGuard } from './guard.js';

/** What `schema.safeParse` returns, with the issues this library reads. */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: { issues: { code: string; path: PropertyKey[]; message?: string }[] } };

interface Def { type: string; innerType?: unknown; shape?: Record<string, unknown>; element?: unknown }
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** True when parsing the value read by `read` throws (zod does, on some hostile values), or reading it does. */
function throws(schema: unknown, read: () => unknown): boolean {
  try { (schema as ZodMiniType).safeParse(read()); return false; } catch { return true; }
}

const UNREADABLE = Symbol('unreadable');
/** One read of a field (a getter may answer differently each time); a read that throws is {@link UNREADABLE}. */
function field(v: object, k: PropertyKey): unknown {
  try { return (v as Record<PropertyKey, unknown>)[k]; } catch { return UNREADABLE; }
}

function readable(v: object): boolean {
  try { Reflect.getPrototypeOf(v); return true; } catch { return false; }
}

/** The deepest field whose own parse throws: where a value of the wrong kind sits. */
function locate(schema: unknown, v: unknown, path: PropertyKey[]): PropertyKey[] {
  const d = defOf(schema);
  if (d.type === 'optional' || d.type === 'nullable') return locate(d.innerType, v, path);
  if (typeof v === 'object' && v !== null && !readable(v)) return path; // a revoked proxy: nothing inside can be read
  if (d.type === 'object' && d.shape && typeof v === 'object' && v !== null) {
    for (const [k, s] of Object.entries(d.shape)) {
      const at = field(v, k);
      if (at === UNREADABLE) return [...path, k];
      if (throws(s, () => at)) return locate(s, at, [...path, k]);
    }
  }
  if (d.type === 'array' && Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const at = field(v, i);
      if (at === UNREADABLE) return [...path, i];
      if (throws(d.element, () => at)) return locate(d.element, at, [...path, i]);
    }
  }
  return path;
}

/** What a failed parse is read for: its issues. zod's own error is an Error, whose stack trace costs about 2 µs a parse. */
class Issues {
  constructor(readonly issues: unknown[]) {}
}
/** zod's `safeParse`, its error only the issues (bench/concern.bench.mjs: an invalid concern). */
const issuesOf = _safeParse(Issues as never);

/**
 * zod's `safeParse` that never throws: zod itself throws on some hostile values
 * (an object where text is expected whose `length` cannot be compared with a
 * number, found by the fuzz), and such a value becomes an issue at its field.
 *
 * @example
 * ```ts
 * import { photoSchema } from '../../rules/image/schema.js';
 * const r = safeParse(photoSchema, { id: { length: Object.create(null) } });
 * r.success; // false
 * r.success ? [] : r.error.issues[0]?.path; // ['id']
 * ```
 */
export function safeParse<T>(schema: ZodMiniType<T>, v: unknown): ParseResult<T> {
  try {
    return issuesOf(schema, v) as ParseResult<T>;
  } catch {
    let path: PropertyKey[] = [];
    try { path = locate(schema, v, []); } catch { /* the root, then */ }
    return { success: false, error: { issues: [{ code: 'custom', path, message: 'is a value of the wrong kind that cannot be read' }] } };
  }
}

/** The guard's yes; a value that throws when read (a revoked proxy, a throwing getter) is a no, for zod to describe. */
function passes(guard: (v: unknown) => boolean, v: unknown): boolean {
  try { return guard(v) === true; } catch { return false; }
}

/**
 * The parser of one input: the guard generated from the schema says yes to a
 * valid value without zod; anything else goes to zod, for the issues. Where code
 * generation is refused (a Content-Security-Policy without 'unsafe-eval'), zod
 * decides every value. `guard.test.ts` proves the guard never says yes where zod says no.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const parse = parserOf(z.strictObject({ id: z.string() }));
 * parse({ id: 'a' }).success; // true
 * parse({ id: 7 }).success; // false
 * ```
 */
export function parserOf<T>(schema: ZodMiniType<T>): (v: unknown) => ParseResult<T> {
  const guard = generateGuard(schema);
  if (!guard) return (v) => safeParse(schema, v);
  return (v) => (passes(guard, v) ? { success: true, data: v as T } : safeParse(schema, v));
}
