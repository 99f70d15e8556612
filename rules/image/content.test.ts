import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/settingPolicy.js';
import { consents, decide, fired, photo } from '../../test/support/image.js';

describe('rules/image/content.json', () => {
  it('image.content.dress: blocks unless appropriate dress is confirmed', () => {
    expect(fired(decide(photo({ appropriatelyDressed: false })))).toEqual(['image.content.dress']);
    expect(fired(decide(photo({ appropriatelyDressed: undefined })))).toEqual(['image.content.dress']);
    expect(fired(decide(photo()))).not.toContain('image.content.dress');
  });
  it('image.content.distress: blocks unless confirmed not distressing', () => {
    expect(fired(decide(photo({ mayCauseDistress: true })))).toEqual(['image.content.distress']);
    expect(fired(decide(photo({ mayCauseDistress: undefined })))).toEqual(['image.content.distress']);
    expect(fired(decide(photo()))).not.toContain('image.content.distress');
  });
  it('image.content.secret: blocks unless confirmed taken openly', () => {
    expect(fired(decide(photo({ takenInSecret: true })))).toEqual(['image.content.secret']);
    expect(fired(decide(photo({ takenInSecret: undefined })))).toEqual(['image.content.secret']);
    expect(fired(decide(photo()))).not.toContain('image.content.secret');
  });
  it('image.content.personal-use: a photo for an adult\'s own use blocks', () => {
    expect(fired(decide(photo({ takenForPersonalUse: true })))).toEqual(['image.content.personal-use']);
    expect(fired(decide(photo({ takenForPersonalUse: undefined })))).not.toContain('image.content.personal-use');
  });
  it('image.content.one-to-one: a warning, the photo is still allowed', () => {
    const d = decide(photo({ oneToOne: true }));
    expect(d.allowed).toBe(true);
    expect(fired(d)).toEqual(['image.content.one-to-one']);
    expect(fired(decide(photo()))).not.toContain('image.content.one-to-one');
  });
  it('image.content.single-child-context: one child with no context warns; two children do not', () => {
    const single = photo({ children: [{ id: 'c1', agreed: true }], showsSurroundingContext: false });
    expect(decide(single).reasons.map((r) => [r.rule, r.effect])).toEqual([['image.content.single-child-context', 'warn']]);
    expect(fired(decide(photo({ showsSurroundingContext: false })))).not.toContain('image.content.single-child-context');
  });
  it('image.content.branded-clothing: Two Mile Ash publicity blocks a setting sweatshirt, and an unconfirmed one', () => {
    const p = (b?: boolean) => photo({ audience: 'publicity', brandedClothing: b });
    expect(fired(decide(p(true), consents(), { policy: 'two-mile-ash-pre-school' }))).toContain('image.content.branded-clothing');
    expect(fired(decide(p(undefined), consents(), { policy: 'two-mile-ash-pre-school' }))).toContain('image.content.branded-clothing');
    expect(fired(decide(p(false), consents(), { policy: 'two-mile-ash-pre-school' }))).not.toContain('image.content.branded-clothing');
  });
  it('image.content.branded-clothing: presets silent on it inherit the baseline; a setting may turn it off', () => {
    const p = photo({ audience: 'publicity', brandedClothing: true });
    expect(fired(decide(p, consents(), { policy: 'homerton-early-years' }))).toContain('image.content.branded-clothing');
    const own = definePolicy({ id: 'acorn', version: '1', basedOn: 'homerton-early-years', image: { brandedClothingForbiddenIn: [] } });
    expect(fired(decide(p, consents(), { policy: own }))).not.toContain('image.content.branded-clothing');
  });
  it('image.content.purpose: a missing purpose warns', () => {
    expect(decide(photo({ purpose: '  ' })).reasons.map((r) => [r.rule, r.effect])).toEqual([['image.content.purpose', 'warn']]);
    expect(fired(decide(photo()))).not.toContain('image.content.purpose');
  });
  it('a photo with no children needs no content checks', () => {
    const d = decide(photo({ children: [], appropriatelyDressed: undefined, mayCauseDistress: undefined, takenInSecret: undefined }), []);
    expect(d).toMatchObject({ allowed: true, reasons: [] });
  });
});
