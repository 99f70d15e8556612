// Hand-written baselines for planConsentChange: a loop body making the same take-down / obscure / keep / review decision
// for the bench's consent under the baseline preset (baselineAction trusts its input; failClosedAction checks each
// publication against the schema first, as the library does), written out as a vendor would write it: no rule engine.
import { dayOf, isDate, isId, isList, isText, instant, isoDay, only, optBool, period, plus, policyAgrees } from './baseline.mjs';

/** The consent the bench plans for: c7's family narrowed it to the learning journal and the setting's walls. */
export const CONSENT = { childId: 'c7', audiences: ['learning-journal', 'setting-display'], written: true, givenBy: 'parent', givenAt: '2026-11-01', implicationsExplained: true };
export const POLICY = 'baseline';

// The baseline preset's values the decision reads (checked against the package's by checkPolicy).
const MINE = {
  anyNameForbiddenIn: ['setting-website', 'setting-social-media', 'publicity'],
  identifiableIndividualForbiddenIn: ['setting-website'],
  visibleChildrenConsentIn: [],
  informedConsentAudiences: ['setting-website', 'setting-social-media', 'publicity'],
  permittedAudiences: ['learning-journal', 'setting-display', 'setting-website', 'setting-social-media', 'publicity', 'training'],
  takeDownPeriod: 'P1M',
};
export const checkPolicy = (image) => policyAgrees('consent-change', MINE, image);

const NAME_FREE = new Set(MINE.anyNameForbiddenIn);
const COVERED = new Set(CONSENT.audiences);
const AUDIENCES = new Set(MINE.permittedAudiences);
const BY = isoDay(plus(dayOf(CONSENT.givenAt), period(MINE.takeDownPeriod)));
const PUBLICATION_KEYS = new Set(['photoId', 'audience', 'publishedAt', 'children']);
const CHILD_KEYS = new Set(['id', 'firstName', 'lastName', 'identifiable', 'objects', 'agreed']);
const optText = (v) => v === undefined || v === null || isText(v);
const optB = (v) => v === null || optBool(v);
const validChild = (c) => only(c, CHILD_KEYS) && isId(c.id) && optText(c.firstName) && optText(c.lastName) && optB(c.identifiable) && optB(c.objects) && optB(c.agreed);

/** The action for one publication (valid), as of `atMs`: `{ action, obscure?, by? }`. */
export function baselineAction(p) {
  const child = CONSENT.childId;
  let shown = false, identifiable = false, objects = false;
  const others = [];
  for (const c of p.children) {
    if (c.id === child) { shown = true; if (c.identifiable !== false) identifiable = true; if (c.objects === true) objects = true; }
    else if (c.identifiable !== false && !others.includes(c.id)) others.push(c.id);
  }
  // Consent holds for the audience (written, by a parent, not withdrawn, no review date); the child's objection on
  // the publication; nothing blocks a child who cannot be identified (no audience asks consent of every child visible).
  if (!shown || !identifiable || (COVERED.has(p.audience) && !objects)) return { action: 'keep' };
  if (!NAME_FREE.has(p.audience)) return { action: 'take-down', by: BY };
  // The website forbids one identifiable child alone: one other left is obscured too.
  const lone = p.audience === 'setting-website' && others.length === 1;
  return { action: 'obscure', obscure: lone ? [child, others[0]] : [child], by: BY };
}

/** The same, checking the publication first: a malformed one (or one published after `atMs`) is for review. */
export function failClosedAction(p, atMs) {
  if (!only(p, PUBLICATION_KEYS) || !isId(p.photoId) || !AUDIENCES.has(p.audience) || !isDate(p.publishedAt) || !isList(p.children, 500, validChild)) return { action: 'review' };
  if (instant(p.publishedAt) > atMs) return { action: 'review' };
  return baselineAction(p);
}
