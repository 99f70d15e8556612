import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../vocabulary.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { deviceKinds, deviceSchema, tripKinds, tripSchema, type Device, type Trip } from './schema.js';
import { canTakeDeviceOffSite } from './canTakeDeviceOffSite.js';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const deviceArb: fc.Arbitrary<Device> = fc.record({
  id: fc.constant('d1'), kind: fc.constantFrom(...deviceKinds), owner: fc.constantFrom('setting' as const, 'personal' as const),
  role: opt(fc.constantFrom('outings-phone' as const, 'general' as const)), encrypted: opt(fc.boolean()), holdsSensitiveData: opt(fc.boolean()),
  holdsChildPhotos: opt(fc.boolean()), photosLinkedToNames: opt(fc.boolean()), passwordProtected: opt(fc.boolean()),
  authorisedUsers: opt(fc.subarray(['s1', 's2'])), personalUseAuthorisedBy: opt(fc.constantFrom(...roles)), useAgreedBy: opt(fc.constantFrom(...roles)),
}, { requiredKeys: ['id', 'kind', 'owner'] });
const tripArb: fc.Arbitrary<Trip> = fc.record({
  kind: fc.constantFrom(...tripKinds), leavesAt: fc.constant('2026-11-23T09:00:00Z'), carriedBy: fc.constantFrom('s1', 's2'), personalUse: fc.boolean(),
  returnsToSettingAtEnd: opt(fc.boolean()), settingPhoneCarried: opt(fc.boolean()), switchedOff: opt(fc.boolean()), personalPhoneAgreedBy: opt(fc.constantFrom(...roles)),
}, { requiredKeys: ['kind', 'leavesAt', 'carriedBy', 'personalUse'] });
const bad = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.constant([]), fc.constant({}));
const broken = <T extends object>(arb: fc.Arbitrary<T>, keys: string[]) =>
  fc.oneof(fc.tuple(arb, fc.constantFrom(...keys, 'extra'), bad).map(([o, k, v]) => ({ ...o, [k]: v ?? 'x' })), fc.anything());

describe('canTakeDeviceOffSite: properties', () => {
  it('fails closed: a malformed device or trip is never allowed off site', () => {
    fc.assert(fc.property(fc.oneof(
      fc.tuple(broken(deviceArb, ['id', 'kind', 'owner', 'encrypted', 'holdsChildPhotos', 'authorisedUsers']), tripArb),
      fc.tuple(deviceArb, broken(tripArb, ['kind', 'leavesAt', 'carriedBy', 'personalUse', 'returnsToSettingAtEnd'])),
    ), fc.constantFrom(...presetIds), ([device, trip], policy) => {
      if (deviceSchema.safeParse(device).success && tripSchema.safeParse(trip).success) return;
      const d = canTakeDeviceOffSite(device as Device, trip as Trip, { policy });
      expect(d.allowed).toBe(false);
      expect(d.reasons.some((r) => r.rule === 'input.invalid')).toBe(true);
    }), { numRuns: 500 });
  });
  it('a setting device that may hold children\'s data leaves unencrypted only under Homerton\'s visit reading', () => {
    fc.assert(fc.property(deviceArb, tripArb, fc.constantFrom(...presetIds), (device, trip, policy) => {
      const d = canTakeDeviceOffSite(device, trip, { policy });
      const risky = device.owner === 'setting' && device.encrypted !== true && (device.holdsChildPhotos !== false || device.holdsSensitiveData !== false);
      if (risky && d.allowed) {
        expect(policy).toBe('homerton-early-years');
        expect(trip.kind).toBe('visit');
        expect(device.photosLinkedToNames).toBe(false);
        expect(trip.returnsToSettingAtEnd).toBe(true);
        expect(d.reasons.map((r) => r.rule)).toContain('device.visit.unencrypted');
      }
    }), { numRuns: 500 });
  });
  // Barnet alone lets staff use their own equipment, photographs included, "with specific authorisation"; the law then
  // asks that the personal data on it be encrypted.
  it('a personal device with children\'s data on it leaves only under Barnet, encrypted (and agreed)', () => {
    fc.assert(fc.property(deviceArb, tripArb, fc.constantFrom(...presetIds), (device, trip, policy) => {
      if (device.owner !== 'personal' || device.holdsChildPhotos === false) return;
      const d = canTakeDeviceOffSite(device, trip, { policy });
      if (d.allowed) {
        expect(policy).toBe('barnet-early-years');
        expect(device.encrypted).toBe(true);
      }
    }), { numRuns: 300 });
  });
  it('under Barnet an agreed, encrypted personal camera with photos of children may leave', () => {
    const camera: Device = { id: 'c', kind: 'camera', owner: 'personal', encrypted: true, holdsChildPhotos: true, holdsSensitiveData: false, useAgreedBy: 'manager' };
    const trip: Trip = { kind: 'visit', leavesAt: '2026-11-23T09:00:00Z', carriedBy: 's1', personalUse: false, returnsToSettingAtEnd: true };
    expect(canTakeDeviceOffSite(camera, trip, { policy: 'barnet-early-years' }).allowed).toBe(true);
    expect(canTakeDeviceOffSite({ ...camera, encrypted: false }, trip, { policy: 'barnet-early-years' }).allowed).toBe(false);
    expect(canTakeDeviceOffSite(camera, trip, { policy: 'baseline' }).allowed).toBe(false);
  });
});
