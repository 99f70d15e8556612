import fc from 'fast-check';
import type { ZodMiniType } from 'zod/mini';
import { INSTANT_PATTERN } from '../../src/core/time/instant.js';
import { MONTH_DAY_PATTERN, PERIOD_PATTERN } from '../../src/core/time/periods.js';

// Valid values for an input schema, generated from the schema itself (the zod/mini subset the library uses), with
// small pools for ids, dates and text so that generated records refer to each other (a consent for a child in the photo).
interface Def { type: string; [k: string]: unknown }
interface CheckDef { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; fn?: unknown; format?: string; pattern?: RegExp }
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const checksOf = (d: Def): CheckDef[] => ((d.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);

/** The pools generated values are drawn from. */
export const POOLS = {
  ids: ['c1', 'c2', 'c3'],
  instants: ['2025-09-01', '2026-09-01', '2026-11-20T10:00:00Z', '2026-11-21T10:00:00Z', '2026-11-22T09:00:00Z', '2027-09-01'],
  text: ['', 'Ava', 'Ava Jones', 'Noah Patel painting', 'observation'],
};

function arbitraryOf(schema: unknown, key: string): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const checks = checksOf(d);
  switch (d.type) {
    case 'string': {
      const pattern = checks.find((c) => c.pattern)?.pattern;
      if (pattern === INSTANT_PATTERN) return fc.constantFrom(...POOLS.instants);
      if (pattern === PERIOD_PATTERN) return fc.constantFrom('P1M', 'P30D', 'P1Y', 'P2W');
      if (pattern === MONTH_DAY_PATTERN) return fc.constantFrom('09-01', '02-29', '12-31');
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const custom = checks.find((c) => c.check === 'custom')?.fn as ((v: unknown) => boolean) | undefined;
      const pool = /(^id$|Id$|Ids$|By$|^carriedBy$)/.test(key) ? POOLS.ids : POOLS.text;
      const base = fc.constantFrom(...pool.filter((s) => s.length >= min));
      return custom ? fc.constantFrom('P1M', 'P30D', 'P1Y', '09-01', ...pool).filter((v) => custom(v) === true) : base;
    }
    case 'boolean': return fc.boolean();
    case 'date': return fc.constantFrom(...POOLS.instants.map((i) => new Date(i.length === 10 ? `${i}T00:00:00Z` : i)));
    case 'number': {
      const min = checks.find((c) => c.check === 'greater_than')?.value ?? 0;
      const max = checks.find((c) => c.check === 'less_than')?.value ?? 40;
      return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 40)) });
    }
    case 'enum': return fc.constantFrom(...Object.values(d.entries as Record<string, unknown>));
    case 'literal': return fc.constantFrom(...(d.values as unknown[]));
    case 'optional': return fc.option(arbitraryOf(d.innerType, key), { nil: undefined });
    case 'nullable': return fc.option(arbitraryOf(d.innerType, key), { nil: null });
    case 'union': return fc.oneof(...(d.options as unknown[]).map((o) => arbitraryOf(o, key)));
    case 'array': {
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 3;
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      return fc.array(arbitraryOf(d.element, key.replace(/s$/, '')), { minLength: min, maxLength: Math.min(max, 3) });
    }
    case 'object': {
      const shape = d.shape as Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, arbitraryOf(s, k)]));
      const required = Object.keys(shape).filter((k) => defOf(shape[k]).type !== 'optional');
      return fc.record(fields, { requiredKeys: required });
    }
    case 'unknown': return fc.constant(undefined);
    default: throw new Error(`no arbitrary for a ${d.type} (${key})`);
  }
}

/**
 * Values the schema accepts, generated from it.
 *
 * @example
 * ```ts
 * fc.sample(validOf(photoSchema), 1)[0]; // { id: 'c2', takenAt: '2026-09-01', audience: 'publicity', … }
 * ```
 */
export const validOf = (schema: ZodMiniType, name = ''): fc.Arbitrary<unknown> => arbitraryOf(schema, name).filter((v) => schema.safeParse(v).success);
