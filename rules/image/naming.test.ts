import { describe, expect, it } from 'vitest';
import type { Photo } from './schema.js';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { consents, decide, fired, firedFor, photo, decideCase as run, type ImageCase as Case } from '../../test/support/image.js';

const at = (over: Partial<Photo>): Case => ({ photo: photo(over) });
const web = (over: Partial<Photo>): Case => at({ audience: 'setting-website', approvedBy: 'manager', ...over });

// "Full names ... are not used", "cannot be identified by name", "nor use children's names in image files",
// "Group photographs do not have a name list": every naming rule blocks.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  // The baseline keeps full names off everything (004). Homerton only "if published on the web"; Cambridgeshire only on
  // its social media; Barnet has no naming clause.
  { rule: 'image.name.full', effect: 'block', fires: at({ caption: 'Ava Jones at the water tray' }),
    nearMisses: [at({ caption: 'Ava at the water tray' })], elsewhere: ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years'] },
  { rule: 'image.name.full', policy: 'homerton-early-years', effect: 'block', fires: web({ caption: 'Ava Jones at the water tray' }),
    nearMisses: [web({ caption: 'Ava at the water tray' }), at({ audience: 'setting-display', caption: 'Ava Jones at the water tray' })] },
  { rule: 'image.name.any', effect: 'block', fires: at({ audience: 'publicity', caption: 'Noah builds a tower' }),
    nearMisses: [at({ audience: 'publicity', caption: 'A tower' }), at({ caption: 'Noah builds a tower' })],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
  // A name in the caption is image.name.any; only the file name counts here.
  { rule: 'image.name.file-name', effect: 'block', fires: web({ fileName: 'noah_tower.jpg' }),
    nearMisses: [web({ fileName: 'IMG_2041.jpg', caption: 'Noah' })], elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'image.name.list', effect: 'block', fires: web({ nameList: ['Class 2'] }),
    // A blank list is no list; one child is not a group; the learning journal allows a list.
    nearMisses: [web({ nameList: [' '] }), web({ nameList: ['Class 2'], children: [{ id: 'c1', agreed: true }] }), at({ nameList: ['Class 2'] })],
    elsewhere: ['cambridgeshire-early-years', 'barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school'] },
  // 002: "No child will be identified by name" in its learning journal: a name list identifies them.
  { rule: 'image.name.list', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ nameList: ['Class 2'] }),
    nearMisses: [at({ nameList: [' '] }), at({ audience: 'setting-display', nameList: ['Class 2'] })] },
];

describe('image naming rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(run, s));
});

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

describe('naming under each preset\'s own policy (issue 13)', () => {
  it('Homerton: a wall display captioned with a child\'s full name is allowed; on the web it is not', () => {
    const display = photo({ audience: 'setting-display', caption: 'Ava Jones at the water tray' });
    expect(decide(display, consents(), { policy: 'homerton-early-years' })).toMatchObject({ allowed: true, reasons: [] });
    const d = decide({ ...display, audience: 'setting-website' }, consents(), { policy: 'homerton-early-years' });
    expect(d.reasons.map((r) => [r.rule, r.subject, r.clause.source])).toEqual([['image.name.full', 'c1', '001_37d62a2ef733a813.txt']]);
    // Kirklees (and the baseline) keep full names off everything.
    expect(fired(decide(display, consents(), { policy: 'kirklees-primary' }))).toEqual(['image.name.full']);
  });
  it('Barnet has no naming clause: names and name lists are not blocked', () => {
    const p = photo({ audience: 'setting-website', approvedBy: 'manager', caption: 'Ava Jones', fileName: 'ava_jones.jpg', nameList: ['Ava Jones', 'Noah Patel'] });
    expect(fired(decide(p, consents(), { policy: 'barnet-early-years' }))).toEqual([]);
  });
  it('Cambridgeshire keeps children\'s personal information off its social media, names included', () => {
    const p = photo({ audience: 'setting-social-media', approvedBy: 'manager', socialMediaAccount: { closed: true, moderated: true }, caption: 'Ava Jones' });
    const d = decide(p, consents(), { policy: 'cambridgeshire-early-years' });
    expect(d.reasons.map((r) => [r.rule, r.clause.source.slice(0, 3)])).toEqual([['image.name.full', '003'], ['image.name.any', '003']]);
    expect(fired(decide({ ...p, audience: 'publicity' }, consents(), { policy: 'cambridgeshire-early-years' }))).toEqual([]);
  });
});
