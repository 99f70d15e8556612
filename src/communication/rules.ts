import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { communicationPolicy, type CommunicationPolicy } from './policy.js';
import { communicationArea } from './facts.js';
import communicationChannels from '../../rules/communication/channels.json';
import communicationPersonal from '../../rules/communication/personal.json';
import communicationSocial from '../../rules/communication/social.json';

/** The communication rule files shipped in `rules/communication/`. */
export const communicationRuleFiles: readonly RuleFile[] = [
  ruleFile('communication/channels.json', communicationChannels),
  ruleFile('communication/personal.json', communicationPersonal),
  ruleFile('communication/social.json', communicationSocial),
];

/**
 * The shipped communication rules alone, validated and compiled on first use: what the
 * communication decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * communicationRules().rules.length; // the number of shipped communication rules
 * ```
 */
export const communicationRules = shippedAreaRules(communicationArea, communicationRuleFiles);

/** What the communication decision reads of its options: its section of the policy and, by default, these rules. */
export const communicationDecision: AreaOptions<CommunicationPolicy> = { name: 'communication', section: communicationPolicy, rules: communicationRules };
