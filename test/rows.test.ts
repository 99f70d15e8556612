import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ZodMiniType } from 'zod/mini';
import type { Area } from '../src/core/area.js';
import { decide } from '../src/core/pipeline.js';
import { INSTANT_PATTERN } from '../src/core/time/instant.js';
import { registry } from '../src/registry.js';
import { validOf } from './support/arbitrary.js';
import { allowedExample } from './support/examples.js';
import { runs } from './support/runs.js';

// Database rows (issue 14, item 1): nulls are absent, Dates are instants, extra columns are refused unless the caller
// says the input is rows, and then every optional column must be there and a misspelt safety field still denies.
interface Def { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; options?: unknown[]; checks?: { _zod: { def: { pattern?: RegExp } } }[] }
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const unwrap = (s: unknown): unknown => (['optional', 'nullable'].includes(defOf(s).type) ? unwrap(defOf(s).innerType) : s);
const isInstantSchema = (s: unknown) => defOf(unwrap(s)).type === 'union' && (defOf(unwrap(s)).options ?? []).some((o) => defOf(o).checks?.some((c) => c._zod.def.pattern === INSTANT_PATTERN));

/** The value as a database hands it over: every absent optional field null, instants as Dates, extra columns. */
function asRow(schema: unknown, v: unknown, extra: boolean): unknown {
  const d = defOf(unwrap(schema));
  if (v === undefined || v === null) return null;
  if (isInstantSchema(schema) && typeof v === 'string') return new Date(v.length === 10 ? Date.parse(`${v}T00:00:00Z`) + 0 : Date.parse(v));
  if (d.type === 'array' && Array.isArray(v)) return v.map((x) => asRow(d.element, x, extra));
  if (d.type === 'object' && typeof v === 'object') {
    const out: Record<string, unknown> = extra ? { id: 'row-1', createdAt: new Date(), updatedAt: null, status: 'withdrawn', revoked: true } : {};
    for (const [k, s] of Object.entries(d.shape ?? {})) out[k] = asRow(s, (v as Record<string, unknown>)[k], extra);
    return out;
  }
  return v;
}
/** The same value with every absent optional field null: absent and null are the same. */
function withNulls(schema: unknown, v: unknown): unknown {
  const d = defOf(unwrap(schema));
  if (d.type === 'array' && Array.isArray(v)) return v.map((x) => withNulls(d.element, x));
  if (d.type === 'object' && v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(d.shape ?? {}).map(([k, s]) => [k, (v as Record<string, unknown>)[k] === undefined && defOf(s).type === 'optional' ? null : withNulls(s, (v as Record<string, unknown>)[k])]));
  }
  return v;
}
const answer = (r: unknown) => {
  const x = r as { allowed?: boolean; reasons: { rule: string; subject?: string }[] };
  return { allowed: x.allowed, reasons: x.reasons.map((f) => `${f.rule} ${f.subject ?? ''}`) };
};
const at = (area: Area) => ({ at: '2026-11-22T10:00:00Z', ...(area.id === 'concern' ? {} : {}) });

describe('database rows', () => {
  for (const area of registry as readonly Area[]) {
    const example = allowedExample(area.id);
    const args = area.inputs.map((i) => example[i.name]);
    const options = { at: (example.at as string | undefined) ?? '2026-11-22T10:00:00Z', ...(example.policy ? { policy: example.policy } : {}) };

    it(`${area.id}: null is absent, wherever an optional field is, over generated input`, () => {
      fc.assert(fc.property(fc.tuple(...area.inputs.map((i) => validOf(i.schema as ZodMiniType, i.name))), (a) => {
        const nulls = a.map((v, i) => withNulls(area.inputs[i]!.schema, v));
        expect(answer(decide(area, nulls, at(area)))).toEqual(answer(decide(area, a, at(area))));
      }), { numRuns: runs(100) });
    });

    it(`${area.id}: a row (extra columns, nulls, Dates) decides as the plain input with extraFields: 'ignore', and is refused without it`, () => {
      const plain = answer(decide(area, args, options));
      const rows = args.map((v, i) => asRow(area.inputs[i]!.schema, v, true));
      expect(answer(decide(area, rows, { ...options, extraFields: 'ignore' }))).toEqual(plain);
      const refused = decide(area, rows, options) as { allowed?: boolean; reasons: { rule: string; message: string }[] };
      expect(refused.reasons.some((f) => f.rule === 'input.invalid' && /extraFields: 'ignore'/.test(f.message))).toBe(true);
      // Without extra columns, nulls and Dates are fine by default.
      expect(answer(decide(area, args.map((v, i) => asRow(area.inputs[i]!.schema, v, false)), options))).toEqual(plain);
    });
  }

  const image = registry.find((a) => a.id === 'image')!;
  const { photo, consents, at: imageAt, policy } = allowedExample('image') as { photo: unknown; consents: Record<string, unknown>[]; at: string; policy: string };
  const options = { at: imageAt, policy, extraFields: 'ignore' as const };
  // In rows mode every input is a row: the photo too has all its columns.
  const photoRow = asRow(image.inputs[0]!.schema, photo, true);
  const rows = (over: Record<string, unknown>, drop?: string) => consents.map((c, i) => {
    const row: Record<string, unknown> = { withdrawnAt: null, reviewBy: null, childObjects: null, implicationsExplained: null, ...c, id: i, createdAt: new Date(), ...over };
    if (drop) delete row[drop];
    return row;
  });
  it('a misspelt withdrawal denies, naming the field it looks like, in either mode', () => {
    for (const name of ['withdrawAt', 'WithdrawnAt', 'withdrawn_at']) {
      const d = decide(image, [photo, rows({ [name]: '2026-01-01' })], options);
      expect(d.allowed, name).toBe(false);
      expect(d.reasons.map((f) => f.message).join('\n'), name).toMatch(new RegExp(`${name} is not a field: did you mean "withdrawnAt"\\?`));
      const strict = decide(image, [photo, consents.map((c) => ({ ...c, [name]: '2026-01-01' }))], { at: imageAt, policy });
      expect(strict.allowed).toBe(false);
      expect(strict.reasons.map((f) => f.message).join('\n')).toMatch(/did you mean "withdrawnAt"\?/);
    }
    expect(decide(image, [photo, rows({ reviewDate: '2026-01-01' })], options).reasons.map((f) => f.message).join('\n')).toMatch(/did you mean "reviewBy"\?/);
  });
  it('a withdrawal under the vendor\'s own name never reads as consent in force: refused by default', () => {
    const d = decide(image, [photo, consents.map((c) => ({ ...c, status: 'withdrawn', revoked: true }))], { at: imageAt, policy });
    expect(d.allowed).toBe(false);
  });
  it('with rows, a dropped column is refused, not read as "not withdrawn"', () => {
    const d = decide(image, [photoRow, rows({}, 'withdrawnAt')], options);
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((f) => f.subject)).toContain('consents[0].withdrawnAt');
    expect(decide(image, [photoRow, rows({})], options).allowed).toBe(true);
    // A photo with a column dropped is refused too.
    const { takenForPersonalUse: _dropped, ...photoMissing } = photoRow as Record<string, unknown>;
    expect(decide(image, [photoMissing, rows({})], options).reasons.map((f) => f.subject)).toContain('photo.takenForPersonalUse');
  });
  it('extraFields takes only its two values', () => {
    expect(decide(image, [photo, consents], { at: imageAt, extraFields: 'sometimes' }).reasons.map((f) => f.subject)).toContain('options.extraFields');
  });
});
