import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canPublishImage, imageFacts } from './canPublishImage.js';
import { obscuredFacts } from './facts.js';
import { audiences, consentSchema, photoSchema, type Audience, type Consent, type Photo, type PhotoChild } from './schema.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { createRuleSet } from '../../src/ruleSets.js';
import { createEngine, decideWithEngine } from '../../src/engine/index.js';
import { validOf } from '../../test/support/arbitrary.js';
import { runs } from '../../test/support/runs.js';
import { AT, consent, consents, photo } from '../../test/support/image.js';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const ids = ['c1', 'c2', 'c3', 'c4'];
const names = ['Ava', 'Noah'];

// Photos close to allowed (every photo-wide check confirmed), with a few things that obscuring cannot mend mixed in
// (a personal phone, a name with the photo, a name list), and consents of every kind, so that both answers are common.
const childArb: fc.Arbitrary<PhotoChild> = fc.record({
  id: fc.constantFrom(...ids), firstName: opt(fc.constantFrom(...names)), identifiable: opt(fc.boolean()), objects: opt(fc.boolean()), agreed: opt(fc.boolean()),
}, { requiredKeys: ['id'] });
const nearlyAllowed: fc.Arbitrary<Photo> = fc.record({
  audience: fc.constantFrom(...audiences),
  children: fc.array(childArb, { minLength: 1, maxLength: 4 }),
  phone: fc.integer({ min: 0, max: 9 }).map((n) => n === 0), // a personal phone, now and then
  caption: opt(fc.constantFrom('Painting', 'Ava painting')),
  nameList: opt(fc.constant<string[]>(['Noah'])),
  agreedAll: fc.boolean(),
}).map(({ audience, children, phone, caption, nameList, agreedAll }) => photo({
  audience,
  children: agreedAll ? children.map((c) => ({ ...c, agreed: true })) : children,
  device: phone ? { owner: 'personal', kind: 'phone' } : { owner: 'setting', kind: 'tablet' },
  approvedBy: 'manager', socialMediaAccount: { closed: true, moderated: true },
  ...(caption ? { caption } : {}), ...(nameList ? { nameList } : {}),
}));
const consentArb: fc.Arbitrary<Consent> = fc.record({
  childId: fc.constantFrom(...ids),
  audiences: fc.oneof(fc.constant<Audience[]>([...audiences]), fc.subarray<Audience>([...audiences])),
  written: fc.oneof(fc.constant(true), fc.boolean()),
  givenBy: fc.constantFrom('parent' as const, 'guardian' as const, 'other' as const),
  withdrawnAt: opt(fc.constantFrom('2026-10-01', '2026-12-01')),
  childObjects: opt(fc.boolean()),
}, { requiredKeys: ['childId', 'audiences', 'written', 'givenBy'] }).map((c) => consent(c.childId, c));
const consentsArb = fc.oneof(fc.array(consentArb, { maxLength: 5 }), fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }).map((l) => l.map((id) => consent(id))));

/** The photo with every entry of these children marked as not identifiable. */
const hide = (p: Photo, hidden: readonly string[]): Photo => ({ ...p, children: p.children.map((c) => (hidden.includes(c.id) ? { ...c, identifiable: false } : c)) });
const distinct = (p: Photo) => [...new Set(p.children.map((c) => c.id))];
const subsets = <T>(l: readonly T[]): T[][] => l.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);

describe('obscure: the children whose obscuring alone would make the photo allowed', () => {
  const check = (p: Photo, c: Consent[], preset: (typeof presetIds)[number], seen: { some: number; none: number }) => {
    const options = { at: AT, policy: preset };
    const d = canPublishImage(p, c, options);
    if (d.allowed) { expect(d.obscure).toEqual([]); return; }
    if (d.obscure.length === 0) {
      seen.none++;
      // Nothing obscuring could do: no set of the children makes it allowed.
      for (const s of subsets(distinct(p))) expect(canPublishImage(hide(p, s), c, options).allowed, `obscuring ${s.join(',')}`).toBe(false);
      return;
    }
    seen.some++;
    expect(new Set(d.obscure).size).toBe(d.obscure.length);
    expect(canPublishImage(hide(p, d.obscure), c, options)).toMatchObject({ allowed: true, obscure: [] });
    // No smaller set: leave any one of them as it was and the photo is denied.
    for (const id of d.obscure) expect(canPublishImage(hide(p, d.obscure.filter((x) => x !== id)), c, options).allowed, `without ${id}`).toBe(false);
  };

  it('re-deciding with exactly those children obscured is allowed, with no fewer it is not, and an empty list means nothing obscuring does helps', () => {
    const seen = { some: 0, none: 0 };
    fc.assert(fc.property(nearlyAllowed, consentsArb, fc.constantFrom(...presetIds), (p, c, preset) => check(p, c, preset, seen)), { numRuns: runs(800) });
    // Both answers were met often enough for the property to mean something.
    expect(seen.some).toBeGreaterThan(runs(800) / 10);
    expect(seen.none).toBeGreaterThan(runs(800) / 10);
  });

  it('holds on photos and consents generated from the schemas', () => {
    const seen = { some: 0, none: 0 };
    fc.assert(fc.property(validOf(photoSchema) as fc.Arbitrary<Photo>, fc.array(validOf(consentSchema) as fc.Arbitrary<Consent>, { maxLength: 4 }), fc.constantFrom(...presetIds),
      (p, c, preset) => check(p, c, preset, seen)), { numRuns: runs(500) });
  });

  it('the facts of the photo with children obscured are the facts obscuredFacts gives', () => {
    fc.assert(fc.property(nearlyAllowed, consentsArb, fc.subarray(ids), (p, c, hidden) => {
      const sets = imageFacts(p, c, { at: AT }).sets!;
      expect(obscuredFacts(sets, new Set(hidden))).toEqual(imageFacts(hide(p, hidden), c, { at: AT }).sets);
    }), { numRuns: runs(300) });
  });
});

