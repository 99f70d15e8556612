import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { canPublishImage, imageFacts } from '../../rules/image/canPublishImage.js';
import { toDecision, type Finding, type PolicyRef } from '../core/findings.js';
import { RuleValidationError } from '../core/rules/errors.js';
import { evaluateArea } from '../core/rules/ruleSet.js';
import type { Rule, VendorFacts } from '../core/rules/types.js';
import { createRuleSet, shippedRuleSet } from '../ruleSets.js';
import { AT, consents, photo } from '../../test/support/image.js';
import { createEngine, decideWithEngine, SCOPE_FACT } from './index.js';

// Examples of the json-rules-engine route: what createEngine and decideWithEngine return, beside the differential tests.
const clause = { source: 'acorn-policy.pdf', section: '4.2' };
const rule = (name: string, conditions: unknown, priority?: number): Rule =>
  ({ name, ...(priority ? { priority } : {}), conditions, event: { type: 'block', params: { code: 'ACORN', message: name, clause } } }) as Rule;
const acorn = (rules: Rule[], conditions?: Record<string, unknown>) =>
  createRuleSet({ add: [{ file: 'acorn.json', rules, ...(conditions ? { conditions } : {}) } as never] });
const training = { all: [{ fact: 'audience', operator: 'equal', value: 'training' }] };
const names = (d: { reasons: { rule: string; subject?: string }[] }) => d.reasons.map((r) => `${r.rule} ${r.subject ?? ''}`.trim());
const policy = { id: 't', version: '1' } as PolicyRef;

describe('createEngine', () => {
  it('without options, holds the shipped rules: the same decisions as canPublishImage', async () => {
    const engine = createEngine();
    const cases = [photo(), photo({ audience: 'publicity' })];
    for (const p of cases) {
      const typed = canPublishImage(p, consents({ written: false }), { at: AT });
      const theirs = await decideWithEngine(engine, imageFacts(p, consents({ written: false }), { at: AT }));
      expect(typed.allowed).toBe(false);
      expect(JSON.stringify(theirs)).toBe(JSON.stringify(typed));
    }
    expect((await decideWithEngine(engine, imageFacts(photo(), consents(), { at: AT }))).allowed).toBe(true);
  });

  it('with a rule set, holds that rule set: its own rules fire, disabled ones do not', async () => {
    const rules = createRuleSet({ disable: ['image.consent.missing'], add: [{ file: 'acorn.json', rules: [rule('image.acorn.no-training', training)] }] });
    const engine = createEngine({ rules });
    const noConsent = await decideWithEngine(engine, imageFacts(photo(), [], { at: AT, rules }));
    expect(names(noConsent)).not.toContain('image.consent.missing c1');
    const train = await decideWithEngine(engine, imageFacts(photo({ audience: 'training' }), consents(), { at: AT, rules }));
    expect(names(train)).toEqual(['image.acorn.no-training']);
  });

  it('keeps each rule\'s priority: json-rules-engine runs the higher one first', async () => {
    const engine = createEngine({ rules: acorn([rule('image.acorn.low', training), rule('image.acorn.high', training, 5)]) });
    const { results } = await engine.run({ ...imageFacts(photo({ audience: 'training' }), consents(), { at: AT }).sets!.root, [SCOPE_FACT]: 'image' });
    expect(results.map((r) => [r.name, r.priority])).toEqual([['image.acorn.high', 5], ['image.acorn.low', 1]]);
  });

  it('a rule added to the engine can reuse a shipped rule\'s own conditions as "rule:<name>"', async () => {
    const engine = createEngine();
    engine.addRule({ name: 'image.mine.no-consent', conditions: { all: [{ fact: SCOPE_FACT, operator: 'equal', value: 'image:each' }, { condition: 'rule:image.consent.missing' }] }, event: rule('x', training).event });
    const d = await decideWithEngine(engine, imageFacts(photo(), [], { at: AT }));
    expect(names(d).filter((n) => n.startsWith('image.mine.'))).toEqual(['image.mine.no-consent c1', 'image.mine.no-consent c2']);
  });

  it('a shared condition named like a rule is still the shared condition', async () => {
    // Rule "a" has its own conditions; rule "b" refers to the shared condition that happens to be named "image.acorn.a".
    const publicity = { all: [{ fact: 'audience', operator: 'equal', value: 'publicity' }] };
    const rules = acorn([rule('image.acorn.a', publicity), rule('image.acorn.b', { all: [{ condition: 'image.acorn.a' }] })], { 'image.acorn.a': training });
    const engine = createEngine({ rules });
    const d = await decideWithEngine(engine, imageFacts(photo({ audience: 'training' }), consents(), { at: AT, rules }));
    expect(names(d)).toEqual(names(canPublishImage(photo({ audience: 'training' }), consents(), { at: AT, rules })));
    expect(names(d)).toEqual(['image.acorn.b']);
  });

  it('a shared condition named "rule:<a rule\'s name>" is not replaced by that rule\'s conditions', async () => {
    // Before the fix the engine kept rule a's conditions under that name, so rule b never fired (the typed function's did).
    const publicity = { all: [{ fact: 'audience', operator: 'equal', value: 'publicity' }] };
    const rules = acorn([rule('image.acorn.a', publicity), rule('image.acorn.b', { all: [{ condition: 'rule:image.acorn.a' }] })], { 'rule:image.acorn.a': training });
    const p = photo({ audience: 'training' });
    const d = await decideWithEngine(createEngine({ rules }), imageFacts(p, consents(), { at: AT, rules }));
    expect(names(d)).toEqual(names(canPublishImage(p, consents(), { at: AT, rules })));
    expect(names(d)).toEqual(['image.acorn.b']);
  });
});

