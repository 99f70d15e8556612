import { describe, expect, it } from 'vitest';
import type { Photo } from './schema.js';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { consent, consents, decide, fired, photo, decideCase as run, type ImageCase as Case } from '../../test/support/image.js';

const social = (account?: { closed: boolean; moderated: boolean }): Case =>
  ({ photo: photo({ audience: 'setting-social-media', approvedBy: 'manager', socialMediaAccount: account }) });
const website = (over: Partial<Photo> = {}): Case => ({ photo: photo({ audience: 'setting-website', approvedBy: 'head', ...over }) });
const alone = [{ id: 'c1', agreed: true }, { id: 'c2', identifiable: false }];
const oneIdentifiable = (audience: Photo['audience']): Case =>
  ({ photo: photo({ audience, approvedBy: 'head', children: alone }), consents: [consent('c1')] });

// Every clause here is a "must not" (only taken for valid reasons, not published, must be closed, always moderated): all block.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  { rule: 'image.audience.not-permitted', policy: 'two-mile-ash-pre-school', effect: 'block', fires: website(),
    nearMisses: [{ ...website({ children: [] }), consents: [] }, { photo: photo({ audience: 'setting-display' }) }], elsewhere: ['baseline'] },
  { rule: 'image.audience.identifiable-individual', policy: 'kirklees-primary', effect: 'block', fires: oneIdentifiable('setting-website'),
    nearMisses: [website(), oneIdentifiable('setting-display')], elsewhere: ['homerton-early-years'] },
  // Closed and moderated must both be confirmed: a missing account, or either one false, blocks.
  // "must be “closed”" is Cambridgeshire's clause (and the baseline's): the other policies have none.
  { rule: 'image.audience.social-media-not-closed', policy: 'baseline', effect: 'block', fires: social(),
    nearMisses: [social({ closed: true, moderated: true }), { photo: photo({ socialMediaAccount: { closed: false, moderated: false } }) }],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] },
  { rule: 'image.audience.social-media-not-closed', policy: 'cambridgeshire-early-years', effect: 'block', fires: social(),
    nearMisses: [social({ closed: true, moderated: true })] },
  { rule: 'image.audience.social-media-not-closed', policy: 'baseline', effect: 'block', fires: social({ closed: true, moderated: false }), nearMisses: [] },
  { rule: 'image.audience.social-media-not-closed', policy: 'baseline', effect: 'block', fires: social({ closed: false, moderated: true }), nearMisses: [] },
  { rule: 'image.audience.not-moderated', policy: 'baseline', effect: 'block', fires: website({ approvedBy: undefined }),
    nearMisses: [website(), { photo: photo() }], elsewhere: ['homerton-early-years', 'barnet-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  // Cambridgeshire: "The manager/administrator will moderate all postings to the site" (its social media).
  { rule: 'image.audience.not-moderated', policy: 'cambridgeshire-early-years', effect: 'block',
    fires: { photo: photo({ audience: 'setting-social-media', socialMediaAccount: { closed: true, moderated: true } }) },
    nearMisses: [social({ closed: true, moderated: true }), website({ approvedBy: undefined })] },
];

describe('image audience rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} #${i}`, s] as const))('%s', (_, s) => expectScenario(run, s));
});


describe('rules/image/audience.json', () => {
  it('image.audience.not-permitted: Two Mile Ash takes photos only for learning, displays and publicity', () => {
    const d = decide(photo({ audience: 'setting-website', approvedBy: 'manager' }), consents(), { policy: 'two-mile-ash-pre-school' });
    expect(fired(d)).toContain('image.audience.not-permitted');
    expect(fired(decide(photo({ audience: 'setting-display' }), consents(), { policy: 'two-mile-ash-pre-school' }))).toEqual([]);
  });
  it('image.audience.identifiable-individual: one identifiable pupil alone may not go on the website', () => {
    const single = photo({ audience: 'setting-website', approvedBy: 'head', children: [{ id: 'c1', agreed: true }, { id: 'c2', identifiable: false }] });
    expect(fired(decide(single, consents(), { policy: 'kirklees-primary' }))).toEqual(['image.audience.identifiable-individual']);
    expect(fired(decide(photo({ audience: 'setting-website', approvedBy: 'head' }), consents(), { policy: 'kirklees-primary' }))).toEqual([]);
  });
  it('image.audience.social-media-not-closed: the setting\'s account must be closed and moderated', () => {
    const p = (account?: { closed: boolean; moderated: boolean }) => photo({ audience: 'setting-social-media', approvedBy: 'manager', socialMediaAccount: account });
    expect(fired(decide(p()))).toEqual(['image.audience.social-media-not-closed']);
    expect(fired(decide(p({ closed: true, moderated: false })))).toEqual(['image.audience.social-media-not-closed']);
    expect(fired(decide(p({ closed: false, moderated: true })))).toEqual(['image.audience.social-media-not-closed']);
    expect(fired(decide(p({ closed: true, moderated: true })))).toEqual([]);
  });
  it('image.audience.not-moderated: website uploads need an approval under the baseline and Kirklees', () => {
    expect(fired(decide(photo({ audience: 'setting-website' })))).toEqual(['image.audience.not-moderated']);
    expect(fired(decide(photo({ audience: 'setting-website', approvedBy: 'manager' })))).toEqual([]);
  });
  it('image.audience.not-moderated: Homerton has no moderation clause', () => {
    expect(fired(decide(photo({ audience: 'setting-website' }), consents(), { policy: 'homerton-early-years' }))).toEqual([]);
  });
});
