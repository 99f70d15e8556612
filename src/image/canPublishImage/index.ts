import { decide } from '../../decision/decide.js';
import type { Decision } from '../../decision/types.js';
import type { DecisionOptions } from '../../decision/options.js';
import { imageFacts } from '../imageFacts/index.js';
import type { Consent, Photo } from '../schema.js';

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
  return decide(imageFacts(photo, consents, options));
}
