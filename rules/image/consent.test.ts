import { describe, expect, it } from 'vitest';
import type { Consent, Photo } from './schema.js';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { definePolicy } from '../../src/policy.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { canPublishImage } from './canPublishImage.js';
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
  // 002: "Group photos will only be shared via Baby's Days with written consent from all the parents of children visible":
  // in its learning journal a child who cannot be identified still needs consent. Elsewhere only identifiable children do.
  { rule: 'image.consent.missing-visible', policy: 'two-mile-ash-pre-school', effect: 'block', fires: hidden(c2()),
    nearMisses: [c2(), hidden(c2({})), hidden(c2(undefined, photo({ audience: 'setting-display' })))],
    elsewhere: ['baseline', 'barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
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
  // Cambridgeshire has no photo consent clause: consent must be in force when the photo is used, not before it was taken.
  { rule: 'image.consent.given-after-taking', effect: 'block', fires: c2({ givenAt: '2026-11-21T10:00:01Z' }),
    nearMisses: [hidden(c2({ givenAt: '2026-11-21T10:00:01Z' })), c2(), c2({ givenAt: '2026-11-21T10:00:00Z' })],
    elsewhere: ['cambridgeshire-early-years'] },
  { rule: 'image.consent.review-overdue', effect: 'block', fires: c2({ reviewBy: '2026-11-21' }),
    nearMisses: [hidden(c2({ reviewBy: '2026-11-21' })), c2({ reviewBy: '2026-11-22' })] },
  // The baseline needs informed consent for the website; Barnet only for publicity; Kirklees for the web too ("or on the
  // Internet"). Homerton, Two Mile Ash and Cambridgeshire ask for consent, not a record that its implications were explained.
  { rule: 'image.consent.implications-not-explained', effect: 'block', fires: c2({ implicationsExplained: false }, web),
    nearMisses: [hidden(c2({ implicationsExplained: false }, web)), c2(undefined, web), c2({}, web), c2({ implicationsExplained: false })],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'image.consent.implications-not-explained', policy: 'kirklees-primary', effect: 'block', fires: c2({ implicationsExplained: false }, web),
    nearMisses: [c2({}, web), c2({ implicationsExplained: false })] },
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
  it('a consent dated after the decision is refused under every preset, naming the record: it was not given yet', () => {
    for (const policy of presetIds) {
      const d = canPublishImage(photo(), [consent('c1'), consent('c2', { givenAt: '2026-11-22T10:00:01Z' })], { at: AT, policy });
      expect([d.allowed, d.reasons.map((r) => r.subject)]).toEqual([false, ['consents[1].givenAt']]);
      // At the moment of the decision it has been given (Cambridgeshire: consent need not come before the photo).
      const atThatMoment = canPublishImage(photo(), [consent('c1'), consent('c2', { givenAt: AT })], { at: AT, policy });
      expect(atThatMoment.reasons.map((r) => r.subject)).not.toContain('consents[1].givenAt');
    }
    // Another child's record is not this photo's: it is not read.
    expect(decide(photo(), [consent('c1'), consent('c2'), consent('c9', { givenAt: '2027-01-01' })]).allowed).toBe(true);
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

describe('image consent under each preset\'s own policy (issue 13)', () => {
  const tma = { policy: 'two-mile-ash-pre-school' } as const;
  const publicity = (over: Partial<Photo> = {}) => photo({ audience: 'publicity', purpose: 'publicity', ...over });

  it('Two Mile Ash: a group photo in the learning journal needs consent from the parents of every child visible', () => {
    const p = photo({ children: [{ id: 'c1' }, { id: 'c2', identifiable: false }, { id: 'c3', identifiable: false }] });
    const d = decide(p, [consent('c1'), consent('c2')], tma);
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((r) => [r.rule, r.subject, r.clause.source])).toEqual([['image.consent.missing-visible', 'c3', '002_ed2002546c8e0053.txt']]);
    expect(decide(p, [consent('c1'), consent('c2'), consent('c3')], tma).allowed).toBe(true);
    // The consent of a visible child must be in force like any other: withdrawn consent blocks too.
    expect(firedFor(decide(p, [consent('c1'), consent('c2'), consent('c3', { withdrawnAt: '2026-11-01' })], tma), 'c3')).toEqual(['image.consent.withdrawn']);
    // Not for the setting's walls, and not under a policy that asks consent only for children who can be identified.
    expect(decide({ ...p, audience: 'setting-display' }, [consent('c1')], tma).allowed).toBe(true);
    expect(decide(p, [consent('c1')], { policy: 'homerton-early-years' }).allowed).toBe(true);
  });

  it('Two Mile Ash: publicity needs parental consent, no names and no setting sweatshirt, and no "implications explained" record', () => {
    expect(decide(publicity(), consents({ implicationsExplained: undefined }), tma)).toMatchObject({ allowed: true, reasons: [] });
    const named = decide(publicity({ caption: 'Noah and Ava plant bulbs' }), consents(), tma);
    expect(named.reasons.map((r) => [r.rule, r.clause.source])).toEqual([
      ['image.name.any', '002_ed2002546c8e0053.txt'], ['image.name.any', '002_ed2002546c8e0053.txt']]);
    const sweatshirt = decide(publicity({ brandedClothing: true }), consents(), tma);
    expect(sweatshirt.reasons.map((r) => [r.rule, r.clause.source])).toEqual([['image.content.branded-clothing', '002_ed2002546c8e0053.txt']]);
    const notCovered = decide(publicity(), consents({ audiences: ['learning-journal'] }), tma);
    expect(notCovered.reasons.map((r) => r.clause.section)).toEqual([expect.stringContaining('publicity purposes, parental consent must be given'), expect.stringContaining('publicity purposes, parental consent must be given')]);
  });

  it('Barnet: publicity needs the implications explained, and is not held up over branded clothing', () => {
    const barnet = { policy: 'barnet-early-years' } as const;
    expect(decide(publicity({ brandedClothing: undefined }), consents(), barnet)).toMatchObject({ allowed: true, reasons: [] });
    const d = decide(publicity(), consents({ implicationsExplained: undefined }), barnet);
    expect(d.reasons.map((r) => [r.rule, r.clause.source])).toEqual([
      ['image.consent.implications-not-explained', '000_adea60a66085a501.txt'], ['image.consent.implications-not-explained', '000_adea60a66085a501.txt']]);
  });

  it('each consent finding cites the policy in force: its own clause, else the statutory facts', () => {
    const source = (q: Case, policy: PolicyOption, rule: string) => run(q, policy).reasons.filter((r) => r.rule === rule).map((r) => r.clause.source.slice(0, 3));
    expect(source(c2({ written: false }), 'homerton-early-years', 'image.consent.not-written')).toEqual(['sta']);
    expect(source(c2({ written: false }), 'two-mile-ash-pre-school', 'image.consent.not-written')).toEqual(['002']);
    expect(source(c2(), 'cambridgeshire-early-years', 'image.consent.missing')).toEqual(['sta']);
    expect(source(c2(), 'homerton-early-years', 'image.consent.missing')).toEqual(['001']);
    expect(source(c2({ givenBy: 'other' }), 'cambridgeshire-early-years', 'image.consent.giver-not-accepted')).toEqual(['sta']);
    expect(source(c2({ withdrawnAt: AT }), 'barnet-early-years', 'image.consent.withdrawn')).toEqual(['000']);
    expect(source(c2({ withdrawnAt: AT }), 'cambridgeshire-early-years', 'image.consent.withdrawn')).toEqual(['sta']);
    expect(source(c2({ givenAt: '2026-11-21T10:00:01Z' }), 'two-mile-ash-pre-school', 'image.consent.given-after-taking')).toEqual(['002']);
    expect(source(c2({ implicationsExplained: false }, web), 'kirklees-primary', 'image.consent.implications-not-explained')).toEqual(['004']);
  });
});
