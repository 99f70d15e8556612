import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

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
});
