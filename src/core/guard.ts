// The fast input guard: one JavaScript function generated from a zod/mini schema (direct property reads), which
// says yes only where zod would. Where code generation is refused (a Content-Security-Policy without 'unsafe-eval')
// there is no guard and zod decides every value.

type Guard = (v: unknown) => boolean;
interface Def { type: string; [k: string]: unknown }
interface CheckDef { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; fn?: (v: unknown) => unknown }

/** A refinement's yes: truthy and not a promise (zod throws on an async refinement in a synchronous parse). */
export const settled = (r: unknown): boolean => !!r && typeof (r as { then?: unknown }).then !== 'function';

const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/**
 * False for schemas whose rules zod keeps where the guards do not look: a format schema used as a schema (`z.int()`,
 * `z.email()`, `z.iso.date()`: its check is on the def itself), and an enum with number keys (a TypeScript numeric
 * enum, whose reverse mapping zod leaves out). Then only zod decides.
 */
export function supported(d: { check?: unknown; format?: unknown; type: string; entries?: unknown }): boolean {
  if ('check' in d || 'format' in d) return false;
  return d.type !== 'enum' || !Object.keys(d.entries as object).some((k) => k.trim() !== '' && !Number.isNaN(Number(k)));
}
const checksOf = (d: Def): CheckDef[] => ((d.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);
const plainLiteral = (v: unknown) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0));

/**
 * Compiles the subset of zod/mini this library uses into the source of one
 * function that says whether zod would accept a value; undefined for anything
 * else, or where code generation is not allowed. `guard.test.ts` proves it agrees with zod.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const ok = generateGuard(z.strictObject({ id: z.string() }));
 * ok?.({ id: 'a' }); // true
 * ok?.({ id: 'a', extra: 1 }); // false
 * ```
 */
export function generateGuard(schema: unknown): Guard | undefined {
  const consts: unknown[] = [];
  const helpers: string[] = [];
  const k = (v: unknown) => `k[${consts.push(v) - 1}]`;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : k(v));

  /** The checks of a schema on variable x, as one expression (or undefined when one is not understood). */
  const checks = (list: CheckDef[], x: string): string | undefined => {
    const parts: string[] = [];
    for (const c of list) {
      if (c.check === 'min_length') parts.push(`${x}.length >= ${num(c.minimum)}`);
      else if (c.check === 'max_length') parts.push(`${x}.length <= ${num(c.maximum)}`);
      else if (c.check === 'greater_than') parts.push(`${x} ${c.inclusive ? '>=' : '>'} ${num(c.value)}`);
      else if (c.check === 'less_than') parts.push(`${x} ${c.inclusive ? '<=' : '<'} ${num(c.value)}`);
      else if (c.check === 'number_format' && c.format === 'safeint') parts.push(`Number.isSafeInteger(${x})`);
      else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) {
        const re = k(c.pattern);
        parts.push(c.pattern.global || c.pattern.sticky ? `(${re}.lastIndex = 0, ${re}.test(${x}))` : `${re}.test(${x})`);
      } else if (c.check === 'custom' && typeof c.fn === 'function') parts.push(`${k(settled)}(${k(c.fn)}(${x}))`);
      else return undefined;
    }
    return parts.join(' && ');
  };
  const and = (...xs: string[]) => `(${xs.filter(Boolean).join(' && ')})`;
  const oneOf = (values: unknown[], x: string) =>
    values.length <= 8 && values.every(plainLiteral) ? `(${values.map((v) => `${x} === ${JSON.stringify(v)}`).join(' || ') || 'false'})` : `${k(new Set(values))}.has(${x})`;

  /** An expression that is true when variable x is valid for the schema. */
  const expr = (schema: unknown, x: string): string | undefined => {
    const d = defOf(schema);
    if (!supported(d)) return undefined;
    const c = checks(checksOf(d), x);
    if (c === undefined) return undefined;
    switch (d.type) {
      case 'string': return and(`typeof ${x} === "string"`, c);
      case 'number': return and(`typeof ${x} === "number"`, `Number.isFinite(${x})`, c);
      case 'boolean': return c ? undefined : `(typeof ${x} === "boolean")`;
      // A Date as zod reads it (instanceof, then its time); its checks (a range) apply as written.
      case 'date': return and(`${x} instanceof Date`, `!Number.isNaN(${x}.getTime())`, c);
      case 'enum': return and(oneOf(Object.values(d.entries as Record<string, unknown>), x), c);
      case 'literal': return c ? undefined : oneOf(d.values as unknown[], x);
      case 'optional': { const inner = expr(d.innerType, x); return inner && `(${x} === undefined || ${inner})`; }
      case 'nullable': { const inner = expr(d.innerType, x); return inner && `(${x} === null || ${inner})`; }
      case 'union': {
        const options = (d.options as unknown[]).map((o) => expr(o, x));
        return options.some((o) => o === undefined) ? undefined : `(${options.join(' || ')})`;
      }
      case 'array': {
        const el = expr(d.element, 'e');
        const ac = checks(checksOf(d), 'a');
        if (el === undefined || ac === undefined) return undefined;
        // An index loop, not every(): holes in a sparse array are undefined to zod.
        helpers.push(`function h${helpers.length}(a) { if (!Array.isArray(a)${ac ? ` || !(${ac})` : ''}) return false;
  for (let i = 0; i < a.length; i++) { const e = a[i]; if (!${el}) return false; } return true; }`);
        return `h${helpers.length - 1}(${x})`;
      }
      case 'object': return object(d, x);
      default: return undefined;
    }
  };

  const object = (d: Def, x: string): string | undefined => {
    const shape = d.shape as Record<string, unknown>;
    const keys = Object.keys(shape);
    const strict = d.catchall !== undefined;
    if (strict && defOf(d.catchall).type !== 'never') return undefined;
    const oc = checks(checksOf(d), 'o');
    if (oc === undefined) return undefined;
    const body: string[] = [];
    for (const key of keys) {
      const f = expr(shape[key], 'f');
      if (f === undefined) return undefined;
      // As zod: each field is read once with o[key]; unknown keys are found with for…in (inherited ones too).
      body.push(`f = o[${JSON.stringify(key)}]; if (!${f}) return false;`);
    }
    // A switch on the key (for…in gives property names, compared as such): no call and no hashing per key.
    const known = `switch (key) { ${keys.map((key) => `case ${JSON.stringify(key)}: `).join('')}break; default: return false; }`;
    helpers.push(`function h${helpers.length}(o) { if (typeof o !== "object" || o === null || Array.isArray(o)${oc ? ` || !(${oc})` : ''}) return false;
  let f; ${body.join('\n  ')}
  ${strict ? `for (const key in o) ${keys.length ? known : 'return false;'}` : ''}
  return true; }`);
    return `h${helpers.length - 1}(${x})`;
  };

  const top = expr(schema, 'v');
  if (top === undefined) return undefined;
  try {
    const make = new Function('k', `"use strict";\n${helpers.join('\n')}\nreturn function guard(v) { return ${top}; };`);
    return make(consts) as Guard;
  } catch {
    return undefined;
  }
}
