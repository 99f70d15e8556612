import { parserOf } from '../../core/input.js';
import type { DecisionOptions, PreparedFacts } from '../../core/options.js';
import { prepareFacts } from '../../core/pipeline.js';
import type { InternetPolicy } from '../policy.js';
import { internetRules } from '../rules.js';
import { tri } from '../../../rules/vocabulary.js';
import { internetSessionSchema, type InternetSession } from '../schema.js';

const parseSession = parserOf(internetSessionSchema);

/**
 * The facts the children's internet rules decide on, for one session. `options.at` is not needed.
 *
 * @example
 * ```ts
 * const prepared = internetFacts({ deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'search' }, { policy: 'kirklees-primary' });
 * prepared.sets?.root.filteringActive; // 'unknown'
 * ```
 */
export function internetFacts(session: unknown, options?: DecisionOptions): PreparedFacts {
  return prepareFacts<InternetPolicy, [InternetSession]>(options, false, internetRules.decision, [
    { name: 'session', value: session, parse: parseSession },
  ], ([s], ctx) => ({ root: rootFacts(s, ctx.policy), items: [] }));
}

function rootFacts(s: InternetSession, p: InternetPolicy) {
  return {
    deviceOwner: s.deviceOwner,
    supervision: s.supervision,
    activity: s.activity,
    writtenParentalPermission: tri(s.writtenParentalPermission),
    inAreaVisibleToStaff: tri(s.inAreaVisibleToStaff),
    contentChecked: tri(s.contentChecked),
    filteringActive: tri(s.filteringActive),
    secondHandDevice: tri(s.secondHandDevice),
    secondHandDeviceChecked: tri(s.secondHandDeviceChecked),
    plannedCurriculumActivity: tri(s.plannedCurriculumActivity),
    searchSupervision: p.searchSupervision,
    contentCheck: p.contentCheck,
    childEmail: p.childEmail,
  };
}