describe('obscure: examples', () => {
  const at = { at: AT, policy: 'baseline' } as const;
  const website = (children: PhotoChild[], over: Partial<Photo> = {}) => photo({ audience: 'setting-website', children, approvedBy: 'manager', ...over });

  it('a child without consent for the audience: obscure them', () => {
    const d = canPublishImage(photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2', agreed: true }, { id: 'c3', agreed: true }] }), [consent('c1'), consent('c3')], at);
    expect(d).toMatchObject({ allowed: false, obscure: ['c2'] });
  });
  it('withdrawn, narrowed, and objecting children, in the order the photo lists them', () => {
    const kids = ['c1', 'c2', 'c3', 'c4'].map((id) => ({ id, agreed: true }));
    const c = [consent('c1', { withdrawnAt: '2026-10-01' }), consent('c2'), consent('c3', { audiences: ['setting-display'] }), consent('c4', { childObjects: true })];
    expect(canPublishImage(photo({ children: kids }), c, at).obscure).toEqual(['c1', 'c3', 'c4']);
  });
  it('a website photo that would leave one identifiable child alone: that child is obscured too', () => {
    const d = canPublishImage(website([{ id: 'c1' }, { id: 'c2' }]), [consent('c1')], at);
    expect(d.reasons.filter((r) => r.effect === 'block').map((r) => r.rule)).toEqual(['image.consent.missing']);
    expect(d.obscure).toEqual(['c1', 'c2']);
    expect(canPublishImage(website([{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }]), [consent('c1'), consent('c3')], at).obscure).toEqual(['c2']);
  });
  it('one identifiable child alone on the website: obscure them', () => {
    expect(canPublishImage(website([{ id: 'c1' }]), [consent('c1')], at)).toMatchObject({ allowed: false, obscure: ['c1'] });
  });
  it('nothing to obscure where obscuring cannot help: a personal phone, a name with the photo, consent needed from every child visible', () => {
    const phone = photo({ device: { owner: 'personal', kind: 'phone' }, children: [{ id: 'c1', agreed: true }, { id: 'c2', agreed: true }] });
    expect(canPublishImage(phone, [consent('c1')], at)).toMatchObject({ allowed: false, obscure: [] });
    const named = website([{ id: 'c1' }, { id: 'c2', firstName: 'Noah' }, { id: 'c3' }], { caption: 'Noah at the sand tray' });
    expect(canPublishImage(named, [consent('c1'), consent('c3', { audiences: ['learning-journal'] })], at)).toMatchObject({ allowed: false, obscure: [] });
    const visible = photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2', agreed: true }] });
    expect(canPublishImage(visible, [consent('c1')], { at: AT, policy: 'two-mile-ash-pre-school' })).toMatchObject({ allowed: false, obscure: [] });
  });
  it('allowed, or invalid input: nothing to obscure', () => {
    expect(canPublishImage(photo(), consents(), at)).toMatchObject({ allowed: true, obscure: [] });
    expect(canPublishImage({ ...photo(), audience: 'moon' } as never, consents(), at)).toMatchObject({ allowed: false, obscure: [] });
    expect(canPublishImage(photo(), consents(), { policy: 'baseline' })).toMatchObject({ allowed: false, obscure: [] });
  });
  it('database rows and Dates: the same answer', () => {
    const row = (c: PhotoChild) => ({ firstName: null, lastName: null, identifiable: null, objects: null, agreed: true, ...c, column: 1 });
    const p = {
      ...photo(), children: [row({ id: 'c1' }), row({ id: 'c2' })], takenAt: new Date('2026-11-21T10:00:00Z'), device: { owner: 'setting', kind: 'tablet', authorisedBy: null, authorisedByRole: null },
      fileName: null, caption: null, altText: null, tags: null, nameList: null, approvedBy: null, socialMediaAccount: null, uploadedBy: 'x',
    };
    const c = [{ ...consent('c1'), withdrawnAt: new Date('2026-10-01T00:00:00Z'), reviewBy: null, childObjects: null, extra: 'x' }, { ...consent('c2'), withdrawnAt: null, reviewBy: null, childObjects: null }];
    const d = canPublishImage(p as Photo, c as Consent[], { ...at, extraFields: 'ignore' });
    expect(d).toMatchObject({ allowed: false, obscure: ['c1'] });
    expect(d.reasons.map((r) => [r.rule, r.subject])).toEqual([['image.consent.withdrawn', 'c1']]);
  });
  it('the engine route gives the same hint', async () => {
    const p = photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2', agreed: true }] });
    const d = await decideWithEngine(createEngine(), imageFacts(p, [consent('c2')], at));
    expect(d).toMatchObject({ allowed: false, obscure: ['c1'] });
  });
  it('a vendor rule set: the hint is checked against the vendor\'s rules (an override that blocks obscured children too gives none)', () => {
    const rules = createRuleSet({
      override: [{ file: 'ours.json', rules: [{
        name: 'image.consent.missing',
        conditions: { all: [{ fact: 'consentFound', operator: 'equal', value: false }] },
        event: { type: 'block', params: { code: 'CONSENT_MISSING', message: 'No consent, identifiable or not.', clause: { source: 'ours', section: 'Consent' } } },
      }] }],
    });
    const p = photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2', agreed: true }] });
    expect(canPublishImage(p, [consent('c1')], at).obscure).toEqual(['c2']);
    expect(canPublishImage(p, [consent('c1')], { ...at, rules })).toMatchObject({ allowed: false, obscure: [] });
  });
});
