import { describe, expect, it } from 'vitest';
import type { Photo } from './schema.js';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { definePolicy } from '../../src/policy.js';
import { consent, consents, decide, fired, photo, decideCase as run, type ImageCase as Case } from '../../test/support/image.js';

const at = (over: Partial<Photo>): Case => ({ photo: photo(over) });
/** The same photo with no children in it (and so no consents). */
const empty = (over: Partial<Photo>): Case => ({ photo: photo({ ...over, children: [] }), consents: [] });
/** A photo of one child only. */
const one = (over: Partial<Photo>): Case =>
  ({ photo: photo({ children: [{ id: 'c1', agreed: true }], ...over }), consents: [consent('c1')] });
/** The policies silent on one-to-one and context-free images: the checks are not theirs. */
const SILENT_ON_PRACTICE: PolicyOption[] = ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'];

// "Ensure ... appropriately dressed", "Do not use images that could cause distress", "Do not take images in secret",
// "not appropriate ... for their own personal use", the branded sweatshirt: blocks. "Avoid" and "be clear about the purpose": warnings.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  { rule: 'image.content.dress', effect: 'block', fires: at({ appropriatelyDressed: false }),
    nearMisses: [empty({ appropriatelyDressed: false }), at({ appropriatelyDressed: true })] },
  { rule: 'image.content.distress', effect: 'block', fires: at({ mayCauseDistress: true }),
    nearMisses: [empty({ mayCauseDistress: true }), at({ mayCauseDistress: false })] },
  // Cambridgeshire is silent on images taken in secret (Homerton and Two Mile Ash are read as the phone area reads them).
  { rule: 'image.content.secret', effect: 'block', fires: at({ takenInSecret: true }),
    nearMisses: [empty({ takenInSecret: true }), at({ takenInSecret: false })], elsewhere: ['cambridgeshire-early-years'] },
  { rule: 'image.content.personal-use', effect: 'block', fires: at({ takenForPersonalUse: true }), nearMisses: [at({ takenForPersonalUse: false })] },
  { rule: 'image.content.one-to-one', effect: 'warn', fires: at({ oneToOne: true }), nearMisses: [at({ oneToOne: false })], elsewhere: SILENT_ON_PRACTICE },
  { rule: 'image.content.single-child-context', effect: 'warn', fires: one({ showsSurroundingContext: false }),
    nearMisses: [at({ showsSurroundingContext: false }), one({ showsSurroundingContext: true })], elsewhere: SILENT_ON_PRACTICE },
  { rule: 'image.content.branded-clothing', effect: 'block', fires: at({ audience: 'publicity', brandedClothing: true }),
    nearMisses: [empty({ audience: 'publicity', brandedClothing: true }), at({ audience: 'publicity', brandedClothing: false }),
      at({ brandedClothing: true })],
    elsewhere: ['kirklees-primary', 'cambridgeshire-early-years', 'barnet-early-years', 'homerton-early-years'] },
  // Cambridgeshire does not ask for a photo's purpose to be recorded.
  { rule: 'image.content.purpose', effect: 'warn', fires: at({ purpose: undefined }),
    nearMisses: [empty({ purpose: undefined }), at({ purpose: 'display' })], elsewhere: ['cambridgeshire-early-years'] },
  // 002: "only taken for valid reasons i.e. to record their learning and development, or for displays within the setting".
  { rule: 'image.content.purpose-not-valid', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ purpose: 'website' }),
    nearMisses: [empty({ purpose: 'website' }), at({ purpose: undefined }), at({ purpose: 'display' }), at({ purpose: 'observation' }), at({ purpose: 'publicity' })],
    elsewhere: ['baseline', 'barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
  // No policy accepts an adult's own use: a photo recorded for it blocks everywhere.
  { rule: 'image.content.purpose-not-valid', policy: 'baseline', effect: 'block', fires: at({ purpose: 'personal' }),
    nearMisses: [empty({ purpose: 'personal' }), at({ purpose: 'training' })] },
];

