import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { internetPolicy, type InternetPolicy } from './policy.js';
import { internetArea } from './facts.js';
import internetContent from '../../rules/internet/content.json';
import internetSupervision from '../../rules/internet/supervision.json';

/** The internet rule files shipped in `rules/internet/`. */
export const internetRuleFiles: readonly RuleFile[] = [
  ruleFile('internet/supervision.json', internetSupervision),
  ruleFile('internet/content.json', internetContent),
];

/**
 * The shipped internet rules alone, validated and compiled on first use: what the
 * internet decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * internetRules().rules.length; // the number of shipped internet rules
 * ```
 */
export const internetRules = shippedAreaRules(internetArea, internetRuleFiles);

/** What the internet decision reads of its options: its section of the policy and, by default, these rules. */
export const internetDecision: AreaOptions<InternetPolicy> = { name: 'internet', section: internetPolicy, rules: internetRules };
