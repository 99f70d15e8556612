import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMisuse } from './classifyMisuse.js';
import { routeConcern } from '../concern/routeConcern.js';
import type { Concern } from '../concern/schema.js';
import type { ConcernKind, SubjectRole } from '../concern/vocabulary.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { settingTypes } from '../concern/vocabulary.js';
import { actorRoles, misuseActivities, misuseContexts, misuseTiers, type ActorRole } from './vocabulary.js';
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
  immediateDanger: maybe(fc.boolean()), meetsHarmThreshold: maybe(fc.boolean()),
  occurredAt: maybe(fc.constantFrom('2026-11-01T09:00:00Z', '2026-11-20T10:00:00Z')),
}, { requiredKeys: ['activity', 'actor', 'reportedAt', 'setting'] }) as fc.Arbitrary<MisuseIncident>;
const policy = fc.constantFrom(...presetIds);
// Who did it, as the subject of a concern (written out here, independently of the library's own table).
const SUBJECT: Record<ActorRole, SubjectRole> = {
  staff: 'staff', volunteer: 'volunteer', manager: 'manager', dsl: 'dsl', pupil: 'child', parent: 'parent', governor: 'other', visitor: 'other',
};

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

  // Misuse by the manager or DSL is a concern about them: never routed to them. What is not misuse (accidental access
  // reported at once) is no concern about anyone: the person who reported it is not its subject (issue 13, item 7).
  it('a route for a misuse never goes to the actor when the actor is the manager or DSL', () => {
    fc.assert(fc.property(incidentArb, policy, (i, p) => {
      const r = classifyMisuse(i, { policy: p });
      const role = i.actor.role;
      if (r.route && r.tier !== 'not-misuse' && (role === 'manager' || role === 'dsl')) expect(r.route.steps.map((s) => s.to)).not.toContain(role);
    }), { numRuns: RUNS });
  });

  it('one route for one event: the route is routeConcern of the concern the event is, written out here from the incident', () => {
    fc.assert(fc.property(incidentArb, policy, (i, p) => {
      const r = classifyMisuse(i, { policy: p });
      const kinds = [...new Set(r.reasons.map((f) => f.data?.concern).filter((k): k is ConcernKind => typeof k === 'string'))];
      if (!kinds.length) { expect([r.concern, r.route]).toEqual([undefined, undefined]); return; }
      const concern: Concern = { kind: kinds, reportedAt: i.reportedAt, setting: i.setting };
      if (i.occurredAt !== undefined) concern.occurredAt = i.occurredAt;
      // Whoever did a misuse is its subject; what is not misuse is about what was seen, not about who reported it.
      if (r.tier !== 'not-misuse') concern.subject = { role: SUBJECT[i.actor.role] };
      if (i.immediateDanger !== undefined) concern.immediateDanger = i.immediateDanger;
      if (i.meetsHarmThreshold !== undefined) concern.meetsHarmThreshold = i.meetsHarmThreshold;
      expect(r.concern).toEqual(concern);
      expect(r.route).toEqual(routeConcern(concern, { policy: p }));
    }), { numRuns: RUNS });
  });

  it('not misuse is never routed as an allegation: no LADO, no Ofsted, nothing about the person who reported it', () => {
    fc.assert(fc.property(incidentArb, policy, (i, p) => {
      const r = classifyMisuse(i, { policy: p });
      if (r.tier !== 'not-misuse' || !r.route) return;
      expect(r.concern?.subject).toBeUndefined();
      expect(r.route.steps.map((s) => s.to).filter((to) => to === 'lado' || to === 'ofsted')).toEqual([]);
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