describe('image content rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(run, s));
});

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
  it('image.content.branded-clothing: presets silent on it do not block it (it is 002\'s clause); a setting may turn it on or off', () => {
    const p = photo({ audience: 'publicity', brandedClothing: true });
    // Behaviour change (issue 13): Homerton and Barnet no longer inherit Two Mile Ash's sweatshirt clause.
    expect(fired(decide(p, consents(), { policy: 'homerton-early-years' }))).not.toContain('image.content.branded-clothing');
    expect(fired(decide(photo({ audience: 'publicity', brandedClothing: undefined }), consents(), { policy: 'barnet-early-years' }))).not.toContain('image.content.branded-clothing');
    const strict = definePolicy({ id: 'acorn', version: '1', basedOn: 'homerton-early-years', image: { brandedClothingForbiddenIn: ['publicity'] } });
    expect(fired(decide(p, consents(), { policy: strict }))).toContain('image.content.branded-clothing');
    const own = definePolicy({ id: 'acorn', version: '1', basedOn: 'two-mile-ash-pre-school', image: { brandedClothingForbiddenIn: [] } });
    expect(fired(decide(p, consents(), { policy: own }))).not.toContain('image.content.branded-clothing');
  });
  it('image.content.purpose: a missing purpose warns', () => {
    expect(decide(photo({ purpose: undefined })).reasons.map((r) => [r.rule, r.effect])).toEqual([['image.content.purpose', 'warn']]);
    expect(fired(decide(photo()))).not.toContain('image.content.purpose');
  });
  it('image.content.purpose: the purpose is a word of the vocabulary; free text is invalid input (behaviour change, issue 13)', () => {
    const d = decide(photo({ purpose: 'observation: counting to ten' as never }));
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((r) => r.subject)).toEqual(['photo.purpose']);
    expect(d.reasons[0]!.message).toMatch(/observation/);
    expect(decide(photo({ purpose: '  ' as never })).reasons.map((r) => r.subject)).toEqual(['photo.purpose']);
  });
  it('image.content.purpose-not-valid: Two Mile Ash takes photos for learning and development, displays and publicity only', () => {
    const tma = { policy: 'two-mile-ash-pre-school' } as const;
    for (const purpose of ['observation', 'learning-journal', 'display', 'publicity'] as const) expect(fired(decide(photo({ purpose }), consents(), tma)), purpose).toEqual([]);
    for (const purpose of ['website', 'marketing', 'social-media', 'training', 'personal'] as const) {
      const d = decide(photo({ purpose }), consents(), tma);
      expect(d.allowed, purpose).toBe(false);
      expect(d.reasons.map((r) => [r.rule, r.clause.source]), purpose).toEqual([['image.content.purpose-not-valid', '002_ed2002546c8e0053.txt']]);
    }
  });
  it('image.content.purpose-not-valid: a photo for an adult\'s own use blocks under every preset, citing its own clause', () => {
    const own = { 'barnet-early-years': '000', 'homerton-early-years': '001', 'two-mile-ash-pre-school': '002', 'cambridgeshire-early-years': '003', 'kirklees-primary': '004' } as const;
    for (const [policy, seed] of Object.entries(own)) {
      const d = decide(photo({ purpose: 'personal' }), consents(), { policy: policy as keyof typeof own });
      expect(d.reasons.map((r) => [r.rule, r.clause.source.slice(0, 3)]), policy).toEqual([['image.content.purpose-not-valid', seed]]);
    }
    expect(fired(decide(photo({ purpose: 'training' }), consents(), { policy: 'homerton-early-years' }))).toEqual([]);
  });
  it('a photo with no children needs no content checks', () => {
    const d = decide(photo({ children: [], appropriatelyDressed: undefined, mayCauseDistress: undefined, takenInSecret: undefined }), []);
    expect(d).toMatchObject({ allowed: true, reasons: [] });
  });
});
