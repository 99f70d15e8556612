import { describe, expect, it } from 'vitest';
import { readOptions } from '../../src/core/options.js';
import { definePolicy } from '../../src/policy.js';
import { retentionArea } from './area.js';
import { computeRetentionFacts } from './facts.js';
import { AT, photo } from './helpers.js';
import type { PhotoRecord } from './schema.js';
import { retentionFacts } from './checkPhotoRetention.js';

const H = 'homerton-early-years';
const root = (over: Partial<PhotoRecord>, policy: 'baseline' | typeof H = 'baseline') => retentionFacts(photo(over), { policy, at: AT }).sets?.root;
const old = { takenAt: '2025-01-01T10:00:00Z', retainUntil: '2027-07-31' };

describe('retentionFacts: what the json-rules-engine route is given', () => {
  it('a valid record: the area, the policy, no findings, and its facts', () => {
    const r = retentionFacts(photo(), { at: AT });
    expect(r.area).toBe('retention');
    expect(r.policy.id).toBe('baseline');
    expect(r.ruleSet.byArea.has('retention')).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.sets?.items).toEqual([]);
    expect(r.sets?.root).toMatchObject({ showsChildren: true, storedOn: 'setting-platform', purposeRecorded: true, retentionPeriodPassed: false });
  });
  it('an invalid record: the area and the findings, no facts', () => {
    const r = retentionFacts({ ...photo(), takenAt: 'yesterday' }, { at: AT });
    expect(r.area).toBe('retention');
    expect(r.findings.map((f) => [f.rule, f.subject])).toEqual([['input.invalid', 'photo.takenAt']]);
    expect(r.sets).toBeUndefined();
  });
});

describe('retentionFacts: the yearly purge is due only for photos of children on setting devices, where the policy purges', () => {
  it('due for an old photo of a child on a setting device (Homerton)', () => {
    expect(root({ ...old, storedOn: 'setting-device' }, H)?.purgeDue).toBe(true);
  });
  it.each<[string, Partial<PhotoRecord>, 'baseline' | typeof H]>([
    ['on the platform', { ...old, storedOn: 'setting-platform' }, H],
    ['with no child in it', { ...old, storedOn: 'setting-device', childIds: [] }, H],
    ['under a policy with no purge', { ...old, storedOn: 'setting-device' }, 'baseline'],
  ])('not due %s', (_, over, policy) => {
    expect(root(over, policy)?.purgeDue).toBe(false);
  });
});

describe('retentionFacts: no children left, no consent withdrawn', () => {
  it('is "none" when nothing is recorded', () => {
    expect(root({})).toMatchObject({ childrenLeft: 'none', consentWithdrawn: 'none' });
  });
  it('is "none" when what is recorded is about other children', () => {
    expect(root({
      childrenLeft: [{ childId: 'c9', leftAt: '2026-10-01' }],
      consentWithdrawals: [{ childId: 'c9', uses: ['learning-journal'], withdrawnAt: '2026-10-01' }],
    })).toMatchObject({ childrenLeft: 'none', consentWithdrawn: 'none' });
  });
});

describe('public purposes: consent withdrawal uses the public-use period for them', () => {
  const policy = definePolicy({ id: 'oak', version: '1', basedOn: 'baseline', retention: { withdrawalPublicPeriod: 'P11D', withdrawalOtherPeriod: 'P13D' } });
  const ctx = readOptions(retentionArea, { policy, at: AT });
  const withdrawn = (use: string) => {
    const facts = computeRetentionFacts([photo({
      purposes: ['learning-journal', use] as never, consentWithdrawals: [{ childId: 'c1', uses: [use] as never, withdrawnAt: '2026-11-01' }],
    })], ctx);
    const day = Array.isArray(facts) ? undefined : facts.derived?.dates['consent-withdrawn'];
    return day === undefined ? undefined : new Date(day * 86_400_000).toISOString().slice(0, 10);
  };
  it.each(['website', 'publicity', 'marketing', 'social-media'])('%s: the public period', (use) => expect(withdrawn(use)).toBe('2026-11-12'));
  it.each(['display', 'training', 'observation'])('%s: the other period', (use) => expect(withdrawn(use)).toBe('2026-11-14'));
});

describe('retentionFacts: where it is kept, who authorised it, and what was agreed', () => {
  const B = 'barnet-early-years';
  const facts = (over: Partial<PhotoRecord>, policy: 'baseline' | typeof H | typeof B = 'baseline') => retentionFacts(photo(over), { policy, at: AT }).sets?.root;
  it('storagePlace is the policy\'s answer for the record\'s place', () => {
    expect(facts({ storedOn: 'setting-device' })?.storagePlace).toBe('allowed');
    expect(facts({ storedOn: 'personal-device' })?.storagePlace).toBe('forbidden');
    expect(facts({ storedOn: 'personal-device' }, B)?.storagePlace).toBe('with-authorisation');
    expect(facts({ storedOn: 'other' }, H)?.storagePlace).toBe('with-authorisation');
  });
  it('storageAuthorisation: none without a role, valid with one the policy accepts, invalid with another', () => {
    expect(facts({ storedOn: 'personal-device' }, B)?.storageAuthorisation).toBe('none');
    expect(facts({ storedOn: 'personal-device', storageAuthorisedBy: null }, B)?.storageAuthorisation).toBe('none');
    expect(facts({ storedOn: 'personal-device', storageAuthorisedBy: 'manager' }, B)?.storageAuthorisation).toBe('valid');
    expect(facts({ storedOn: 'personal-device', storageAuthorisedBy: 'head-of-setting' }, B)?.storageAuthorisation).toBe('invalid');
    expect(facts({ storedOn: 'other', storageAuthorisedBy: 'head-of-setting' }, H)?.storageAuthorisation).toBe('valid');
  });
  it('storageAgreement: none, kept-there or elsewhere; accessAgreed only with at least one role', () => {
    expect(facts({ agreedStorage: undefined })?.storageAgreement).toBe('none');
    expect(facts({ agreedStorage: [] })?.storageAgreement).toBe('none');
    expect(facts({ agreedStorage: ['setting-device', 'setting-platform'] })?.storageAgreement).toBe('kept-there');
    expect(facts({ agreedStorage: ['setting-device'] })?.storageAgreement).toBe('elsewhere');
    expect(facts({})).toMatchObject({ storageAgreementRequired: true, accessAgreementRequired: false, accessAgreed: false });
    expect(facts({}, H)).toMatchObject({ storageAgreementRequired: false });
    expect(facts({ agreedAccess: [] })?.accessAgreed).toBe(false);
    expect(facts({ agreedAccess: ['teacher'] })?.accessAgreed).toBe(true);
  });
});
