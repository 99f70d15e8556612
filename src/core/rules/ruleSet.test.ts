import { describe, expect, it } from 'vitest';
import { buildRuleSet, clauseFor, evaluateArea, findingOf, fire, STATUTORY, type RuleSet } from './ruleSet.js';
import type { AreaSpec, Condition, Rule } from './types.js';

const toy: AreaSpec = {
  id: 'toy',
  item: 'child',
  facts: {
    n: { type: 'number', description: 'a number' },
    m: { type: 'number', description: 'another number' },
    kid: { type: 'boolean', each: true, description: 'per child' },
    age: { type: 'number', each: true, description: 'per child' },
  },
};
const areas = new Map([['toy', toy]]);
const params = { code: 'TOY', message: 'No.', clause: { source: 's.pdf', section: '1' } };
const rule = (name: string, conditions: Condition, over: Partial<Rule> = {}): Rule =>
  ({ name: `toy.${name}`, conditions: conditions as Rule['conditions'], event: { type: 'block', params }, ...over });
const nBig: Condition = { fact: 'n', operator: 'greaterThan', value: 3 };
const isKid: Condition = { fact: 'kid', operator: 'equal', value: true };
const build = (rules: Rule[], conditions?: Record<string, Condition>) => buildRuleSet([{ file: 'f.json', rules, ...(conditions ? { conditions } : {}) }], areas);
const scopeOf = (set: RuleSet, name: string) => set.rules.find((r) => r.rule.name === `toy.${name}`)!.scope;

describe('buildRuleSet', () => {
  it('runs a rule once per item when any part of its conditions reads a per-item fact', () => {
    const set = build([
      rule('root', { all: [nBig] }),
      rule('any', { any: [nBig, isKid] }),
      rule('not', { not: isKid }),
      rule('shared', { all: [{ condition: 'kidShared' }] }),
      rule('rootShared', { all: [{ condition: 'bigShared' }] }),
      rule('ref', { all: [{ fact: 'n', operator: 'equal', value: { fact: 'age' } }] }),
      rule('rootRef', { all: [{ fact: 'n', operator: 'equal', value: { fact: 'm' } }] }),
      rule('null', { all: [{ fact: 'n', operator: 'equal', value: null }] }),
    ], { kidShared: { all: [isKid] }, bigShared: { all: [nBig] } });
    expect(['root', 'any', 'not', 'shared', 'rootShared', 'ref', 'rootRef', 'null'].map((n) => scopeOf(set, n)))
      .toEqual(['root', 'each', 'each', 'each', 'root', 'each', 'root', 'root']);
    expect(set.byArea.get('toy')!.each.map((r) => r.rule.name)).toEqual(['toy.any', 'toy.not', 'toy.shared', 'toy.ref']);
  });

  it("compiles each rule's test to read per-item facts from the item and the others from the decision", () => {
    const set = build([rule('both', { all: [nBig, isKid] })]);
    const { test } = set.rules[0]!;
    expect(test({ n: 5 }, { kid: true })).toBe(true);
    expect(test({ n: 5, kid: true }, { kid: false })).toBe(false);
    expect(test({ n: 2 }, { n: 5, kid: true })).toBe(false);
  });

  it('orders rules by priority, high to low, then in load order', () => {
    const set = build([
      rule('a', { all: [nBig] }), rule('b', { all: [nBig] }, { priority: 5 }), rule('c', { all: [nBig] }),
      rule('d', { all: [nBig] }, { priority: 0.5 }), rule('e', { all: [nBig] }), rule('f', { all: [nBig] }, { priority: 1 }),
      rule('g', { all: [nBig] }, { priority: 5 }),
    ]);
    expect(set.rules.map((r) => r.rule.name)).toEqual(['toy.b', 'toy.g', 'toy.a', 'toy.c', 'toy.e', 'toy.f', 'toy.d']);
    expect(fire(set, 'toy', { root: { n: 4 }, items: [] }).map((f) => f.rule.name)).toEqual(set.rules.map((r) => r.rule.name));
  });
});

