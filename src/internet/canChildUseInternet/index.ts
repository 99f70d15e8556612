import { decide } from '../../core/pipeline.js';
import type { Decision } from '../../core/findings.js';
import type { DecisionOptions } from '../../core/options.js';
import { internetFacts } from '../internetFacts/index.js';
import type { InternetSession } from '../schema.js';

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
  return decide(internetFacts(session, options));
}
