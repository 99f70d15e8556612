import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { imageArea } from './area.js';
import type { ImageDecision } from './obscure.js';
import type { Consent, Photo } from './schema.js';

/**
 * May this photo of these children go to this audience? Checks every child
 * visible against their consent in force at `options.at`, and the photo itself
 * against the policy (device, naming, content, audience). Never throws: bad
 * input is a denial whose reasons name each invalid field. `obscure` lists the
 * children whose obscuring alone would make a denied photo allowed (empty when
 * it is allowed, or when obscuring cannot help).
 *
 * @example
 * ```ts
 * const decision = canPublishImage(
 *   {
 *     id: 'p1', takenAt: '2026-11-20T10:00:00Z', audience: 'learning-journal',
 *     children: [{ id: 'c1' }], device: { owner: 'setting' },
 *     appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false,
 *     purpose: 'observation',
 *   },
 *   [{ childId: 'c1', audiences: ['learning-journal'], written: true, givenBy: 'parent', givenAt: '2026-09-01' }],
 *   { policy: 'homerton-early-years', at: '2026-11-22T09:00:00Z' },
 * );
 * decision.allowed; // true
 * decision.obscure; // []
 *
 * // A second child with no consent for the website: obscure them and the photo may go.
 * const group = canPublishImage(
 *   {
 *     id: 'p2', takenAt: '2026-11-20T10:00:00Z', audience: 'setting-website',
 *     children: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }], device: { owner: 'setting' },
 *     appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false,
 *     purpose: 'display', approvedBy: 'manager',
 *   },
 *   ['c1', 'c3'].map((childId) => ({ childId, audiences: ['setting-website'], written: true, givenBy: 'parent', givenAt: '2026-09-01' })),
 *   { policy: 'homerton-early-years', at: '2026-11-22T09:00:00Z' },
 * );
 * group.allowed; // false
 * group.obscure; // ['c2']
 * ```
 */
export function canPublishImage(photo: Photo, consents: Consent[], options?: DecisionOptions): ImageDecision {
  return decide(imageArea, [photo, consents], options);
}

/**
 * The facts the image rules decide on, for one photo and its consents.
 * `canPublishImage` evaluates them itself; pass them to `decideWithEngine`
 * (from `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = imageFacts(photo, consents, { at: '2026-11-22T10:00:00Z', policy: 'homerton-early-years' });
 * prepared.sets?.items[0]?.facts.consentCoversAudience; // true
 * ```
 */
export function imageFacts(photo: unknown, consents: unknown, options?: DecisionOptions): PreparedFacts<ImageDecision> {
  return prepare(imageArea, [photo, consents], options);
}
