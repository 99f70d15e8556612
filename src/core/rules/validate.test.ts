import { describe, expect, it } from 'vitest';
import type { AreaSpec, Condition } from './types.js';
import { isRule, validateRule } from './validate.js';

const toy: AreaSpec = {
  id: 'toy',
  item: 'child',
  facts: {
    n: { type: 'number', description: 'a number' },
    s: { type: 'string', values: ['a', 'b'], description: 'a string among a and b' },
    b: { type: 'boolean', description: 'a boolean' },
    list: { type: 'string[]', values: ['x', 'y'], description: 'a list' },
    kid: { type: 'boolean', each: true, description: 'per child' },
  },
  eventParams: {
    recipient: { type: 'string', values: ['dsl', 'lado'], required: true, description: 'who' },
    note: { type: 'string', description: 'a note' },
  },
  policy: { baseline: { maxAge: 1 } },
};
const plain: AreaSpec = { id: 'plain', facts: { n: { type: 'number', description: 'a number' } } };
const areas = new Map([['toy', toy], ['plain', plain]]);
const shared: Record<string, Condition> = {
  big: { all: [{ fact: 'n', operator: 'greaterThan', value: 3 }] },
  loop: { all: [{ condition: 'loop' }] },
  child: { all: [{ fact: 'kid', operator: 'equal', value: true }] },
};
const ctx = { areas, conditions: shared };

const leaf = (over: Record<string, unknown> = {}) => ({ fact: 'n', operator: 'equal', value: 1, ...over });
const rule = (over: Record<string, unknown> = {}, params: Record<string, unknown> = {}) => ({
  name: 'toy.a.rule',
  conditions: { all: [leaf()] },
  event: { type: 'block', params: { code: 'TOY_A', message: 'No.', clause: { source: 's.pdf', section: '1' }, recipient: 'dsl', ...params } },
  ...over,
});
const problems = (r: unknown) => validateRule(r, ctx).problems;
const when = (...conds: unknown[]) => problems(rule({ conditions: { all: conds } }));

describe('validateRule: the rule itself', () => {
  it('accepts a valid rule and reports its area and that it runs once per decision', () => {
    const { problems: p, shape } = validateRule(rule(), ctx);
    expect(p).toEqual([]);
    expect(shape?.area).toBe(toy);
    expect(shape?.each).toBe(false);
    expect(isRule(rule(), ctx)).toBe(true);
    expect(isRule(rule({ name: 'nope' }), ctx)).toBe(false);
  });

  it('reports a rule that reads a per-item fact (directly, or through a shared condition) as per item', () => {
    expect(validateRule(rule({ conditions: { all: [leaf({ fact: 'kid', value: true })] } }), ctx).shape?.each).toBe(true);
    expect(validateRule(rule({ conditions: { any: [{ condition: 'child' }] } }), ctx).shape?.each).toBe(true);
  });

  it('rejects what is not an object', () => {
    expect(problems(null)).toEqual(['a rule must be an object']);
    expect(problems([rule()])).toEqual(['a rule must be an object']);
  });

  it('rejects unknown properties', () => {
    expect(problems(rule({ when: 1 }))).toEqual(['unknown property "when"']);
  });

  it('rejects a name that is not a whole dotted id', () => {
    const msg = '"name" must be a dotted id such as "image.consent.missing"';
    // (no area, so the area's own "recipient" param is also reported)
    for (const name of ['1toy.a', 'toy.a B', 'Toy.a', 'toy', 42, ['toy.a']]) {
      expect(problems(rule({ name }))).toEqual([msg, 'unknown property "event.params.recipient"']);
    }
  });

  it('names an unknown area and lists the known ones', () => {
    expect(problems(rule({ name: 'zoo.a' }))).toEqual(['unknown area "zoo" (known: toy, plain)', 'unknown property "event.params.recipient"']);
  });

  it('accepts a priority above 0 only', () => {
    expect(problems(rule({ priority: 2 }))).toEqual([]);
    for (const priority of [0, -1, '2']) expect(problems(rule({ priority }))).toEqual(['"priority" must be a number above 0']);
  });

  it('needs conditions with exactly one of all, any or not', () => {
    expect(problems(rule({ conditions: 'n > 1' }))).toEqual(['"conditions" must be an object with "all", "any" or "not"']);
    expect(problems(rule({ conditions: { all: [leaf()], any: [leaf()] } }))).toEqual(['"conditions" must have exactly one of "all", "any" or "not"']);
    expect(problems(rule({ conditions: { some: [leaf()] } }))).toEqual(['"conditions" must have exactly one of "all", "any" or "not"']);
    expect(problems(rule({ conditions: { any: [leaf()] } }))).toEqual([]);
    expect(problems(rule({ conditions: { not: leaf() } }))).toEqual([]);
  });
});

