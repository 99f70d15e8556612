import { decide } from '../../core/pipeline.js';
import type { Decision } from '../../core/findings.js';
import type { DecisionOptions } from '../../core/options.js';
import { communicationFacts } from '../communicationFacts/index.js';
import type { CommunicationRequest } from '../schema.js';

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
  return decide(communicationFacts(request, options));
}
