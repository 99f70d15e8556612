import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { misusePolicy, type MisusePolicy } from './policy.js';
import { misuseArea } from './facts.js';
import misuseConditions from '../../rules/misuse/conditions.json';
import misuseContext from '../../rules/misuse/context.json';
import misuseDisciplinary from '../../rules/misuse/disciplinary.json';
import misuseIllegal from '../../rules/misuse/illegal.json';
import misuseSanctions from '../../rules/misuse/sanctions.json';

/** The misuse rule files shipped in `rules/misuse/`. */
export const misuseRuleFiles: readonly RuleFile[] = [
  ruleFile('misuse/illegal.json', misuseIllegal, misuseConditions),
  ruleFile('misuse/disciplinary.json', misuseDisciplinary),
  ruleFile('misuse/context.json', misuseContext),
  ruleFile('misuse/sanctions.json', misuseSanctions),
];

/**
 * The shipped misuse rules alone, validated and compiled on first use: what the
 * misuse decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * misuseRules().rules.length; // the number of shipped misuse rules
 * ```
 */
export const misuseRules = shippedAreaRules(misuseArea, misuseRuleFiles);

/** What the misuse decision reads of its options: its section of the policy and, by default, these rules. */
export const misuseDecision: AreaOptions<MisusePolicy> = { name: 'misuse', section: misusePolicy, rules: misuseRules };
