import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planConsentChange, type ConsentChangeAction } from './planConsentChange.js';
import { canPublishImage } from './canPublishImage.js';
import type { Publication } from './publication.js';
import { audiences, type Audience, type Consent, type PhotoChild } from './schema.js';
import { presetIds, type PresetId } from '../../src/core/policy/presets.js';
import { definePolicy, presetPolicy } from '../../src/policy.js';
import { runs } from '../../test/support/runs.js';

const AT = '2026-11-22T10:00:00Z';
const consent = (over: Partial<Consent> = {}): Consent =>
  ({ childId: 'c1', audiences: [...audiences], written: true, givenBy: 'parent', givenAt: '2026-09-01', implicationsExplained: true, ...over });
const pub = (photoId: string, audience: Audience, children: PhotoChild[], publishedAt = '2026-10-01'): Publication => ({ photoId, audience, publishedAt, children });
const plan = (c: Consent, pubs: unknown[], options: Record<string, unknown> = {}) => [...planConsentChange(c, pubs, { at: AT, policy: 'baseline', ...options })];
const actions = (l: ConsentChangeAction[]) => l.map((a) => a.action);
const rules = (a: ConsentChangeAction) => a.reasons.map((r) => r.rule);

describe('planConsentChange: narrowed consent', () => {
  const narrowed = consent({ audiences: ['learning-journal'], givenAt: '2026-11-20' });
  const pubs = [
    pub('p1', 'setting-website', [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }]),
    pub('p2', 'setting-display', [{ id: 'c1' }, { id: 'c2' }]),
    pub('p3', 'learning-journal', [{ id: 'c1' }]),
    pub('p4', 'setting-website', [{ id: 'c2' }, { id: 'c3' }]),
  ];

  it('one action per publication, in order: obscured where that suffices, down where not, kept where still covered or not shown', () => {
    const got = plan(narrowed, pubs);
    expect(got.map((a) => [a.index, a.photoId, a.audience, a.action])).toEqual([
      [0, 'p1', 'setting-website', 'obscure'], [1, 'p2', 'setting-display', 'take-down'], [2, 'p3', 'learning-journal', 'keep'], [3, 'p4', 'setting-website', 'keep'],
    ]);
    expect(got[0]).toMatchObject({ obscure: ['c1'], by: '2026-12-20' });
    expect(got[1]).toMatchObject({ by: '2026-12-20' });
    expect(got[1]).not.toHaveProperty('obscure');
    expect(got[2]).toEqual({ index: 2, photoId: 'p3', audience: 'learning-journal', action: 'keep', reasons: [] });
  });

  it('the reasons are the consent rule that now blocks, about the child, citing the policy in force', () => {
    const [web, display] = plan(narrowed, pubs, { policy: 'kirklees-primary' });
    for (const a of [web!, display!]) {
      expect(rules(a)).toEqual(['image.consent.audience-not-covered']);
      expect(a.reasons[0]).toMatchObject({ effect: 'block', subject: 'c1' });
    }
    expect(display!.reasons[0]!.clause.source).toBe('004_fa76751dc5d22203.txt');
  });

  it('summary: one count per action', () => {
    const p = planConsentChange(narrowed, pubs, { at: AT });
    expect(p.summary).toEqual({ records: 0, keep: 0, takeDown: 0, obscure: 0, review: 0 });
    for (const _ of p) { /* read them all */ }
    expect(p.summary).toEqual({ records: 4, keep: 2, takeDown: 1, obscure: 1, review: 0 });
  });

  it('a child who cannot be identified in the publication is kept; a child identifiable in any entry is not', () => {
    expect(actions(plan(narrowed, [pub('p', 'setting-website', [{ id: 'c1', identifiable: false }, { id: 'c2' }])]))).toEqual(['keep']);
    expect(actions(plan(narrowed, [pub('p', 'setting-display', [{ id: 'c1', identifiable: false }, { id: 'c1' }])]))).toEqual(['take-down']);
  });

  it('where obscuring the child would leave one identifiable child alone on the website, that child is obscured too, and why is said', () => {
    const [a] = plan(narrowed, [pub('p', 'setting-website', [{ id: 'c2', identifiable: false }, { id: 'c1' }, { id: 'c3' }, { id: 'c3' }])]);
    expect(a).toMatchObject({ action: 'obscure', obscure: ['c1', 'c3'] });
    expect(rules(a!)).toEqual(['image.consent.audience-not-covered', 'image.audience.identifiable-individual']);
  });

  it('obscuring is offered only where the policy forbids every name for the audience: elsewhere the record cannot show the child is not named', () => {
    // Homerton limits full names on the web, not first names: a first name may go with the photo, so it comes down.
    expect(actions(plan(narrowed, pubs.slice(0, 1), { policy: 'homerton-early-years' }))).toEqual(['take-down']);
    expect(actions(plan(narrowed, [pub('p', 'training', [{ id: 'c1' }, { id: 'c2' }])]))).toEqual(['take-down']);
  });
});

