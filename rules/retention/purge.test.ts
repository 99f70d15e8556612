import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy.js';
import { checkPhotoRetention } from './checkPhotoRetention.js';
import { AT, check, expectRetentionScenario, photo, type RetentionScenario } from './helpers.js';

const H = 'homerton-early-years';
const onDevice = { storedOn: 'setting-device' as const, purposes: ['observation' as const], retainUntil: null };
const due = { ...onDevice, takenAt: '2025-11-21T10:00:00Z' };
const training = { ...onDevice, purposes: ['training' as const], takenAt: '2025-01-01' };
const head = { approvedBy: 'head-of-setting' as const, approvedAt: '2025-12-01', purpose: 'training' as const };
const roomLeader = { ...head, approvedBy: 'room-leader' as const };

// Each rule (Homerton, 001 PHOTOGRAPHS AND VIDEO): the photo that fires it, the effect its clause gives ("will delete",
// "will seek permission": blocks), one near miss per condition, and the baseline, which has no yearly purge.
const scenarios: RetentionScenario[] = [
  { rule: 'retention.yearly.purge', policy: H, effect: 'block', action: 'delete', fires: due,
    nearMisses: [{ ...due, childIds: [] }, { ...due, storedOn: 'setting-platform' }, { ...due, takenAt: '2025-11-23T10:00:00Z' },
      { ...due, keepBeyondYearApproval: { ...head, purpose: 'observation' } }, { ...due, purposes: ['training'] }], elsewhere: ['baseline'] },
  { rule: 'retention.beyond-year.unapproved', policy: H, effect: 'block', action: 'review', fires: training,
    nearMisses: [{ ...training, childIds: [] }, { ...training, storedOn: 'setting-platform' }, { ...training, takenAt: '2026-01-01' },
      { ...training, keepBeyondYearApproval: head }, { ...training, purposes: ['observation'] }], elsewhere: ['baseline'] },
  { rule: 'retention.beyond-year.approval-invalid', policy: H, effect: 'block', action: 'delete', fires: { ...training, keepBeyondYearApproval: roomLeader },
    nearMisses: [
      { ...training, keepBeyondYearApproval: roomLeader, childIds: [] },
      { ...training, keepBeyondYearApproval: roomLeader, storedOn: 'setting-platform' },
      { ...training, keepBeyondYearApproval: roomLeader, takenAt: '2026-01-01' },
      { ...training, keepBeyondYearApproval: head },
      training,
    ],
    elsewhere: ['baseline'] },
];

describe('retention purge rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectRetentionScenario(s));
});

