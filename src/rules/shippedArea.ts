import { compileRuleSet, type RuleSet } from './compileRuleSet.js';
import type { AreaSpec, Condition, Rule, RuleFile } from './types.js';

/**
 * A shipped rule file: its path under `rules/`, its rules and its shared conditions.
 *
 * @example
 * ```ts
 * ruleFile('image/consent.json', consentRules, imageConditions).file; // 'rules/image/consent.json'
 * ```
 */
export const ruleFile = (name: string, rules: unknown, conditions?: unknown): RuleFile => ({
  file: `rules/${name}`,
  rules: rules as Rule[],
  ...(conditions ? { conditions: conditions as Record<string, Condition> } : {}),
});

/**
 * One area's shipped rules, validated and compiled on first use (then the same
 * rule set every time): each decision's default, so a bundle that imports one
 * decision carries only its area's rules.
 *
 * @example
 * ```ts
 * const imageRules = shippedAreaRules(imageArea, imageRuleFiles);
 * imageRules().byArea.get('image')?.root.length; // the rules that run once per photo
 * ```
 */
export function shippedAreaRules(area: AreaSpec, files: readonly RuleFile[]): () => RuleSet {
  let set: RuleSet | undefined;
  return () => (set ??= compileRuleSet({}, files, new Map([[area.id, area]])));
}
