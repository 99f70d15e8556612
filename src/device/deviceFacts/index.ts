import { parserOf } from '../../core/input.js';
import type { DecisionOptions, PreparedFacts } from '../../core/options.js';
import { prepareFacts } from '../../core/pipeline.js';
import { deviceRules } from '../rules.js';
import type { FactSets } from '../../core/rules/ruleSet.js';
import type { DevicePolicy } from '../policy.js';
import { deviceSchema, tripSchema, type Device, type Trip } from '../schema.js';

const tri = (v: boolean | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');
/** Either answer yes → yes; both no → no; otherwise unknown. */
const either = (a: boolean | undefined, b: boolean | undefined) => (a === true || b === true ? 'yes' : a === false && b === false ? 'no' : 'unknown');

const parseDevice = parserOf(deviceSchema);
const parseTrip = parserOf(tripSchema);

/**
 * The facts the device rules decide on, for one device and trip.
 * `canTakeDeviceOffSite` evaluates them itself; pass them to `decideWithEngine` for json-rules-engine.
 *
 * @example
 * ```ts
 * const prepared = deviceFacts(device, trip, { policy: 'cambridgeshire-early-years' });
 * prepared.sets?.root.encryptOffSite; // 'always'
 * ```
 */
export function deviceFacts(device: unknown, trip: unknown, options?: DecisionOptions): PreparedFacts {
  return prepareFacts<DevicePolicy, [Device, Trip]>(options, false, deviceRules.decision, [
    { name: 'device', value: device, parse: parseDevice },
    { name: 'trip', value: trip, parse: parseTrip },
  ], ([d, t], ctx) => factSets(d, t, ctx.policy));
}

function factSets(d: Device, t: Trip, policy: DevicePolicy): FactSets {
  const onTrip = t.kind === 'outing' || t.kind === 'visit';
  const root = {
    owner: d.owner,
    kind: d.kind,
    deviceRole: d.role ?? 'general',
    tripKind: t.kind,
    encrypted: tri(d.encrypted),
    holdsChildData: either(d.holdsSensitiveData, d.holdsChildPhotos),
    holdsSensitiveData: tri(d.holdsSensitiveData),
    empty: either(d.holdsSensitiveData, d.holdsChildPhotos) === 'yes' ? 'no' : d.holdsSensitiveData === false && d.holdsChildPhotos === false ? 'yes' : 'unknown',
    passwordProtected: tri(d.passwordProtected),
    returnsToSetting: tri(t.returnsToSettingAtEnd),
    visitException: policy.visitException && t.kind === 'visit' && d.owner === 'setting' && (d.kind === 'camera' || d.kind === 'tablet') &&
      d.photosLinkedToNames === false && d.holdsSensitiveData === false && t.returnsToSettingAtEnd === true,
    carrierAuthorised: (d.authorisedUsers ?? []).includes(t.carriedBy),
    personalUse: t.personalUse,
    personalUseAuthorised: d.personalUseAuthorisedBy != null && policy.personalUseApprovers.includes(d.personalUseAuthorisedBy),
    personalDeviceAgreed: d.useAgreedBy != null && policy.personalDeviceApprovers.includes(d.useAgreedBy),
    personalPhoneOnTrip: d.owner === 'personal' && d.kind === 'phone' && onTrip,
    personalPhoneAgreed: t.personalPhoneAgreedBy != null && policy.personalPhoneApprovers.includes(t.personalPhoneAgreedBy),
    switchedOff: tri(t.switchedOff),
    settingPhoneCarried: tri(t.settingPhoneCarried),
    encryptOffSite: policy.encryptOffSite,
    personalDevices: policy.personalDevices,
    personalPhoneOnOuting: policy.personalPhoneOnOuting,
    clearBeforeOuting: policy.clearBeforeOuting,
    authorisedUserOnly: policy.authorisedUserOnly,
    settingPhoneRequired: policy.settingPhoneRequired,
  };
  return { root, items: [] };
}
