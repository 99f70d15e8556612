// TEMPORARY stub (migration): replaced when this area is declared in this folder.
import { legacyArea } from '../legacy.js';
import { concernArea as spec } from '../../src/concern/facts.js';
import { concernPolicy } from '../../src/concern/policy.js';
import concernAllegation from '../concern/allegation.json';
import concernChildminder from '../concern/childminder.json';
import concernConditions from '../concern/conditions.json';
import concernData from '../concern/data.json';
import concernGeneral from '../concern/general.json';
import concernImages from '../concern/images.json';
import concernOnline from '../concern/online.json';
export const concernArea = legacyArea(spec, concernPolicy as never, [['concern/general.json', concernGeneral, concernConditions], ['concern/allegation.json', concernAllegation], ['concern/childminder.json', concernChildminder], ['concern/images.json', concernImages], ['concern/online.json', concernOnline], ['concern/data.json', concernData]], ['routeConcern']);
