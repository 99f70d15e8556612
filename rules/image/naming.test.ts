import { describe, expect, it } from 'vitest';
import { consents, decide, fired, firedFor, photo } from '../../test/support/image.js';

describe('rules/image/naming.json', () => {
  it('image.name.full: a full name in the caption blocks, naming the child', () => {
    expect(firedFor(decide(photo({ caption: 'Ava Jones at the water tray' })), 'c1')).toEqual(['image.name.full']);
  });
  it('image.name.full: across case, punctuation and word order in tags', () => {
    expect(fired(decide(photo({ tags: ['JONES, ava'] })))).toContain('image.name.full');
  });
  it('image.name.full: a first name alone is not a full name', () => {
    expect(fired(decide(photo({ caption: 'Ava at the water tray' })))).not.toContain('image.name.full');
  });
  it('image.name.full: a name inside another word is not the name', () => {
    expect(fired(decide(photo({ caption: 'Avalanche game with Jonesy' })))).not.toContain('image.name.full');
  });

  it('image.name.any: any name blocks publicity', () => {
    const d = decide(photo({ audience: 'publicity', caption: 'Noah builds a tower' }));
    expect(firedFor(d, 'c2')).toContain('image.name.any');
  });
  it('image.name.any: a first name is fine in the learning journal under the baseline', () => {
    expect(decide(photo({ caption: 'Noah builds a tower' })).allowed).toBe(true);
  });
  it('image.name.any: Two Mile Ash names no child in a learning-journal photo', () => {
    expect(fired(decide(photo({ caption: 'Noah builds a tower' }), consents(), { policy: 'two-mile-ash-pre-school' }))).toContain('image.name.any');
  });

  it('image.name.file-name: a name in the file name blocks the website', () => {
    const d = decide(photo({ audience: 'setting-website', approvedBy: 'manager', fileName: 'noah_tower.jpg' }));
    expect(firedFor(d, 'c2')).toContain('image.name.file-name');
  });
  it('image.name.file-name: an anonymous file name is fine', () => {
    expect(fired(decide(photo({ audience: 'setting-website', approvedBy: 'manager', fileName: 'IMG_2041.jpg' })))).not.toContain('image.name.file-name');
  });

  it('image.name.list: a name list with a group photo blocks the website', () => {
    const d = decide(photo({ audience: 'setting-website', approvedBy: 'manager', nameList: ['Class 2'] }));
    expect(fired(d)).toContain('image.name.list');
  });
  it('image.name.list: no name list, no finding; a one-child photo is not a group photo', () => {
    expect(fired(decide(photo({ audience: 'setting-website', approvedBy: 'manager' })))).not.toContain('image.name.list');
    const single = photo({ audience: 'setting-display', children: [{ id: 'c1', agreed: true }], nameList: ['Class 2'] });
    expect(fired(decide(single))).not.toContain('image.name.list');
  });
});
