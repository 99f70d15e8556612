import { describe, expect, it } from 'vitest';
import { STATUTORY } from '../../src/core/rules/ruleSet.js';
import { presetInfo, type PresetId } from '../../src/core/policy/presets.js';
import { check, expectRetentionScenario, type RetentionScenario } from './helpers.js';

const ended = '2026-11-10T15:00:00Z';
// Each rule: the photo that fires it, the effect its clause gives ("needs to be"/"should be" an agreement: blocks),
// one near miss per condition, and presets without the clause.
const scenarios: RetentionScenario[] = [
  // 004 Section 27 "be clear ... about what will happen to the images when the activity is concluded"
  { rule: 'retention.disposal.destroy', policy: 'kirklees-primary', effect: 'block', action: 'delete',
    fires: { purposeEndedAt: ended, retentionAgreement: 'destroy' },
    nearMisses: [{ purposeEndedAt: ended, retentionAgreement: 'destroy', childIds: [] }, { purposeEndedAt: ended, retentionAgreement: 'retain' },
      { retentionAgreement: 'destroy' }, { purposeEndedAt: '2026-11-23', retentionAgreement: 'destroy' }],
    elsewhere: ['baseline', 'homerton-early-years', 'two-mile-ash-pre-school'] },
  // 004 Section 27 "There also needs to be an agreement as to whether the images will be destroyed or retained for further use"
  { rule: 'retention.disposal.not-agreed', policy: 'kirklees-primary', effect: 'block', action: 'review', fires: {},
    nearMisses: [{ childIds: [] }, { retentionAgreement: 'retain' }, { retentionAgreement: 'destroy' }], elsewhere: ['baseline', 'homerton-early-years'] },
  // 000 "There should be agreement as to how the images will be stored, and for how long."
  // Only Barnet's policy (and the baseline) asks "for how long": Two Mile Ash and Cambridgeshire are silent on it, and
  // Kirklees asks whether the images will be destroyed or retained (retention.disposal.not-agreed), not for how long.
  { rule: 'retention.period.missing', effect: 'block', action: 'review', fires: { retainUntil: null },
    nearMisses: [{ retainUntil: null, childIds: [] }, {}],
    elsewhere: ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] },
  { rule: 'retention.period.missing', policy: 'barnet-early-years', effect: 'block', action: 'review', fires: { retainUntil: null, retentionAgreement: 'retain' },
    nearMisses: [{ retainUntil: null, retentionAgreement: 'retain', childIds: [] }, { retentionAgreement: 'retain' }],
    elsewhere: ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] },
  { rule: 'retention.period.passed', effect: 'block', action: 'delete', fires: { retainUntil: '2026-11-21' }, nearMisses: [{ retainUntil: '2026-11-22' }] },
];

describe('retention agreement rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectRetentionScenario(s));
});

