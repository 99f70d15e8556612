import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { retentionArea } from './area.js';
import type { RetentionDecision } from './outcome.js';
import type { PhotoRecord } from './schema.js';

export type { RetentionDecision, RetentionVerdict } from './outcome.js';

/**
 * May this stored photo be kept, as of `options.at`? Checks its purpose, where
 * it is kept (a place the policy forbids, or allows only with a recorded
 * authorisation), the agreed storage place and period, the yearly purge,
 * children who have left and consent withdrawn. Never throws: bad input is a
 * `review`, never a `keep`.
 *
 * @example
 * ```ts
 * const d = checkPhotoRetention(
 *   { id: 'p1', takenAt: '2025-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-device', purposes: ['display'] },
 *   { policy: 'homerton-early-years', at: '2026-11-22T09:00:00Z' },
 * );
 * d.action;   // 'delete' (the yearly purge date, 2026-10-01, has passed)
 * d.deleteBy; // '2026-10-01'
 *
 * // Kept on a member of staff's own phone: Homerton allows only Centre issued devices.
 * checkPhotoRetention(
 *   { id: 'p2', takenAt: '2026-11-03T10:00:00Z', childIds: ['c1'], storedOn: 'personal-device', purposes: ['observation'] },
 *   { policy: 'homerton-early-years', at: '2026-11-22T09:00:00Z' },
 * ); // action 'delete', deleteBy '2026-11-22': "delete it from the personal device, or move it to a setting device first"
 * ```
 */
export function checkPhotoRetention(photo: PhotoRecord, options?: DecisionOptions): RetentionDecision {
  return decide(retentionArea, [photo], options);
}

/**
 * The facts the retention rules decide on, for one photo record. Pass them to
 * `decideWithEngine` (from `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = retentionFacts(record, { at: '2026-11-22T10:00:00Z', policy: 'homerton-early-years' });
 * prepared.sets?.root.purgeDue; // true (taken 2025-10-14: the yearly purge has come)
 * ```
 */
export function retentionFacts(record: unknown, options?: DecisionOptions): PreparedFacts<RetentionDecision> {
  return prepare(retentionArea, [record], options);
}
