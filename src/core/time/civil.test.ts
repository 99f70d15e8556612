import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/support/runs.js';
import { daysFromCivil, isoDayOfDays, isoDayOfMs } from './civil.js';

const DAY = 86_400_000;

describe('civil calendar arithmetic', () => {
  it('names the same day as Date#toISOString for any instant in years 1900–9999', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (ms) => {
      expect(isoDayOfMs(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    }), { numRuns: runs(5_000) });
  });

  it('round-trips day numbers through calendar dates, leap days and century years included', () => {
    fc.assert(fc.property(fc.integer({ min: -25_567, max: 2_932_896 }), (days) => {
      const [y, m, d] = isoDayOfDays(days).split('-').map(Number) as [number, number, number];
      expect(daysFromCivil(y, m, d)).toBe(days);
      expect(Date.UTC(y, m - 1, d)).toBe(days * DAY);
    }), { numRuns: runs(5_000) });
    expect(isoDayOfDays(daysFromCivil(2000, 2, 29))).toBe('2000-02-29');
    expect(isoDayOfDays(daysFromCivil(1900, 2, 28) + 1)).toBe('1900-03-01');
    expect(isoDayOfDays(daysFromCivil(2024, 12, 31) + 1)).toBe('2025-01-01');
    expect(isoDayOfMs(-1)).toBe('1969-12-31');
  });
});

describe('naming days', () => {
  it('writes the year with four digits, padding years before 1000', () => {
    expect(isoDayOfDays(daysFromCivil(999, 12, 31))).toBe('0999-12-31');
    expect(isoDayOfDays(daysFromCivil(33, 4, 3))).toBe('0033-04-03');
    expect(isoDayOfDays(daysFromCivil(1000, 1, 1))).toBe('1000-01-01');
    expect(isoDayOfDays(daysFromCivil(2026, 11, 22))).toBe('2026-11-22');
    expect(isoDayOfMs(Date.UTC(2026, 1, 28, 23, 59))).toBe('2026-02-28');
  });
});
