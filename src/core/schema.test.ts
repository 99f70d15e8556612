import { describe, expect, it } from 'vitest';
import { id, instant, monthDay, period, text } from './schema.js';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('schema building blocks', () => {
  it('id: 1 to 200 characters, counted as code points', () => {
    expect(id.safeParse('').success).toBe(false);
    expect(id.safeParse('a').success).toBe(true);
    expect(id.safeParse('a'.repeat(200)).success).toBe(true);
    expect(id.safeParse('a'.repeat(201)).success).toBe(false);
    expect(id.safeParse('😀'.repeat(200)).success).toBe(true); // 400 UTF-16 units, 200 code points
    expect(id.safeParse('😀'.repeat(201)).success).toBe(false);
    expect(id.safeParse('😀'.repeat(199) + 'ab').success).toBe(false);
  });
  it('text: at most 10,000 code points', () => {
    expect(text.safeParse('x'.repeat(10_000)).success).toBe(true);
    expect(text.safeParse('x'.repeat(10_001)).success).toBe(false);
    expect(text.safeParse('😀'.repeat(10_000)).success).toBe(true);
  });
  it('instant: exact messages', () => {
    expect(messages(instant.safeParse('soon'))).toEqual(['must be an ISO 8601 date (2026-11-22) or date-time with Z or an offset (2026-11-22T10:00:00Z), naming a real moment']);
    expect(messages(instant.safeParse(new Date('1899-06-01T00:00:00Z')))).toEqual(['must be a Date of the years 1900 to 2999']);
    expect(messages(instant.safeParse(new Date('3000-01-02T00:00:00Z')))).toEqual(['must be a Date of the years 1900 to 2999']);
    expect(instant.safeParse(new Date('2026-11-22T10:00:00Z')).success).toBe(true);
    expect(instant.safeParse('2026-11-22').success).toBe(true);
  });
  it('period and monthDay: exact messages', () => {
    expect(messages(period.safeParse('1 month'))).toEqual(['must be an ISO 8601 period such as P1M or P30D']);
    expect(period.safeParse('P30D').success).toBe(true);
    expect(messages(monthDay.safeParse('13-01'))).toEqual(['must be a month and day such as 09-01']);
    expect(monthDay.safeParse('09-01').success).toBe(true);
  });
});
