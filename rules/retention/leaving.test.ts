import { describe, expect, it } from 'vitest';
import { check, expectRetentionScenario, type RetentionScenario } from './helpers.js';

const left = (childId: string, leftAt = '2026-10-31') => ({ childId, leftAt });
const group = ['c1', 'c2'];
const withdrawn = (uses: ('learning-journal' | 'website')[], childId = 'c1') => ({ childId, uses, withdrawnAt: '2026-11-01T12:00:00Z' });
const twoUses = ['learning-journal' as const, 'website' as const];

// Each rule (statutory-facts.md): the photo that fires it, the effect ("delete photos ... when the child leaves",
// "allow about one month for a removal request": the photo must go, so blocks), and one near miss per condition.
const scenarios: RetentionScenario[] = [
  { rule: 'retention.child.left', effect: 'block', action: 'delete', fires: { childrenLeft: [left('c1')] },
    nearMisses: [{ childIds: [], childrenLeft: [left('c1')] }, { childIds: group, childrenLeft: [left('c1')] },
      { childrenLeft: [left('c1', '2026-12-20')] }] },
  { rule: 'retention.child.some-left', effect: 'block', action: 'review', fires: { childIds: group, childrenLeft: [left('c1')] },
    nearMisses: [{ childIds: [], childrenLeft: [left('c1')] }, { childIds: group, childrenLeft: [left('c1'), left('c2')] },
      { childIds: group, childrenLeft: [left('c9')] }] },
  { rule: 'retention.consent.withdrawn', effect: 'block', action: 'delete', fires: { consentWithdrawals: [withdrawn(['learning-journal'])] },
    nearMisses: [
      { childIds: [], consentWithdrawals: [withdrawn(['learning-journal'])] },
      { purposes: twoUses, consentWithdrawals: [withdrawn(['learning-journal'])] },
      { consentWithdrawals: [withdrawn(['website'])] },
    ] },
  { rule: 'retention.consent.withdrawn-some-uses', effect: 'block', action: 'review',
    fires: { purposes: twoUses, consentWithdrawals: [withdrawn(['website'])] },
    nearMisses: [
      { childIds: [], purposes: twoUses, consentWithdrawals: [withdrawn(['website'])] },
      { purposes: twoUses, consentWithdrawals: [withdrawn(twoUses)] },
      { purposes: twoUses, consentWithdrawals: [withdrawn(['website'], 'c9')] },
    ] },
];

describe('retention leaving rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectRetentionScenario(s));
});

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
    const bothLeft = [{ childId: 'c1', leftAt: '2026-10-31' }, { childId: 'c2', leftAt: '2026-11-01' }];
    expect(check({ childIds: ['c1', 'c2'], childrenLeft: bothLeft }).rules).toEqual(['retention.child.left']);
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
    const later = [{ childId: 'c1', uses: ['website' as const], withdrawnAt: '2026-12-31' }];
    expect(check({ purposes: ['learning-journal', 'website'], consentWithdrawals: later }, 'baseline', '2026-12-01T00:00:00Z').rules).toEqual([]);
  });
  it('delete wins over review, and deleteBy is the earliest deciding deadline', () => {
    const d = check({ childIds: ['c1', 'c2'], retainUntil: '2026-11-10', childrenLeft: [{ childId: 'c1', leftAt: '2026-09-01' }] });
    expect(d.rules.sort()).toEqual(['retention.child.some-left', 'retention.period.passed']);
    expect(d.action).toBe('delete');
    expect(d.deleteBy).toBe('2026-11-10');
  });
  it('a child counts as left from the moment they leave: a second before the check, at it, a second after', () => {
    expect(check({ childrenLeft: [left('c1', '2026-11-22T09:59:59Z')] }).rules).toEqual(['retention.child.left']);
    expect(check({ childrenLeft: [left('c1', '2026-11-22T10:00:00Z')] }).rules).toEqual(['retention.child.left']);
    expect(check({ childrenLeft: [left('c1', '2026-11-22T10:00:01Z')] }).rules).toEqual([]);
  });
});