describe('validateRule: the event', () => {
  it('needs an object with a block or warn type and params', () => {
    expect(problems(rule({ event: 'block' }))).toEqual(['"event" must be an object']);
    expect(problems(rule({ event: { type: 'stop', params: 1 } }))).toEqual([
      '"event.type" must be "block" or "warn"', '"event.params" must be an object with code, message and clause',
    ]);
    expect(problems(rule({ event: { type: 'warn', params: rule().event.params } }))).toEqual([]);
  });

  it("checks the area's own params: their values, their type, and the required ones", () => {
    expect(problems(rule({}, { recipient: 'lado', note: 'x' }))).toEqual([]);
    expect(problems(rule({}, { recipient: 'boss' }))).toEqual(['"event.params.recipient" must be dsl | lado']);
    expect(problems(rule({}, { note: 5 }))).toEqual(['"event.params.note" must be a string']);
    expect(problems(rule({}, { recipient: undefined }))).toEqual(['"event.params.recipient" must be dsl | lado']);
    const { recipient: _, ...without } = rule().event.params;
    expect(problems(rule({ event: { type: 'block', params: without } }))).toEqual(['"event.params.recipient" is required in area "toy"']);
  });

  it('rejects params no area declares', () => {
    expect(problems(rule({}, { colour: 'red' }))).toEqual(['unknown property "event.params.colour"']);
    expect(problems(rule({ name: 'plain.a' }, { recipient: undefined }))).toEqual(['unknown property "event.params.recipient"']);
  });

  it('needs an UPPER_SNAKE code and a message', () => {
    for (const code of ['bad', 'xBAD', 'BAD x', 5, ['OK']]) expect(problems(rule({}, { code }))).toEqual(['"event.params.code" must be an UPPER_SNAKE code']);
    for (const message of ['', '   ', 5, undefined]) expect(problems(rule({}, { message }))).toEqual(['"event.params.message" is missing']);
  });

  it('needs a remedy, where there is one, to say something', () => {
    expect(problems(rule({}, { remedy: 'Ask.' }))).toEqual([]);
    for (const remedy of ['', '  ', 3]) expect(problems(rule({}, { remedy }))).toEqual(['"event.params.remedy" must be a non-empty string']);
  });

  it("checks the policy values a message or remedy names against the area's policy", () => {
    expect(problems(rule({}, { message: 'Older than {policy.maxAge}.', remedy: 'Wait {policy.maxAge} days.' }))).toEqual([]);
    expect(problems(rule({}, { message: 'Older than {policy.nope}.' }))).toEqual([
      '"event.params.message" names {policy.nope}, which is not a value of the toy policy',
    ]);
    expect(problems(rule({}, { remedy: 'Wait {policy.never}.' }))).toEqual([
      '"event.params.remedy" names {policy.never}, which is not a value of the toy policy',
    ]);
    // An area without a policy, or no area at all: nothing to check the names against.
    expect(problems(rule({ name: 'plain.a' }, { recipient: undefined, message: 'Over {policy.x}.' })).filter((p) => p.includes('policy'))).toEqual([]);
    expect(problems(rule({ name: 'zoo.a' }, { message: 'Over {policy.x}.' })).filter((p) => p.includes('policy'))).toEqual([]);
  });

  it('needs a clause with a source and a section, and a title only if it says something', () => {
    const msg = '"event.params.clause" must have a source (policy file) and a section';
    expect(problems(rule({}, { clause: { source: 's.pdf', section: '1', title: 'Our policy' } }))).toEqual([]);
    for (const clause of [undefined, 's.pdf', { source: 's.pdf' }, { section: '1' }, { source: ' ', section: '1' },
      { source: 's.pdf', section: '1', title: ' ' }, { source: 's.pdf', section: '1', page: 2 }]) {
      expect(problems(rule({}, { clause }))).toEqual([msg]);
    }
  });

  it('needs further clauses, where there are some, to be a list of clauses', () => {
    const msg = '"event.params.clauses" must be a list of clauses, each with a source and a section';
    const ok = { source: 'b.pdf', section: '2' };
    expect(problems(rule({}, { clauses: [ok, { ...ok, title: 'B' }] }))).toEqual([]);
    for (const clauses of [ok, [ok, { source: 'c.pdf' }], [{ section: '1' }]]) expect(problems(rule({}, { clauses }))).toEqual([msg]);
  });
});

