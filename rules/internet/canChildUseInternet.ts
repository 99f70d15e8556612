import type { Decision } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { internetArea } from './area.js';
import type { InternetSession } from './schema.js';

/**
 * May this child use the internet in this way? Checks supervision, recorded
 * written parental permission, a setting-owned device in an area visible to
 * staff, filtering, checked content, second-hand devices and the activity.
 * Never throws: bad input is a denial naming each invalid field.
 *
 * @example
 * ```ts
 * const d = canChildUseInternet(
 *   { deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'search', writtenParentalPermission: true,
 *     inAreaVisibleToStaff: true, contentChecked: true, filteringActive: true, secondHandDevice: false },
 *   { policy: 'homerton-early-years' },
 * );
 * d.allowed; // true
 * ```
 */
export function canChildUseInternet(session: InternetSession, options?: DecisionOptions): Decision {
  return decide(internetArea, [session], options);
}

/**
 * The facts the children's internet rules decide on, for one session. `options.at` is not needed.
 *
 * @example
 * ```ts
 * const prepared = internetFacts({ deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'search' }, { policy: 'kirklees-primary' });
 * prepared.sets?.root.filteringActive; // 'unknown'
 * ```
 */
export function internetFacts(session: unknown, options?: DecisionOptions): PreparedFacts<Decision> {
  return prepare(internetArea, [session], options);
}
