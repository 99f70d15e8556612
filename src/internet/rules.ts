import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { internetArea } from './facts.js';
import { internetPolicy } from './policy.js';
import internetContent from '../../rules/internet/content.json';
import internetSupervision from '../../rules/internet/supervision.json';

/** The internet rules shipped in `rules/internet/`, and what the internet decision reads by default: its policy section and these rules alone. */
export const internetRules = shippedArea('internet', internetArea, internetPolicy, [
  ruleFile('internet/supervision.json', internetSupervision),
  ruleFile('internet/content.json', internetContent),
]);
