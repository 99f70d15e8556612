// TEMPORARY stub (migration): replaced when this area is declared in this folder.
import { legacyArea } from '../legacy.js';
import { internetArea as spec } from '../../src/internet/facts.js';
import { internetPolicy } from '../../src/internet/policy.js';
import internetContent from '../internet/content.json';
import internetSupervision from '../internet/supervision.json';
export const internetArea = legacyArea(spec, internetPolicy as never, [['internet/supervision.json', internetSupervision], ['internet/content.json', internetContent]], ['canChildUseInternet']);
