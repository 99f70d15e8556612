import { describe, expect, it } from 'vitest';
import { createRuleSet, shippedRuleSet } from './ruleSets.js';
import { RuleValidationError } from './core/rules/errors.js';
import { canPublishImage } from '../rules/image/canPublishImage.js';
import { consents, photo, AT } from '../test/support/image.js';
import type { Rule } from './core/rules/types.js';

const rule = (over: Record<string, unknown> = {}): Rule => ({
  name: 'image.local.no-training',
  conditions: { all: [{ fact: 'audience', operator: 'equal', value: 'training' }] },
  event: { type: 'block', params: { code: 'LOCAL_NO_TRAINING', message: 'We do not use photos for training.', clause: { source: 'acorn-policy.pdf', section: '4.2' } } },
  ...over,
}) as Rule;

const problems = (fn: () => unknown): string[] => {
  try { fn(); } catch (e) { if (e instanceof RuleValidationError) return e.problems; throw e; }
  throw new Error('expected a RuleValidationError');
};
const add = (r: unknown) => () => createRuleSet({ add: [{ file: 'mine.json', rules: [r as Rule] }] });

describe('createRuleSet', () => {
  it('the shipped rules are valid and every one cites a clause', () => {
    const set = shippedRuleSet();
    expect(set.rules.length).toBeGreaterThan(20);
    for (const { rule: r } of set.rules) expect(r.event.params.clause.source.length).toBeGreaterThan(0);
  });

  it('a vendor rule is added and decides through the typed function', () => {
    const rules = createRuleSet({ add: [{ file: 'mine.json', rules: [rule()] }] });
    const d = canPublishImage(photo({ audience: 'training' }), consents(), { at: AT, rules });
    expect(d.reasons.map((r) => [r.rule, r.clause.source])).toEqual([['image.local.no-training', 'acorn-policy.pdf']]);
    expect(canPublishImage(photo({ audience: 'training' }), consents(), { at: AT }).allowed).toBe(true);
  });

  it('a shipped rule is disabled by name', () => {
    const rules = createRuleSet({ disable: ['image.content.one-to-one'] });
    expect(canPublishImage(photo({ oneToOne: true }), consents(), { at: AT, rules }).reasons).toEqual([]);
  });

  it('a shipped rule is overridden by name (here: a warning becomes a block)', () => {
    const base = shippedRuleSet().rules.find((r) => r.rule.name === 'image.content.one-to-one')!.rule;
    const rules = createRuleSet({ override: [{ file: 'mine.json', rules: [{ ...base, event: { ...base.event, type: 'block' } }] }] });
    expect(canPublishImage(photo({ oneToOne: true }), consents(), { at: AT, rules }).allowed).toBe(false);
  });

  it('names the file and the rule for every kind of problem', () => {
    expect(problems(add(rule({ conditions: { all: [{ fact: 'colour', operator: 'equal', value: 'red' }] } })))).toEqual([
      'mine.json: image.local.no-training: conditions.all[0]: unknown fact "colour" in area "image"',
    ]);
    expect(problems(add(rule({ conditions: { all: [{ fact: 'audience', operator: 'startsWith', value: 'x' }] } })))[0]).toMatch(/mine\.json: image\.local\.no-training: .*unknown operator "startsWith"/);
    expect(problems(add(rule({ conditions: { all: [{ fact: 'audience', operator: 'equal', value: 'cinema' }] } })))[0]).toMatch(/value "cinema" is not/);
    expect(problems(add(rule({ conditions: { all: [] } })))[0]).toMatch(/non-empty array/);
    expect(problems(add(rule({ conditions: { all: [{ condition: 'nope' }] } })))[0]).toMatch(/unknown shared condition "nope"/);
    expect(problems(add(rule({ conditions: { all: [{ fact: 'childCount', operator: 'greaterThan', value: '3' }] } })))[0]).toMatch(/compares numbers only/);
    expect(problems(add(rule({ conditions: { all: [{ fact: 'audience', operator: 'equal' }] } })))[0]).toMatch(/"value" is missing/);
    const noClause = rule();
    delete (noClause.event.params as Partial<Rule['event']['params']>).clause;
    expect(problems(add(noClause))).toEqual(['mine.json: image.local.no-training: "event.params.clause" must have a source (policy file) and a section']);
    expect(problems(add(rule({ name: 'weather.sunny' })))[0]).toMatch(/unknown area "weather"/);
    expect(problems(add(rule({ name: 'image.consent.missing' })))[0]).toMatch(/already used by rules\/image\/consent\.json/);
    expect(problems(add(rule({ conditons: {} })))[0]).toMatch(/unknown property "conditons"/);
    expect(problems(add('not a rule'))).toEqual(['mine.json: rule #1: a rule must be an object']);
    expect(problems(() => createRuleSet({ disable: ['image.nope'] }))).toEqual(['disable: no rule named "image.nope"']);
    expect(problems(() => createRuleSet({ override: [{ file: 'o.json', rules: [rule()] }] }))).toEqual(['o.json: image.local.no-training: overrides a rule that does not exist']);
  });

  it('a rule set not made by createRuleSet is refused by decisions (fail closed)', () => {
    const d = canPublishImage(photo(), consents(), { at: AT, rules: { rules: [] } as never });
    expect(d.allowed).toBe(false);
    expect(d.reasons[0]!.subject).toBe('options.rules');
  });
});

describe('the shipped rules compiled without validation (what each decision uses)', () => {
  it('are the same rules, in the same order and scope, as the validated rule set', async () => {
    const { areaRules } = await import('./core/options.js');
    const { registry } = await import('./registry.js');
    const validated = shippedRuleSet();
    for (const area of registry) {
      const own = areaRules(area).byArea.get(area.id)!;
      const checked = validated.byArea.get(area.id)!;
      for (const scope of ['root', 'each'] as const) expect(own[scope].map((r) => r.rule.name), `${area.id} ${scope}`).toEqual(checked[scope].map((r) => r.rule.name));
    }
  });
});
