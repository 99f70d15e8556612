import { describe, expect, it } from 'vitest';
import { holds } from '../vocabulary.js';
import type { PhoneRequest } from './schema.js';
import { phoneFacts } from './canUsePhone.js';

// The facts the phone rules read, field by field: device groups, who a call is with, places, emergencies.
const base: PhoneRequest = { who: 'staff', device: 'personal-phone', purpose: 'call', place: 'staff-room' };
const sets = (q: Partial<PhoneRequest> = {}, policy = 'baseline') => {
  const p = phoneFacts({ ...base, ...q }, { policy: policy as never });
  expect(p.findings).toEqual([]);
  return p.sets!;
};
const root = (q: Partial<PhoneRequest> = {}, policy = 'baseline') => sets(q, policy).root as Record<string, unknown>;

describe('phoneFacts', () => {
  it('a setting camera or tablet is a setting device; a smart watch follows the personal phone', () => {
    expect(root({ device: 'setting-camera' }).device).toBe('setting-device');
    expect(root({ device: 'setting-tablet' }).device).toBe('setting-device');
    expect(root({ device: 'smart-watch' }).device).toBe('personal-phone');
    expect(root({ device: 'outings-phone' }).device).toBe('outings-phone');
  });
  it('calls and messages say who they are with (unknown if not said); other purposes are not applicable', () => {
    expect(root({ purpose: 'call', contactWith: 'family' }).contactWith).toBe('family');
    expect(root({ purpose: 'message', contactWith: 'dependant' }).contactWith).toBe('dependant');
    expect(root({ purpose: 'call' }).contactWith).toBe('unknown');
    expect(root({ purpose: 'message' }).contactWith).toBe('unknown');
    expect(root({ purpose: 'browsing', contactWith: 'family' }).contactWith).toBe('not-applicable');
    expect(root({ purpose: 'photo-or-video' }).contactWith).toBe('not-applicable');
  });
  it('photos and social media say who is in the picture (unknown if not said); calls are not applicable', () => {
    expect(root({ purpose: 'photo-or-video' }).photoOfChildren).toBe('unknown');
    expect(root({ purpose: 'social-media', photoSubject: 'no-children' }).photoOfChildren).toBe('no-children');
    expect(root({ purpose: 'call', photoSubject: 'children' }).photoOfChildren).toBe('not-applicable');
  });
  it('the setting phone and the outings phone keep to their own places; other devices are not limited', () => {
    expect(root({ device: 'setting-phone', place: 'office' }).settingPhonePlaceAllowed).toBe(true);
    expect(root({ device: 'setting-phone', place: 'outing' }).settingPhonePlaceAllowed).toBe(false);
    expect(root({ device: 'outings-phone', place: 'outing' }).settingPhonePlaceAllowed).toBe(true);
    expect(root({ device: 'outings-phone', place: 'off-premises' }).settingPhonePlaceAllowed).toBe(false);
    expect(root({ device: 'personal-phone', place: 'off-premises' }).settingPhonePlaceAllowed).toBe(true);
    expect(root({ device: 'setting-tablet', place: 'off-premises' }).settingPhonePlaceAllowed).toBe(true);
  });
  it('emergency use is permitted only in an emergency and with permission from a role the policy names', () => {
    const manager = [{ from: 'manager' as const, for: 'emergency' as const }];
    expect(root({ emergency: true, permissions: manager }).emergencyPermitted).toBe(true);
    expect(root({ emergency: false, permissions: manager }).emergencyPermitted).toBe(false);
    expect(root({ permissions: manager }).emergencyPermitted).toBe(false);
    expect(root({ emergency: true }).emergencyPermitted).toBe(false);
    expect(root({ emergency: true, permissions: manager }, 'homerton-early-years').emergencyPermitted).toBe(false);
    expect(root({ emergency: true, permissions: [{ from: 'manager', for: 'charging' }] }).emergencyPermitted).toBe(false);
  });
  it('an authorised photo is a staff photo on a personal phone, with a photo permission from a role the policy names, where the policy allows one', () => {
    const photo: Partial<PhoneRequest> = { purpose: 'photo-or-video', permissions: [{ from: 'manager', for: 'photo' }] };
    expect(root(photo, 'barnet-early-years').authorisedPhoto).toBe(true);
    expect(root({ ...photo, permissions: [{ from: 'leadership-team', for: 'photo' }] }, 'barnet-early-years').authorisedPhoto).toBe(false);
    expect(root({ ...photo, purpose: 'social-media' }, 'barnet-early-years').authorisedPhoto).toBe(false);
    expect(root({ ...photo, who: 'parent-or-carer' }, 'barnet-early-years').authorisedPhoto).toBe(false);
    expect(root({ ...photo, device: 'personal-camera' }, 'barnet-early-years').authorisedPhoto).toBe(false);
    expect(root(photo, 'homerton-early-years').authorisedPhoto).toBe(false);
    expect(root({ ...photo, permissions: [{ from: 'head-of-setting', for: 'photo' }] }, 'homerton-early-years').authorisedPhoto).toBe(false);
  });
  it('taking a phone from storage: why (unknown if not said), and whether a keyholder unlocks it (a manager asking does)', () => {
    const take: Partial<PhoneRequest> = { purpose: 'take-from-storage' };
    expect(root(take).leaving).toBe('unknown');
    expect(root({ ...take, leaving: 'lunch-time' }).leaving).toBe('lunch-time');
    expect(root(take, 'two-mile-ash-pre-school').unlockedByKeyholder).toBe('unknown');
    expect(root({ ...take, unlockedBy: 'deputy-manager' }, 'two-mile-ash-pre-school').unlockedByKeyholder).toBe('yes');
    expect(root({ ...take, unlockedBy: 'room-leader' }, 'two-mile-ash-pre-school').unlockedByKeyholder).toBe('no');
    expect(root({ ...take, who: 'manager' }, 'two-mile-ash-pre-school').unlockedByKeyholder).toBe('yes');
    expect(root({ ...take, who: 'manager', unlockedBy: 'staff' }, 'two-mile-ash-pre-school').unlockedByKeyholder).toBe('no');
  });
  it('adult content counts only when said', () => {
    expect(root({ holdsAdultContent: true }).holdsAdultContent).toBe(true);
    expect(root({ holdsAdultContent: false }).holdsAdultContent).toBe(false);
    expect(root().holdsAdultContent).toBe(false);
  });
  it('phone facts are about the request alone: there are no item fact sets', () => {
    expect(sets().items).toEqual([]);
    expect(sets({ device: 'setting-camera', purpose: 'photo-or-video' }).items).toEqual([]);
  });
});

describe('holds', () => {
  it('a permission counts only for its own scope and from a listed role', () => {
    expect(holds([{ from: 'manager', for: 'emergency' }], 'emergency', ['manager'])).toBe(true);
    expect(holds([{ from: 'manager', for: 'photo' }], 'emergency', ['manager'])).toBe(false);
    expect(holds([{ from: 'teacher', for: 'emergency' }], 'emergency', ['manager'])).toBe(false);
    expect(holds([{ from: 'manager', for: 'photo' }, { from: 'manager', for: 'emergency' }], 'emergency', ['manager'])).toBe(true);
    expect(holds([], 'emergency', ['manager'])).toBe(false);
    expect(holds(undefined, 'emergency', ['manager'])).toBe(false);
  });
});
