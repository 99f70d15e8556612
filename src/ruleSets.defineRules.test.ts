import { describe, expect, expectTypeOf, it } from 'vitest';
import { canPublishImage } from '../rules/image/canPublishImage.js';
import consentJson from '../rules/image/consent.json';
import { RuleValidationError } from './core/rules/errors.js';
import type { Rule, RuleFile, VendorFacts } from './core/rules/types.js';
import { createRuleSet, defineRules } from './ruleSets.js';
import { AT, consents, photo } from '../test/support/image.js';

// defineRules (issue 14, item 9): a rule file from JSON, checked and typed as rules, so that a file that type-checks
// is a file that loads. The types are checked by tsc (`npx tsc --noEmit`), the validation here at run time.
const acorn = [{
  name: 'image.acorn.no-training',
  conditions: { all: [{ fact: 'audience', operator: 'equal', value: 'training' }] },
  event: { type: 'block', params: { code: 'ACORN_NO_TRAINING', message: 'We do not use photos for training.', clause: { source: 'acorn-policy.pdf', section: '4.2' } } },
}];
const problems = (fn: () => unknown): string[] => {
  try { fn(); } catch (e) { if (e instanceof RuleValidationError) return e.problems; throw e; }
  throw new Error('expected a RuleValidationError');
};

describe('defineRules: types', () => {
  it('JSON as TypeScript reads it is not rules (string is not OperatorName); defineRules makes it Rule[]', () => {
    // What vendors hit: an imported JSON rule file's `operator` is a string, not an OperatorName.
    expectTypeOf(consentJson).not.toExtend<Rule[]>();
    expectTypeOf(acorn).not.toExtend<Rule[]>();
    const rules = defineRules(consentJson, { file: 'consent.json' });
    expectTypeOf(rules).toEqualTypeOf<Rule[]>();
    expectTypeOf({ file: 'acorn.json', rules: defineRules(acorn) }).toExtend<RuleFile>();
    // Anything goes in (parsed JSON, a fetch result): the check is at run time.
    expectTypeOf(defineRules).parameter(0).toEqualTypeOf<unknown>();
    expect(rules).toBe(consentJson);
  });
});

describe('defineRules: validation', () => {
  it('valid rules come back as they are, and load into a rule set that decides with them', () => {
    const rules = defineRules(JSON.parse(JSON.stringify(acorn)), { file: 'acorn.json' });
    const set = createRuleSet({ add: [{ file: 'acorn.json', rules }] });
    expect(canPublishImage(photo({ audience: 'training' }), consents(), { at: AT, rules: set }).reasons.map((r) => r.code)).toEqual(['ACORN_NO_TRAINING']);
  });

  it('every problem of every rule is listed, naming the file and the rule, as createRuleSet names them', () => {
    const bad = [
      { ...acorn[0], name: 'image.acorn.a', conditions: { all: [{ fact: 'room', operator: 'equal', value: 'garden' }] } },
      { ...acorn[0], name: 'image.acorn.b', conditions: { all: [{ fact: 'audience', operator: 'startsWith', value: 'x' }] } },
      { ...acorn[0], name: 'image.acorn.c', conditions: { all: [{ fact: 'audience', operator: 'equal', value: 'cinema' }] } },
      { ...acorn[0], name: 'weather.sunny' },
      'not a rule',
      { ...acorn[0], name: 'image.acorn.a' },
    ];
    expect(problems(() => defineRules(bad, { file: 'acorn.json' }))).toEqual([
      'acorn.json: image.acorn.a: conditions.all[0]: unknown fact "room" in area "image"',
      'acorn.json: image.acorn.b: conditions.all[0]: unknown operator "startsWith"',
      expect.stringMatching(/^acorn\.json: image\.acorn\.c: .*value "cinema" is not/),
      expect.stringMatching(/^acorn\.json: weather\.sunny: unknown area "weather"/),
      'acorn.json: rule #5: a rule must be an object',
      'acorn.json: image.acorn.a: the name is used twice in the file',
    ]);
    expect(problems(() => defineRules({ rules: acorn }))).toEqual(['rules: a rule file must be an array of rules']);
    expect(() => defineRules(bad)).toThrow(RuleValidationError);
  });

  it('rules on facts of your own validate with the same facts object createRuleSet gets', () => {
    const facts: VendorFacts = { image: { room: { type: 'string', values: ['garden', 'changing-area'], description: 'The room.', read: ({ context }) => context.room } } };
    const json = [{ ...acorn[0], name: 'image.acorn.changing-area', conditions: { all: [{ fact: 'room', operator: 'equal', value: 'changing-area' }] } }];
    expect(problems(() => defineRules(json))[0]).toMatch(/unknown fact "room"/);
    const rules = defineRules(json, { facts });
    const set = createRuleSet({ facts, add: [{ file: 'acorn.json', rules }] });
    expect(canPublishImage(photo(), consents(), { at: AT, rules: set, context: { room: 'changing-area' } }).allowed).toBe(false);
    expect(problems(() => defineRules([{ ...json[0], conditions: { all: [{ fact: 'room', operator: 'equal', value: 'kitchen' }] } }], { facts }))[0]).toMatch(/value "kitchen" is not "garden" \| "changing-area"/);
    expect(problems(() => defineRules(json, { facts: { image: { audience: facts.image!.room! } } }))[0]).toMatch(/built-in fact/);
  });

  it('shared conditions: the shipped ones, and your own given beside the file', () => {
    const json = [{ ...acorn[0], conditions: { all: [{ condition: 'ours' }] } }];
    expect(problems(() => defineRules(json))[0]).toMatch(/unknown shared condition "ours"/);
    expect(defineRules(json, { conditions: { ours: { fact: 'audience', operator: 'equal', value: 'training' } } })).toBe(json);
    expect(problems(() => defineRules(json, { conditions: { ours: { fact: 'audience', operator: 'equal', value: 'moon' } } }))[0]).toMatch(/value "moon"/);
  });
});

describe('defineRules: a rule that is not an object', () => {
  it('null or a number is named by its place in the file, not read for a name', () => {
    expect(problems(() => defineRules([null, 5], { file: 'x.json' }))).toEqual(['x.json: rule #1: a rule must be an object', 'x.json: rule #2: a rule must be an object']);
  });

  it('rules without a name are not "used twice"; a name used twice is', () => {
    expect(problems(() => defineRules([{}, {}], { file: 'x.json' })).filter((p) => p.includes('used twice'))).toEqual([]);
    expect(problems(() => defineRules([acorn[0], acorn[0]], { file: 'x.json' }))).toEqual(['x.json: image.acorn.no-training: the name is used twice in the file']);
  });
});
