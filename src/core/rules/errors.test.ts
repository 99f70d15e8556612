import { describe, expect, it } from 'vitest';
import { isRuleValidationError, RuleValidationError } from './errors.js';

describe('RuleValidationError', () => {
  it('lists each problem in its message, one a line', () => {
    const e = new RuleValidationError(['a.json: image.a: one', 'a.json: image.b: two']);
    expect(e.message).toBe('Invalid rules:\n  a.json: image.a: one\n  a.json: image.b: two');
    expect(e.problems).toEqual(['a.json: image.a: one', 'a.json: image.b: two']);
    expect(e.name).toBe('RuleValidationError');
  });

  it('is recognised by its name and its list of problems, on an Error only', () => {
    expect(isRuleValidationError(new RuleValidationError([]))).toBe(true);
    const copy = Object.assign(new Error('x'), { name: 'RuleValidationError', problems: [] });
    expect(isRuleValidationError(copy)).toBe(true);
    expect(copy instanceof RuleValidationError).toBe(true);
    expect(isRuleValidationError(new Error('x'))).toBe(false);
    expect(isRuleValidationError(Object.assign(new Error('x'), { problems: [] }))).toBe(false);
    expect(isRuleValidationError(Object.assign(new Error('x'), { name: 'RuleValidationError' }))).toBe(false);
    expect(isRuleValidationError({ name: 'RuleValidationError', problems: [] })).toBe(false);
  });
});
