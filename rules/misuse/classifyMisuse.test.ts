import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMisuse } from './classifyMisuse.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { settingTypes } from '../concern/vocabulary.js';
import { actorRoles, misuseActivities, misuseContexts, misuseTiers } from './vocabulary.js';
import type { MisuseIncident } from './schema.js';

const RUNS = 400;
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const incidentArb: fc.Arbitrary<MisuseIncident> = fc.record({
  activity: fc.constantFrom(...misuseActivities),
  actor: fc.record({ role: fc.constantFrom(...actorRoles) }),
  deliberate: maybe(fc.boolean()), reported: maybe(fc.boolean()), warnedBefore: maybe(fc.boolean()),
  context: maybe(fc.constantFrom(...misuseContexts)), duringLessons: maybe(fc.boolean()), viaEmail: maybe(fc.boolean()),
  reportedAt: fc.constant('2026-11-20T10:00:00Z'),
  setting: fc.record({ type: fc.constantFrom(...settingTypes) }),
  immediateDanger: maybe(fc.boolean()),
}, { requiredKeys: ['activity', 'actor', 'reportedAt', 'setting'] }) as fc.Arbitrary<MisuseIncident>;
const policy = fc.constantFrom(...presetIds);

describe('classifyMisuse properties', () => {
  it('allowed exactly when not misuse; not misuse has no sanctions; every misuse has a tier rule behind it', () => {
    fc.assert(fc.property(incidentArb, policy, (i, p) => {
      const r = classifyMisuse(i, { policy: p });
      expect(misuseTiers).toContain(r.tier);
      expect(r.allowed).toBe(r.tier === 'not-misuse');
      if (r.tier === 'not-misuse') expect(r.sanctions).toEqual([]);
      else expect(r.reasons.some((f) => f.data?.tier === r.tier && f.effect === 'block')).toBe(true);
    }), { numRuns: RUNS });
  });

  it('unstated intent never lowers the tier below deliberate', () => {
    fc.assert(fc.property(incidentArb, policy, (i, p) => {
      const { deliberate: _d, ...rest } = i;
      const unknown = classifyMisuse(rest as MisuseIncident, { policy: p });
      const deliberate = classifyMisuse({ ...rest, deliberate: true } as MisuseIncident, { policy: p });
      expect(misuseTiers.indexOf(unknown.tier)).toBeLessThanOrEqual(misuseTiers.indexOf(deliberate.tier));
    }), { numRuns: RUNS });
  });

  it('a route, where there is one, never goes to the actor when the actor is the manager or DSL', () => {
    fc.assert(fc.property(incidentArb, policy, (i, p) => {
      const r = classifyMisuse(i, { policy: p });
      const role = i.actor.role;
      if (r.route && (role === 'manager' || role === 'dsl')) expect(r.route.steps.map((s) => s.to)).not.toContain(role);
    }), { numRuns: RUNS });
  });

  it('fails closed: malformed incidents are never allowed and name the field', () => {
    const junk = fc.oneof(fc.anything(), incidentArb.map((i) => ({ ...i, activity: 'napping' })), incidentArb.map((i) => ({ ...i, actor: {} })),
      incidentArb.map((i) => ({ ...i, reportedAt: 'soon' })), incidentArb.map((i) => ({ ...i, deliberate: 'maybe' })));
    fc.assert(fc.property(junk, (bad) => {
      const r = classifyMisuse(bad as MisuseIncident);
      expect(r.allowed).toBe(false);
      expect(r.sanctions).toEqual([]);
      expect(r.reasons.some((f) => f.rule === 'input.invalid')).toBe(true);
    }), { numRuns: RUNS });
  });
});
