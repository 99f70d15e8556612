import { imageArea } from './image/facts.js';
import { phoneArea } from './phone/facts.js';
import { communicationArea } from './communication/facts.js';
import { internetArea } from './internet/facts.js';
import type { AreaSpec } from './rules/types.js';

/** Every area of the rule set, by id: the first segment of each rule name. */
export const areas: ReadonlyMap<string, AreaSpec> = new Map([imageArea, phoneArea, communicationArea, internetArea].map((a) => [a.id, a]));
