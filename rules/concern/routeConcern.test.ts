import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeekend } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { concernFacts, routeConcern } from './routeConcern.js';
import { evaluateArea } from '../../src/core/rules/ruleSet.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { londonDay } from '../../src/core/time/instant.js';
import { concernKinds, recipientsWhoAreSubject, settingTypes, subjectRoles, type Recipient } from './vocabulary.js';
import type { Concern } from './schema.js';
import type { RouteOptions } from './routeConcern.js';
import { presetPolicy } from '../../src/policy.js';

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

// Anything at all, and valid concerns with one field removed, replaced by anything, or an unknown field added.
const KEYS = ['kind', 'reportedAt', 'occurredAt', 'setting', 'subject', 'immediateDanger', 'meetsHarmThreshold', 'adultInvolved', 'personalDataBreach', 'extra'];
const mutated = fc.tuple(concernArb, fc.constantFrom(...KEYS), fc.option(fc.anything(), { nil: undefined }), fc.boolean())
  .map(([c, k, v, drop]) => { const out: Record<string, unknown> = { ...c }; if (drop) delete out[k]; else out[k] = v; return out; });
const nested = fc.tuple(concernArb, fc.constantFrom('setting', 'subject'), fc.anything())
  .map(([c, k, v]) => ({ ...c, [k]: { ...(k === 'setting' ? c.setting : c.subject ?? {}), [k === 'setting' ? 'type' : 'role']: v } }));
const badKinds = fc.tuple(concernArb, fc.array(fc.oneof(fc.constantFrom(...concernKinds), fc.string(), fc.anything()), { maxLength: 30 }))
  .map(([c, kind]) => ({ ...c, kind }));
const anyConcern = fc.oneof(fc.anything(), mutated, nested, badKinds, concernArb);
const anyOptions = fc.oneof(options, fc.anything(), fc.record({
  policy: fc.oneof(fc.constantFrom(...presetIds), fc.string(), fc.anything()),
  bankHolidays: fc.oneof(fc.array(day), fc.anything()),
  at: fc.oneof(instant, fc.anything()),
}, { requiredKeys: [] }));
/** Who must never be told: the subject, in every role they hold (read the strict way: the DSL may be the manager). */
function neverTold(raw: unknown): readonly Recipient[] {
  try {
    const o = raw as { subject?: { role?: unknown }; setting?: { type?: unknown } };
    const role = (subjectRoles as readonly unknown[]).includes(o.subject?.role) ? o.subject!.role as typeof subjectRoles[number] : 'none';
    const type = (settingTypes as readonly unknown[]).includes(o.setting?.type) ? o.setting!.type as typeof settingTypes[number] : 'unknown';
    return recipientsWhoAreSubject(role, { dslIsManager: true, type });
  } catch { return []; }
}

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

  it('every step the policies require is immediate or has a deadline; every concern has someone to tell at once; logged where the policy asks', () => {
    fc.assert(fc.property(concernArb, options, (concern, o) => {
      const r = routeConcern(concern, o);
      for (const s of r.steps.filter((x) => x.kind === 'step' || x.kind === 'advice')) expect(s.immediately || s.by !== undefined).toBe(true);
      // Behaviour changed (issue 13): a childminder's concern that is not about safeguarding is no longer left with no step.
      expect(r.steps.some((s) => s.immediately && (s.kind === 'step' || s.kind === 'advice'))).toBe(true);
      // Logging every concern is Kirklees' procedure (and the baseline's); Homerton and Cambridgeshire log misuse.
      const procedures = presetPolicy(o.policy).concern.procedures;
      expect(r.actions.some((a) => a.code === 'LOG_INCIDENT')).toBe(procedures.includes('incident-log'));
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

  it('never drops a concern: for any input and any options, someone who is not the subject is told at once, and nothing throws', () => {
    fc.assert(fc.property(anyConcern, anyOptions, (raw, o) => {
      const r = routeConcern(raw as Concern, o as RouteOptions);
      const never = neverTold(raw);
      const now = r.steps.filter((s) => s.immediately && (s.kind === 'step' || s.kind === 'advice') && !never.includes(s.to));
      expect(now.length).toBeGreaterThan(0);
      expect(r.steps.filter((s) => never.includes(s.to) || (s.or ?? []).some((x) => never.includes(x)))).toEqual([]);
      const invalid = r.reasons.filter((f) => f.rule === 'input.invalid');
      if (invalid.length) {
        // The first step (after 999 where a child is in danger) is the first contact, at once, naming each invalid field.
        const first = r.steps[r.steps[0]?.to === 'emergency-services' ? 1 : 0]!;
        expect([first.immediately, first.finding.code]).toEqual([true, 'INCOMPLETE_CONCERN']);
        for (const f of invalid) expect(first.finding.subject!.split(', ')).toContain(f.subject);
      } else {
        expect(r.steps.map((s) => s.finding.code)).not.toContain('INCOMPLETE_CONCERN');
      }
    }), { numRuns: RUNS });
  });

  it('an invalid option still routes the concern (bank holidays, a time before the report), naming the option', () => {
    const concern: Concern = { kind: 'data-loss', reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'nursery' } };
    const r = routeConcern(concern, { bankHolidays: ['25/12/2026'] });
    expect(r.reasons.filter((f) => f.rule === 'input.invalid').map((f) => f.subject)).toEqual(['options.bankHolidays[0]']);
    expect(r.steps.map((s) => [s.to, s.immediately, s.finding.subject])[0]).toEqual(['dsl', true, 'options.bankHolidays[0]']);
    expect(r.steps.find((s) => s.to === 'ico')?.by).toBe('2026-11-23T10:00:00.000Z'); // the concern itself is valid: its deadlines count
    const later = routeConcern(concern, { at: '2026-11-19T10:00:00Z' });
    expect(later.reasons.filter((f) => f.rule === 'input.invalid').map((f) => f.subject)).toEqual(['concern.reportedAt']);
    expect(later.steps[0]).toMatchObject({ to: 'dsl', immediately: true });
    expect(later.steps.find((s) => s.to === 'ico')?.by).toBeUndefined(); // a report after the decision: no time to count from
  });
});
