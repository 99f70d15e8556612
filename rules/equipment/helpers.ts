import type { PolicyOption } from '../../src/policy.js';
import { canUseSettingDevice } from './canUseSettingDevice.js';
import type { EquipmentRequest } from './schema.js';

type Device = EquipmentRequest['device'];
type User = EquipmentRequest['user'];
/** Changes to the base request: its own fields, and the device's and the user's merged into theirs. */
export type Change = Partial<Omit<EquipmentRequest, 'device' | 'user'>> & { device?: Partial<Device>; user?: Partial<User> };

/** A member of staff using a shared tablet in the office for work, wireless off, acceptable use agreed: allowed everywhere. */
export const request = (c: Change = {}): EquipmentRequest => ({
  action: 'use', purpose: 'work', place: 'office', ...c,
  device: { id: 'ipad-3', kind: 'tablet', assignment: 'shared', wirelessOn: false, virusProtected: true, ...c.device },
  user: { id: 's-14', person: 'staff', acceptableUseAgreed: true, ...c.user },
});
/** The decision for the base request with these changes, with the rules that fired and the seeds their findings cite. */
export const check = (c: Change = {}, policy: PolicyOption = 'baseline') => {
  const d = canUseSettingDevice(request(c), { policy });
  return { ...d, rules: d.reasons.map((f) => f.rule), cites: d.reasons.map((f) => f.clause.source.slice(0, 3)) };
};
/** The decision for the base request with these changes, for `expectScenario`. */
export const decide = (c: Change, policy?: PolicyOption) => canUseSettingDevice(request(c), { policy });

/** A child installing an app on a shared tablet. */
export const childInstall: Change = { user: { id: 'c-7', person: 'child' }, action: 'install', purpose: 'learning', software: { name: 'Bubble Pop', approvedBy: 'ict-coordinator' } };
/** A member of staff installing an approved app. */
export const staffInstall: Change = { action: 'install', software: { name: 'Phonics Play', approvedBy: 'ict-coordinator' } };
