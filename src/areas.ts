import { imageArea } from './image/facts.js';
import { retentionArea } from './retention/facts.js';
import { deviceArea } from './device/facts.js';
import { transferArea } from './transfer/facts.js';
import type { AreaSpec } from './rules/types.js';

/** Every area of the rule set, by id: the first segment of each rule name. */
export const areas: ReadonlyMap<string, AreaSpec> = new Map(
  [
    imageArea,
    retentionArea,
    deviceArea,
    transferArea,
  ].map((a) => [a.id, a]),
);
