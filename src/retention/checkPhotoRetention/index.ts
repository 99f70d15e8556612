import { toDecision, type Decision } from '../../core/findings.js';
import type { DecisionOptions } from '../../core/options.js';
import { evaluateArea } from '../../core/rules/ruleSet.js';
import { outcome, type RetentionVerdict } from '../outcome.js';
import { recordFacts, retentionContext } from '../retentionFacts/index.js';
import type { PhotoRecord } from '../schema.js';

/** A retention decision: `allowed` (keep) is true only when the action is `keep`. */
export type RetentionDecision = Decision & {
  /** Keep the photo, delete it, or have a person review it. */
  action: RetentionVerdict;
  /** The London day (`yyyy-MM-dd`) by which it must go, where known. */
  deleteBy?: string;
};

/**
 * May this stored photo be kept, as of `options.at`? Checks its purpose, the
 * agreed storage period, the yearly purge, children who have left and consent
 * withdrawn. Never throws: bad input is a `review`, never a `keep`.
 *
 * @example
 * ```ts
 * const d = checkPhotoRetention(
 *   { id: 'p1', takenAt: '2025-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-device', purposes: ['display'] },
 *   { policy: 'homerton-early-years', at: '2026-11-22T09:00:00Z' },
 * );
 * d.action;   // 'delete' (the yearly purge date, 2026-10-01, has passed)
 * d.deleteBy; // '2026-10-01'
 * ```
 */
export function checkPhotoRetention(photo: PhotoRecord, options?: DecisionOptions): RetentionDecision {
  const rc = retentionContext(options);
  const r = recordFacts(photo, rc);
  const findings = r.facts ? evaluateArea(rc.ctx.ruleSet, 'retention', { root: r.facts, items: [] }) : r.findings;
  const decision = toDecision(findings, rc.ctx.ref);
  const { action, deleteBy } = outcome(decision.reasons, r);
  return { ...decision, allowed: action === 'keep', action, ...(deleteBy !== undefined ? { deleteBy } : {}) };
}
