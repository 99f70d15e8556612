import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { retentionPolicy, type RetentionPolicy } from './policy.js';
import { retentionArea } from './facts.js';
import retentionAgreement from '../../rules/retention/agreement.json';
import retentionLeaving from '../../rules/retention/leaving.json';
import retentionPurge from '../../rules/retention/purge.json';
import retentionPurpose from '../../rules/retention/purpose.json';

/** The retention rule files shipped in `rules/retention/`. */
export const retentionRuleFiles: readonly RuleFile[] = [
  ruleFile('retention/purpose.json', retentionPurpose),
  ruleFile('retention/agreement.json', retentionAgreement),
  ruleFile('retention/purge.json', retentionPurge),
  ruleFile('retention/leaving.json', retentionLeaving),
];

/**
 * The shipped retention rules alone, validated and compiled on first use: what the
 * retention decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * retentionRules().rules.length; // the number of shipped retention rules
 * ```
 */
export const retentionRules = shippedAreaRules(retentionArea, retentionRuleFiles);

/** What the retention decision reads of its options: its section of the policy and, by default, these rules. */
export const retentionDecision: AreaOptions<RetentionPolicy> = { name: 'retention', section: retentionPolicy, rules: retentionRules };
