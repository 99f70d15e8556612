import type { Decision } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { deviceArea } from './area.js';
import type { Device, Trip } from './schema.js';

/**
 * May this device leave the premises for this trip? Checks encryption, the
 * visit exception, clearing before outings, personal devices and phones,
 * personal use, the authorised user, the outings phone and disposal. Never
 * throws: bad input is a denial whose reasons name each invalid field.
 *
 * @example
 * ```ts
 * const d = canTakeDeviceOffSite(
 *   { id: 'cam-2', kind: 'camera', owner: 'setting', encrypted: true, holdsSensitiveData: false,
 *     holdsChildPhotos: true, authorisedUsers: ['s-14'] },
 *   { kind: 'visit', leavesAt: '2026-11-23T09:30:00Z', carriedBy: 's-14', personalUse: false,
 *     returnsToSettingAtEnd: true, settingPhoneCarried: true },
 *   { policy: 'homerton-early-years' },
 * );
 * d.allowed; // true
 * ```
 */
export function canTakeDeviceOffSite(device: Device, trip: Trip, options?: DecisionOptions): Decision {
  return decide(deviceArea, [device, trip], options);
}

/**
 * The facts the device rules decide on, for one device and trip.
 * `canTakeDeviceOffSite` evaluates them itself; pass them to `decideWithEngine`
 * (from `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = deviceFacts(device, trip, { policy: 'cambridgeshire-early-years' });
 * prepared.sets?.root.encryptOffSite; // 'always'
 * ```
 */
export function deviceFacts(device: unknown, trip: unknown, options?: DecisionOptions): PreparedFacts<Decision> {
  return prepare(deviceArea, [device, trip], options);
}
