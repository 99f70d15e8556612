import { runs } from '../../test/support/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canPublishImage } from './canPublishImage.js';
import { audiences } from './schema.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { presetPolicy } from '../../src/policy.js';
import type { Consent, Photo } from './schema.js';

const AT = '2026-11-22T10:00:00Z';
const ids = ['c1', 'c2', 'c3', 'c4'];
const days = ['2026-01-01', '2026-09-01', '2026-11-21', '2026-11-22', '2026-11-22T09:59:59Z', '2026-11-22T10:00:01Z', '2026-12-01'];
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const childArb = fc.record({ id: fc.constantFrom(...ids), identifiable: opt(fc.boolean()), agreed: opt(fc.boolean()), objects: opt(fc.boolean()) }, { requiredKeys: ['id'] });
const photoArb: fc.Arbitrary<Photo> = fc.record({
  id: fc.constant('p'),
  takenAt: fc.constantFrom('2026-08-01', '2026-11-21T10:00:00Z', '2026-11-22T09:00:00Z'),
  audience: fc.constantFrom(...audiences),
  children: fc.array(childArb, { maxLength: 4 }),
  device: fc.record({ owner: fc.constantFrom('setting' as const, 'personal' as const), kind: opt(fc.constantFrom('camera' as const, 'phone' as const)), authorisedBy: opt(fc.constant('Kim')), authorisedByRole: opt(fc.constantFrom('manager', 'head-of-setting')) }, { requiredKeys: ['owner'] }),
  purpose: opt(fc.constant('observation')),
  appropriatelyDressed: opt(fc.boolean()),
  mayCauseDistress: opt(fc.boolean()),
  takenInSecret: opt(fc.boolean()),
  showsSurroundingContext: opt(fc.boolean()),
  brandedClothing: opt(fc.boolean()),
  approvedBy: opt(fc.constant('manager')),
  socialMediaAccount: opt(fc.record({ closed: fc.boolean(), moderated: fc.boolean() })),
}, { requiredKeys: ['id', 'takenAt', 'audience', 'children', 'device'] }) as fc.Arbitrary<Photo>;
const consentArb: fc.Arbitrary<Consent> = fc.record({
  childId: fc.constantFrom(...ids),
  audiences: fc.subarray([...audiences]),
  written: fc.boolean(),
  givenBy: fc.constantFrom('parent' as const, 'carer' as const, 'guardian' as const, 'other' as const),
  givenAt: fc.constantFrom(...days),
  withdrawnAt: opt(fc.constantFrom(...days)),
  reviewBy: opt(fc.constantFrom(...days)),
  childObjects: opt(fc.boolean()),
  implicationsExplained: opt(fc.boolean()),
}, { requiredKeys: ['childId', 'audiences', 'written', 'givenBy', 'givenAt'] }) as fc.Arbitrary<Consent>;

const t = (s: string | Date) => (s instanceof Date ? s.getTime() : Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));

/** An independent reading of "consent in force": the one records-based rule every decision must respect. */
function consentInForce(childId: string, photo: Photo, consents: Consent[], givers: readonly string[], beforeTaking: boolean): boolean {
  const mine = consents.filter((c) => c.childId === childId);
  if (mine.length === 0) return false;
  const latest = Math.max(...mine.map((c) => t(c.givenAt)));
  const top = mine.filter((c) => t(c.givenAt) === latest);
  return top.every((c) =>
    c.written && givers.includes(c.givenBy) && c.audiences.includes(photo.audience) && !c.childObjects &&
    t(c.givenAt) <= t(AT) && (!beforeTaking || t(c.givenAt) <= t(photo.takenAt)) && (c.withdrawnAt == null || t(c.withdrawnAt) > t(AT)) &&
    (c.reviewBy == null || t(c.reviewBy) >= t('2026-11-22')));
}

