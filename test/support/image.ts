import { expect } from 'vitest';
import { canPublishImage } from '../../rules/image/canPublishImage.js';
import type { Consent, Photo } from '../../rules/image/schema.js';
import type { DecisionOptions } from '../../src/core/options.js';
import type { Decision } from '../../src/core/findings.js';
import type { PolicyOption } from '../../src/policy.js';

export const AT = '2026-11-22T10:00:00Z';

/** A photo every preset allows for the learning journal: two children, setting tablet, every check confirmed. */
export function photo(over: Partial<Photo> = {}): Photo {
  return {
    id: 'p1',
    takenAt: '2026-11-21T10:00:00Z',
    audience: 'learning-journal',
    children: [{ id: 'c1', firstName: 'Ava', lastName: 'Jones', agreed: true }, { id: 'c2', firstName: 'Noah', lastName: 'Patel', agreed: true }],
    device: { owner: 'setting', kind: 'tablet' },
    purpose: 'observation',
    appropriatelyDressed: true,
    mayCauseDistress: false,
    takenInSecret: false,
    takenForPersonalUse: false,
    oneToOne: false,
    showsSurroundingContext: true,
    brandedClothing: false,
    ...over,
  };
}

/** Written parental consent for every audience, given before the photo. */
export function consent(childId: string, over: Partial<Consent> = {}): Consent {
  return {
    childId,
    audiences: ['learning-journal', 'setting-display', 'setting-website', 'setting-social-media', 'publicity', 'training'],
    written: true,
    givenBy: 'parent',
    givenAt: '2026-09-01',
    implicationsExplained: true,
    ...over,
  };
}

export const consents = (over: Partial<Consent> = {}) => [consent('c1', over), consent('c2', over)];

export function decide(p: Photo, c: Consent[] = consents(), options: DecisionOptions = {}): Decision {
  return canPublishImage(p, c, { at: AT, policy: 'baseline', ...options });
}

/** The rule ids that fired. */
export const fired = (d: Decision) => d.reasons.map((r) => r.rule);
/** The rule ids that fired for one subject. */
export const firedFor = (d: Decision, subject: string) => d.reasons.filter((r) => r.subject === subject).map((r) => r.rule);

/** A photo and its consents, as the scenario tests of `rules/image/` give them. */
export interface ImageCase { photo: Photo; consents?: Consent[] }

/**
 * Decides a case, first checking it is valid input: an invalid one is denied before any rule runs, so a near miss
 * would pass for the wrong reason.
 */
export function decideCase(q: ImageCase, policy?: PolicyOption): Decision {
  const d = decide(q.photo, q.consents ?? consents(), { policy });
  expect(d.reasons.filter((r) => r.clause.source === 'esafety-rules').map((r) => r.subject), 'input is valid').toEqual([]);
  return d;
}