describe('fire and evaluateArea', () => {
  const set = build([rule('root', { all: [nBig] }), rule('kid', { all: [isKid] }, { event: { type: 'warn', params: { ...params, code: 'KID' } } })]);
  const sets = { root: { n: 4 }, items: [{ subject: 'c1', facts: { kid: true } }, { subject: 'c2', facts: { kid: false } }, { subject: 'c3', facts: { kid: true } }] };

  it('fires the once-per-decision rules, then the per-item rules for each item', () => {
    expect(fire(set, 'toy', sets).map((f) => [f.rule.name, f.subject])).toEqual([['toy.root', undefined], ['toy.kid', 'c1'], ['toy.kid', 'c3']]);
  });

  it('fires nothing for an area it has no rules for', () => {
    expect(fire(set, 'weather', sets)).toEqual([]);
    expect(evaluateArea(set, 'weather', sets)).toEqual([]);
  });

  it('gives a finding for each rule that fired', () => {
    expect(evaluateArea(set, 'toy', sets).map((f) => [f.code, f.effect, f.subject])).toEqual([['TOY', 'block', undefined], ['KID', 'warn', 'c1'], ['KID', 'warn', 'c3']]);
  });

  it('gives the same answers where code generation is refused (a Content-Security-Policy without unsafe-eval)', () => {
    const original = globalThis.Function;
    let refused: RuleSet;
    globalThis.Function = function refuse() { throw new EvalError('Refused to evaluate a string as JavaScript'); } as unknown as FunctionConstructor;
    try {
      refused = build([rule('root', { all: [nBig] }), rule('kid', { all: [isKid] })]);
    } finally {
      globalThis.Function = original;
    }
    expect(fire(refused, 'toy', sets).map((f) => [f.rule.name, f.subject])).toEqual([['toy.root', undefined], ['toy.kid', 'c1'], ['toy.kid', 'c3']]);
    expect(fire(refused, 'toy', { root: { n: 1 }, items: [{ subject: 'c1', facts: { kid: false } }] })).toEqual([]);
    const once = fire(refused, 'toy', { root: { n: 4 }, items: [] });
    expect(once).toEqual([{ rule: refused.rules[0]!.rule }]);
    expect(once[0]).toBe(fire(refused, 'toy', { root: { n: 9 }, items: [] })[0]);
  });
});

describe('clauseFor', () => {
  const own = { source: 'a.pdf', section: '1' };
  const law = { source: STATUTORY, section: 'L1' };
  const law2 = { source: STATUTORY, section: 'L2' };
  const b = { source: 'b.pdf', section: 'B1' };
  const b2 = { source: 'b.pdf', section: 'B2' };
  const p = (clause: typeof own, clauses?: (typeof own)[]) => ({ ...params, clause, ...(clauses ? { clauses } : {}) });

  it("cites the rule's primary clause with no policy in force, or no other clauses", () => {
    expect(STATUTORY).toBe('statutory-facts.md');
    expect(clauseFor(p(own, [law, b]), undefined)).toBe(own);
    expect(clauseFor(p(own), 'b.pdf')).toBe(own);
  });

  it("cites the policy's own clause: the primary one first, else the first of the others", () => {
    expect(clauseFor(p(own, [{ source: 'a.pdf', section: '9' }]), 'a.pdf')).toBe(own);
    expect(clauseFor(p(own, [law, b, b2]), 'b.pdf')).toBe(b);
  });

  it("cites the law's clause where the policy has none, else the primary clause", () => {
    expect(clauseFor(p(own, [b, law, law2]), 'c.pdf')).toBe(law);
    expect(clauseFor(p(law, [b, law2]), 'c.pdf')).toBe(law);
    expect(clauseFor(p(own, [b]), 'c.pdf')).toBe(own);
  });
});

describe('findingOf', () => {
  it('carries the rule, the effect, the message and the clause, and no subject, remedy or data it does not have', () => {
    const f = findingOf(rule('a', { all: [nBig] }));
    expect(f).toMatchObject({ rule: 'toy.a', effect: 'block', code: 'TOY', message: 'No.', clause: { source: 's.pdf', section: '1' } });
    expect(Object.keys(f).sort()).toEqual(['clause', 'code', 'effect', 'message', 'rule']);
  });

  it('carries the subject and the remedy when there are', () => {
    const f = findingOf(rule('a', { all: [nBig] }, { event: { type: 'warn', params: { ...params, remedy: 'Ask.' } } }), 'c1');
    expect([f.subject, f.remedy, f.effect]).toEqual(['c1', 'Ask.', 'warn']);
  });

  it("carries as data the params that are the area's own, not the code, message, clauses or remedy", () => {
    const r = rule('a', { all: [nBig] }, { event: { type: 'block', params: { ...params, clauses: [params.clause], remedy: 'Ask.', recipient: 'dsl', days: 3 } } });
    expect(findingOf(r).data).toEqual({ recipient: 'dsl', days: 3 });
    expect(findingOf(Object.freeze(r)).data).toEqual({ recipient: 'dsl', days: 3 });
  });

  it('reads the params of a rule that is not frozen afresh each time', () => {
    const r = rule('a', { all: [nBig] }, { event: { type: 'block', params: { ...params, recipient: 'dsl' } } });
    expect(findingOf(r).data).toEqual({ recipient: 'dsl' });
    r.event.params.days = 2;
    expect(findingOf(r).data).toEqual({ recipient: 'dsl', days: 2 });
  });
});
