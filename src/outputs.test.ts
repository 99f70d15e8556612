import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { toJSONSchema, type output, type ZodMiniType } from 'zod/mini';
import { validOf, POOLS } from '../test/support/arbitrary.js';
import { runs } from '../test/support/runs.js';
import * as lib from './index.js';
import type { Decision, RetentionAction, RetentionSummary } from './index.js';
import { outputSchemas, resultOf, type OutputName } from './outputs.js';
import { presetIds } from './core/policy/presets.js';
import { registry } from './registry.js';

// Every result of every decision function of the registry validates against its output schema, strictly: a field
// added to a result (or removed) without its schema fails here, and the types below fail to compile.

/** True when A and B are assignable to each other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<N extends OutputName> = output<(typeof outputSchemas)[N]>;
type Answer<F extends keyof typeof lib> = (typeof lib)[F] extends (...args: never[]) => infer R ? R : never;
const types: {
  decision: Same<Out<'decision'>, Decision>;
  image: Same<Out<'image-decision'>, Answer<'canPublishImage'>>;
  route: Same<Out<'route'>, Answer<'routeConcern'>>;
  misuse: Same<Out<'misuse-classification'>, Answer<'classifyMisuse'>>;
  phone: Same<Out<'phone-decision'>, Answer<'canUsePhone'>>;
  retention: Same<Out<'retention-decision'>, Answer<'checkPhotoRetention'>>;
  action: Same<Out<'retention-action'>, RetentionAction>;
  summary: Same<Out<'retention-summary'>, RetentionSummary>;
  /** Every other decision function answers with a plain decision. */
  others: Same<Out<'decision'>, Answer<'canTakeDeviceOffSite' | 'canTransferData' | 'canCommunicate' | 'canChildUseInternet' | 'canUseSettingDevice' | 'canHoldMeeting'>>;
} = { decision: true, image: true, route: true, misuse: true, phone: true, retention: true, action: true, summary: true, others: true };

