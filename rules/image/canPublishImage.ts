import type { Decision } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { imageArea } from './area.js';
import type { Consent, Photo } from './schema.js';

/**
 * May this photo of these children go to this audience? Checks every child
 * visible against their consent in force at `options.at`, and the photo itself
 * against the policy (device, naming, content, audience). Never throws: bad
 * input is a denial whose reasons name each invalid field.
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
 * ```
 */
export function canPublishImage(photo: Photo, consents: Consent[], options?: DecisionOptions): Decision {
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
export function imageFacts(photo: unknown, consents: unknown, options?: DecisionOptions): PreparedFacts<Decision> {
  return prepare(imageArea, [photo, consents], options);
}
