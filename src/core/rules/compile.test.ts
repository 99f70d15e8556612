import { runs } from '../../../test/support/runs.js';
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { compileCondition, generateGroup } from './compile.js';
import type { Condition } from './types.js';

// Random condition trees over a few facts, evaluated by compileCondition and by
// json-rules-engine itself: the two must agree on every tree and every fact set.
const values = fc.oneof(fc.constantFrom(0, 1, 2, 'a', 'b', true, false, null), fc.constantFrom(['a', 1], [true]), fc.constantFrom({ n: 1 }, { n: 'a' }, { a: { b: 2 } }, { a: null }, { a: 1 }, Object.create({ n: 1 })));
const facts = fc.record({ x: values, y: values, z: values });
const operator = fc.constantFrom('equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const leaf: fc.Arbitrary<any> = fc.record({
  fact: fc.constantFrom('x', 'y', 'z'),
  operator,
  // Lists of strings of up to 8 are generated as comparisons, longer or mixed ones as indexOf: both kinds, and the empty list.
  value: fc.oneof(fc.constantFrom(0, 1, 2, 'a', true, false), fc.constantFrom(['a', 1, true], [0, 2], ['a', 'b'], [], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']), fc.record({ fact: fc.constantFrom('x', 'y', 'z') })),
}).chain((c): fc.Arbitrary<object> => (c.operator === 'in' || c.operator === 'notIn'
  ? fc.constant({ ...c, value: Array.isArray(c.value) ? c.value : ['a', 1, true] })
  : fc.oneof(fc.constant(c), fc.constantFrom({ ...c, fact: 'z', path: '$.n' }, { ...c, path: '$.a.b' }, { ...c, fact: 'y', path: '$.a' }))));
const tree: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, leaf,
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
    fc.constant({ condition: 'shared' })),
})).node;
/** One rule in a generated group: run once per decision, or (where it reads item facts) once for one item. */
const generated = (top: Condition, shared: Record<string, Condition>, isItem: (f: string) => boolean, root: object, item: object) => {
  const each = isItem('x') || isItem('z');
  const r = { conditions: top, fired: { rule: 'r' } };
  const fire = generateGroup(each ? [] : [r], each ? [r] : [], shared, isItem)!;
  return fire(root as never, each ? [{ subject: 's', facts: item as never }] : []).length === 1;
};
const shared: Condition = { any: [{ fact: 'x', operator: 'equal', value: 1 }, { fact: 'y', operator: 'in', value: ['a', true] }] };

describe('compileCondition and generated code agree with json-rules-engine', () => {
  it('on random condition trees and facts', async () => {
    let trues = 0;
    await fc.assert(
      fc.asyncProperty(tree, facts, async (cond, f) => {
        const top = { all: [cond] };
        const engine = new Engine([], { allowUndefinedFacts: true });
        engine.setCondition('shared', shared as never);
        engine.addRule({ name: 'r', conditions: top as never, event: { type: 'hit' } });
        const { events } = await engine.run(f);
        const ours = compileCondition(top, { shared })(f, f);
        const gen = generated(top, { shared }, () => false, f, f);
        // Facts split between the decision and the item read the same as merged facts.
        const item = { x: f.x, z: f.z };
        const root = { y: f.y };
        const split = (fact: string) => fact !== 'y';
        expect(compileCondition(top, { shared }, split)(root, item)).toBe(ours);
        expect(generated(top, { shared }, split, root, item)).toBe(ours);
        if (ours) trues++;
        expect(ours).toBe(events.length === 1);
        expect(gen).toBe(ours);
      }),
      { numRuns: runs(2_000) },
    );
    expect(trues).toBeGreaterThan(runs(2_000) / 20);
  });
});

describe('compileCondition: examples', () => {
  const eq = (fact: string, value: unknown, path?: string): Condition => ({ fact, operator: 'equal', value, ...(path ? { path } : {}) }) as Condition;
  const test = (c: Condition, root: object, isItem?: (f: string) => boolean, item: object = {}) =>
    compileCondition({ all: [c] }, {}, isItem)(root as never, item as never);

  it('reads every fact from the decision unless told which are per item', () => {
    expect(test(eq('a', 1), { a: 1 }, undefined, { a: 2 })).toBe(true);
    expect(test(eq('a', 1), { a: 2 }, (f) => f === 'a', { a: 1 })).toBe(true);
  });

  it('reads a path into an object fact, own properties only', () => {
    expect(test(eq('a', 1, '$.bc.de'), { a: { bc: { de: 1 } } })).toBe(true);
    expect(test(eq('a', 2, '$.bc.de'), { a: { bc: { de: 1 } } })).toBe(false);
    expect(test(eq('a', undefined, '$.bc.de'), { a: { bc: null } })).toBe(true);
    expect(test(eq('a', 3, '$.bc.length'), { a: { bc: 'abc' } })).toBe(false);
    expect(test(eq('a', 1, '$.n'), { a: Object.create({ n: 1 }) })).toBe(false);
  });

  it('reads a path into a fact that is not an object as the fact itself', () => {
    expect(test(eq('a', null, '$.x'), { a: null })).toBe(true);
    expect(test(eq('a', 5, '$.x'), { a: 5 })).toBe(true);
  });

  it('compares with null and with another fact (through its path)', () => {
    expect(test(eq('a', null), { a: null })).toBe(true);
    expect(test(eq('a', { fact: 'b', path: '$.c' }), { a: 2, b: { c: 2 } })).toBe(true);
    expect(test(eq('a', { fact: 'b', path: '$.c' }, '$.d'), { a: { d: 2 }, b: { c: 3 } })).toBe(false);
  });
});

