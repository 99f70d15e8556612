import type { Decision } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { transferArea } from './area.js';
import type { Transfer } from './schema.js';

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
  return decide(transferArea, [transfer], options);
}

/**
 * The facts the transfer rules decide on, for one transfer at `options.at`.
 * `canTransferData` evaluates them itself; pass them to `decideWithEngine`
 * (from `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = transferFacts(transfer, { policy: 'homerton-early-years', at: '2026-11-22T10:00:00Z' });
 * prepared.sets?.root.auditLogLongEnough; // 'unknown' (an email: no hosting audit log)
 * ```
 */
export function transferFacts(transfer: unknown, options?: DecisionOptions): PreparedFacts<Decision> {
  return prepare(transferArea, [transfer], options);
}
