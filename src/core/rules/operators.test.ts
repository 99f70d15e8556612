import { describe, expect, it } from 'vitest';
import { operatorNames, operators } from './operators.js';

describe('operators (as json-rules-engine)', () => {
  it('are the ten built-in ones', () => {
    expect(operatorNames).toEqual(['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
  });

  it('equal and notEqual compare strictly', () => {
    expect([operators.equal(1, 1), operators.equal(1, '1'), operators.notEqual(1, '1'), operators.notEqual('a', 'a')]).toEqual([true, false, true, false]);
  });

  it('in and notIn look the fact up in the list', () => {
    expect([operators.in('a', ['b', 'a']), operators.in('c', ['a']), operators.notIn('c', ['a']), operators.notIn('a', ['a'])]).toEqual([true, false, true, false]);
  });

  it('contains and doesNotContain need the fact to be a list', () => {
    expect([operators.contains(['a', 'b'], 'a'), operators.contains(['a'], 'b'), operators.contains('abc', 'a')]).toEqual([true, false, false]);
    expect([operators.doesNotContain(['a'], 'b'), operators.doesNotContain(['a', 'b'], 'b'), operators.doesNotContain('abc', 'z')]).toEqual([true, false, false]);
  });

  it('the comparisons compare numbers at their boundaries', () => {
    const at = (op: keyof typeof operators) => [1, 2, 3].map((a) => operators[op](a, 2));
    expect(at('lessThan')).toEqual([true, false, false]);
    expect(at('lessThanInclusive')).toEqual([true, true, false]);
    expect(at('greaterThan')).toEqual([false, false, true]);
    expect(at('greaterThanInclusive')).toEqual([false, true, true]);
  });

  it('the comparisons are false for a fact that is not a number', () => {
    for (const op of ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const) {
      expect([operators[op]('x', 2), operators[op](null, 2), operators[op](undefined, 2)]).toEqual([false, false, false]);
    }
  });
});
