import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { imageArea } from './facts.js';
import { imagePolicy } from './policy.js';
import imageAudience from '../../rules/image/audience.json';
import imageChild from '../../rules/image/child.json';
import imageConditions from '../../rules/image/conditions.json';
import imageConsent from '../../rules/image/consent.json';
import imageContent from '../../rules/image/content.json';
import imageDevice from '../../rules/image/device.json';
import imageNaming from '../../rules/image/naming.json';

/** The image rules shipped in `rules/image/`, and what the image decision reads by default: its policy section and these rules alone. */
export const imageRules = shippedArea('image', imageArea, imagePolicy, [
  ruleFile('image/consent.json', imageConsent, imageConditions),
  ruleFile('image/child.json', imageChild),
  ruleFile('image/naming.json', imageNaming),
  ruleFile('image/content.json', imageContent),
  ruleFile('image/device.json', imageDevice),
  ruleFile('image/audience.json', imageAudience),
]);
