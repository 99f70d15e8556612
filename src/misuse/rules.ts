import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { misuseArea } from './facts.js';
import { misusePolicy } from './policy.js';
import misuseConditions from '../../rules/misuse/conditions.json';
import misuseContext from '../../rules/misuse/context.json';
import misuseDisciplinary from '../../rules/misuse/disciplinary.json';
import misuseIllegal from '../../rules/misuse/illegal.json';
import misuseSanctions from '../../rules/misuse/sanctions.json';

/** The misuse rules shipped in `rules/misuse/`, and what the misuse decision reads by default: its policy section and these rules alone. */
export const misuseRules = shippedArea('misuse', misuseArea, misusePolicy, [
  ruleFile('misuse/illegal.json', misuseIllegal, misuseConditions),
  ruleFile('misuse/disciplinary.json', misuseDisciplinary),
  ruleFile('misuse/context.json', misuseContext),
  ruleFile('misuse/sanctions.json', misuseSanctions),
]);
