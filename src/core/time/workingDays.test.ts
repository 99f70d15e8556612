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

describe('working days and calendar days around weekends and clock changes', () => {
  it('from a Saturday, one working day on is the Monday, and none is the Monday too', () => {
    const sat = new Date('2026-12-19T10:00:00Z');
    expect(endOfWorkingDays(sat, 1, new Set()).toISOString()).toBe('2026-12-21T23:59:59.999Z');
    expect(endOfWorkingDays(sat, 0, new Set()).toISOString()).toBe('2026-12-21T23:59:59.999Z');
    expect(endOfWorkingDays(sat, 2, new Set()).toISOString()).toBe('2026-12-22T23:59:59.999Z');
  });

  it('the end of a summer working day is 23:59:59.999 London time, 22:59:59.999 UTC', () => {
    // Wednesday 1 July 2026 (BST): two working days on is Friday 3 July.
    expect(endOfWorkingDays(new Date('2026-07-01T09:00:00Z'), 2, new Set()).toISOString()).toBe('2026-07-03T22:59:59.999Z');
  });

  it('a day later keeps 00:30 London time across the night the clocks go back', () => {
    // Saturday 24 October 2026, 00:30 BST (23:30 UTC on the 23rd); Sunday 25 October 00:30 is still BST.
    expect(addLondonDays(new Date('2026-10-23T23:30:00Z'), 1).toISOString()).toBe('2026-10-24T23:30:00.000Z');
    // And a day after that, Monday 26 October 00:30 GMT.
    expect(addLondonDays(new Date('2026-10-23T23:30:00Z'), 2).toISOString()).toBe('2026-10-26T00:30:00.000Z');
  });

  it('isDay refuses text around a day and strings that only look like one', () => {
    for (const bad of ['x2026-12-25', '2026-12-25x', ' 2026-12-25', '2026-12-25\n', '10000-01-01', '2026-12-32', '2026-00-10', ''])
      expect(isDay(bad), JSON.stringify(bad)).toBe(false);
    expect(isDay(['2026-12-25'])).toBe(false);
  });
});
