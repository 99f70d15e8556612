import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { transferPolicy, type TransferPolicy } from './policy.js';
import { transferArea } from './facts.js';
import transferEmail from '../../rules/transfer/email.json';
import transferRecipient from '../../rules/transfer/recipient.json';
import transferRemovable from '../../rules/transfer/removable.json';
import transferRoute from '../../rules/transfer/route.json';

/** The transfer rule files shipped in `rules/transfer/`. */
export const transferRuleFiles: readonly RuleFile[] = [
  ruleFile('transfer/removable.json', transferRemovable),
  ruleFile('transfer/email.json', transferEmail),
  ruleFile('transfer/route.json', transferRoute),
  ruleFile('transfer/recipient.json', transferRecipient),
];

/**
 * The shipped transfer rules alone, validated and compiled on first use: what the
 * transfer decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * transferRules().rules.length; // the number of shipped transfer rules
 * ```
 */
export const transferRules = shippedAreaRules(transferArea, transferRuleFiles);

/** What the transfer decision reads of its options: its section of the policy and, by default, these rules. */
export const transferDecision: AreaOptions<TransferPolicy> = { name: 'transfer', section: transferPolicy, rules: transferRules };
