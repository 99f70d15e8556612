import { describe, expect, it } from 'vitest';
import { consent, consents, decide, fired, firedFor, photo } from '../../test/support/image.js';

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
