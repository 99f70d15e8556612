import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import type { RouteOptions } from '../concern/routeConcern.js';
import { misuseArea } from './area.js';
import type { MisuseClassification } from './classification.js';
import type { MisuseIncident } from './schema.js';

export type { MisuseClassification } from './classification.js';

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
  return decide(misuseArea, [incident], options);
}

/**
 * The facts the misuse rules classify on, with the tier the tier rules gave
 * (so the sanction rules can read it). `classifyMisuse` evaluates them itself;
 * pass them to `decideWithEngine` (from `esafety-rules/engine`) for the
 * json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = misuseFacts(
 *   { activity: 'chain-messages', actor: { role: 'pupil' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } },
 *   { policy: 'kirklees-primary' },
 * );
 * prepared.sets?.root.tier; // 'disciplinary'
 * ```
 */
export function misuseFacts(incident: unknown, options?: RouteOptions): PreparedFacts<MisuseClassification> {
  return prepare(misuseArea, [incident], options);
}
