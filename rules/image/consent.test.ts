import { describe, expect, it } from 'vitest';
import type { Consent, Photo } from './schema.js';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { definePolicy } from '../../src/policy.js';
import { AT, consent, consents, decide, fired, firedFor, photo, decideCase as run, type ImageCase as Case } from '../../test/support/image.js';

/** The base photo with c2's consent changed (undefined: c2 has no consent at all). */
const c2 = (over?: Partial<Consent>, p: Photo = photo()): Case => ({ photo: p, consents: over ? [consent('c1'), consent('c2', over)] : [consent('c1')] });
/** The same consents, with c2 out of recognition (identifiable: false): no consent is needed for them. */
const hidden = (q: Case): Case => ({ ...q, photo: { ...q.photo, children: [{ id: 'c1', agreed: true }, { id: 'c2', identifiable: false }] } });
const twoLatest = [consent('c1'), consent('c2'), consent('c2', { audiences: ['setting-display'] })];
const informal = definePolicy({ id: 'verbal-ok', version: '1', image: { writtenConsentRequired: false } });
const web = photo({ audience: 'setting-website', approvedBy: 'manager' });

// Each consent clause is a "must" the photo cannot go without (permission, written, before taking, in force): all block.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  { rule: 'image.consent.missing', effect: 'block', fires: c2(), nearMisses: [hidden(c2()), c2({})] },
  { rule: 'image.consent.contradictory', effect: 'block', fires: { photo: photo(), consents: twoLatest },
    nearMisses: [hidden({ photo: photo(), consents: twoLatest }), c2({ audiences: ['setting-display'] })] },
  // No consent at all is image.consent.missing alone: the rules that read a record need one (consentFound).
  { rule: 'image.consent.not-written', effect: 'block', fires: c2({ written: false }),
    nearMisses: [hidden(c2({ written: false })), c2(), c2({})], elsewhere: [informal] },
  { rule: 'image.consent.giver-not-accepted', effect: 'block', fires: c2({ givenBy: 'other' }),
    nearMisses: [hidden(c2({ givenBy: 'other' })), c2(), c2({ givenBy: 'guardian' })] },
  { rule: 'image.consent.audience-not-covered', effect: 'block', fires: c2({ audiences: ['setting-display'] }),
    nearMisses: [hidden(c2({ audiences: ['setting-display'] })), c2(), c2({ audiences: ['learning-journal'] })] },
  // Withdrawn at the very moment of the decision counts; a second later has not happened yet.
  { rule: 'image.consent.withdrawn', effect: 'block', fires: c2({ withdrawnAt: AT }),
    nearMisses: [hidden(c2({ withdrawnAt: AT })), c2({ withdrawnAt: '2026-11-22T10:00:01Z' })] },
  // The photo was taken at 2026-11-21T10:00:00Z: consent given at that instant came first, a second later did not.
  { rule: 'image.consent.given-after-taking', effect: 'block', fires: c2({ givenAt: '2026-11-21T10:00:01Z' }),
    nearMisses: [hidden(c2({ givenAt: '2026-11-21T10:00:01Z' })), c2(), c2({ givenAt: '2026-11-21T10:00:00Z' })] },
  { rule: 'image.consent.review-overdue', effect: 'block', fires: c2({ reviewBy: '2026-11-21' }),
    nearMisses: [hidden(c2({ reviewBy: '2026-11-21' })), c2({ reviewBy: '2026-11-22' })] },
  // The baseline needs informed consent for the website; Barnet only for publicity.
  { rule: 'image.consent.implications-not-explained', effect: 'block', fires: c2({ implicationsExplained: false }, web),
    nearMisses: [hidden(c2({ implicationsExplained: false }, web)), c2(undefined, web), c2({}, web), c2({ implicationsExplained: false })],
    elsewhere: ['barnet-early-years'] },
];

describe('image consent rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(run, s));
});

