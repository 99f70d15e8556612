// The device facts: what each is (the specs rules are checked against), and how they are computed from a device and a trip.
import type { Computed, Context } from '../../src/core/area.js';
import { anyOf, b, one, tri, triOf } from '../../src/core/facts.js';
import type { DevicePolicy } from './policy.js';
import { deviceKinds, tripKinds, type Device, type Trip } from './schema.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts device rules may use, once per device and trip. */
export const deviceFactSpecs = {
  owner: one(['setting', 'personal'], 'Who owns the device.'),
  kind: one(deviceKinds, 'What kind of device it is.'),
  deviceRole: one(['outings-phone', 'general'], 'A setting phone kept for outings, or any other device.'),
  tripKind: one(tripKinds, 'Why it leaves the premises.'),
  encrypted: tri('The device is encrypted.'),
  holdsChildData: tri('It holds sensitive information or photographs of children.'),
  holdsSensitiveData: tri('It holds sensitive information.'),
  empty: tri('All data has been transferred off it or deleted (no sensitive data, no photos).'),
  passwordProtected: tri('Password protected, with a locking screen saver.'),
  returnsToSetting: tri('It comes back to the setting at the end of the trip.'),
  visitException: b('Policy and trip allow an unencrypted camera or tablet on a visit: unnamed photos only, no sensitive data, brought back at the end.'),
  carrierAuthorised: b('The person taking it is one of its authorised users.'),
  personalUse: b('It will be used for personal purposes.'),
  personalUseAuthorised: b('Personal use is authorised by a role the policy names.'),
  personalDeviceAgreed: b('Use of this personal device is agreed by a role the policy names.'),
  personalPhoneOnTrip: b('A personal phone taken on an outing or visit.'),
  personalPhoneAgreed: b('Its use on this outing is agreed by a role the policy names.'),
  switchedOff: tri('The personal phone stays switched off on the outing.'),
  settingPhoneCarried: tri('A setting mobile phone goes on the outing or visit.'),
  encryptOffSite: one(['sensitive-or-child-photos', 'always'], 'Policy: which setting devices must be encrypted to leave.'),
  personalDevices: one(['never', 'with-agreement'], 'Policy: personal devices for work.'),
  personalPhoneOnOuting: one(['forbidden', 'agreed', 'switched-off'], 'Policy: personal phones on outings and visits.'),
  clearBeforeOuting: b('Policy: all data transferred or deleted from a setting device before an outing.'),
  personalDeviceChildData: one(['never', 'with-agreement'], 'Policy: children\'s data on a personal device (never, or agreed and encrypted).'),
  personalUseNeedsAuthorisation: b('Policy: personal use of a setting device off site needs authorisation.'),
  authorisedUserOnly: b('Policy: setting devices are used by their authorised person only.'),
  authorisedUserForData: b('Policy: a setting device holding children\'s or sensitive data leaves only with one of its authorised users.'),
  settingPhoneRequired: b('Policy: a setting phone goes on outings and visits.'),
  outingsPhoneReturns: b('Policy: the outings phone comes back at the end of every trip and is never taken home.'),
  passwordProtectLaptops: b('Policy: laptops holding sensitive information are password protected.'),
  wipeBeforeDisposal: b('Policy: a device leaving for disposal has its information destroyed first.'),
} as const;

/**
 * The device facts of one device and trip, under the decision's policy.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { deviceArea } from './area.js';
 * computeDeviceFacts([device, trip], readOptions(deviceArea, { policy: 'kirklees-primary' })).root.holdsChildData; // 'yes'
 * ```
 */
export function computeDeviceFacts([d, t]: [Device, Trip], ctx: Context<DevicePolicy>): Computed {
  const policy = ctx.policy;
  const onTrip = t.kind === 'outing' || t.kind === 'visit';
  const childData = anyOf(d.holdsSensitiveData, d.holdsChildPhotos);
  const root = {
    owner: d.owner,
    kind: d.kind,
    deviceRole: d.role ?? 'general',
    tripKind: t.kind,
    encrypted: triOf(d.encrypted),
    holdsChildData: childData,
    holdsSensitiveData: triOf(d.holdsSensitiveData),
    // Empty is the opposite of holding data: no only when it holds some, yes only when both answers are no.
    empty: childData === 'yes' ? 'no' : childData === 'no' ? 'yes' : 'unknown',
    passwordProtected: triOf(d.passwordProtected),
    returnsToSetting: triOf(t.returnsToSettingAtEnd),
    visitException: policy.visitException && t.kind === 'visit' && d.owner === 'setting' && (d.kind === 'camera' || d.kind === 'tablet') &&
      d.photosLinkedToNames === false && d.holdsSensitiveData === false && t.returnsToSettingAtEnd === true,
    carrierAuthorised: (d.authorisedUsers ?? []).includes(t.carriedBy),
    personalUse: t.personalUse,
    personalUseAuthorised: d.personalUseAuthorisedBy != null && policy.personalUseApprovers.includes(d.personalUseAuthorisedBy),
    personalDeviceAgreed: d.useAgreedBy != null && policy.personalDeviceApprovers.includes(d.useAgreedBy),
    personalPhoneOnTrip: d.owner === 'personal' && d.kind === 'phone' && onTrip,
    personalPhoneAgreed: t.personalPhoneAgreedBy != null && policy.personalPhoneApprovers.includes(t.personalPhoneAgreedBy),
    switchedOff: triOf(t.switchedOff),
    settingPhoneCarried: triOf(t.settingPhoneCarried),
    encryptOffSite: policy.encryptOffSite,
    personalDevices: policy.personalDevices,
    personalPhoneOnOuting: policy.personalPhoneOnOuting,
    clearBeforeOuting: policy.clearBeforeOuting,
    personalDeviceChildData: policy.personalDeviceChildData,
    personalUseNeedsAuthorisation: policy.personalUseNeedsAuthorisation,
    authorisedUserOnly: policy.authorisedUserOnly,
    authorisedUserForData: policy.authorisedUserForData,
    settingPhoneRequired: policy.settingPhoneRequired,
    outingsPhoneReturns: policy.outingsPhoneReturns,
    passwordProtectLaptops: policy.passwordProtectLaptops,
    wipeBeforeDisposal: policy.wipeBeforeDisposal,
  };
  return { root, items: [] };
}
