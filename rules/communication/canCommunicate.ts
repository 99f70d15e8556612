import type { Decision } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { communicationArea } from './area.js';
import type { CommunicationRequest } from './schema.js';

/**
 * May this person communicate through this channel, with this party, for this
 * purpose? Never throws: bad input is a denial naming each invalid field.
 *
 * @example
 * ```ts
 * const d = canCommunicate(
 *   { sender: 'staff', channel: 'social-network', counterpart: 'parent-or-carer', action: 'friend-request',
 *     purpose: 'personal', privacySettingsMax: true, permissions: [{ from: 'parent', for: 'friend-request' }] },
 *   { policy: 'homerton-early-years' },
 * );
 * d.allowed; // true (and false under 'two-mile-ash-pre-school')
 * ```
 */
export function canCommunicate(request: CommunicationRequest, options?: DecisionOptions): Decision {
  return decide(communicationArea, [request], options);
}

/**
 * The facts the communication rules decide on, for one request. `options.at` is not needed.
 *
 * @example
 * ```ts
 * const prepared = communicationFacts(
 *   { sender: 'staff', channel: 'social-network', counterpart: 'parent-or-carer', action: 'friend-request', purpose: 'personal' },
 *   { policy: 'homerton-early-years' },
 * );
 * prepared.sets?.root.parentPermission; // false
 * ```
 */
export function communicationFacts(request: unknown, options?: DecisionOptions): PreparedFacts<Decision> {
  return prepare(communicationArea, [request], options);
}
