import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeekend } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { concernFacts, routeConcern } from './routeConcern.js';
import { evaluateArea } from '../../src/core/rules/ruleSet.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { londonDay } from '../../src/core/time/instant.js';
import { concernKinds, recipientsWhoAreSubject, settingTypes, subjectRoles } from './vocabulary.js';
import type { Concern } from './schema.js';

const RUNS = 400;
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const day = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2029-01-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const concernArb: fc.Arbitrary<Concern> = fc.record({
  kind: fc.oneof(fc.constantFrom(...concernKinds), fc.uniqueArray(fc.constantFrom(...concernKinds), { minLength: 1, maxLength: 5 })),
  reportedAt: instant,
  setting: fc.record({ type: fc.constantFrom(...settingTypes) }),
  subject: maybe(fc.record({ role: fc.constantFrom(...subjectRoles) })),
  immediateDanger: maybe(fc.boolean()),
  meetsHarmThreshold: maybe(fc.boolean()),
  adultInvolved: maybe(fc.boolean()),
  personalDataBreach: maybe(fc.boolean()),
}, { requiredKeys: ['kind', 'reportedAt', 'setting'] }) as fc.Arbitrary<Concern>;
const options = fc.record({ policy: fc.constantFrom(...presetIds), bankHolidays: fc.array(day, { maxLength: 30 }) });

describe('routeConcern properties', () => {
  it('no route ever sends a concern to its own subject: not the rules, not the route', () => {
    fc.assert(fc.property(concernArb, options, (concern, o) => {
      const never = recipientsWhoAreSubject(concern.subject?.role ?? 'none');
      const prepared = concernFacts(concern, o);
      const raw = evaluateArea(prepared.ruleSet, 'concern', prepared.sets!);
      expect(raw.filter((f) => never.includes(f.data?.to as never))).toEqual([]);
      expect(routeConcern(concern, o).steps.filter((s) => never.includes(s.to))).toEqual([]);
    }), { numRuns: RUNS });
  });

  it('every step the policies require is immediate or has a deadline; each concern outside childminding has one, and all are logged', () => {
    fc.assert(fc.property(concernArb, options, (concern, o) => {
      const r = routeConcern(concern, o);
      for (const s of r.steps.filter((x) => x.kind === 'step')) expect(s.immediately || s.by !== undefined).toBe(true);
      // A childminder is the designated person: a concern that is not about safeguarding may stay with them.
      if (concern.setting.type !== 'childminder') expect(r.steps.filter((s) => s.kind === 'step').length).toBeGreaterThan(0);
      expect(r.actions.map((a) => a.code)).toContain('LOG_INCIDENT');
      expect(new Set(r.steps.map((s) => s.to)).size).toBe(r.steps.length);
    }), { numRuns: RUNS });
  });

  it('a LADO working-day deadline falls after the report, at the end of a London working day that is no bank holiday', () => {
    fc.assert(fc.property(concernArb, options, (concern, o) => {
      const lado = routeConcern(concern, o).steps.find((s) => s.to === 'lado');
      if (!lado?.by) return;
      const by = new Date(lado.by);
      expect(by.getTime()).toBeGreaterThan(new Date(concern.reportedAt).getTime());
      expect(isWeekend(new TZDate(by.getTime(), 'Europe/London'))).toBe(false);
      expect(o.bankHolidays).not.toContain(londonDay(by.getTime()));
      expect(londonDay(by.getTime() + 1)).not.toBe(londonDay(by.getTime()));
    }), { numRuns: RUNS });
  });

  it('CEOP only for grooming; the police always immediately when indecent images are found', () => {
    fc.assert(fc.property(concernArb, options, (concern, o) => {
      const kinds = ([] as string[]).concat(concern.kind);
      const r = routeConcern(concern, o);
      if (!kinds.includes('online-grooming')) expect(r.steps.map((s) => s.to)).not.toContain('ceop');
      if (kinds.includes('indecent-images-found')) expect(r.steps.find((s) => s.to === 'police')?.immediately).toBe(true);
    }), { numRuns: RUNS });
  });

  it('fails closed: malformed concerns or options give an empty route naming the field, never a throw', () => {
    const junk = fc.oneof(fc.anything(), concernArb.map((c) => ({ ...c, reportedAt: 'yesterday' })), concernArb.map((c) => ({ ...c, kind: [] })),
      concernArb.map((c) => ({ ...c, subject: { role: 'boss' } })), concernArb.map((c) => ({ ...c, extra: 1 })));
    fc.assert(fc.property(junk, (bad) => {
      const r = routeConcern(bad as Concern);
      expect(r.steps).toEqual([]);
      expect(r.reasons.some((f) => f.rule === 'input.invalid' && f.effect === 'block')).toBe(true);
    }), { numRuns: RUNS });
    const r = routeConcern({ kind: 'data-loss', reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'nursery' } }, { bankHolidays: ['25/12/2026'] });
    expect(r.reasons.map((f) => f.subject)).toEqual(['options.bankHolidays[0]']);
    const later = routeConcern({ kind: 'data-loss', reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'nursery' } }, { at: '2026-11-19T10:00:00Z' });
    expect(later.reasons.map((f) => f.subject)).toEqual(['concern.reportedAt']);
  });
});
