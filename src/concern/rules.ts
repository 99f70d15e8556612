import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { concernArea } from './facts.js';
import { concernPolicy } from './policy.js';
import concernAllegation from '../../rules/concern/allegation.json';
import concernChildminder from '../../rules/concern/childminder.json';
import concernConditions from '../../rules/concern/conditions.json';
import concernData from '../../rules/concern/data.json';
import concernGeneral from '../../rules/concern/general.json';
import concernImages from '../../rules/concern/images.json';
import concernOnline from '../../rules/concern/online.json';

/** The concern rules shipped in `rules/concern/`, and what the concern decision reads by default: its policy section and these rules alone. */
export const concernRules = shippedArea('concern', concernArea, concernPolicy, [
  ruleFile('concern/general.json', concernGeneral, concernConditions),
  ruleFile('concern/allegation.json', concernAllegation),
  ruleFile('concern/childminder.json', concernChildminder),
  ruleFile('concern/images.json', concernImages),
  ruleFile('concern/online.json', concernOnline),
  ruleFile('concern/data.json', concernData),
]);
