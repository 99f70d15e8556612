import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { phonePolicy, type PhonePolicy } from './policy.js';
import { phoneArea } from './facts.js';
import phoneChildren from '../../rules/phone/children.json';
import phoneConditions from '../../rules/phone/conditions.json';
import phoneOutings from '../../rules/phone/outings.json';
import phonePhotos from '../../rules/phone/photos.json';
import phoneSetting from '../../rules/phone/setting.json';
import phoneStaff from '../../rules/phone/staff.json';
import phoneVisitors from '../../rules/phone/visitors.json';

/** The phone rule files shipped in `rules/phone/`. */
export const phoneRuleFiles: readonly RuleFile[] = [
  ruleFile('phone/staff.json', phoneStaff, phoneConditions),
  ruleFile('phone/outings.json', phoneOutings),
  ruleFile('phone/photos.json', phonePhotos),
  ruleFile('phone/visitors.json', phoneVisitors),
  ruleFile('phone/children.json', phoneChildren),
  ruleFile('phone/setting.json', phoneSetting),
];

/**
 * The shipped phone rules alone, validated and compiled on first use: what the
 * phone decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * phoneRules().rules.length; // the number of shipped phone rules
 * ```
 */
export const phoneRules = shippedAreaRules(phoneArea, phoneRuleFiles);

/** What the phone decision reads of its options: its section of the policy and, by default, these rules. */
export const phoneDecision: AreaOptions<PhonePolicy> = { name: 'phone', section: phonePolicy, rules: phoneRules };
