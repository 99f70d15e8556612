// The registry: the one list of areas. Adding an area is one folder under rules/ and one line here.
import { imageArea } from '../rules/image/area.js';
import { retentionArea } from '../rules/retention/area.js';
import { deviceArea } from '../rules/device/area.js';
import { transferArea } from '../rules/transfer/area.js';
import { concernArea } from '../rules/concern/area.js';
import { misuseArea } from '../rules/misuse/area.js';
import { phoneArea } from '../rules/phone/area.js';
import { communicationArea } from '../rules/communication/area.js';
import { internetArea } from '../rules/internet/area.js';
import { equipmentArea } from '../rules/equipment/area.js';
import { meetingArea } from '../rules/meeting/area.js';
import type { Area } from './core/area.js';
import type { RuleFile } from './core/rules/types.js';
import { deepFreeze } from './core/policy/merge.js';
import { readOnlyMap } from './core/frozen.js';

/** Every area, in the order its section appears in a policy and its rules in the rule set. */
export const registry = [
  imageArea,
  retentionArea,
  deviceArea,
  transferArea,
  concernArea,
  misuseArea,
  phoneArea,
  communicationArea,
  internetArea,
  equipmentArea,
  meetingArea,
] as const;

/** The id of an area, e.g. `image`. */
export type AreaId = (typeof registry)[number]['id'];

/** The policy values of each area, by id. */
export type SectionValues = { [A in (typeof registry)[number] as A['id']]: A extends Area<infer P> ? P : never };

/**
 * Every area of the rule set, by id: the first segment of each rule name.
 *
 * @example
 * ```ts
 * areas.get('image')?.facts.consentFound?.each; // true
 * ```
 */
export const areas: ReadonlyMap<string, Area> = readOnlyMap(new Map(registry.map((a) => [a.id, a])));

/**
 * The rule files shipped in `rules/`, bundled so the core runs without a file system.
 *
 * @example
 * ```ts
 * shippedRuleFiles.map((f) => f.file).slice(0, 2); // ['rules/image/consent.json', 'rules/image/child.json']
 * ```
 */
export const shippedRuleFiles: readonly RuleFile[] = deepFreeze(registry.flatMap((a) => a.rules));
