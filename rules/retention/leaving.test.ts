import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

describe('retention: children who leave, consent withdrawn (statutory-facts.md)', () => {
  it('retention.child.left: delete (or hand to the family) within a month of leaving', () => {
    const d = check({ childrenLeft: [{ childId: 'c1', leftAt: '2026-10-31' }] });
    expect(d.rules).toEqual(['retention.child.left']);
    expect(d.action).toBe('delete');
    expect(d.deleteBy).toBe('2026-11-30');
    expect(check({ childrenLeft: [{ childId: 'c1', leftAt: '2026-12-20' }] }).rules).toEqual([]);
    expect(check({ childrenLeft: [{ childId: 'c9', leftAt: '2026-10-31' }] }).rules).toEqual([]);
  });
  it('retention.child.some-left: a group photo with a child who left → review', () => {
    const d = check({ childIds: ['c1', 'c2'], childrenLeft: [{ childId: 'c1', leftAt: '2026-10-31' }] });
    expect(d.rules).toEqual(['retention.child.some-left']);
    expect(d.action).toBe('review');
    expect(d.deleteBy).toBe('2026-11-30');
    expect(check({ childIds: ['c1', 'c2'], childrenLeft: [{ childId: 'c1', leftAt: '2026-10-31' }, { childId: 'c2', leftAt: '2026-11-01' }] }).rules).toEqual(['retention.child.left']);
  });
  it('retention.consent.withdrawn: withdrawn for every use → delete within about a month', () => {
    const d = check({ consentWithdrawals: [{ childId: 'c1', uses: ['learning-journal'], withdrawnAt: '2026-11-01T12:00:00Z' }] });
    expect(d.rules).toEqual(['retention.consent.withdrawn']);
    expect(d.action).toBe('delete');
    expect(d.deleteBy).toBe('2026-12-01');
    expect(check({ consentWithdrawals: [{ childId: 'c1', uses: ['website'], withdrawnAt: '2026-11-01' }] }).rules).toEqual([]);
  });
  it('retention.consent.withdrawn-some-uses: withdrawn for the website only → review, by a month later', () => {
    const d = check({ purposes: ['learning-journal', 'website'], consentWithdrawals: [{ childId: 'c1', uses: ['website'], withdrawnAt: '2026-10-31' }] });
    expect(d.rules).toEqual(['retention.consent.withdrawn-some-uses']);
    expect(d.action).toBe('review');
    expect(d.deleteBy).toBe('2026-11-30');
    expect(check({ purposes: ['learning-journal', 'website'], consentWithdrawals: [{ childId: 'c1', uses: ['website'], withdrawnAt: '2026-12-31' }] }, 'baseline', '2026-12-01T00:00:00Z').rules).toEqual([]);
  });
  it('delete wins over review, and deleteBy is the earliest deciding deadline', () => {
    const d = check({ childIds: ['c1', 'c2'], retainUntil: '2026-11-10', childrenLeft: [{ childId: 'c1', leftAt: '2026-09-01' }] });
    expect(d.rules.sort()).toEqual(['retention.child.some-left', 'retention.period.passed']);
    expect(d.action).toBe('delete');
    expect(d.deleteBy).toBe('2026-11-10');
  });
});
