// The registry: the one list of areas. Adding an area is one folder under rules/ and two lines here (area, messages).
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
import { imageMessages } from '../rules/image/messages.js';
import { retentionMessages } from '../rules/retention/messages.js';
import { deviceMessages } from '../rules/device/messages.js';
import { transferMessages } from '../rules/transfer/messages.js';
import { concernMessages } from '../rules/concern/messages.js';
import { misuseMessages } from '../rules/misuse/messages.js';
import { phoneMessages } from '../rules/phone/messages.js';
import { communicationMessages } from '../rules/communication/messages.js';
import { internetMessages } from '../rules/internet/messages.js';
import { equipmentMessages } from '../rules/equipment/messages.js';
import { meetingMessages } from '../rules/meeting/messages.js';
import type { Area } from './core/area.js';
import type { Messages } from './core/messages.js';
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

/**
 * Each area's plain-language messages, by area id (an area without them does not type-check). Apart from the areas:
 * only `explain` reads them, so a decision function does not bundle them.
 *
 * @example
 * ```ts
 * messagesByArea.image['image.consent.withdrawn']?.staff; // 'The family of child {subject} has withdrawn consent.'
 * ```
 */
export const messagesByArea: Readonly<Record<AreaId, Messages>> = {
  image: imageMessages,
  retention: retentionMessages,
  device: deviceMessages,
  transfer: transferMessages,
  concern: concernMessages,
  misuse: misuseMessages,
  phone: phoneMessages,
  communication: communicationMessages,
  internet: internetMessages,
  equipment: equipmentMessages,
  meeting: meetingMessages,
};

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
