import { describe, expect, it } from 'vitest';
import { device, phone, trip } from './helpers.js';
import type { Device, Trip } from './schema.js';
import { deviceFacts } from './canTakeDeviceOffSite.js';

// The facts the device rules read, field by field: three-valued answers, the visit exception, approvers.
const root = (d: Partial<Device> = {}, t: Partial<Trip> = {}, policy = 'baseline') => {
  const p = deviceFacts(device(d), trip(t), { policy: policy as never });
  expect(p.findings).toEqual([]);
  return p.sets!.root as Record<string, unknown>;
};

describe('deviceFacts', () => {
  it('yes, no or unknown: encrypted, password, return, switched off, setting phone', () => {
    expect(root({ encrypted: true }).encrypted).toBe('yes');
    expect(root({ encrypted: false }).encrypted).toBe('no');
    expect(root({ encrypted: undefined }).encrypted).toBe('unknown');
    expect(root({}, { switchedOff: false }).switchedOff).toBe('no');
    expect(root({}, { switchedOff: undefined }).switchedOff).toBe('unknown');
    expect(root({}, { returnsToSettingAtEnd: false }).returnsToSetting).toBe('no');
    expect(root({}, { settingPhoneCarried: undefined }).settingPhoneCarried).toBe('unknown');
  });
  it('child data: yes if either says yes, no only when both say no, else unknown; empty is its opposite', () => {
    const data = (s?: boolean, c?: boolean) => { const r = root({ holdsSensitiveData: s, holdsChildPhotos: c }); return [r.holdsChildData, r.empty]; };
    expect(data(true, false)).toEqual(['yes', 'no']);
    expect(data(false, true)).toEqual(['yes', 'no']);
    expect(data(undefined, true)).toEqual(['yes', 'no']);
    expect(data(false, false)).toEqual(['no', 'yes']);
    expect(data(false, undefined)).toEqual(['unknown', 'unknown']);
    expect(data(undefined, false)).toEqual(['unknown', 'unknown']);
    expect(data(undefined, undefined)).toEqual(['unknown', 'unknown']);
  });
  it('the role defaults to general', () => {
    expect(root().deviceRole).toBe('general');
    expect(root({ role: 'outings-phone' } as Partial<Device>).deviceRole).toBe('outings-phone');
  });
  it('the visit exception needs every condition (Homerton)', () => {
    const ok = { kind: 'camera' as const, photosLinkedToNames: false, holdsSensitiveData: false };
    expect(root(ok, {}, 'homerton-early-years').visitException).toBe(true);
    expect(root({ ...ok, kind: 'tablet' }, {}, 'homerton-early-years').visitException).toBe(true);
    expect(root(ok, {}, 'baseline').visitException).toBe(false);
    expect(root(ok, { kind: 'outing' }, 'homerton-early-years').visitException).toBe(false);
    expect(root({ ...ok, owner: 'personal' }, {}, 'homerton-early-years').visitException).toBe(false);
    expect(root({ ...ok, kind: 'laptop' } as Partial<Device>, {}, 'homerton-early-years').visitException).toBe(false);
    expect(root({ ...ok, photosLinkedToNames: true }, {}, 'homerton-early-years').visitException).toBe(false);
    expect(root({ ...ok, holdsSensitiveData: undefined }, {}, 'homerton-early-years').visitException).toBe(false);
    expect(root(ok, { returnsToSettingAtEnd: undefined }, 'homerton-early-years').visitException).toBe(false);
  });
  it('approvals count only from the roles the policy names', () => {
    expect(root({ personalUseAuthorisedBy: 'manager' }).personalUseAuthorised).toBe(true);
    expect(root({ personalUseAuthorisedBy: 'head-of-setting' }).personalUseAuthorised).toBe(false);
    expect(root({}).personalUseAuthorised).toBe(false);
    expect(root({ useAgreedBy: 'manager' }, {}, 'barnet-early-years').personalDeviceAgreed).toBe(true);
    expect(root({ useAgreedBy: 'manager' }, {}, 'baseline').personalDeviceAgreed).toBe(false);
    expect(root({}, {}, 'barnet-early-years').personalDeviceAgreed).toBe(false);
    expect(root({}, { personalPhoneAgreedBy: 'manager' }).personalPhoneAgreed).toBe(true);
    expect(root({}, { personalPhoneAgreedBy: 'leadership-team' }).personalPhoneAgreed).toBe(false);
    expect(root({}, {}).personalPhoneAgreed).toBe(false);
  });
  it('a personal phone on an outing or a visit, not a setting phone nor another trip', () => {
    expect(root(phone, { kind: 'visit' }).personalPhoneOnTrip).toBe(true);
    expect(root(phone, { kind: 'outing' }).personalPhoneOnTrip).toBe(true);
    expect(root({ ...phone, owner: 'setting' }, { kind: 'visit' }).personalPhoneOnTrip).toBe(false);
    expect(root({ ...phone, kind: 'tablet' }, { kind: 'visit' }).personalPhoneOnTrip).toBe(false);
    expect(root(phone, { kind: 'home' } as Partial<Trip>).personalPhoneOnTrip).toBe(false);
  });
  it('the policy facts follow each preset\'s own policy', () => {
    const pick = (policy: string) => {
      const r = root({}, {}, policy);
      return [r.personalDeviceChildData, r.personalUseNeedsAuthorisation, r.authorisedUserOnly, r.authorisedUserForData,
        r.settingPhoneRequired, r.outingsPhoneReturns, r.passwordProtectLaptops, r.wipeBeforeDisposal];
    };
    expect(pick('baseline')).toEqual(['never', true, true, true, true, true, true, true]);
    expect(pick('barnet-early-years')).toEqual(['with-agreement', false, false, false, false, false, false, true]);
    expect(pick('homerton-early-years')).toEqual(['never', true, true, true, true, true, false, true]);
    expect(pick('two-mile-ash-pre-school')).toEqual(['never', false, false, false, false, false, false, false]);
    expect(pick('cambridgeshire-early-years')).toEqual(['never', true, true, true, true, false, false, true]);
    expect(pick('kirklees-primary')).toEqual(['never', false, false, true, true, false, true, true]);
  });
  it('invalid input names the argument it is in', () => {
    expect(deviceFacts({}, trip()).findings.every((f) => f.subject?.startsWith('device'))).toBe(true);
    expect(deviceFacts(device(), {}).findings.every((f) => f.subject?.startsWith('trip'))).toBe(true);
  });
});