describe('planConsentChange: withdrawn consent', () => {
  const withdrawn = consent({ withdrawnAt: '2026-10-01T23:30:00Z' });
  it('every publication showing the child must change, by a month from the London day of the withdrawal', () => {
    const got = plan(withdrawn, audiences.map((a, i) => pub(`p${i}`, a, [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }])));
    // 23:30 UTC on 1 October is 00:30 on 2 October in London.
    for (const a of got) expect(a).toMatchObject({ by: '2026-11-02' });
    expect(got.map((a) => [a.audience, a.action])).toEqual([
      ['learning-journal', 'take-down'], ['setting-display', 'take-down'], ['setting-website', 'obscure'],
      ['setting-social-media', 'obscure'], ['publicity', 'obscure'], ['training', 'take-down'],
    ]);
    expect(got.map(rules)).toEqual(audiences.map(() => ['image.consent.withdrawn']));
  });
  it('a withdrawal given as a Date counts the same', () => {
    expect(plan(consent({ withdrawnAt: new Date('2026-10-01T23:30:00Z') }), [pub('p', 'learning-journal', [{ id: 'c1' }])])[0]).toMatchObject({ action: 'take-down', by: '2026-11-02' });
  });
  it('a withdrawal dated after options.at is not in force yet: the publication is kept', () => {
    expect(actions(plan(consent({ withdrawnAt: '2026-12-01' }), [pub('p', 'learning-journal', [{ id: 'c1' }])]))).toEqual(['keep']);
  });
  it('where every child visible needs consent (Two Mile Ash\'s learning journal), a child who cannot be identified still comes down: obscuring cannot help', () => {
    const got = plan(withdrawn, [pub('p', 'learning-journal', [{ id: 'c1', identifiable: false }]), pub('q', 'setting-display', [{ id: 'c1', identifiable: false }])], { policy: 'two-mile-ash-pre-school' });
    expect(actions(got)).toEqual(['take-down', 'keep']);
  });
  it('the child\'s objection, on the consent or on the publication, needs the same action even where the audience is covered', () => {
    expect(plan(consent({ childObjects: true }), [pub('p', 'setting-website', [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }])])[0]).toMatchObject({ action: 'obscure', obscure: ['c1'] });
    const a = plan(consent(), [pub('p', 'learning-journal', [{ id: 'c1', objects: true }])])[0]!;
    expect([a.action, rules(a)]).toEqual(['take-down', ['image.child.objects']]);
  });
  it('the policy\'s own take-down period', () => {
    const policy = definePolicy({ id: 'acorn', version: '1', basedOn: 'baseline', image: { takeDownPeriod: 'P14D' } });
    expect(plan(withdrawn, [pub('p', 'learning-journal', [{ id: 'c1' }])], { policy })[0]).toMatchObject({ by: '2026-10-16' });
    expect(presetPolicy('kirklees-primary').image.takeDownPeriod).toBe('P1M');
  });
});