describe('retention: yearly purge and keeping beyond a year (001 PHOTOGRAPHS AND VIDEO)', () => {
  it('retention.yearly.purge: due a year after the photo was taken (Homerton names no date)', () => {
    const d = check({ ...onDevice, takenAt: '2025-11-21T10:00:00Z' }, H);
    expect(d.rules).toEqual(['retention.yearly.purge']);
    expect(d.action).toBe('delete');
    expect(d.deleteBy).toBe('2026-11-21');
    const kept = check({ ...onDevice, takenAt: '2025-11-23T10:00:00Z' }, H);
    expect(kept.rules).toEqual([]);
    expect(kept.action).toBe('keep');
    expect(kept.deleteBy).toBe('2026-11-23');
  });
  it('the purge covers setting devices only, and only where the policy has one', () => {
    expect(check({ ...onDevice, storedOn: 'setting-platform', takenAt: '2025-01-01' }, H).rules).not.toContain('retention.yearly.purge');
    expect(check({ ...onDevice, takenAt: '2025-01-01', retainUntil: '2027-01-01' }, 'baseline').rules).not.toContain('retention.yearly.purge');
  });
  it('a configured purge date: everything taken before it goes on that date', () => {
    const policy = definePolicy({ id: 'acorn', version: '1', basedOn: H, retention: { yearlyPurgeDate: '08-31' } });
    const d = checkPhotoRetention(photo({ ...onDevice, takenAt: '2026-09-01T10:00:00Z' }), { policy, at: AT });
    expect(d.action).toBe('keep');
    expect(d.deleteBy).toBe('2027-08-31');
    expect(checkPhotoRetention(photo({ ...onDevice, takenAt: '2025-09-01T10:00:00Z' }), { policy, at: AT }).deleteBy).toBe('2026-08-31');
    const old = checkPhotoRetention(photo({ ...onDevice, takenAt: '2025-08-30T10:00:00Z' }), { policy, at: AT });
    expect(old.reasons.map((r) => r.rule)).toEqual(['retention.yearly.purge']);
    expect(old.deleteBy).toBe('2025-08-31');
  });
  it('retention.beyond-year.unapproved: a training photo due for the purge without permission → review', () => {
    const d = check({ ...onDevice, purposes: ['training'], takenAt: '2025-01-01' }, H);
    expect(d.rules).toEqual(['retention.beyond-year.unapproved']);
    expect(d.action).toBe('review');
    expect(check({ ...onDevice, purposes: ['training'], takenAt: '2026-01-01' }, H).rules).toEqual([]);
  });
  it('a valid permission from the Head of Centre keeps it until the permission ends', () => {
    const approval = { approvedBy: 'head-of-setting' as const, approvedAt: '2025-12-01', purpose: 'training' as const, until: '2027-06-30' };
    const d = check({ ...onDevice, purposes: ['training'], takenAt: '2025-01-01', keepBeyondYearApproval: approval }, H);
    expect(d.rules).toEqual([]);
    expect(d.action).toBe('keep');
    expect(d.deleteBy).toBe('2027-06-30');
  });
  it('retention.beyond-year.approval-invalid: wrong role, wrong purpose, or expired → delete', () => {
    const base = { approvedBy: 'head-of-setting' as const, approvedAt: '2025-12-01', purpose: 'training' as const };
    for (const a of [{ ...base, approvedBy: 'room-leader' as const }, { ...base, purpose: 'display' as const }, { ...base, until: '2026-11-01' }]) {
      const d = check({ ...onDevice, purposes: ['training', 'display'], takenAt: '2025-01-01', keepBeyondYearApproval: a }, H);
      expect(d.rules).toEqual(['retention.beyond-year.approval-invalid']);
      expect(d.action).toBe('delete');
    }
    const valid = check({ ...onDevice, purposes: ['training'], takenAt: '2025-01-01', keepBeyondYearApproval: base }, H);
    expect(valid.rules).not.toContain('retention.beyond-year.approval-invalid');
  });
  it('retention.yearly.purge: taken a year and a day ago, a year ago to the day, a year less a day ago', () => {
    expect(check({ ...onDevice, takenAt: '2025-11-21T10:00:00Z' }, H).rules).toEqual(['retention.yearly.purge']);
    const onTheDay = check({ ...onDevice, takenAt: '2025-11-22T10:00:00Z' }, H);
    expect(onTheDay).toMatchObject({ rules: ['retention.yearly.purge'], action: 'delete', deleteBy: '2026-11-22' });
    expect(check({ ...onDevice, takenAt: '2025-11-23T10:00:00Z' }, H)).toMatchObject({ rules: [], action: 'keep' });
  });
  it('a permission for a purpose the policy does not keep beyond a year does not count, and the purge deletes the photo', () => {
    const d = check({ ...due, keepBeyondYearApproval: { ...head, purpose: 'observation' } }, H);
    expect(d.rules).toEqual(['retention.beyond-year.approval-invalid']);
    expect(d.action).toBe('delete');
  });
  it('an invalid permission before the purge is due asks nothing yet', () => {
    const early = check({ ...training, takenAt: '2026-01-01', keepBeyondYearApproval: roomLeader }, H);
    expect(early).toMatchObject({ rules: [], action: 'keep', deleteBy: '2027-01-01' });
  });
});