describe('canPublishImage properties', () => {
  it('never allows a photo unless every identifiable child has a consent in force for the audience', () => {
    fc.assert(
      fc.property(photoArb, fc.array(consentArb, { maxLength: 8 }), fc.constantFrom(...presetIds), (photo, consents, preset) => {
        const d = canPublishImage(photo, consents, { at: AT, policy: preset });
        if (!d.allowed) return;
        const { acceptedConsentGivers: givers, consentBeforeTaking } = presetPolicy(preset).image;
        for (const ch of photo.children) if (ch.identifiable !== false) expect(consentInForce(ch.id, photo, consents, givers, consentBeforeTaking)).toBe(true);
        expect(d.reasons.every((r) => r.effect === 'warn')).toBe(true);
      }),
      { numRuns: runs(3_000) },
    );
  });

  it('allows every photo whose input is complete and valid with every consent in force (not over-blocking)', () => {
    const uniqueChildren = fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1 }).map((l) => l.map((id) => ({ id })));
    fc.assert(
      fc.property(uniqueChildren, fc.constantFrom(...audiences), fc.constantFrom(...days.slice(0, 2)), (children, audience, givenAt) => {
        const photo: Photo = { id: 'p', takenAt: '2026-11-21T10:00:00Z', audience, children, device: { owner: 'setting' }, purpose: 'observation',
          appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, showsSurroundingContext: true, brandedClothing: false,
          socialMediaAccount: { closed: true, moderated: true } };
        const consents = children.map((c): Consent => ({ childId: c.id, audiences: [audience], written: true, givenBy: 'parent', givenAt, reviewBy: '2027-09-01', implicationsExplained: true }));
        const d = canPublishImage(photo, consents, { at: AT, policy: 'barnet-early-years' });
        expect(d.allowed).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it('any value at all, in any argument: never throws, never allows unless the input is a valid photo', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (photo, consents, options) => {
        const d = canPublishImage(photo as Photo, consents as Consent[], options as never);
        expect(d.allowed).toBe(false);
        expect(d.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(2_000) },
    );
  });

  it('removing any required field of an allowed photo denies, naming that field', () => {
    const photo: Photo = { id: 'p', takenAt: '2026-11-21', audience: 'setting-display', children: [{ id: 'c1', agreed: true }], device: { owner: 'setting' }, purpose: 'display', appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, showsSurroundingContext: true };
    const consents: Consent[] = [{ childId: 'c1', audiences: ['setting-display'], written: true, givenBy: 'parent', givenAt: '2026-09-01' }];
    expect(canPublishImage(photo, consents, { at: AT }).allowed).toBe(true);
    for (const key of ['id', 'takenAt', 'audience', 'children', 'device'] as const) {
      const { [key]: _, ...rest } = photo;
      const d = canPublishImage(rest as Photo, consents, { at: AT });
      expect(d.allowed).toBe(false);
      expect(d.reasons.map((r) => r.subject)).toContain(`photo.${key}`);
    }
    for (const key of ['childId', 'audiences', 'written', 'givenBy', 'givenAt'] as const) {
      const { [key]: _, ...rest } = consents[0]!;
      const d = canPublishImage(photo, [rest as Consent], { at: AT });
      expect(d.reasons.map((r) => r.subject)).toContain(`consents[0].${key}`);
    }
    expect(canPublishImage(photo, consents).reasons.map((r) => r.subject)).toEqual(['options.at']);
  });

  it('is deterministic and keeps no state: mutating a returned decision changes nothing later', () => {
    fc.assert(
      fc.property(photoArb, fc.array(consentArb, { maxLength: 6 }), (photo, consents) => {
        const a = canPublishImage(photo, consents, { at: AT });
        const snapshot = JSON.stringify(a);
        for (const r of a.reasons) { r.message = 'tampered'; r.clause.source = 'x'; }
        // The policy reference is shared by every decision under the same policy and rules: frozen, so it cannot be.
        expect(() => { a.policy.id = 'tampered'; }).toThrow(TypeError);
        expect(JSON.stringify(canPublishImage(photo, consents, { at: AT }))).toBe(snapshot);
      }),
      { numRuns: runs(500) },
    );
  });

  it('an unknown preset, a malformed policy or a bad time denies, naming the option', () => {
    const p = { id: 'p', takenAt: '2026-11-21', audience: 'setting-display', children: [], device: { owner: 'setting' } } as Photo;
    expect(canPublishImage(p, [], { at: AT }).allowed).toBe(true);
    expect(canPublishImage(p, [], { at: AT, policy: 'nope' as never }).reasons[0]!.subject).toBe('options.policy');
    expect(canPublishImage(p, [], { at: AT, policy: { id: 'x', version: '1', image: { personalDevices: 'sometimes' } } as never }).reasons[0]!.subject).toBe('options.policy.image.personalDevices');
    expect(canPublishImage(p, [], { at: '2026-02-30T10:00:00Z' }).reasons[0]!.subject).toBe('options.at');
    expect(canPublishImage(p, [], { at: new Date(Number.NaN) }).reasons[0]!.subject).toBe('options.at');
    expect(canPublishImage({ ...p, takenAt: '2026-11-23' }, [], { at: AT }).reasons[0]!.subject).toBe('photo.takenAt');
  });
});