describe('rules/image/consent.json', () => {
  it('the base photo with every consent in force is allowed with no reasons', () => {
    const d = decide(photo());
    expect(d).toMatchObject({ allowed: true, reasons: [] });
  });

  it('image.consent.missing: a visible identifiable child without consent blocks, naming the child', () => {
    const d = decide(photo(), [consent('c1')]);
    expect(d.allowed).toBe(false);
    expect(firedFor(d, 'c2')).toEqual(['image.consent.missing']);
    expect(d.reasons[0]!.remedy).toMatch(/obscure/);
  });
  it('image.consent.missing: a child who cannot be identified needs no consent', () => {
    const p = photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2', identifiable: false }] });
    expect(decide(p, [consent('c1')]).allowed).toBe(true);
  });

  it('image.consent.contradictory: two latest records that disagree block', () => {
    const d = decide(photo(), [consent('c1'), consent('c2'), consent('c2', { audiences: ['setting-display'] })]);
    expect(firedFor(d, 'c2')).toContain('image.consent.contradictory');
  });
  it('image.consent.contradictory: an older record is superseded by a newer one', () => {
    const d = decide(photo(), [consent('c1'), consent('c2', { audiences: [] , givenAt: '2026-08-01' }), consent('c2')]);
    expect(d.allowed).toBe(true);
  });

  it('image.consent.not-written: verbal consent blocks where written consent is required', () => {
    expect(firedFor(decide(photo(), [consent('c1'), consent('c2', { written: false })]), 'c2')).toEqual(['image.consent.not-written']);
  });
  it('image.consent.not-written: written consent does not fire it', () => {
    expect(fired(decide(photo()))).not.toContain('image.consent.not-written');
  });

  it('image.consent.giver-not-accepted: consent from someone without parental responsibility blocks', () => {
    expect(firedFor(decide(photo(), [consent('c1'), consent('c2', { givenBy: 'other' })]), 'c2')).toEqual(['image.consent.giver-not-accepted']);
  });
  it('image.consent.giver-not-accepted: Two Mile Ash accepts parents, not carers', () => {
    const c = [consent('c1'), consent('c2', { givenBy: 'carer' })];
    expect(fired(decide(photo(), c, { policy: 'two-mile-ash-pre-school' }))).toContain('image.consent.giver-not-accepted');
    expect(fired(decide(photo(), c, { policy: 'homerton-early-years' }))).not.toContain('image.consent.giver-not-accepted');
  });

  it('image.consent.audience-not-covered: consent for display only does not cover the learning journal', () => {
    const d = decide(photo(), [consent('c1'), consent('c2', { audiences: ['setting-display'] })]);
    expect(firedFor(d, 'c2')).toEqual(['image.consent.audience-not-covered']);
  });
  it('image.consent.audience-not-covered: a group photo needs every family\'s consent for the audience', () => {
    const d = decide(photo({ audience: 'setting-display' }), consents({ audiences: ['setting-display'] }));
    expect(d.allowed).toBe(true);
  });

  it('image.consent.withdrawn: consent withdrawn before the decision blocks', () => {
    const d = decide(photo(), [consent('c1'), consent('c2', { withdrawnAt: '2026-11-21T18:00:00Z' })]);
    expect(firedFor(d, 'c2')).toEqual(['image.consent.withdrawn']);
  });
  it('image.consent.withdrawn: a withdrawal dated after the decision has not happened yet', () => {
    expect(decide(photo(), [consent('c1'), consent('c2', { withdrawnAt: '2026-12-01' })]).allowed).toBe(true);
  });

  it('image.consent.given-after-taking: consent dated after the photo was taken blocks', () => {
    expect(firedFor(decide(photo(), [consent('c1'), consent('c2', { givenAt: '2026-11-21T12:00:00Z' })]), 'c2')).toEqual(['image.consent.given-after-taking']);
  });
  it('image.consent.given-after-taking: consent given earlier the same day is fine', () => {
    expect(decide(photo(), [consent('c1'), consent('c2', { givenAt: '2026-11-21T09:00:00Z' })]).allowed).toBe(true);
  });

  it('image.consent.review-overdue: consent past its review date blocks', () => {
    expect(firedFor(decide(photo(), [consent('c1'), consent('c2', { reviewBy: '2026-11-21' })]), 'c2')).toEqual(['image.consent.review-overdue']);
  });
  it('image.consent.review-overdue: a review date of today still holds until the end of the London day', () => {
    expect(decide(photo(), [consent('c1'), consent('c2', { reviewBy: '2026-11-22' })]).allowed).toBe(true);
    const lateEvening = { at: '2026-07-01T22:30:00Z' }; // 23:30 BST on 1 July
    expect(decide(photo({ takenAt: '2026-06-30T10:00:00Z' }), [consent('c1', { givenAt: '2026-06-01' }), consent('c2', { givenAt: '2026-06-01', reviewBy: '2026-07-01' })], lateEvening).allowed).toBe(true);
    const afterMidnight = { at: '2026-07-01T23:30:00Z' }; // 00:30 BST on 2 July
    expect(fired(decide(photo({ takenAt: '2026-06-30T10:00:00Z' }), [consent('c1', { givenAt: '2026-06-01' }), consent('c2', { givenAt: '2026-06-01', reviewBy: '2026-07-01' })], afterMidnight))).toContain('image.consent.review-overdue');
  });

  it('image.consent.implications-not-explained: publicity needs informed consent', () => {
    const p = photo({ audience: 'publicity' });
    expect(fired(decide(p, consents({ implicationsExplained: false })))).toContain('image.consent.implications-not-explained');
  });
  it('image.consent.implications-not-explained: not needed for the learning journal', () => {
    expect(decide(photo(), consents({ implicationsExplained: false })).allowed).toBe(true);
  });
});