describe('planConsentChange: bad input is refused, never kept', () => {
  it('a malformed publication is a review naming the field; the plan goes on', () => {
    const got = plan(consent({ withdrawnAt: '2026-10-01' }), [
      { photoId: 'p0', audience: 'newsletter', publishedAt: '2026-10-01', children: [{ id: 'c1' }] },
      pub('p1', 'learning-journal', [{ id: 'c1' }]),
      { photoId: 'p2', audience: 'learning-journal', children: [{ id: 'c1', identifable: false }] },
      pub('p3', 'learning-journal', [{ id: 'c1' }], '2026-11-23'),
      'p4', null,
    ]);
    expect(actions(got)).toEqual(['review', 'take-down', 'review', 'review', 'review', 'review']);
    expect(got[0]).toMatchObject({ index: 0, photoId: 'p0', audience: 'newsletter' });
    expect(got[0]!.reasons.map((r) => [r.rule, r.subject])).toEqual([['input.invalid', 'publications[0].audience']]);
    expect(got[2]!.reasons.map((r) => r.subject)).toEqual(expect.arrayContaining(['publications[2].publishedAt', 'publications[2].children[0]']));
    expect(got[2]!.reasons.map((r) => r.message).join()).toMatch(/did you mean "identifiable"/);
    expect(got[3]!.reasons.map((r) => r.subject)).toEqual(['publications[3].publishedAt']);
    expect(got[4]).toMatchObject({ photoId: null, audience: null, action: 'review' });
    expect(got.filter((a) => a.action !== 'review').every((a) => 'by' in a && a.by !== undefined)).toBe(true);
  });
  it.each([
    ['no time', consent(), { policy: 'baseline' }, /options\.at is required/],
    ['an unknown preset', consent(), { at: AT, policy: 'nowhere' }, /options\.policy/],
    ['a malformed consent', { ...consent(), audiences: ['everywhere'] }, { at: AT }, /consent\.audiences\[0\]/],
    ['no consent', undefined, { at: AT }, /consent/],
    ['a consent given after options.at', consent({ givenAt: '2026-11-23' }), { at: AT }, /consent\.givenAt is after options\.at/],
    ['options that are not an object', consent(), 'soon', /options/],
  ])('%s: refused once, before any publication; nothing is planned', async (_, c, options, why) => {
    const p = planConsentChange(c as Consent, [pub('p', 'learning-journal', [{ id: 'c1' }])], options as never);
    expect([...p]).toEqual([]);
    expect(p.summary.records).toBe(0);
    expect(p.summary.problem).toMatch(why);
    for await (const _ of p) throw new Error('nothing is planned');
  });
  it.each([['a string', 'p1\np2'], ['a number', 42], ['null', null]])('%s is not publications: reported, not thrown', (_, bad) => {
    const p = planConsentChange(consent(), bad as never, { at: AT });
    expect([...p]).toEqual([]);
    expect(p.summary.problem).toMatch(/Iterable/);
  });
  it('a source that breaks ends the plan with a problem, after the actions it gave', () => {
    function* broken() { yield pub('p', 'learning-journal', [{ id: 'c1' }]); throw new Error('disk gone'); }
    const p = planConsentChange(consent({ withdrawnAt: '2026-10-01' }), broken(), { at: AT });
    expect(actions([...p])).toEqual(['take-down']);
    expect(p.summary).toMatchObject({ records: 1, takeDown: 1, problem: 'reading record 1 failed: disk gone' });
  });
});

describe('planConsentChange: streams', () => {
  async function* later(items: unknown[]) { for (const i of items) { await Promise.resolve(); yield i; } }
  const items = [pub('a', 'setting-display', [{ id: 'c1' }]), pub('b', 'learning-journal', [{ id: 'c2' }])];
  const narrowed = consent({ audiences: ['learning-journal'] });
  it('an AsyncIterable is planned with for await, with the same actions as the array', async () => {
    const got: ConsentChangeAction[] = [];
    for await (const a of planConsentChange(narrowed, later(items), { at: AT })) got.push(a);
    expect(got).toEqual(plan(narrowed, items));
  });
  it('an AsyncIterable iterated synchronously says so', () => {
    const p = planConsentChange(narrowed, later(items), { at: AT });
    expect([...(p as unknown as Iterable<unknown>)]).toEqual([]);
    expect(p.summary.problem).toMatch(/for await/);
  });
  it('a generator of many publications is planned one at a time (a lazy source is read as it goes)', () => {
    let made = 0;
    function* many() { for (let i = 0; ; i++) { made++; yield pub(`p${i}`, 'setting-display', [{ id: i % 2 ? 'c1' : 'c2' }]); } }
    const it = planConsentChange(narrowed, many(), { at: AT })[Symbol.iterator]();
    for (let i = 0; i < 1_000; i++) expect(it.next().value?.action).toBe(i % 2 ? 'take-down' : 'keep');
    expect(made).toBe(1_000);
  });
  it('reasons are frozen: one action cannot change another', () => {
    const [a, b] = plan(consent({ withdrawnAt: '2026-10-01' }), [pub('a', 'setting-display', [{ id: 'c1' }]), pub('b', 'setting-display', [{ id: 'c1' }])]);
    expect(Object.isFrozen(a!.reasons) && Object.isFrozen(a!.reasons[0]) && Object.isFrozen(a!.reasons[0]!.clause)).toBe(true);
    expect(() => { (a!.reasons[0] as { message: string }).message = 'x'; }).toThrow();
    expect(b!.reasons[0]!.message).not.toBe('x');
  });
});

