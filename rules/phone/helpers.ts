import { canUsePhone } from './canUsePhone.js';
import type { PhoneRequest } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';

/** Requests that differ from a calm one only where a scenario says. */
export const requestsFrom = (calm: PhoneRequest) => (q: Partial<PhoneRequest>): PhoneRequest => ({ ...calm, ...q }) as PhoneRequest;
/** The rule ids that fired for a request under a preset. */
export const rules = (q: PhoneRequest, policy: PresetId) => canUsePhone(q, { policy }).reasons.map((r) => r.rule);
/** The decision for a request under a preset. */
export const decide = (q: PhoneRequest, policy?: PresetId) => canUsePhone(q, { policy });
