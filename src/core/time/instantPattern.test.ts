import { describe, expect, it } from 'vitest';

// INSTANT_PATTERN is built at load time from hand-written strings (`new RegExp(...)`): a slip in them (an unbalanced
// group) throws when instant.ts is first imported, so every test file importing it fails to load rather than failing a
// test. Importing it inside a test turns that into a failing test.
describe('the instant pattern', () => {
  it('compiles when instant.ts loads, and reads days and date-times', async () => {
    const { INSTANT_PATTERN, isInstant } = await import('./instant.js');
    expect(INSTANT_PATTERN.test('2026-11-22')).toBe(true);
    expect(INSTANT_PATTERN.test('2028-02-29T10:00:00+01:00')).toBe(true);
    expect(INSTANT_PATTERN.test('2026-02-29')).toBe(false);
    expect(isInstant('2026-11-22T10:00:00Z')).toBe(true);
  });
});
