import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const personalCamera = { owner: 'personal' as const, holdsChildPhotos: false, holdsSensitiveData: false };

describe('device: personal devices, personal use, authorised user (000; 001 l.35, l.43, l.73; 002 l.48; 003 l.16; 004 l.400)', () => {
  it('device.personal.forbidden: only setting technology off site (baseline, Cambridgeshire, Two Mile Ash)', () => {
    for (const p of ['baseline', 'cambridgeshire-early-years', 'two-mile-ash-pre-school'] as const) {
      expect(check(personalCamera, {}, p).rules).toContain('device.personal.forbidden');
    }
    expect(check({}, {}, 'baseline').rules).not.toContain('device.personal.forbidden');
  });
  it('device.personal.unagreed: Homerton needs the Head of Centre, Barnet and Kirklees the manager', () => {
    expect(check(personalCamera, {}, 'homerton-early-years').rules).toEqual(['device.personal.unagreed']);
    expect(check({ ...personalCamera, useAgreedBy: 'head-of-setting' }, {}, 'homerton-early-years').rules).toEqual([]);
    expect(check({ ...personalCamera, useAgreedBy: 'manager' }, {}, 'homerton-early-years').rules).toEqual(['device.personal.unagreed']);
    expect(check({ ...personalCamera, useAgreedBy: 'manager' }, {}, 'barnet-early-years').rules).toEqual([]);
    expect(check({ ...personalCamera, useAgreedBy: 'manager' }, {}, 'kirklees-primary').rules).toEqual([]);
  });
  it('device.personal.child-data: a personal device must not hold children\'s photos or details', () => {
    const d = check({ ...personalCamera, holdsChildPhotos: true, useAgreedBy: 'head-of-setting' }, {}, 'homerton-early-years');
    expect(d.rules).toEqual(['device.personal.child-data']);
    expect(check({ ...personalCamera, holdsChildPhotos: undefined, useAgreedBy: 'head-of-setting' }, {}, 'homerton-early-years').rules).toEqual(['device.personal.child-data']);
    expect(check({ ...personalCamera, useAgreedBy: 'head-of-setting' }, {}, 'homerton-early-years').rules).toEqual([]);
  });
  it('device.personal-use.unauthorised: personal use of a setting device needs authorisation from the named role', () => {
    expect(check({}, { personalUse: true }, 'homerton-early-years').rules).toEqual(['device.personal-use.unauthorised']);
    expect(check({ personalUseAuthorisedBy: 'head-of-setting' }, { personalUse: true }, 'homerton-early-years').rules).toEqual([]);
    expect(check({ personalUseAuthorisedBy: 'manager' }, { personalUse: true }, 'cambridgeshire-early-years').rules).toEqual([]);
  });
  it('device.user.unauthorised: only its authorised person takes it', () => {
    expect(check({}, { carriedBy: 's2' }).rules).toEqual(['device.user.unauthorised']);
    expect(check({ authorisedUsers: undefined }).rules).toEqual(['device.user.unauthorised']);
    expect(check({ authorisedUsers: ['s1', 's2'] }, { carriedBy: 's2' }).rules).toEqual([]);
  });
});
