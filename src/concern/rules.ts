import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { concernPolicy, type ConcernPolicy } from './policy.js';
import { concernArea } from './facts.js';
import concernAllegation from '../../rules/concern/allegation.json';
import concernChildminder from '../../rules/concern/childminder.json';
import concernConditions from '../../rules/concern/conditions.json';
import concernData from '../../rules/concern/data.json';
import concernGeneral from '../../rules/concern/general.json';
import concernImages from '../../rules/concern/images.json';
import concernOnline from '../../rules/concern/online.json';

/** The concern rule files shipped in `rules/concern/`. */
export const concernRuleFiles: readonly RuleFile[] = [
  ruleFile('concern/general.json', concernGeneral, concernConditions),
  ruleFile('concern/allegation.json', concernAllegation),
  ruleFile('concern/childminder.json', concernChildminder),
  ruleFile('concern/images.json', concernImages),
  ruleFile('concern/online.json', concernOnline),
  ruleFile('concern/data.json', concernData),
];

/**
 * The shipped concern rules alone, validated and compiled on first use: what the
 * concern decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * concernRules().rules.length; // the number of shipped concern rules
 * ```
 */
export const concernRules = shippedAreaRules(concernArea, concernRuleFiles);

/** What the concern decision reads of its options: its section of the policy and, by default, these rules. */
export const concernDecision: AreaOptions<ConcernPolicy> = { name: 'concern', section: concernPolicy, rules: concernRules };
