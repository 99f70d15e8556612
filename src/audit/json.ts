// Values as plain JSON, for audit records: what JSON.stringify then JSON.parse would give, without ever throwing.

/**
 * The value as plain JSON data: a Date becomes its ISO string (`'Invalid Date'` when invalid), `toJSON` is used,
 * `undefined`, functions and symbols are left out of objects (`null` in arrays, as JSON writes them), non-finite
 * numbers become `null`, a bigint its digits, and a cycle or a field that throws when read `'[unreadable]'`.
 *
 * @example
 * ```ts
 * plainJson({ at: new Date('2026-11-22T10:00:00Z'), gone: undefined, list: [1, undefined, NaN] }); // { at: '2026-11-22T10:00:00.000Z', list: [1, null, null] }
 * ```
 */
export function plainJson(value: unknown): unknown {
  return toPlain(value, new Set());
}

const UNREADABLE = '[unreadable]';

function toPlain(value: unknown, open: Set<object>): unknown {
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
    if (typeof value !== 'object') return undefined; // undefined, a function, a symbol
    if (open.has(value)) return UNREADABLE;
    const json = (value as { toJSON?: unknown }).toJSON;
    if (typeof json === 'function') return toPlain(json.call(value), open);
    open.add(value);
    try {
      if (Array.isArray(value)) return Array.from(value, (v) => toPlain(v, open) ?? null);
      const out: [string, unknown][] = [];
      for (const key of Object.keys(value)) {
        let v: unknown;
        try { v = toPlain((value as Record<string, unknown>)[key], open); } catch { v = UNREADABLE; }
        if (v !== undefined) out.push([key, v]);
      }
      return Object.fromEntries(out); // own fields, `__proto__` included
    } finally {
      open.delete(value);
    }
  } catch {
    return UNREADABLE;
  }
}
