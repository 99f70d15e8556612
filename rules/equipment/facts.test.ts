import { describe, expect, it } from 'vitest';
import type { PresetId } from '../../src/core/policy/presets.js';
import { request, type Change } from './helpers.js';
import { equipmentFacts } from './canUseSettingDevice.js';

// The facts the equipment rules read, field by field.
const root = (c: Change = {}, policy: PresetId = 'baseline') => {
  const p = equipmentFacts(request(c), { policy });
  expect(p.findings).toEqual([]);
  return p.sets!.root as Record<string, unknown>;
};

describe('equipmentFacts', () => {
  it('the actor: staff, parent, visitor or child, from the person', () => {
    expect(root({ user: { person: 'volunteer' } }).actor).toBe('staff');
    expect(root({ user: { person: 'contractor' } }).actor).toBe('visitor');
    expect(root({ user: { person: 'child' } }).actor).toBe('child');
  });
  it('place, kind and assignment', () => {
    expect(root({ place: 'off-site' }).onSite).toBe(false);
    expect(root({ place: 'staff-room' }).onSite).toBe(true);
    expect([root({ device: { kind: 'phone' } }).mobileDevice, root({ device: { kind: 'laptop' } }).mobileDevice]).toEqual([true, false]);
    expect([root({ device: { kind: 'desktop' } }).computer, root({ device: { kind: 'tablet' } }).computer]).toEqual([true, false]);
    expect(root({ device: { assignment: 'issued', authorisedUsers: ['s-14'] } })).toMatchObject({ issued: true, userAuthorised: true });
    expect(root({ device: { assignment: 'issued' } }).userAuthorised).toBe(false);
  });
  it('technical staff: a member of staff holding the ict-technician role', () => {
    expect(root({ user: { roles: ['ict-technician'] } }).technicalStaff).toBe(true);
    expect(root({ user: { roles: ['ict-coordinator'] } }).technicalStaff).toBe(false);
    expect(root({ user: { person: 'contractor', roles: ['ict-technician'] } }).technicalStaff).toBe(false);
  });
  it('the laptop exception needs the policy, a laptop and a member of staff', () => {
    expect(root({ device: { kind: 'laptop' } }, 'kirklees-primary').laptopInstallAllowed).toBe(true);
    expect(root({ device: { kind: 'laptop' } }, 'homerton-early-years').laptopInstallAllowed).toBe(false);
    expect(root({ device: { kind: 'desktop' } }, 'kirklees-primary').laptopInstallAllowed).toBe(false);
    expect(root({ device: { kind: 'laptop' }, user: { person: 'child' } }, 'kirklees-primary').laptopInstallAllowed).toBe(false);
  });
  it('software: named when given or installing; approved only by a role the policy names', () => {
    expect(root().softwareNamed).toBe(false);
    expect(root({ action: 'install' }).softwareNamed).toBe(true);
    expect(root({ software: { name: 'a', approvedBy: 'head-of-setting' } }, 'homerton-early-years').softwareApproved).toBe(true);
    expect(root({ software: { name: 'a', approvedBy: 'head-of-setting' } }, 'cambridgeshire-early-years').softwareApproved).toBe(false);
    expect(root({}, 'cambridgeshire-early-years').approvedSoftwareOnly).toBe(false);
  });
  it('yes, no or unknown answers, and personal use authorised only by a role the policy names', () => {
    expect([root({ device: { wirelessOn: undefined } }).wirelessOn, root({ online: false }).online, root({ user: { acceptableUseAgreed: undefined } }).acceptableUseAgreed])
      .toEqual(['unknown', 'no', 'unknown']);
    expect(root({ personalUseAuthorisedBy: 'manager' }, 'cambridgeshire-early-years').personalUseAuthorised).toBe(true);
    expect(root({ personalUseAuthorisedBy: 'manager' }, 'homerton-early-years').personalUseAuthorised).toBe(false);
  });
});
