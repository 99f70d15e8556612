import { describe, expect, it } from 'vitest';
import type { InternetSession } from './schema.js';
import { internetFacts } from './canChildUseInternet.js';

// The facts the children's internet rules read, field by field: the session as given, three-valued answers, the policy.
const base: InternetSession = { deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'search' };
const prepare = (s: Partial<InternetSession> = {}, policy = 'baseline') => internetFacts({ ...base, ...s }, { policy: policy as never });
const root = (s: Partial<InternetSession> = {}, policy = 'baseline') => {
  const p = prepare(s, policy);
  expect(p.findings).toEqual([]);
  return p.sets!.root as Record<string, unknown>;
};
const answers = ['writtenParentalPermission', 'inAreaVisibleToStaff', 'contentChecked', 'filteringActive',
  'secondHandDevice', 'secondHandDeviceChecked', 'plannedCurriculumActivity', 'serviceAsksConsent', 'parentalConsentToService',
  'personalDeviceAuthorised', 'taughtStaySafe'] as const;

describe('internetFacts', () => {
  it('the device owner, supervision and activity are passed on as given, for every owner', () => {
    expect(root()).toMatchObject({ deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'search' });
    expect(root({ deviceOwner: 'personal' }).deviceOwner).toBe('personal');
    expect(root({ deviceOwner: 'child' }).deviceOwner).toBe('child');
    expect(root({ supervision: 'none', activity: 'email' })).toMatchObject({ supervision: 'none', activity: 'email' });
  });
  it('yes, no or unknown for each answer of the session', () => {
    const all = (v?: boolean) => { const r = root(Object.fromEntries(answers.map((k) => [k, v]))); return answers.map((k) => r[k]); };
    expect(all(true)).toEqual(answers.map(() => 'yes'));
    expect(all(false)).toEqual(answers.map(() => 'no'));
    expect(all(undefined)).toEqual(answers.map(() => 'unknown'));
    expect(root({ filteringActive: true, contentChecked: false })).toMatchObject({ filteringActive: 'yes', contentChecked: 'no', secondHandDevice: 'unknown' });
  });
  it('the policy choices come from the policy', () => {
    expect(root()).toMatchObject({ searchSupervision: 'adult-sitting-with', contentCheck: 'required', childEmail: 'forbidden', childDeviceLocation: 'visible-to-staff',
      parentalPermission: 'written', childDevice: 'setting-owned', secondHandCheck: 'manager-checks', childSocialNetworking: 'planned-curriculum',
      nonEducationalSites: 'planned-curriculum', publicPosting: 'school-activity-only', staySafeTeaching: 'before-use', childInstall: 'forbidden' });
    expect(root({}, 'kirklees-primary')).toMatchObject({ searchSupervision: 'supervised', contentCheck: 'encouraged', childEmail: 'allowed',
      parentalPermission: 'signed-aup', childDevice: 'not-stated', childSocialNetworking: 'planned-curriculum', staySafeTeaching: 'not-stated' });
    expect(root({}, 'cambridgeshire-early-years')).toMatchObject({ searchSupervision: 'never', contentCheck: 'not-stated', childDevice: 'setting-owned', childSocialNetworking: 'forbidden' });
    expect(root({}, 'homerton-early-years')).toMatchObject({ childDevice: 'personal-authorised', parentalPermission: 'not-stated', childEmail: 'allowed' });
    expect(root({}, 'two-mile-ash-pre-school')).toMatchObject({ childSocialNetworking: 'forbidden', staySafeTeaching: 'before-use', publicPosting: 'not-stated', childInstall: 'not-stated' });
  });
  it('the child\'s age against the digital consent age (13): under it, 13 or over, or unknown', () => {
    expect(root().belowDigitalConsentAge).toBe('unknown');
    expect(root({ childAge: 0 }).belowDigitalConsentAge).toBe('yes');
    expect(root({ childAge: 12.5 }).belowDigitalConsentAge).toBe('yes');
    expect(root({ childAge: 13 }).belowDigitalConsentAge).toBe('no');
    expect(root({ childAge: 18 }).belowDigitalConsentAge).toBe('no');
  });
  it('internet facts are about the session alone: there are no item fact sets', () => {
    expect(prepare().sets!.items).toEqual([]);
    expect(prepare({ deviceOwner: 'child', activity: 'install' }, 'kirklees-primary').sets!.items).toEqual([]);
  });
  it('invalid input names the field under "session"; the time is not needed', () => {
    expect(prepare({ deviceOwner: 'parent' as never }).findings.map((f) => f.subject)).toEqual(['session.deviceOwner']);
    expect(prepare({ filteringActive: 'yes' as never }).findings.map((f) => f.subject)).toEqual(['session.filteringActive']);
    expect(internetFacts({}).findings.map((f) => f.subject)).toEqual(['session.deviceOwner', 'session.supervision', 'session.activity']);
    expect(internetFacts(base, { at: '2026-01-15T12:00:00Z' }).findings).toEqual([]);
  });
});