describe('generateGroup: examples', () => {
  const one = (conditions: Condition, r: object, isItem: (f: string) => boolean = () => false) =>
    generateGroup([{ conditions, fired: { rule: 'r' } }], [], {}, isItem)!(r as never, []).length === 1;

  it('reads a path into a fact, and a fact that is not an object as itself', () => {
    expect(one({ all: [{ fact: 'a', operator: 'equal', value: 1, path: '$.bc.de' }] }, { a: { bc: { de: 1 } } })).toBe(true);
    expect(one({ all: [{ fact: 'a', operator: 'equal', value: 1, path: '$.bc.de' }] }, { a: { bc: { de: 2 } } })).toBe(false);
    expect(one({ all: [{ fact: 'a', operator: 'equal', value: 5, path: '$.x' }] }, { a: 5 })).toBe(true);
  });

  it('compares with values JSON cannot write as they are (infinity, objects)', () => {
    expect(one({ all: [{ fact: 'a', operator: 'lessThan', value: Infinity }] }, { a: 5 })).toBe(true);
    expect(one({ all: [{ fact: 'a', operator: 'greaterThan', value: -Infinity }] }, { a: 5 })).toBe(true);
    expect(one({ all: [{ fact: 'a', operator: 'in', value: ['x', 2, null, true] }] }, { a: 2 })).toBe(true);
    expect(one({ all: [{ fact: 'a', operator: 'equal', value: 'x"y' }] }, { a: 'x"y' })).toBe(true);
  });

  it('generates `in` a list of up to 8 strings as comparisons, a longer or mixed list as indexOf', () => {
    const source = (value: unknown[], operator = 'in') => String(generateGroup([{ conditions: { all: [{ fact: 'a', operator, value }] } as Condition, fired: { rule: 'r' } }], [], {}, () => false));
    expect(source(['x', 'y'])).toContain('r["a"] === "x" || r["a"] === "y"');
    expect(source(['x', 'y'], 'notIn')).toContain('!(r["a"] === "x" || r["a"] === "y")');
    expect(source(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).not.toContain('indexOf');
    expect(source(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'])).toContain('indexOf');
    expect(source(['x', 1])).toContain('indexOf');
  });

  it('reads `in` a short list of strings as strict comparisons, the empty list included', () => {
    const quoted = { all: [{ fact: 'a', operator: 'in', value: ['x"y', 'b\\c'] }] } as Condition;
    expect(one(quoted, { a: 'x"y' })).toBe(true);
    expect(one(quoted, { a: 'b\\c' })).toBe(true);
    expect(one(quoted, { a: 'x' })).toBe(false);
    expect(one({ all: [{ fact: 'a', operator: 'in', value: ['1'] }] }, { a: 1 })).toBe(false);
    expect(one({ all: [{ fact: 'a', operator: 'notIn', value: ['1'] }] }, { a: 1 })).toBe(true);
    expect(one({ all: [{ fact: 'a', operator: 'in', value: [] }] }, { a: 'x' })).toBe(false);
    expect(one({ all: [{ fact: 'a', operator: 'notIn', value: [] }] }, { a: 'x' })).toBe(true);
  });

  it('pushes what a once-per-decision rule fires, then each item a per-item rule fires for', () => {
    const fire = generateGroup(
      [{ conditions: { all: [{ fact: 'a', operator: 'equal', value: 1 }] }, fired: { rule: 'r1' } }],
      [{ conditions: { all: [{ fact: 'b', operator: 'equal', value: 1 }] }, fired: { rule: 'r2' } }],
      {}, (fact) => fact === 'b',
    )!;
    expect(fire({ a: 1 }, [{ subject: 'c1', facts: { b: 1 } }, { subject: 'c2', facts: { b: 2 } }])).toEqual([{ rule: 'r1' }, { rule: 'r2', subject: 'c1' }]);
  });
});