describe('retention: agreed storage (000 Photography and Videos; 004 Section 27)', () => {
  it('retention.disposal.destroy: agreed destruction once the activity is over (Kirklees, Barnet)', () => {
    for (const p of ['kirklees-primary', 'barnet-early-years'] as const) {
      const d = check({ purposeEndedAt: '2026-11-10T15:00:00Z', retentionAgreement: 'destroy' }, p);
      expect(d.rules).toContain('retention.disposal.destroy');
      expect(d.action).toBe('delete');
      expect(d.deleteBy).toBe('2026-11-10');
      expect(check({ purposeEndedAt: '2026-11-10T15:00:00Z', retentionAgreement: 'retain' }, p).rules).not.toContain('retention.disposal.destroy');
    }
  });
  it('retention.disposal.not-agreed: Kirklees needs an agreement on destroy or retain', () => {
    const d = check({}, 'kirklees-primary');
    expect(d.rules).toContain('retention.disposal.not-agreed');
    expect(d.action).toBe('review');
    expect(check({ retentionAgreement: 'retain' }, 'kirklees-primary').rules).not.toContain('retention.disposal.not-agreed');
    expect(check({}, 'baseline').rules).not.toContain('retention.disposal.not-agreed');
  });
  it('retention.period.missing: no agreed period → review (not for Homerton, whose yearly purge is its period)', () => {
    const d = check({ retainUntil: null });
    expect(d.rules).toContain('retention.period.missing');
    expect(d.action).toBe('review');
    expect(check({}).rules).not.toContain('retention.period.missing');
    expect(check({ retainUntil: null }, 'homerton-early-years').rules).not.toContain('retention.period.missing');
  });
  it('retention.period.passed: a date-only period runs to the end of that London day', () => {
    const d = check({ retainUntil: '2026-11-21' });
    expect(d.rules).toContain('retention.period.passed');
    expect(d.action).toBe('delete');
    expect(d.deleteBy).toBe('2026-11-21');
    expect(check({ retainUntil: '2026-11-22' }).rules).not.toContain('retention.period.passed');
    expect(check({ retainUntil: '2026-11-22T09:59:59Z' }).rules).toContain('retention.period.passed');
  });
  it('retention.disposal.destroy: Barnet destroys as agreed; the baseline deletes once the purpose is served instead', () => {
    expect(check({ purposeEndedAt: ended, retentionAgreement: 'destroy' }, 'barnet-early-years').rules).toEqual(['retention.disposal.destroy']);
    const d = check({ purposeEndedAt: ended, retentionAgreement: 'destroy' }, 'baseline');
    expect(d.rules).toEqual(['retention.purpose.served']);
    expect(d.action).toBe('delete');
  });
  it('a photo with no child in it needs no agreement on disposal or storage period', () => {
    for (const over of [{}, { retentionAgreement: 'destroy' as const, purposeEndedAt: ended }]) {
      expect(check({ ...over, childIds: [] }, 'kirklees-primary')).toMatchObject({ rules: [], action: 'keep', allowed: true });
    }
    expect(check({ retainUntil: null, childIds: [] })).toMatchObject({ rules: [], action: 'keep', allowed: true });
  });
  it('retention.period.passed: the day before the agreed end, the day itself and the day after', () => {
    expect(check({ retainUntil: '2026-11-23' }).rules).toEqual([]);
    expect(check({ retainUntil: '2026-11-22' }).rules).toEqual([]);
    expect(check({ retainUntil: '2026-11-21' }).rules).toEqual(['retention.period.passed']);
    expect(check({ retainUntil: '2026-11-22T10:00:00Z' }).rules).toEqual([]);
    expect(check({ retainUntil: '2026-11-22T09:59:59Z' }).rules).toEqual(['retention.period.passed']);
  });
});

describe('retention agreement rules cite the policy in force (issue 13, item 8)', () => {
  const source = (rule: string, over: Parameters<typeof check>[0], policy: Exclude<PresetId, 'baseline'>) =>
    check(over, policy).reasons.find((r) => r.rule === rule)?.clause;
  it('retention.disposal.*: Barnet\'s "what will happen to the images", Kirklees\' "destroyed or retained"', () => {
    for (const [rule, over] of [['retention.disposal.destroy', { purposeEndedAt: ended, retentionAgreement: 'destroy' as const }], ['retention.disposal.not-agreed', {}]] as const) {
      expect(source(rule, over, 'barnet-early-years')).toMatchObject({ source: presetInfo['barnet-early-years'].source });
      expect(source(rule, over, 'barnet-early-years')?.section).toContain('what will happen to the images');
      expect(source(rule, over, 'kirklees-primary')).toMatchObject({ source: presetInfo['kirklees-primary'].source });
    }
  });
  it('retention.period.passed: Barnet\'s and Kirklees\' own clause; elsewhere the law\'s "reasonable period"', () => {
    const over = { retainUntil: '2026-11-21' };
    expect(source('retention.period.passed', over, 'barnet-early-years')?.source).toBe(presetInfo['barnet-early-years'].source);
    expect(source('retention.period.passed', over, 'kirklees-primary')?.source).toBe(presetInfo['kirklees-primary'].source);
    for (const p of ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] as const) {
      expect(source('retention.period.passed', over, p), p).toMatchObject({ source: STATUTORY });
      expect(source('retention.period.passed', over, p)?.section).toContain('a reasonable period');
      expect(check(over, p).action, p).toBe('delete');
    }
  });
  it('a Kirklees photo agreed to be retained, with no end date, is kept (the policy asks destroy or retain, not how long)', () => {
    expect(check({ retainUntil: null, retentionAgreement: 'retain', agreedAccess: ['teacher'] }, 'kirklees-primary')).toMatchObject({ action: 'keep', rules: [] });
    expect(check({ retainUntil: null, agreedAccess: ['teacher'] }, 'kirklees-primary').rules).toEqual(['retention.disposal.not-agreed']);
  });
});
