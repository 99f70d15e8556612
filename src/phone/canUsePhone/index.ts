import { decide } from '../../core/pipeline.js';
import type { Decision } from '../../core/findings.js';
import type { DecisionOptions } from '../../core/options.js';
import type { PhoneCondition } from '../facts.js';
import { phoneFacts } from '../phoneFacts/index.js';
import type { PhoneRequest } from '../schema.js';

/** A phone decision, with what the person must do with the device. */
export interface PhoneDecision extends Decision {
  /**
   * What the person must do, from every rule that fired (e.g. `switch-off`,
   * `store-in-locked-box`, `leave-the-building`): on a denial, what to do
   * instead; on an allowed answer, the terms of the permission.
   */
  conditions: PhoneCondition[];
}

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
 * d.conditions; // ['leave-the-building', ...]
 * ```
 */
export function canUsePhone(request: PhoneRequest, options?: DecisionOptions): PhoneDecision {
  const decision = decide(phoneFacts(request, options));
  const conditions: PhoneCondition[] = [];
  for (const f of decision.reasons) {
    const c = f.data?.condition as PhoneCondition | undefined;
    if (c !== undefined && !conditions.includes(c)) conditions.push(c);
  }
  return { allowed: decision.allowed, reasons: decision.reasons, policy: decision.policy, conditions };
}
