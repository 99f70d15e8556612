import type { ZodMiniType } from 'zod/mini';
import { generateGuard, settled, supported } from './generateGuard.js';
import { safeParse } from './safeParse.js';

/** A fast yes/no check compiled from a schema; `parse` below falls back to zod for the reasons. */
type Guard = (v: unknown) => boolean;
interface Def { type: string; [k: string]: unknown }
interface CheckDef { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; fn?: (v: unknown) => unknown }

const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Compiles the subset of zod/mini this library uses into a plain function that
 * says whether zod would accept a value. Returns undefined for anything else
 * (then only zod decides). `guard.test.ts` proves it agrees with zod.
 */
export function compileGuard(schema: unknown): Guard | undefined {
  const d = defOf(schema);
  if (!supported(d)) return undefined;
  const checks = ((d.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);
  const check = compileChecks(checks);
  if (!check) return undefined;
  switch (d.type) {
    case 'string': return (v) => typeof v === 'string' && check(v);
    case 'boolean': return checks.length ? undefined : (v) => typeof v === 'boolean';
    case 'number': return (v) => typeof v === 'number' && Number.isFinite(v) && check(v);
    case 'enum': {
      const values = new Set(Object.values(d.entries as Record<string, unknown>));
      return (v) => values.has(v) && check(v);
    }
    case 'literal': {
      if (checks.length) return undefined;
      const values = new Set(d.values as unknown[]);
      return (v) => values.has(v);
    }
    case 'optional': {
      const inner = compileGuard(d.innerType);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'nullable': {
      const inner = compileGuard(d.innerType);
      return inner && ((v) => v === null || inner(v));
    }
    case 'array': {
      const el = compileGuard(d.element);
      // An index loop, not every(): holes in a sparse array are undefined to zod.
      return el && ((v) => {
        if (!Array.isArray(v) || !check(v)) return false;
        for (let i = 0; i < v.length; i++) if (!el(v[i])) return false;
        return true;
      });
    }
    case 'union': {
      const options = (d.options as unknown[]).map(compileGuard);
      if (options.some((o) => !o)) return undefined;
      return (v) => options.some((o) => o!(v));
    }
    case 'object': return compileObject(d, check);
    default: return undefined;
  }
}

function compileObject(d: Def, check: Guard): Guard | undefined {
  const shape = d.shape as Record<string, unknown>;
  const keys = Object.keys(shape);
  const fields = keys.map(compileGuardFor(shape));
  if (fields.some((f) => !f)) return undefined;
  const strict = d.catchall !== undefined;
  if (strict && defOf(d.catchall).type !== 'never') return undefined;
  const known = new Set(keys);
  return (v) => {
    if (!isObject(v) || !check(v)) return false;
    // As zod: fields are read with v[key], and unknown keys found with for…in (inherited ones too).
    for (let i = 0; i < keys.length; i++) if (!fields[i]!(v[keys[i]!])) return false;
    if (strict) for (const k in v) if (!known.has(k)) return false;
    return true;
  };
}

const compileGuardFor = (shape: Record<string, unknown>) => (k: string) => compileGuard(shape[k]);

function compileChecks(checks: CheckDef[]): Guard | undefined {
  const parts: Guard[] = [];
  for (const c of checks) {
    const len = (v: unknown) => (v as { length: number }).length;
    if (c.check === 'min_length') parts.push((v) => len(v) >= c.minimum!);
    else if (c.check === 'max_length') parts.push((v) => len(v) <= c.maximum!);
    else if (c.check === 'greater_than') parts.push((v) => (c.inclusive ? (v as number) >= c.value! : (v as number) > c.value!));
    else if (c.check === 'less_than') parts.push((v) => (c.inclusive ? (v as number) <= c.value! : (v as number) < c.value!));
    else if (c.check === 'number_format' && c.format === 'safeint') parts.push((v) => Number.isSafeInteger(v));
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) { const re = c.pattern; parts.push((v) => { re.lastIndex = 0; return re.test(v as string); }); }
    else if (c.check === 'custom' && typeof c.fn === 'function') { const fn = c.fn; parts.push((v) => settled(fn(v))); }
    else return undefined;
  }
  return (v) => parts.every((p) => p(v));
}

/** The guard's yes; a value that throws when read (a revoked proxy, a throwing getter) is a no, for zod to describe. */
function passes(guard: ((v: unknown) => boolean) | undefined, v: unknown): boolean {
  try { return guard?.(v) === true; } catch { return false; }
}

/** Parses with the fast guard where it says yes; otherwise with zod, for the issues. */
export function validator<T>(schema: ZodMiniType<T>): (v: unknown) => { success: true; data: T } | { success: false; error: { issues: unknown[] } } {
  const guard = generateGuard(schema) ?? compileGuard(schema);
  return (v) => (passes(guard, v) ? { success: true, data: v as T } : (safeParse(schema, v) as never));
}
