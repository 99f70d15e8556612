import type { Decision } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { equipmentArea } from './area.js';
import type { EquipmentRequest } from './schema.js';

/**
 * May this person use this setting device, for this purpose, here, or install this program or app on it? Checks who
 * may install (authorised staff, technical staff, never a child), the pre-approved software selection, personal use
 * and its authorisation, the device's authorised users, the acceptable use policy, virus protection, and (a warning)
 * wireless access left on in a learning space. Whether the device may leave the premises is `canTakeDeviceOffSite`'s
 * question. Never throws: bad input is a denial whose reasons name each invalid field.
 *
 * @example
 * ```ts
 * const d = canUseSettingDevice(
 *   { device: { id: 'ipad-3', kind: 'tablet', assignment: 'shared', wirelessOn: false },
 *     user: { id: 'c-7', person: 'child' }, action: 'install', purpose: 'learning', place: 'learning-space',
 *     software: { name: 'Counting Bears', approvedBy: 'ict-coordinator' } },
 *   { policy: 'cambridgeshire-early-years' },
 * );
 * d.allowed; // false: equipment.install.child ("Children should not be able to search or install anything on a setting device")
 * ```
 */
export function canUseSettingDevice(request: EquipmentRequest, options?: DecisionOptions): Decision {
  return decide(equipmentArea, [request], options);
}

/**
 * The facts the equipment rules decide on, for one request. `canUseSettingDevice` evaluates them itself; pass them
 * to `decideWithEngine` (from `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = equipmentFacts(
 *   { device: { id: 'lap-1', kind: 'laptop', assignment: 'issued', authorisedUsers: ['t-3'] },
 *     user: { id: 't-3', person: 'staff' }, action: 'install', purpose: 'work', place: 'office',
 *     software: { name: 'Phonics Play' } },
 *   { policy: 'kirklees-primary' },
 * );
 * prepared.sets?.root.laptopInstallAllowed; // true
 * ```
 */
export function equipmentFacts(request: unknown, options?: DecisionOptions): PreparedFacts<Decision> {
  return prepare(equipmentArea, [request], options);
}
