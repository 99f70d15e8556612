import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { phoneArea, type PhoneDecision } from './area.js';
import type { PhoneRequest } from './schema.js';

export type { PhoneDecision } from './area.js';

/**
 * May this person use this device here, now, for this? Never throws: bad
 * input is a denial whose reasons name each invalid field.
 *
 * @example
 * ```ts
 * const d = canUsePhone(
 *   { who: 'staff', device: 'personal-phone', purpose: 'call', place: 'staff-room', contactWith: 'dependant',
 *     childrenPresent: false, sessionRunning: true, workingHours: true, lunchBreak: true },
 *   { policy: 'two-mile-ash-pre-school' },
 * );
 * d.allowed;    // false
 * d.conditions; // ['leave-the-building', 'switch-off', 'store-in-locked-box']
 * ```
 */
export function canUsePhone(request: PhoneRequest, options?: DecisionOptions): PhoneDecision {
  return decide(phoneArea, [request], options);
}

/**
 * The facts the phone rules decide on, for one request. `options.at` is not
 * needed: the request states the time-dependent facts (working hours, session, …).
 *
 * @example
 * ```ts
 * const prepared = phoneFacts({ who: 'staff', device: 'personal-phone', purpose: 'call', place: 'staff-room' }, { policy: 'homerton-early-years' });
 * prepared.sets?.root.workingHours; // 'unknown'
 * ```
 */
export function phoneFacts(request: unknown, options?: DecisionOptions): PreparedFacts<PhoneDecision> {
  return prepare(phoneArea, [request], options);
}