describe('decideWithEngine', () => {
  it('bad input: the typed function\'s refusal, without running the rules', async () => {
    const bad = [{ id: 3 }, consents()] as const;
    const typed = canPublishImage(bad[0] as never, bad[1], { at: AT });
    const theirs = await decideWithEngine(createEngine(), imageFacts(bad[0], bad[1], { at: AT }));
    expect(typed.allowed).toBe(false);
    expect(JSON.stringify(theirs)).toBe(JSON.stringify(typed));
  });

  it('facts that already carry findings are finished with those alone: the rules do not run', async () => {
    // Hand-made prepared facts (a public type): the sets would make image.consent.missing fire.
    const { sets } = imageFacts(photo(), [], { at: AT });
    const refused: Finding = { rule: 'input.invalid', effect: 'block', code: 'INPUT_INVALID', message: 'bad', clause: { source: 's', section: '1' } } as Finding;
    const d = await decideWithEngine(createEngine(), { area: 'image', policy, ruleSet: shippedRuleSet(), findings: [refused], sets, finish: (f) => toDecision([refused, ...f], policy) });
    expect(names(d)).toEqual(['input.invalid']);
  });

  it('a fact missing from the facts reads as undefined, as in the built-in evaluator', async () => {
    const sets = { root: {}, items: [{ subject: 'c1', facts: {} }] };
    const ours = evaluateArea(shippedRuleSet(), 'image', sets);
    const theirs = await decideWithEngine(createEngine(), { area: 'image', policy, ruleSet: shippedRuleSet(), findings: [], sets, finish: (f) => toDecision(f, policy) });
    expect(names(theirs)).toEqual(names(toDecision(ours, policy)));
  });

  it('works with an engine not made by createEngine (rules scoped by hand)', async () => {
    const engine = new Engine([], { allowUndefinedFacts: true });
    engine.addRule({ name: 'image.mine.training', conditions: { all: [{ fact: SCOPE_FACT, operator: 'equal', value: 'image' }, ...training.all] }, event: rule('x', training).event });
    const d = await decideWithEngine(engine, imageFacts(photo({ audience: 'training' }), consents(), { at: AT }));
    expect(names(d)).toEqual(['image.mine.training']);
  });
});

describe('decideWithEngine: facts of your own', () => {
  const facts: VendorFacts = {
    image: {
      room: { type: 'string', values: ['garden', 'changing-area'], description: 'The room.', read: ({ context }) => context.room },
      staff: { type: 'number', description: 'Staff present.', read: ({ context }) => context.staff },
      inCare: { type: 'boolean', each: true, description: 'Looked after.', read: ({ context, subject }) => context.inCare?.includes(subject) },
    },
  };
  const rules = createRuleSet({ facts, add: [{ file: 'acorn.json', rules: [
    rule('image.acorn.changing-area', { all: [{ fact: 'room', operator: 'equal', value: 'changing-area' }] }),
    rule('image.acorn.in-care', { all: [{ fact: 'inCare', operator: 'equal', value: true }] }),
  ] }] });
  const engine = createEngine({ rules });
  const context = { room: 'changing-area', staff: 2, inCare: ['c2'] };
  const problems = async (p: Promise<unknown>) => {
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RuleValidationError);
    return (e as RuleValidationError).problems;
  };

  it('read, root and per item, when the facts are prepared with the engine\'s rule set', async () => {
    const d = await decideWithEngine(engine, imageFacts(photo(), consents(), { at: AT, rules, context }));
    expect(names(d)).toEqual(['image.acorn.changing-area', 'image.acorn.in-care c2']);
  });

  it('with no items, a per-item fact is not missing', async () => {
    const d = await decideWithEngine(engine, imageFacts(photo({ children: [] }), [], { at: AT, rules, context }));
    expect(names(d)).toEqual(['image.acorn.changing-area']);
  });

  it('refused, naming every missing fact, when the facts were prepared without it', async () => {
    expect(await problems(decideWithEngine(engine, imageFacts(photo(), consents(), { at: AT })))).toEqual([
      'the engine\'s rules use your facts "room", "staff", "inCare" (area "image"), which these facts were prepared without: pass the engine\'s rule set as the facts\' options.rules',
    ]);
  });

  it('refused when only some items lack a per-item fact', async () => {
    const { sets } = imageFacts(photo(), consents(), { at: AT, rules, context });
    const partial = { root: sets!.root, items: [sets!.items[0]!, { subject: 'c2', facts: {} }] };
    const prepared = { area: 'image', policy, ruleSet: rules, findings: [], sets: partial, finish: (f: Finding[]) => toDecision(f, policy) };
    expect(await problems(decideWithEngine(engine, prepared))).toEqual([expect.stringContaining('your facts "inCare" (area "image")')]);
  });
});
