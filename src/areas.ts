import { imageArea } from './image/facts.js';
import { retentionArea } from './retention/facts.js';
import { deviceArea } from './device/facts.js';
import { transferArea } from './transfer/facts.js';
import { concernArea } from './concern/facts.js';
import { misuseArea } from './misuse/facts.js';
import { phoneArea } from './phone/facts.js';
import { communicationArea } from './communication/facts.js';
import { internetArea } from './internet/facts.js';
import type { AreaSpec } from './rules/types.js';

/** Every area of the rule set, by id: the first segment of each rule name. */
export const areas: ReadonlyMap<string, AreaSpec> = new Map(
  [
    imageArea,
    retentionArea,
    deviceArea,
    transferArea,
    phoneArea,
    communicationArea,
    internetArea,
    concernArea,
    misuseArea,
  ].map((a) => [a.id, a]),
);
