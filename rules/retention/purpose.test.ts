import { describe, expect, it } from 'vitest';
import { presetInfo, type PresetId } from '../../src/core/policy/presets.js';
import { check, expectRetentionScenario, type RetentionScenario } from './helpers.js';
import type { PhotoRecord } from './schema.js';

// Each rule: the photo that fires it, the effect its clause gives ("must"/"never" blocks), and one near miss per condition.
const scenarios: RetentionScenario[] = [
  // 000 "It is not appropriate for adults to take photographs of children for their own personal use."
  { rule: 'retention.purpose.personal', effect: 'block', action: 'delete', fires: { purposes: ['personal'] }, nearMisses: [{ purposes: ['display'] }] },
  // 000 Helpful Hints "Be able to justify images of children in your possession"
  { rule: 'retention.purpose.missing', effect: 'block', action: 'review', fires: { purposes: [] }, nearMisses: [{ purposes: [], childIds: [] }, {}] },
  // 002 "Photographs and recordings of children are only taken for valid reasons"
  { rule: 'retention.purpose.not-valid', policy: 'two-mile-ash-pre-school', effect: 'block', action: 'review', fires: { purposes: ['website'] },
    nearMisses: [{ purposes: ['website'], childIds: [] }, { purposes: ['display'] }], elsewhere: ['baseline', 'homerton-early-years'] },
  // 001 "deleting all photographs of children ... once they are no longer used for their required purpose"
  { rule: 'retention.purpose.served', effect: 'block', action: 'delete', fires: { purposeEndedAt: '2026-11-01' },
    nearMisses: [{ purposeEndedAt: '2026-11-01', childIds: [] }, { purposeEndedAt: '2026-12-01' }], elsewhere: ['barnet-early-years', 'kirklees-primary'] },
  // 002 "only taken for valid reasons": one that no longer serves its reason has none; 003 "Setting issued devices only
  // should be used for work purposes": one that no longer serves its work purpose has none.
  ...(['two-mile-ash-pre-school', 'cambridgeshire-early-years'] as const).map((policy): RetentionScenario => ({
    rule: 'retention.purpose.served', policy, effect: 'block', action: 'delete', fires: { purposeEndedAt: '2026-11-01' },
    nearMisses: [{ purposeEndedAt: '2026-11-01', childIds: [] }, { purposeEndedAt: '2026-12-01' }], elsewhere: ['barnet-early-years', 'kirklees-primary'],
  })),
];

describe('retention purpose rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectRetentionScenario(s));
});

describe('retention: purpose (000 Photography and Videos, Helpful Hints; 001; 002)', () => {
  it('keeps a photo with a purpose and an agreed period', () => {
    const d = check({});
    expect(d.rules).toEqual([]);
    expect(d.action).toBe('keep');
    expect(d.allowed).toBe(true);
    expect(d.deleteBy).toBe('2027-07-31');
  });
  it('retention.purpose.personal: a photo kept for personal use is deleted now', () => {
    const d = check({ purposes: ['personal'] });
    expect(d.rules).toContain('retention.purpose.personal');
    expect(d.action).toBe('delete');
    expect(d.deleteBy).toBe('2026-11-22');
    expect(check({ purposes: ['display'] }).rules).not.toContain('retention.purpose.personal');
  });
  it('retention.purpose.missing: no purpose for a photo of children → review', () => {
    const d = check({ purposes: [] });
    expect(d.rules).toContain('retention.purpose.missing');
    expect(d.action).toBe('review');
    expect(d.allowed).toBe(false);
    expect(check({ purposes: [], childIds: [] }).rules).not.toContain('retention.purpose.missing');
  });
  it('retention.purpose.not-valid: Two Mile Ash keeps photos only for learning, display and publicity', () => {
    expect(check({ purposes: ['website'] }, 'two-mile-ash-pre-school').rules).toContain('retention.purpose.not-valid');
    expect(check({ purposes: ['display'] }, 'two-mile-ash-pre-school').rules).not.toContain('retention.purpose.not-valid');
    expect(check({ purposes: ['website'] }, 'baseline').rules).not.toContain('retention.purpose.not-valid');
  });
  it('retention.purpose.served: deleted once it no longer serves its purpose, by the day it ended', () => {
    const d = check({ purposeEndedAt: '2026-11-01' });
    expect(d.rules).toContain('retention.purpose.served');
    expect(d.action).toBe('delete');
    expect(d.deleteBy).toBe('2026-11-01');
    expect(check({ purposeEndedAt: '2026-12-01' }).rules).not.toContain('retention.purpose.served');
    // Barnet and Kirklees do what was agreed instead (see agreement.test.ts).
    expect(check({ purposeEndedAt: '2026-11-01', retentionAgreement: 'retain' }, 'barnet-early-years').rules).not.toContain('retention.purpose.served');
  });
  it('retention.purpose.served: an end a second before the check or at it counts; a second after does not', () => {
    expect(check({ purposeEndedAt: '2026-11-22T09:59:59Z' }).rules).toEqual(['retention.purpose.served']);
    expect(check({ purposeEndedAt: '2026-11-22T10:00:00Z' }).rules).toEqual(['retention.purpose.served']);
    expect(check({ purposeEndedAt: '2026-11-22T10:00:01Z' }).rules).toEqual([]);
  });
});

