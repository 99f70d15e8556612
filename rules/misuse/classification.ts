// A misuse classified from the rules that fired: the decision, the tier, the sanctions, and the concern route where it is one.
import type { Outcome } from '../../src/core/area.js';
import { toDecision, type Decision } from '../../src/core/findings.js';
import { routeConcern, type Route, type RouteOptions } from '../concern/routeConcern.js';
import type { ConcernKind, SubjectRole } from '../concern/vocabulary.js';
import type { MisusePolicy } from './policy.js';
import type { MisuseConcern } from './facts.js';
import type { ActorRole, MisuseTier, Sanction } from './vocabulary.js';

/**
 * A misuse classified: the decision (allowed only when it is not misuse), its tier, its sanctions, and its route where it is also a concern.
 *
 * @example
 * ```ts
 * const { tier, sanctions, route }: MisuseClassification = classifyMisuse(incident, { policy: 'kirklees-primary' });
 * ```
 */
export type MisuseClassification = Decision & {
  tier: MisuseTier;
  /** What may follow, in the order the sanction rules run, without repeats. */
  sanctions: Sanction[];
  /** Whom to tell, where the misuse is also a concern (e.g. indecent images, cyberbullying, data loss). */
  route?: Route;
};

const SUBJECT: Record<ActorRole, SubjectRole> = {
  staff: 'staff', volunteer: 'volunteer', manager: 'manager', dsl: 'dsl', pupil: 'child', parent: 'parent', governor: 'other', visitor: 'other',
};

/**
 * The misuse area's finish: the classification the rules that fired give; invalid input is a denial, `context-dependent`,
 * with no sanctions. A route the concern area refuses (its options) denies too, saying why.
 *
 * @example
 * ```ts
 * finishClassification({ findings: fired, policy, ctx, facts, args: [incident] }).tier; // e.g. 'disciplinary'
 * ```
 */
export function finishClassification({ findings, policy, ctx, facts }: Outcome<MisusePolicy, MisuseConcern>): MisuseClassification {
  const decision = toDecision(findings, policy);
  if (!facts?.derived) return { ...decision, tier: 'context-dependent', sanctions: [] };
  const i = facts.derived;
  const sanctions = [...new Set(decision.reasons.map((f) => f.data?.sanction).filter((s): s is Sanction => typeof s === 'string'))];
  const kinds = [...new Set(decision.reasons.map((f) => f.data?.concern).filter((k): k is ConcernKind => typeof k === 'string'))];
  const out: MisuseClassification = { ...decision, tier: facts.root.tier as MisuseTier, sanctions };
  if (kinds.length) {
    const concern = {
      kind: kinds, reportedAt: i.reportedAt, setting: { type: i.settingType }, subject: { role: SUBJECT[i.actorRole] },
      ...(i.immediateDanger !== undefined ? { immediateDanger: i.immediateDanger } : {}),
    };
    // The concern area reads the same options again (its bank holidays, the policy, the time).
    out.route = routeConcern(concern, ctx.extra as RouteOptions);
    // Options the concern route refuses (bank holidays, a time before the report) leave it empty: say so, and deny.
    const refused = out.route.reasons.filter((f) => f.rule === 'input.invalid');
    if (refused.length) return { ...out, allowed: false, reasons: [...refused, ...out.reasons] };
  }
  return out;
}
