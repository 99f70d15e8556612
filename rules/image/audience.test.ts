import { describe, expect, it } from 'vitest';
import { consents, decide, fired, photo } from '../../test/support/image.js';

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