describe('validateRule: conditions', () => {
  it('names where a malformed condition is', () => {
    expect(when(5)).toEqual(['conditions.all[0]: a condition must be an object']);
    expect(when({ any: [] })).toEqual(['conditions.all[0].any: must be a non-empty array']);
    expect(problems(rule({ conditions: { not: [leaf()] } }))).toEqual(['conditions.not: must be a single condition, not an array']);
    expect(problems(rule({ conditions: { not: leaf({ fact: 'zz' }) } }))).toEqual(['conditions.not: unknown fact "zz" in area "toy"']);
  });

  it('checks shared conditions where they are used, and refuses one that refers to itself', () => {
    expect(when({ condition: 'big' })).toEqual([]);
    expect(when({ condition: 'nope' })).toEqual(['conditions.all[0]: unknown shared condition "nope"']);
    expect(when({ condition: ['big'] })).toEqual(['conditions.all[0]: unknown shared condition "big"']);
    expect(when({ condition: 'loop' })).toEqual(['conditions.all[0](loop).all[0]: shared condition "loop" refers to itself']);
    expect(problems(rule({ name: 'plain.a', event: { type: 'block', params: { code: 'A', message: 'm', clause: { source: 's', section: '1' } } }, conditions: { all: [{ condition: 'child' }] } })))
      .toEqual(['conditions.all[0](child).all[0]: unknown fact "kid" in area "plain"']);
  });

  it('needs a known fact and a known operator', () => {
    expect(when(leaf({ fact: 'toString' }))).toEqual(['conditions.all[0]: unknown fact "toString" in area "toy"']);
    expect(when(leaf({ fact: ['n'] }))).toEqual(['conditions.all[0]: unknown fact "n" in area "toy"']);
    expect(when(leaf({ operator: 'startsWith' }))).toEqual(['conditions.all[0]: unknown operator "startsWith"']);
    expect(when(leaf({ operator: ['equal'] }))).toEqual(['conditions.all[0]: unknown operator "equal"']);
  });

  it('needs a path to look like $.a.b', () => {
    for (const path of ['$.a', '$.ab', '$.a.b', '$._x.$y1']) expect(when(leaf({ path, value: 'anything' }))).toEqual([]);
    for (const path of ['x$.a', '$.a b', '$.1a', '$', 'a.b', 5, ['$.a']]) expect(when(leaf({ path }))).toEqual(['conditions.all[0]: "path" must look like "$.a.b"']);
  });

  it('needs a value', () => {
    expect(when({ fact: 'n', operator: 'equal' })).toEqual(['conditions.all[0]: "value" is missing']);
    expect(when(leaf({ value: undefined }))).toEqual(['conditions.all[0]: "value" is missing']);
  });

  it('accepts a value that is another fact, and checks that fact', () => {
    expect(when(leaf({ value: { fact: 'n' } }))).toEqual([]);
    expect(when(leaf({ fact: 's', value: { fact: 'n' } }))).toEqual([]);
    expect(when(leaf({ value: { fact: 'zz' } }))).toEqual(['conditions.all[0].value: unknown fact "zz" in area "toy"']);
    expect(when(leaf({ value: { n: 1 } }))).toEqual(['conditions.all[0] (n): value {"n":1} is not a number']);
    expect(validateRule(rule({ conditions: { all: [leaf({ value: { fact: 'kid' } })] } }), ctx).shape?.each).toBe(true);
  });

  it('needs "in" and "notIn" against another fact to compare with a whole list fact', () => {
    expect(when(leaf({ fact: 's', operator: 'in', value: { fact: 'list' } }))).toEqual([]);
    expect(when(leaf({ fact: 's', operator: 'notIn', value: { fact: 'list' } }))).toEqual([]);
    expect(when(leaf({ fact: 's', operator: 'in', value: { fact: 'n' } }))).toEqual(['conditions.all[0]: "in" compares with a list fact']);
    expect(when(leaf({ fact: 's', operator: 'notIn', value: { fact: 'n' } }))).toEqual(['conditions.all[0]: "notIn" compares with a list fact']);
    expect(when(leaf({ fact: 's', operator: 'in', value: { fact: 'list', path: '$.a' } }))).toEqual(['conditions.all[0]: "in" compares with a list fact']);
    expect(when(leaf({ fact: 's', operator: 'in', value: { fact: 'zz' } }))).toEqual(['conditions.all[0].value: unknown fact "zz" in area "toy"']);
  });

  it('does not check the value against the fact when a path reads into it', () => {
    expect(when(leaf({ path: '$.a', value: 'x' }))).toEqual([]);
    expect(when(leaf({ value: 'x' }))).toEqual(['conditions.all[0] (n): value "x" is not a number']);
  });

  it("checks each operator's value against the fact", () => {
    expect(when(leaf({ fact: 's', value: 'a' }), leaf({ fact: 'b', value: false }), leaf({ fact: 's', operator: 'in', value: ['a', 'b'] }),
      leaf({ fact: 'list', operator: 'contains', value: 'x' }), leaf({ operator: 'lessThan', value: 2 }))).toEqual([]);
    expect(when(leaf({ fact: 's', value: 'c' }))).toEqual(['conditions.all[0] (s): value "c" is not "a" | "b"']);
    expect(when(leaf({ fact: 'b', value: 'yes' }))).toEqual(['conditions.all[0] (b): value "yes" is not a boolean']);
    expect(when(leaf({ fact: 'list', operator: 'in', value: ['x'] }))).toEqual(['conditions.all[0] (list): "in" needs a single-valued fact; use contains']);
    expect(when(leaf({ fact: 's', operator: 'notIn', value: ['c'] }))).toEqual(['conditions.all[0] (s): "notIn" needs an array of "a" | "b"']);
    expect(when(leaf({ fact: 'list', operator: 'contains', value: 'z' }))).toEqual(['conditions.all[0] (list): value must be one of "x" | "y"']);
    expect(when(leaf({ fact: 's', operator: 'doesNotContain', value: 'a' }))).toEqual(['conditions.all[0] (s): "doesNotContain" needs a list fact']);
    expect(when(leaf({ fact: 'list', value: 'x' }))).toEqual(['conditions.all[0] (list): "equal" cannot compare a list fact; use contains']);
  });

  it('lets the four comparisons compare numbers only', () => {
    for (const operator of ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']) {
      expect(when(leaf({ fact: 's', operator, value: 'a' }))).toEqual([`conditions.all[0] (s): "${operator}" compares numbers only`]);
      expect(when(leaf({ operator, value: '3' }))).toEqual([`conditions.all[0] (n): "${operator}" compares numbers only`]);
    }
  });
});