describe('planConsentChange: database rows and Dates', () => {
  const row = (c: PhotoChild) => ({ firstName: null, lastName: null, identifiable: null, objects: null, agreed: null, ...c });
  it('with extraFields: ignore, null columns are none and extra columns are ignored; a misspelt column is refused', () => {
    const c = { ...consent({ audiences: ['learning-journal'] }), givenAt: new Date('2026-11-20T12:00:00Z'), withdrawnAt: null, reviewBy: null, childObjects: null, family: 'Jones' };
    const pubs = [
      { photoId: 'p1', audience: 'setting-display', publishedAt: new Date('2026-10-01T10:00:00Z'), children: [row({ id: 'c1' })], site: 'main' },
      { photoId: 'p2', audience: 'setting-display', publishedAt: '2026-10-01', children: [{ ...row({ id: 'c1' }), identifable: false }] },
      { photoId: 'p3', audience: 'setting-display', publishedAt: '2026-10-01', children: [{ id: 'c1' }] },
    ];
    const got = plan(c as Consent, pubs, { extraFields: 'ignore' });
    expect(got[0]).toMatchObject({ action: 'take-down', by: '2026-12-20' });
    expect(got[1]!.reasons.map((r) => r.subject)).toEqual(['publications[1].children[0].identifable']);
    expect(got[2]).toMatchObject({ action: 'review' }); // a row must have every column: firstName, … are missing
    expect(plan({ ...c, withdrawAt: '2026-10-01' } as Consent, pubs, { extraFields: 'ignore' })).toEqual([]);
  });
});

describe('planConsentChange: properties', () => {
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const child = fc.record({ id: fc.constantFrom('c1', 'c2', 'c3'), identifiable: opt(fc.boolean()), objects: opt(fc.constantFrom(true, false, false, false)) }, { requiredKeys: ['id'] });
  const publication = fc.record({ photoId: fc.constantFrom('p1', 'p2'), audience: fc.constantFrom(...audiences), publishedAt: fc.constantFrom('2026-01-01', '2026-11-22T09:00:00Z'), children: fc.array(child, { maxLength: 4 }) });
  const consentArb = fc.record({
    audiences: fc.subarray([...audiences]), withdrawnAt: opt(fc.constantFrom('2026-10-01', '2026-12-01')), childObjects: opt(fc.boolean()),
    written: fc.constantFrom(true, true, false), implicationsExplained: opt(fc.boolean()),
  }).map((o) => consent(o as Partial<Consent>));
  const t = (s: string | Date) => (s instanceof Date ? s.getTime() : Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));

  it('never keeps a publication showing the child, identifiable, where the consent has lapsed for its audience; keeps every one without the child', () => {
    fc.assert(fc.property(consentArb, fc.array(publication, { maxLength: 6 }), fc.constantFrom(...presetIds), (c, pubs, preset) => {
      const got = plan(c, pubs, { policy: preset });
      expect(got.map((a) => a.index)).toEqual(pubs.map((_, i) => i));
      pubs.forEach((p, i) => {
        const a = got[i]!;
        const entries = p.children.filter((k) => k.id === 'c1');
        if (!entries.length) { expect(a.action).toBe('keep'); return; }
        const identifiable = entries.some((k) => k.identifiable !== false);
        const lapsed = !c.audiences.includes(p.audience) || (c.withdrawnAt != null && t(c.withdrawnAt) <= t(AT)) || c.childObjects === true
          || entries.some((k) => k.objects === true) || !c.written;
        if (identifiable && lapsed) expect(a.action).not.toBe('keep');
        if (a.action === 'keep') expect(a.reasons).toEqual([]);
        else expect(a.reasons.length).toBeGreaterThan(0);
      });
    }), { numRuns: runs(500) });
  });

  it('obscure: with those children obscured, the same photo with every other check confirmed and every other child consenting is allowed', () => {
    let seen = 0;
    fc.assert(fc.property(consentArb, publication, fc.constantFrom(...presetIds), (c, p, preset: PresetId) => {
      const [a] = plan(c, [p], { policy: preset });
      if (a!.action !== 'obscure') return;
      seen++;
      expect(presetPolicy(preset).image.anyNameForbiddenIn).toContain(p.audience);
      expect(a!.obscure[0]).toBe('c1');
      const others = [...new Set(p.children.map((k) => k.id))].filter((id) => id !== 'c1');
      const photo = {
        id: p.photoId, takenAt: '2026-09-01', audience: p.audience, device: { owner: 'setting' as const }, appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false,
        showsSurroundingContext: true, brandedClothing: false, approvedBy: 'm', socialMediaAccount: { closed: true, moderated: true },
        children: p.children.map((k) => ({ ...k, agreed: true, ...(a!.obscure.includes(k.id) ? { identifiable: false } : {}) })),
      };
      const giver = presetPolicy(preset).image.acceptedConsentGivers[0]!;
      const consents = [c, ...others.map((id) => consent({ childId: id, givenBy: giver }))];
      // Only the children's own wishes and consents are in question here: another child's objection is not this change's.
      const d = canPublishImage({ ...photo, children: photo.children.map((k) => (k.id === 'c1' ? k : { ...k, objects: false })) }, consents, { at: AT, policy: preset });
      expect(d.reasons.filter((r) => r.effect === 'block')).toEqual([]);
      // Not scaled down under mutation testing: an obscuring is rare, and the count below must see some.
    }), { numRuns: 800 });
    expect(seen).toBeGreaterThan(10);
  });
});
