import { decide } from '../../core/pipeline.js';
import type { Decision } from '../../core/findings.js';
import type { RouteOptions } from '../../concern/concernFacts/index.js';
import { routeConcern, type Route } from '../../concern/routeConcern/index.js';
import type { ConcernKind, SubjectRole } from '../../concern/vocabulary.js';
import { prepareMisuse, tierOf } from '../misuseFacts/index.js';
import type { MisuseIncident } from '../schema.js';
import type { ActorRole, MisuseTier, Sanction } from '../vocabulary.js';

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
 * How serious a misuse of technology is, and what follows: the tier from the
 * school policy's three lists (with the planned-curriculum and
 * system-administration exemptions), the sanctions the setting's policy lists
 * for this actor, and the concern route where the misuse is also a concern.
 * Never throws: invalid input is a denial whose reasons name each invalid
 * field, with tier `context-dependent` and no sanctions. Options the concern
 * route refuses are a denial too (the tier and sanctions stay; the route is
 * empty and its reasons say why). A rule set with no tier rule for the
 * activity is refused: an activity nothing classifies is never "not misuse".
 *
 * @example
 * ```ts
 * const result = classifyMisuse(
 *   { activity: 'offensive-or-bullying-message', actor: { role: 'pupil' }, warnedBefore: true,
 *     reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } },
 *   { policy: 'kirklees-primary' },
 * );
 * result.tier; // 'illegal-or-always-unacceptable'
 * result.sanctions; // ['log-incident', 'report-to-authorities', 'behaviour-procedure', 'anti-bullying-procedure']
 * result.route?.steps[0]?.to; // 'esafety-coordinator'
 * ```
 */
export function classifyMisuse(incident: MisuseIncident, options?: RouteOptions): MisuseClassification {
  const { prepared, incident: i } = prepareMisuse(incident, options);
  const decision = decide(prepared);
  if (!i || !prepared.sets) return { ...decision, tier: 'context-dependent', sanctions: [] };
  const tier = (prepared.sets.root.tier as MisuseTier) ?? tierOf(decision.reasons);
  const sanctions = [...new Set(decision.reasons.map((f) => f.data?.sanction).filter((s): s is Sanction => typeof s === 'string'))];
  const kinds = [...new Set(decision.reasons.map((f) => f.data?.concern).filter((k): k is ConcernKind => typeof k === 'string'))];
  const out: MisuseClassification = { ...decision, tier, sanctions };
  if (kinds.length) {
    const concern = {
      kind: kinds, reportedAt: i.reportedAt, setting: i.setting, subject: { role: SUBJECT[i.actor.role] },
      ...(i.immediateDanger !== undefined ? { immediateDanger: i.immediateDanger } : {}),
    };
    out.route = routeConcern(concern, options);
    // Options the concern route refuses (bank holidays, a time before the report) leave it empty: say so, and deny.
    const refused = out.route.reasons.filter((f) => f.rule === 'input.invalid');
    if (refused.length) return { ...out, allowed: false, reasons: [...refused, ...out.reasons] };
  }
  return out;
}
