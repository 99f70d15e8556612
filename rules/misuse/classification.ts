// A misuse classified from the rules that fired: the decision, the tier, the sanctions, and the concern route where it is one.
import type { Outcome } from '../../src/core/area.js';
import { toDecision, type Decision } from '../../src/core/findings.js';
import { routeConcern, type Route, type RouteOptions } from '../concern/routeConcern.js';
import type { Concern } from '../concern/schema.js';
import type { ConcernKind, SubjectRole } from '../concern/vocabulary.js';
import type { MisusePolicy } from './policy.js';
import type { MisuseConcern } from './facts.js';
import type { ActorRole, MisuseTier, Sanction } from './vocabulary.js';

/**
 * A misuse classified: the decision (allowed only when it is not misuse), its tier, its sanctions, and, where it is also
 * a concern, that concern and its route (the route `routeConcern` gives that concern: one route for one event).
 *
 * @example
 * ```ts
 * const { tier, route }: MisuseClassification = classifyMisuse(incident, { policy: 'kirklees-primary' });
 * tier; // 'illegal-or-always-unacceptable'
 * route?.steps.map((s) => s.to); // ['esafety-coordinator']
 * ```
 */
export type MisuseClassification = Decision & {
  tier: MisuseTier;
  /** What may follow, in the order the sanction rules run, without repeats. */
  sanctions: Sanction[];
  /**
   * The concern the event also is (e.g. indecent images, cyberbullying, data loss, accidental access), as `routeConcern`
   * reads it. Its subject is whoever did it, except where it is not misuse (accidental access reported at once): then the
   * concern is about what was seen, not about the person who reported it, and it has no subject.
   */
  concern?: Concern;
  /** Whom to tell: `routeConcern(concern, options)`. */
  route?: Route;
};

const SUBJECT: Record<ActorRole, SubjectRole> = {
  staff: 'staff', volunteer: 'volunteer', manager: 'manager', dsl: 'dsl', pupil: 'child', parent: 'parent', governor: 'other', visitor: 'other',
};

/**
 * The concern a classified misuse is: the kinds its rules name, and the incident's time, setting, danger and harm
 * threshold; its subject is the actor unless the tier is `not-misuse`.
 *
 * @example
 * ```ts
 * const derived = { reportedAt: '2026-11-20T10:00:00Z', occurredAt: undefined, settingType: 'school',
 *   actorRole: 'pupil', immediateDanger: undefined, meetsHarmThreshold: undefined } as const;
 * concernOfMisuse(['cyberbullying'], 'disciplinary', derived).subject; // { role: 'child' }
 * concernOfMisuse(['accidental-access'], 'not-misuse', derived).subject; // undefined (not misuse: no subject)
 * ```
 */
export function concernOfMisuse(kinds: ConcernKind[], tier: MisuseTier, i: MisuseConcern): Concern {
  return {
    kind: kinds, reportedAt: i.reportedAt, setting: { type: i.settingType },
    ...(i.occurredAt !== undefined ? { occurredAt: i.occurredAt } : {}),
    ...(tier !== 'not-misuse' ? { subject: { role: SUBJECT[i.actorRole] } } : {}),
    ...(i.immediateDanger !== undefined ? { immediateDanger: i.immediateDanger } : {}),
    ...(i.meetsHarmThreshold !== undefined ? { meetsHarmThreshold: i.meetsHarmThreshold } : {}),
  };
}

/**
 * The misuse area's finish: the classification the rules that fired give; invalid input is a denial, `context-dependent`,
 * with no sanctions. A route the concern area refuses (its options) denies too, saying why.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { misuseArea } from './area.js';
 * const ctx = readOptions(misuseArea, { policy: 'kirklees-primary' });
 * // No facts: the input was invalid. A denial, with no sanctions.
 * finishClassification({ findings: [], policy: ctx.ref, ctx, args: [incident] }).tier; // 'context-dependent'
 * ```
 */
export function finishClassification({ findings, policy, ctx, facts }: Outcome<MisusePolicy, MisuseConcern>): MisuseClassification {
  const decision = toDecision(findings, policy);
  if (!facts?.derived) return { allowed: decision.allowed, reasons: decision.reasons, policy: decision.policy, tier: 'context-dependent', sanctions: [] };
  const tier = facts.root.tier as MisuseTier;
  const sanctions = [...new Set(decision.reasons.map((f) => f.data?.sanction).filter((s): s is Sanction => typeof s === 'string'))];
  const kinds = [...new Set(decision.reasons.map((f) => f.data?.concern).filter((k): k is ConcernKind => typeof k === 'string'))];
  const out: MisuseClassification = { allowed: decision.allowed, reasons: decision.reasons, policy: decision.policy, tier, sanctions };
  if (kinds.length) {
    out.concern = concernOfMisuse(kinds, tier, facts.derived);
    // The concern area reads the same options again (its bank holidays, the policy, the time): the route is routeConcern's.
    // The concern is built here, not a vendor's row: it is read as plain input whatever `extraFields` says.
    const { extraFields: _rows, ...options } = (ctx.extra ?? {}) as RouteOptions;
    out.route = routeConcern(out.concern, options);
    // Options the concern route refuses (bank holidays, a time before the report, an event after it): say so, and deny.
    const refused = out.route.reasons.filter((f) => f.rule === 'input.invalid');
    if (refused.length) { out.allowed = false; out.reasons = [...refused, ...out.reasons]; }
  }
  return out;
}
