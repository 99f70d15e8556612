import { canTakeDeviceOffSite } from './canTakeDeviceOffSite.js';
import type { Device, Trip } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';

/** An encrypted setting camera, carried by its authorised user. */
export const device = (over: Partial<Device> = {}): Device => ({
  id: 'cam-1', kind: 'camera', owner: 'setting', encrypted: true, holdsSensitiveData: false, holdsChildPhotos: true,
  photosLinkedToNames: false, authorisedUsers: ['s1'], ...over,
});
/** A visit to the park, coming back the same day, with the setting phone. */
export const trip = (over: Partial<Trip> = {}): Trip => ({
  kind: 'visit', leavesAt: '2026-11-23T09:30:00Z', carriedBy: 's1', personalUse: false, returnsToSettingAtEnd: true,
  settingPhoneCarried: true, ...over,
});
/** The decision for the base device and trip with these changes, with the names of the rules that fired. */
export const check = (d: Partial<Device>, t: Partial<Trip> = {}, policy: PresetId = 'baseline') => {
  const r = canTakeDeviceOffSite(device(d), trip(t), { policy });
  return { ...r, rules: r.reasons.map((f) => f.rule) };
};
/** A personal phone (no child data on it). */
export const phone = { id: 'ph-1', kind: 'phone' as const, owner: 'personal' as const, holdsSensitiveData: false, holdsChildPhotos: false, authorisedUsers: [] };
