import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './compileRuleSet.js';
import { RuleValidationError } from './errors.js';
import type { AreaSpec, Condition, Rule, RuleFile } from './types.js';

const toy: AreaSpec = { id: 'toy', facts: { n: { type: 'number', description: 'a number' } } };
const areas = new Map([['toy', toy]]);
const rule = (name: string, value = 1): Rule => ({
  name, conditions: { all: [{ fact: 'n', operator: 'equal', value }] },
  event: { type: 'block', params: { code: 'TOY', message: 'No.', clause: { source: 's.pdf', section: '1' } } },
});
const base: RuleFile[] = [{ file: 'base.json', rules: [rule('toy.a'), rule('toy.b')] }];
const problems = (options: Parameters<typeof compileRuleSet>[0], files: readonly RuleFile[] = base): string[] => {
  try { compileRuleSet(options, files, areas); } catch (e) { if (e instanceof RuleValidationError) return e.problems; throw e; }
  throw new Error('expected a RuleValidationError');
};
const names = (options: Parameters<typeof compileRuleSet>[0]) => compileRuleSet(options, base, areas).rules.map((r) => [r.rule.name, r.rule.conditions]);

describe('compileRuleSet', () => {
  it('adds, overrides and disables rules by name', () => {
    expect(names({ add: [{ file: 'mine.json', rules: [rule('toy.c')] }], override: [{ file: 'o.json', rules: [rule('toy.a', 2)] }], disable: ['toy.b'] }))
      .toEqual([['toy.a', rule('toy.a', 2).conditions], ['toy.c', rule('toy.c').conditions]]);
  });

  it('names the file and the rule of each problem', () => {
    expect(problems({ add: [{ file: 'mine.json', rules: [rule('toy.a')] }] })).toEqual(['mine.json: toy.a: the name is already used by base.json']);
    expect(problems({ override: [{ file: 'o.json', rules: [rule('toy.z')] }] })).toEqual(['o.json: toy.z: overrides a rule that does not exist']);
    expect(problems({ disable: ['toy.z'] })).toEqual(['disable: no rule named "toy.z"']);
    expect(problems({ add: [{ file: 'mine.json', rules: [null as unknown as Rule, { ...rule('toy.c'), priority: 0 }] }] })).toEqual([
      'mine.json: rule #1: a rule must be an object', 'mine.json: toy.c: "priority" must be a number above 0',
    ]);
  });

  it('refuses a file whose rules are not a list', () => {
    expect(problems({ add: [{ file: 'mine.json', rules: 'toy.c' as unknown as Rule[] }] })).toEqual(['mine.json: a rule file must be an array of rules']);
  });

  it('refuses a shared condition defined twice', () => {
    const c: Condition = { all: [{ fact: 'n', operator: 'equal', value: 1 }] };
    expect(problems({ add: [{ file: 'mine.json', rules: [], conditions: { one: c } }] }, [{ file: 'base.json', rules: [], conditions: { one: c } }]))
      .toEqual(['mine.json: shared condition "one" is defined twice']);
  });

  it('refuses a file that is not JSON data, naming it where it can', () => {
    const fn = () => 1;
    expect(problems({ add: [{ file: 'mine.json', rules: [{ ...rule('toy.c'), fn } as unknown as Rule] }] })).toEqual(['mine.json: is not JSON data (a function is not data)']);
    expect(problems({ add: [{ file: 5, rules: [fn] } as unknown as RuleFile] })).toEqual(['a rule file: is not JSON data (a function is not data)']);
  });
});
