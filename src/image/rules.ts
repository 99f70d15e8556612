import { ruleFile, shippedAreaRules } from '../rules/shippedArea.js';
import type { AreaOptions } from '../decision/options.js';
import type { RuleFile } from '../rules/types.js';
import { imagePolicy, type ImagePolicy } from './policy.js';
import { imageArea } from './facts.js';
import imageAudience from '../../rules/image/audience.json';
import imageChild from '../../rules/image/child.json';
import imageConditions from '../../rules/image/conditions.json';
import imageConsent from '../../rules/image/consent.json';
import imageContent from '../../rules/image/content.json';
import imageDevice from '../../rules/image/device.json';
import imageNaming from '../../rules/image/naming.json';

/** The image rule files shipped in `rules/image/`. */
export const imageRuleFiles: readonly RuleFile[] = [
  ruleFile('image/consent.json', imageConsent, imageConditions),
  ruleFile('image/child.json', imageChild),
  ruleFile('image/naming.json', imageNaming),
  ruleFile('image/content.json', imageContent),
  ruleFile('image/device.json', imageDevice),
  ruleFile('image/audience.json', imageAudience),
];

/**
 * The shipped image rules alone, validated and compiled on first use: what the
 * image decision uses by default, so that it bundles no other area's rules.
 *
 * @example
 * ```ts
 * imageRules().rules.length; // the number of shipped image rules
 * ```
 */
export const imageRules = shippedAreaRules(imageArea, imageRuleFiles);

/** What the image decision reads of its options: its section of the policy and, by default, these rules. */
export const imageDecision: AreaOptions<ImagePolicy> = { name: 'image', section: imagePolicy, rules: imageRules };
