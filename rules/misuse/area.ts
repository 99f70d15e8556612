// TEMPORARY stub (migration): replaced when this area is declared in this folder.
import { legacyArea } from '../legacy.js';
import { misuseArea as spec } from '../../src/misuse/facts.js';
import { misusePolicy } from '../../src/misuse/policy.js';
import misuseConditions from '../misuse/conditions.json';
import misuseContext from '../misuse/context.json';
import misuseDisciplinary from '../misuse/disciplinary.json';
import misuseIllegal from '../misuse/illegal.json';
import misuseSanctions from '../misuse/sanctions.json';
export const misuseArea = legacyArea(spec, misusePolicy as never, [['misuse/illegal.json', misuseIllegal, misuseConditions], ['misuse/disciplinary.json', misuseDisciplinary], ['misuse/context.json', misuseContext], ['misuse/sanctions.json', misuseSanctions]], ['classifyMisuse']);
