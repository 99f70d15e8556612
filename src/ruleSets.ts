// Rule sets over every area: the shipped one, and a vendor's own (shipped rules added to, overridden or disabled).
import { compileRuleSet } from './core/rules/compileRuleSet.js';
import type { RuleSet, RuleSetOptions } from './core/rules/ruleSet.js';
import { areas, shippedRuleFiles } from './registry.js';

/**
 * Validates and compiles a rule set: the shipped rules, plus yours added,
 * overriding or disabling shipped ones by name. Every file goes through the
 * same validation; any problem throws a {@link RuleValidationError} naming the
 * file and the rule.
 *
 * @example
 * ```ts
 * const rules = createRuleSet({
 *   disable: ['image.content.context'],
 *   add: [{ file: 'our-rules.json', rules: [myRule] }],
 * });
 * canPublishImage(photo, consents, { rules, at: '2026-11-22T10:00:00Z' });
 * ```
 */
export function createRuleSet(options: RuleSetOptions = {}): RuleSet {
  return compileRuleSet(options, options.files ?? shippedRuleFiles, areas);
}

let shipped: RuleSet | undefined;
/**
 * The shipped rules of every area, validated and compiled once on first use.
 *
 * @example
 * ```ts
 * for (const { rule } of shippedRuleSet().rules) console.log(rule.name, rule.event.params.clause.source);
 * ```
 */
export function shippedRuleSet(): RuleSet {
  return (shipped ??= createRuleSet());
}
