import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetIds } from '../../src/core/policy/presets.js';
import { photoRecordSchema } from './schema.js';
import { checkPhotoRetention } from './checkPhotoRetention.js';
import { malformedArb, recordArb } from '../../test/support/retention.js';

const AT = '2026-11-22T10:00:00Z';
const presetArb = fc.constantFrom(...presetIds);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('checkPhotoRetention: properties', () => {
  it('fails closed: a malformed record is never kept (review, naming the field)', () => {
    fc.assert(fc.property(malformedArb, presetArb, (record, policy) => {
      if (photoRecordSchema.safeParse(record).success) return; // fc.anything() may, rarely, build a valid record
      const d = checkPhotoRetention(record as never, { policy, at: AT });
      expect(d.action).toBe('review');
      expect(d.allowed).toBe(false);
      expect(d.reasons.some((r) => r.rule === 'input.invalid' && typeof r.subject === 'string')).toBe(true);
    }), { numRuns: 500 });
  });
  it('fails closed: no `at`, a bad `at` or an unknown preset is never kept', () => {
    fc.assert(fc.property(recordArb, fc.constantFrom(undefined, 'soon', '2026-13-01', new Date(Number.NaN)), (record, at) => {
      expect(checkPhotoRetention(record, { at: at as never }).action).toBe('review');
      expect(checkPhotoRetention(record, { at: AT, policy: 'nowhere' as never }).action).toBe('review');
    }), { numRuns: 100 });
  });
  it('a date with a letter among its digits is invalid input, never kept (29a0 is not the year 1900)', () => {
    for (const takenAt of ['29a0-01-01T00:00:00Z', '29a0-01-01', '2026-1a-01', '2026-01-0a', '2026-01-01T1a:00:00Z', '20 6-01-01']) {
      const d = checkPhotoRetention({ id: 'p', takenAt, childIds: [], storedOn: 'other', purposes: ['display'] }, { at: AT });
      expect(d.action, takenAt).toBe('review');
      expect(d.reasons[0]?.subject, takenAt).toBe('photo.takenAt');
    }
  });
  it('a photo taken after `at` is invalid input, never kept', () => {
    const d = checkPhotoRetention({ id: 'p', takenAt: '2026-11-23', childIds: [], storedOn: 'other', purposes: ['display'], retainUntil: '2027-01-01' }, { at: AT });
    expect(d.action).toBe('review');
    expect(d.reasons[0]?.subject).toBe('photo.takenAt');
  });
  it('the action follows the findings: allowed only when kept; any delete wins; deleteBy is a London day', () => {
    fc.assert(fc.property(recordArb, presetArb, (record, policy) => {
      const d = checkPhotoRetention(record, { policy, at: AT });
      expect(d.allowed).toBe(d.action === 'keep');
      const actions = d.reasons.map((r) => (r.effect === 'block' ? (r.data?.action ?? 'review') : 'keep'));
      expect(d.action).toBe(actions.includes('delete') ? 'delete' : actions.includes('review') ? 'review' : 'keep');
      if (d.deleteBy !== undefined) expect(d.deleteBy).toMatch(DAY);
      if (d.action === 'delete') expect(d.deleteBy).toBeDefined();
    }), { numRuns: 500 });
  });
});
