import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

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
});
