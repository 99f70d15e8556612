import { describe, expect, it } from 'vitest';
import { RuleValidationError } from '../../src/core/rules/errors.js';
import { createRuleSet } from '../../src/ruleSets.js';
import type { Rule } from '../../src/core/rules/types.js';

// A retention rule must say what it means for the photo (action) and by when (deadline).
const rule = (params: Record<string, unknown>) => ({
  name: 'retention.local.screenshots',
  conditions: { all: [{ fact: 'storedOn', operator: 'equal', value: 'personal-device' }] },
  event: { type: 'block', params: { code: 'LOCAL', message: 'Not on personal devices.', clause: { source: 'acorn.pdf', section: '3' }, ...params } },
}) as unknown as Rule;
const problems = (r: Rule): string[] => {
  try { createRuleSet({ add: [{ file: 'mine.json', rules: [r] }] }); } catch (e) { if (e instanceof RuleValidationError) return e.problems; throw e; }
  return [];
};

describe('retention rules: action and deadline are required', () => {
  it('a rule with both is accepted', () => {
    expect(problems(rule({ action: 'delete', deadline: 'now' }))).toEqual([]);
  });
  it('a rule without an action is refused', () => {
    expect(problems(rule({ deadline: 'now' }))).toEqual(['mine.json: retention.local.screenshots: "event.params.action" is required in area "retention"']);
  });
  it('a rule without a deadline is refused', () => {
    expect(problems(rule({ action: 'delete' }))).toEqual(['mine.json: retention.local.screenshots: "event.params.deadline" is required in area "retention"']);
  });
});