/** The problems of a value against an output schema (none when it validates). */
function problems(name: OutputName, value: unknown): string[] {
  const r = (outputSchemas[name] as ZodMiniType).safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${name}: ${i.path.join('.')}: ${i.message}`);
}

const functions = registry.flatMap((a) => a.functions.map((fn) => ({ area: a, fn })));
/** Valid input of one argument, and sometimes anything at all: a denial is a result too. */
const argument = (schema: ZodMiniType, name: string) => fc.oneof({ arbitrary: validOf(schema, name), weight: 4 }, { arbitrary: fc.anything(), weight: 1 });
const options = fc.record({
  policy: fc.constantFrom(...presetIds),
  at: fc.constantFrom(...POOLS.instants, undefined),
  bankHolidays: fc.constantFrom(undefined, ['2026-12-25', '2026-12-28'], ['not a day']),
}, { requiredKeys: ['policy'] });

describe('output schemas', () => {
  it('the schema types and the result types are assignable both ways', () => {
    expect(Object.values(types).every((t) => t === true)).toBe(true);
  });

  it('every decision function of the registry names its output schema', () => {
    expect(functions.filter(({ fn }) => !resultOf[fn]).map(({ fn }) => fn)).toEqual([]);
    expect(Object.keys(resultOf).sort()).toEqual(functions.map(({ fn }) => fn).sort());
  });

  for (const { area, fn } of functions) {
    it(`${fn}: every result validates against its output schema, strictly`, () => {
      const kind = resultOf[fn]!;
      const call = (lib as unknown as Record<string, (...args: unknown[]) => unknown>)[fn]!;
      const inputs = area.inputs.map((i) => argument(i.schema, i.name));
      if ('result' in kind) {
        fc.assert(fc.property(fc.tuple(...inputs), options, (args, o) => {
          expect(problems(kind.result, call(...args, o))).toEqual([]);
        }), { numRuns: runs(150) });
      } else {
        // A stream of records: every item, and the summary at the end (also when the records cannot be read).
        const records = fc.oneof({ arbitrary: fc.array(inputs[0]!, { maxLength: 5 }), weight: 5 }, { arbitrary: fc.constantFrom('not records', 42), weight: 1 });
        fc.assert(fc.property(records, options, (rs, o) => {
          const sweep = call(rs, o) as Iterable<unknown> & { summary: unknown };
          for (const item of sweep) expect(problems(kind.each, item)).toEqual([]);
          expect(problems(kind.summary, sweep.summary)).toEqual([]);
        }), { numRuns: runs(150) });
      }
    });
  }

  it('refuses a result with a field it does not know, or without one it needs', () => {
    const d = lib.canUsePhone({ who: 'visitor', device: 'personal-phone', purpose: 'call', place: 'entrance' }, { policy: 'homerton-early-years' });
    expect(problems('phone-decision', d)).toEqual([]);
    expect(problems('phone-decision', { ...d, surprise: 1 })).not.toEqual([]);
    expect(problems('phone-decision', { ...d, reasons: [{ ...d.reasons[0], clause: { ...d.reasons[0]!.clause, page: 4 } }] })).not.toEqual([]);
    const { conditions: _, ...withoutConditions } = d;
    expect(problems('phone-decision', withoutConditions)).not.toEqual([]);
  });

  it('each converts to a JSON Schema (draft 2020-12), closed to unknown fields', () => {
    for (const [name, schema] of Object.entries(outputSchemas)) {
      const json = toJSONSchema(schema, { io: 'output', unrepresentable: (c) => (c.zodSchema._zod.def.type === 'date' ? { not: {} } : undefined) });
      expect(json.type, name).toBe('object');
      expect(json.additionalProperties, name).toBe(false);
    }
  });
});

// The schemas are built when their module loads: import it afresh, so the schemas under test are built by these tests.
describe('output schemas: the formats of moments, days and fingerprints', () => {
  let fresh: typeof outputSchemas;
  beforeAll(async () => {
    vi.resetModules();
    fresh = (await import('./outputs.js')).outputSchemas;
  });
  const problems = (name: OutputName, value: unknown): string[] => {
    const r = (fresh[name] as ZodMiniType).safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${name}: ${i.path.join('.')}: ${i.message}`);
  };
  const phone = () => lib.canUsePhone({ who: 'visitor', device: 'personal-phone', purpose: 'call', place: 'entrance' }, { policy: 'homerton-early-years' });
  const finding = () => phone().reasons[0]!;
  const policy = () => phone().policy;
  /** A route with one step, its `by` and `kind` as given. */
  const route = (step: Record<string, unknown>) => ({ steps: [{ to: 'dsl', immediately: false, kind: 'step', finding: finding(), ...step }], actions: [], reasons: [], policy: policy() });
  const retention = (deleteBy: string) => ({ allowed: true, reasons: [], policy: policy(), action: 'delete', deleteBy });

  it('a moment is Date#toISOString(), exactly: anything before or after it is refused, with its message', () => {
    expect(problems('route', route({ by: '2026-03-02T09:00:00.000Z' }))).toEqual([]);
    for (const by of ['x2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Zx', '2026-03-02T09:00:00Z']) {
      expect(problems('route', route({ by })), by).toEqual(['route: steps.0.by: must be an ISO 8601 UTC date-time']);
    }
  });

  it('a day is yyyy-MM-dd, exactly, with its message', () => {
    expect(problems('retention-decision', retention('2026-03-02'))).toEqual([]);
    for (const day of ['x2026-03-02', '2026-03-02x', '2026-03-02T00:00:00.000Z']) {
      expect(problems('retention-decision', retention(day)), day).toEqual(['retention-decision: deleteBy: must be a date (yyyy-MM-dd)']);
    }
  });

  it('a fingerprint is sha256: and 64 lowercase hex digits, exactly, with its message', () => {
    const hex = 'a'.repeat(64);
    expect(problems('decision', { allowed: true, reasons: [], policy: { ...policy(), fingerprint: `sha256:${hex}` } })).toEqual([]);
    for (const fingerprint of [`xsha256:${hex}`, `sha256:${hex}0`, `sha256:${'A'.repeat(64)}`, hex]) {
      expect(problems('decision', { allowed: true, reasons: [], policy: { ...policy(), fingerprint } }), fingerprint).toEqual(['decision: policy.fingerprint: must be sha256: and 64 hex digits']);
    }
  });

  it('a route step is a step, advice, a consideration or a signpost', () => {
    for (const kind of ['step', 'advice', 'consider', 'signpost']) expect(problems('route', route({ kind })), kind).toEqual([]);
    expect(problems('route', route({ kind: 'action' }))).toHaveLength(1);
  });
});
