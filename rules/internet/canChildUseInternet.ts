import type { Decision } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { internetArea } from './area.js';
import type { InternetSession } from './schema.js';

/**
 * May this child use the internet in this way? Checks, as the policy in force
 * asks: supervision, the parents' written permission (or signed AUP), the device
 * (setting-owned, in view of staff, checked if second hand), filtering, checked
 * content, stay-safe teaching and the activity, including planned curriculum
 * activity (the exemption `classifyMisuse` honours too) and the digital consent
 * age (a child under 13 needs a parent's consent to a consent-based service).
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
 *
 * canChildUseInternet(
 *   { deviceOwner: 'setting', supervision: 'adult-in-room', activity: 'social-networking', plannedCurriculumActivity: true, childAge: 9,
 *     parentalConsentToService: true, writtenParentalPermission: true, contentChecked: true, filteringActive: true },
 *   { policy: 'kirklees-primary' },
 * ).allowed; // true (with an internet.curriculum.exempt warning; false without plannedCurriculumActivity)
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
