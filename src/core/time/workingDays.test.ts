import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { addBusinessDays, addDays, endOfDay, isWeekend } from 'date-fns';
import { addExactHours, addLondonDays, endOfWorkingDays, isDay } from './workingDays.js';

// The fast helpers against date-fns in Europe/London, the slow but obvious reference.
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });

describe('London working days and calendar days', () => {
  it('endOfWorkingDays agrees with date-fns (no holidays): a weekday report, n business days on, end of that London day', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 10 }), (d, n) => {
      const start = new TZDate(d.getTime(), 'Europe/London');
      fc.pre(!isWeekend(start));
      expect(endOfWorkingDays(d, n, new Set()).getTime()).toBe(endOfDay(addBusinessDays(start, n)).getTime());
    }), { numRuns: 300 });
  });
  it('addLondonDays keeps the London wall-clock time like date-fns addDays on a TZDate', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 0, max: 60 }), (d, n) => {
      const h = new TZDate(d.getTime(), 'Europe/London').getHours();
      fc.pre(h >= 3); // away from the clock-change hour
      expect(addLondonDays(d, n).getTime()).toBe(addDays(new TZDate(d.getTime(), 'Europe/London'), n).getTime());
    }), { numRuns: 300 });
  });
  it('skips bank holidays and weekends; n = 0 is the same working day', () => {
    const thu = new Date('2026-12-24T16:00:00Z');
    expect(endOfWorkingDays(thu, 1, new Set(['2026-12-25', '2026-12-28'])).toISOString()).toBe('2026-12-29T23:59:59.999Z');
    expect(endOfWorkingDays(thu, 0, new Set()).toISOString()).toBe('2026-12-24T23:59:59.999Z');
    expect(endOfWorkingDays(new Date('2026-12-26T10:00:00Z'), 0, new Set(['2026-12-28'])).toISOString()).toBe('2026-12-29T23:59:59.999Z');
    expect(addExactHours(thu, 72).toISOString()).toBe('2026-12-27T16:00:00.000Z');
  });
  it('isDay accepts real calendar days only', () => {
    expect(['2026-12-25', '2028-02-29'].every(isDay)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '25/12/2026', 20261225, '2026-12-25T00:00:00Z'].some(isDay)).toBe(false);
  });
});
