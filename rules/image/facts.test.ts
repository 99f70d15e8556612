import { describe, expect, it } from 'vitest';
import { AT, consent, consents, photo } from '../../test/support/image.js';
import type { DecisionOptions } from '../../src/core/options.js';
import type { Consent, Photo } from './schema.js';
import { imageFacts } from './canPublishImage.js';

const prepare = (p: Photo, c: Consent[] = consents(), options: DecisionOptions = {}) => imageFacts(p, c, { at: AT, policy: 'baseline', ...options });
const root = (p: Photo, c?: Consent[], o?: DecisionOptions) => prepare(p, c, o).sets!.root as Record<string, unknown>;
const child = (p: Photo, c: Consent[] | undefined, id: string, o?: DecisionOptions) =>
  prepare(p, c, o).sets!.items.find((i) => i.subject === id)!.facts as Record<string, unknown>;

describe('imageFacts: the facts the image rules read', () => {
  it('a photo taken at the moment of the decision is fine; a millisecond later it is invalid input', () => {
    expect(prepare(photo({ takenAt: AT })).sets).toBeDefined();
    const later = prepare(photo({ takenAt: '2026-11-22T10:00:00.001Z' }));
    expect(later.sets).toBeUndefined();
    expect(later.findings).toEqual([expect.objectContaining({ subject: 'photo.takenAt', message: expect.stringMatching(/after options\.at/) })]);
  });

  it('a child listed twice is one child: identifiable if either entry says so, objecting if either does', () => {
    const twice = (a: Photo['children'][number], b: Photo['children'][number]) => photo({ children: [a, b] });
    const one = (p: Photo) => prepare(p, [consent('c1')]).sets!;
    expect(one(twice({ id: 'c1', identifiable: false }, { id: 'c1' })).items[0]!.facts.childIdentifiable).toBe(true);
    expect(one(twice({ id: 'c1' }, { id: 'c1', identifiable: false })).items[0]!.facts.childIdentifiable).toBe(true);
    expect(one(twice({ id: 'c1', identifiable: false }, { id: 'c1', identifiable: false })).items[0]!.facts.childIdentifiable).toBe(false);
    expect(one(twice({ id: 'c1', objects: true }, { id: 'c1' })).items[0]!.facts.childObjects).toBe(true);
    expect(one(twice({ id: 'c1' }, { id: 'c1', objects: true })).items[0]!.facts.childObjects).toBe(true);
    expect(one(twice({ id: 'c1' }, { id: 'c1' })).items[0]!.facts.childObjects).toBe(false);
    const merged = one(twice({ id: 'c1', firstName: 'Ava' }, { id: 'c1', lastName: 'Jones' }));
    expect(merged.items).toHaveLength(1);
    expect(merged.root).toMatchObject({ childCount: 1, identifiableCount: 1 });
    expect(one(twice({ id: 'c1', identifiable: false }, { id: 'c1', identifiable: false })).root).toMatchObject({ childCount: 1, identifiableCount: 0 });
  });

  it('a personal device is authorised only by a named person in a role the policy accepts', () => {
    const barnet = { policy: 'barnet-early-years' } as const;
    const device = (d: Partial<Photo['device']>) => photo({ device: { owner: 'personal', kind: 'phone', ...d } });
    expect(root(device({ authorisedBy: 'Sam', authorisedByRole: 'manager' }), undefined, barnet).deviceAuthorised).toBe(true);
    expect(root(device({ authorisedByRole: 'manager' }), undefined, barnet).deviceAuthorised).toBe(false);
    expect(root(device({ authorisedBy: 'Sam' }), undefined, barnet).deviceAuthorised).toBe(false);
    expect(root(device({ authorisedBy: 'Sam', authorisedByRole: 'room-leader' }), undefined, barnet).deviceAuthorised).toBe(false);
    expect(root(device({ authorisedBy: 'Sam', authorisedByRole: 'manager' })).deviceAuthorised).toBe(false); // the baseline names no one
  });

  it('a blank name list is none; a purpose is a word of the vocabulary, or none', () => {
    expect(root(photo({ nameList: ['  ', ''] })).hasNameList).toBe(false);
    expect(root(photo({ nameList: ['', 'Ava'] })).hasNameList).toBe(true);
    expect(root(photo({ nameList: [] })).hasNameList).toBe(false);
    expect(root(photo({ purpose: undefined }))).toMatchObject({ purpose: 'none', purposeRecorded: false, purposeAccepted: false });
    expect(root(photo({ purpose: 'display' }))).toMatchObject({ purpose: 'display', purposeRecorded: true, purposeAccepted: true });
    expect(prepare(photo({ purpose: '   ' as never })).findings.map((f) => f.subject)).toEqual(['photo.purpose']);
  });

  it('a purpose is accepted when it is among the policy\'s valid purposes', () => {
    const tma = { policy: 'two-mile-ash-pre-school' } as const;
    expect(root(photo({ purpose: 'website' }), undefined, tma).purposeAccepted).toBe(false);
    expect(root(photo({ purpose: 'observation' }), undefined, tma).purposeAccepted).toBe(true);
    expect(root(photo({ purpose: 'website' })).purposeAccepted).toBe(true);
    expect(root(photo({ purpose: 'personal' })).purposeAccepted).toBe(false);
  });

  it('the policy facts follow the preset: consent for every child visible, consent before taking, the practice checks', () => {
    const facts = (policy: DecisionOptions['policy'], audience: Photo['audience'] = 'learning-journal') => root(photo({ audience }), undefined, { policy });
    expect(facts('two-mile-ash-pre-school')).toMatchObject({ visibleConsentRequired: true, consentBeforeTaking: true, takenOpenlyRequired: true, avoidOneToOneImages: false, purposeRequired: true });
    expect(facts('two-mile-ash-pre-school', 'setting-display').visibleConsentRequired).toBe(false);
    expect(facts('baseline')).toMatchObject({ visibleConsentRequired: false, consentBeforeTaking: true, takenOpenlyRequired: true, avoidOneToOneImages: true, closedSocialMediaRequired: true });
    expect(facts('cambridgeshire-early-years')).toMatchObject({ consentBeforeTaking: false, purposeRequired: false, takenOpenlyRequired: false, closedSocialMediaRequired: true });
    expect(facts('kirklees-primary')).toMatchObject({ takenOpenlyRequired: true, avoidOneToOneImages: true, closedSocialMediaRequired: false });
  });

  it('a review date runs to the end of its London day; a review date-time is exact', () => {
    const overdue = (reviewBy: string) => child(photo(), [consent('c1', { reviewBy }), consent('c2')], 'c1').consentReviewOverdue;
    expect(overdue('2026-11-22')).toBe(false);
    expect(overdue('2026-11-21')).toBe(true);
    expect(overdue('2026-11-22T10:00:00Z')).toBe(false); // at that very moment: not yet past
    expect(overdue('2026-11-22T09:59:59Z')).toBe(true);
    expect(overdue('2026-11-22T10:00:01Z')).toBe(false);
    expect(child(photo(), consents(), 'c1').consentReviewOverdue).toBe(false);
  });

  it('consent withdrawn at the moment of the decision is withdrawn; consent given as the photo was taken is in time', () => {
    const facts = (over: Partial<Consent>) => child(photo({ takenAt: '2026-11-21T10:00:00Z' }), [consent('c1', over), consent('c2')], 'c1');
    expect(facts({ withdrawnAt: AT }).consentWithdrawn).toBe(true);
    expect(facts({ withdrawnAt: '2026-11-22T10:00:01Z' }).consentWithdrawn).toBe(false);
    expect(facts({}).consentWithdrawn).toBe(false);
    expect(facts({ givenAt: '2026-11-21T10:00:00Z' }).consentGivenBeforeTaking).toBe(true);
    expect(facts({ givenAt: '2026-11-21T10:00:01Z' }).consentGivenBeforeTaking).toBe(false);
  });

  it('no consent record: none found, none contradictory, nothing covered', () => {
    const f = child(photo(), [consent('c2')], 'c1');
    expect(f).toMatchObject({ consentFound: false, consentContradictory: false, consentWritten: false, consentCoversAudience: false, consentWithdrawn: false });
  });

  describe('the latest consent governs; two latest records that disagree are contradictory', () => {
    const contradictory = (...records: Partial<Consent>[]) => child(photo(), [...records.map((r) => consent('c1', r)), consent('c2')], 'c1').consentContradictory;
    it('two latest records the same (audiences in any order) agree', () => {
      expect(contradictory({}, {})).toBe(false);
      expect(contradictory({ audiences: ['learning-journal', 'setting-display'] }, { audiences: ['setting-display', 'learning-journal'] })).toBe(false);
    });
    it('a later record supersedes an earlier one that differs', () => {
      expect(contradictory({ givenAt: '2026-08-01', written: false }, {})).toBe(false);
      expect(contradictory({}, { givenAt: '2026-08-01', written: false })).toBe(false);
      expect(child(photo(), [consent('c1', { givenAt: '2026-08-01', written: false }), consent('c1'), consent('c2')], 'c1').consentWritten).toBe(true);
      expect(child(photo(), [consent('c1'), consent('c1', { givenAt: '2026-08-01', written: false }), consent('c2')], 'c1').consentWritten).toBe(true);
    });
    it('each difference between two latest records makes them contradictory', () => {
      for (const over of [{ audiences: ['setting-display'] }, { written: false }, { givenBy: 'carer' }, { withdrawnAt: '2026-10-01' }, { reviewBy: '2027-01-01' },
        { childObjects: true }, { childObjects: false }, { implicationsExplained: false }, { implicationsExplained: undefined }] as Partial<Consent>[]) {
        expect(contradictory({}, over), JSON.stringify(over)).toBe(true);
      }
      expect(contradictory({ childObjects: false }, { childObjects: false })).toBe(false);
    });
    it('three latest records: contradictory when any one differs', () => {
      expect(contradictory({}, {}, { written: false })).toBe(true);
      expect(contradictory({ written: false }, {}, {})).toBe(true);
    });
  });

  it('has one item per child, and names invalid fields under photo and consents', () => {
    expect(prepare(photo()).sets!.items.map((i) => i.subject)).toEqual(['c1', 'c2']);
    const bad = prepare({ ...photo(), takenAt: 'yesterday' }, [{ ...consent('c1'), givenBy: 'aunt' as never }]);
    expect(bad.findings.map((f) => f.subject)).toEqual(['photo.takenAt', 'consents[0].givenBy']);
  });
});
