import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { devicePolicy, type DevicePolicy } from './policy.js';
import { deviceArea } from './facts.js';
import deviceEncryption from '../../rules/device/encryption.json';
import deviceOuting from '../../rules/device/outing.json';
import devicePersonal from '../../rules/device/personal.json';

/** The device rule files shipped in `rules/device/`. */
export const deviceRuleFiles: readonly RuleFile[] = [
  ruleFile('device/encryption.json', deviceEncryption),
  ruleFile('device/personal.json', devicePersonal),
  ruleFile('device/outing.json', deviceOuting),
];

/**
 * The shipped device rules alone, validated and compiled on first use: what the
 * device decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * deviceRules().rules.length; // the number of shipped device rules
 * ```
 */
export const deviceRules = shippedAreaRules(deviceArea, deviceRuleFiles);

/** What the device decision reads of its options: its section of the policy and, by default, these rules. */
export const deviceDecision: AreaOptions<DevicePolicy> = { name: 'device', section: devicePolicy, rules: deviceRules };