// Each preset answers in its own words: the purpose rules cite the clause of the policy in force.
const personal: Partial<PhotoRecord> = { purposes: ['personal'] };
const cited: [string, Partial<PhotoRecord>, Exclude<PresetId, 'baseline'>, string][] = [
  ['retention.purpose.personal', personal, 'barnet-early-years', 'for their own personal use'],
  ['retention.purpose.personal', personal, 'homerton-early-years', 'may be used for work purposes'],
  ['retention.purpose.personal', personal, 'two-mile-ash-pre-school', 'only taken for valid reasons'],
  ['retention.purpose.personal', personal, 'cambridgeshire-early-years', 'should be used for work purposes'],
  ['retention.purpose.personal', personal, 'kirklees-primary', 'for their personal use'],
  ['retention.purpose.missing', { purposes: [] }, 'barnet-early-years', 'Be able to justify images of children in your possession'],
  ['retention.purpose.missing', { purposes: [] }, 'homerton-early-years', 'no longer used for their required purpose'],
  ['retention.purpose.missing', { purposes: [] }, 'two-mile-ash-pre-school', 'only taken for valid reasons'],
  ['retention.purpose.missing', { purposes: [] }, 'cambridgeshire-early-years', 'should be used for work purposes'],
  ['retention.purpose.missing', { purposes: [] }, 'kirklees-primary', 'be able to justify images of children in their possession'],
  ['retention.purpose.not-valid', personal, 'barnet-early-years', 'for their own personal use'],
  ['retention.purpose.not-valid', personal, 'homerton-early-years', 'learning journeys, setting website and other marketing materials'],
  ['retention.purpose.not-valid', { purposes: ['website'] }, 'two-mile-ash-pre-school', 'only taken for valid reasons'],
  ['retention.purpose.not-valid', personal, 'cambridgeshire-early-years', 'should be used for work purposes'],
  ['retention.purpose.not-valid', personal, 'kirklees-primary', 'for their personal use'],
  ['retention.purpose.served', { purposeEndedAt: '2026-11-01' }, 'homerton-early-years', 'no longer used for their required purpose'],
  ['retention.purpose.served', { purposeEndedAt: '2026-11-01' }, 'two-mile-ash-pre-school', 'only taken for valid reasons'],
  ['retention.purpose.served', { purposeEndedAt: '2026-11-01' }, 'cambridgeshire-early-years', 'should be used for work purposes'],
];

describe('retention purpose rules cite the policy in force (issue 13, item 8)', () => {
  it.each(cited)('%s under %s', (rule, over, policy, words) => {
    const f = check(over, policy).reasons.find((r) => r.rule === rule);
    expect(f?.clause.source).toBe(presetInfo[policy].source);
    expect(f?.clause.section).toContain(words);
  });
  it('a photo kept for personal use is deleted under every preset, not only reviewed', () => {
    for (const policy of ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] as const) {
      expect(check(personal, policy).action, policy).toBe('delete');
    }
  });
});
