import { compileRuleSet, type RuleSet } from './compileRuleSet.js';
import type { AreaOptions } from '../decision/options.js';
import type { PolicySection } from '../policy/section.js';
import type { SectionName } from '../policy/sectionNames.js';
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

/** One area's shipped rules, and what its decision reads of its options by default. */
export interface ShippedArea<T> {
  /** The area's rule files, as shipped in `rules/<area>/`. */
  readonly files: readonly RuleFile[];
  /** The area's rules alone, validated and compiled on first use (then the same rule set every time). */
  readonly rules: () => RuleSet;
  /** What the area's decision reads: its section of the policy and, unless `options.rules` is given, these rules. */
  readonly decision: AreaOptions<T>;
}

/**
 * One area's shipped rules: each decision's default, so that a bundle that
 * imports one decision carries only its own area's rules and policy section.
 *
 * @example
 * ```ts
 * const imageRules = shippedArea('image', imageArea, imagePolicy, [ruleFile('image/consent.json', consent)]);
 * imageRules.rules().byArea.get('image')?.root.length; // the rules that run once per photo
 * readOptions(options, true, imageRules.decision).policy; // the image section of the policy option
 * ```
 */
export function shippedArea<T>(name: SectionName, area: AreaSpec, section: PolicySection<T>, files: readonly RuleFile[]): ShippedArea<T> {
  let set: RuleSet | undefined;
  const rules = () => (set ??= compileRuleSet({}, files, new Map([[area.id, area]])));
  return { files, rules, decision: { name, section, rules } };
}
