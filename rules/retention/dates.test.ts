import { describe, expect, it } from 'vitest';
import { AT, check, photo } from './helpers.js';
import { definePolicy } from '../../src/policy.js';
import { checkPhotoRetention } from './checkPhotoRetention.js';

// AT is 2026-11-22T10:00:00Z (London: GMT); the helper's photo is of c1, on the platform, kept until 2027-07-31.
const H = 'homerton-early-years';
const onDevice = { storedOn: 'setting-device' as const, agreedStorage: ['setting-device' as const], purposes: ['observation' as const] };
const SECOND_LATER = '2026-11-22T10:00:01Z';

describe('dates at the very moment of the decision', () => {
  it('a photo taken at `at` is valid input', () => {
    expect(check({ takenAt: AT }).rules).toEqual([]);
  });
  it('a photo taken after `at` is invalid input, and says why', () => {
    expect(check({ takenAt: SECOND_LATER }).reasons.map((r) => r.message))
      .toEqual(['photo.takenAt is after options.at: a photo cannot be taken after the moment of the decision']);
  });
  it('an agreed period ending at `at` has not yet passed', () => {
    for (const retainUntil of [AT, SECOND_LATER]) {
      const d = check({ retainUntil });
      expect(d.rules, retainUntil).toEqual([]);
      expect(d.deleteBy, retainUntil).toBe('2026-11-22');
    }
  });
  it('a purpose that ended at `at` has ended', () => {
    const d = check({ purposeEndedAt: AT });
    expect(d.rules).toEqual(['retention.purpose.served']);
    expect(d.deleteBy).toBe('2026-11-22');
  });
  it('a child who left at `at` has left', () => {
    const d = check({ childrenLeft: [{ childId: 'c1', leftAt: AT }] });
    expect(d.rules).toEqual(['retention.child.left']);
    expect(d.deleteBy).toBe('2026-12-22');
    expect(check({ childrenLeft: [{ childId: 'c1', leftAt: SECOND_LATER }] }).rules).toEqual([]);
  });
  it('a permission given at `at` is in force', () => {
    const approval = (approvedAt: string) => ({ approvedBy: 'head-of-setting' as const, approvedAt, purpose: 'training' as const, until: '2027-06-30' });
    const photoOf = (approvedAt: string) => ({ ...onDevice, purposes: ['training' as const], takenAt: '2025-01-01', keepBeyondYearApproval: approval(approvedAt) });
    expect(check(photoOf(AT), H)).toMatchObject({ rules: [], action: 'keep', deleteBy: '2027-06-30' });
    expect(check(photoOf(SECOND_LATER), H).rules).toEqual(['retention.beyond-year.approval-invalid']);
  });
  it('the yearly purge is due on its day', () => {
    const d = check({ ...onDevice, retainUntil: null, takenAt: '2025-11-22T10:00:00Z' }, H);
    expect(d.rules).toEqual(['retention.yearly.purge']);
    expect(d.deleteBy).toBe('2026-11-22');
  });
});

describe('deleteBy is the earliest date, whatever the order of the entries', () => {
  const both = ['c1', 'c2'];
  it('children who left', () => {
    for (const [first, second] of [['2026-10-01', '2026-10-31'], ['2026-10-31', '2026-10-01']]) {
      const d = check({ childIds: both, childrenLeft: [{ childId: 'c1', leftAt: first! }, { childId: 'c2', leftAt: second! }] });
      expect(d.rules).toEqual(['retention.child.left']);
      expect(d.deleteBy).toBe('2026-11-01');
    }
  });
  it('consent withdrawals', () => {
    for (const [first, second] of [['2026-10-01', '2026-10-31'], ['2026-10-31', '2026-10-01']]) {
      const w = (childId: string, withdrawnAt: string) => ({ childId, uses: ['learning-journal' as const], withdrawnAt });
      const d = check({ childIds: both, consentWithdrawals: [w('c1', first!), w('c2', second!)] });
      expect(d.rules).toEqual(['retention.consent.withdrawn']);
      expect(d.deleteBy).toBe('2026-11-01');
    }
  });
  it('a kept photo on a device: the earlier of its agreed period and its purge', () => {
    expect(check({ ...onDevice, takenAt: '2026-10-01T10:00:00Z', retainUntil: '2027-07-31' }, H).deleteBy).toBe('2027-07-31');
    expect(check({ ...onDevice, takenAt: '2026-01-05T10:00:00Z', retainUntil: '2027-07-31' }, H).deleteBy).toBe('2027-01-05');
  });
  it('no purge date off a device, or where the policy has no purge', () => {
    const early = { takenAt: '2026-01-05T10:00:00Z', retainUntil: '2027-07-31' };
    expect(check({ ...early, storedOn: 'setting-platform' }, H)).toMatchObject({ action: 'keep', deleteBy: '2027-07-31' });
    expect(check({ ...early, ...onDevice }, 'baseline')).toMatchObject({ action: 'keep', deleteBy: '2027-07-31' });
    expect(check({ ...early, ...onDevice, childIds: [] }, H)).toMatchObject({ action: 'keep', deleteBy: '2027-07-31' });
  });
});

describe('consent withdrawn: public and other uses have their own periods', () => {
  // Periods no other test uses, so no remembered date from another policy can stand in for them.
  const policy = definePolicy({ id: 'acorn', version: '1', basedOn: 'baseline', retention: { withdrawalPublicPeriod: 'P17D', withdrawalOtherPeriod: 'P19D' } });
  const decide = (uses: ('website' | 'learning-journal')[]) => checkPhotoRetention(photo({
    purposes: ['learning-journal', 'website'],
    consentWithdrawals: [{ childId: 'c1', uses, withdrawnAt: '2026-11-01' }],
  }), { policy, at: AT });
  it('the public period for the website, the other period for the learning journal, the earlier for both', () => {
    expect(decide(['website'])).toMatchObject({ action: 'review', deleteBy: '2026-11-18' });
    expect(decide(['learning-journal'])).toMatchObject({ action: 'review', deleteBy: '2026-11-20' });
    expect(decide(['learning-journal', 'website'])).toMatchObject({ action: 'delete', deleteBy: '2026-11-18' });
  });
});
