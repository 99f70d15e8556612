import { decide } from '../../core/pipeline.js';
import type { Decision } from '../../core/findings.js';
import type { DecisionOptions } from '../../core/options.js';
import { transferFacts } from '../transferFacts/index.js';
import type { Transfer } from '../schema.js';

/**
 * May this data move this way, as of `options.at`? Checks removable media,
 * email encryption and account, the allowed routes, the platform's approval,
 * central hosting's audit log and account admins, and the recipient. Never
 * throws: bad input is a denial whose reasons name each invalid field.
 *
 * @example
 * ```ts
 * const d = canTransferData(
 *   { method: 'removable-media', leavesSetting: true, containsChildImages: true, encrypted: true,
 *     mediaOwner: 'setting', recipient: 'staff', recipientAuthorised: true },
 *   { policy: 'homerton-early-years', at: '2026-11-22T10:00:00Z' },
 * );
 * d.allowed; // false: Homerton forbids children's images on removable media
 * ```
 */
export function canTransferData(transfer: Transfer, options?: DecisionOptions): Decision {
  return decide(transferFacts(transfer, options));
}
