import { describe, expect, it } from 'vitest';
import { dateInWords, fill } from './dates.js';
import { englishPhrases } from './phrases.js';

const words = (v: unknown) => dateInWords(v, englishPhrases);

describe('dateInWords: a London day', () => {
  it('names every month', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    months.forEach((name, i) => expect(words(`2026-${String(i + 1).padStart(2, '0')}-15`)).toBe(`15 ${name} 2026`));
  });

  it('writes the day without a leading zero, and takes 29 February in a leap year', () => {
    expect(words('2026-03-05')).toBe('5 March 2026');
    expect(words('2028-02-29')).toBe('29 February 2028');
  });

  it('refuses a day that is not in the calendar', () => {
    for (const bad of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-01-32', '2026-01-00', '2026-00-10', '2026-13-01', '2026-99-99']) {
      expect(words(bad), bad).toBeUndefined();
    }
  });

  it('refuses anything but exactly yyyy-MM-dd', () => {
    // text around an ISO day, a short year, a day in another order, a trailing space
    for (const bad of ['x2026-10-01', 'due 2026-10-01', '026-10-01', '01-10-2026', '2026-10-01 ', '2026-10-1']) expect(words(bad), bad).toBeUndefined();
  });

  it('refuses what is not a string, even one that reads as a date', () => {
    for (const bad of [['2026-10-01'], { toString: () => '2026-10-01' }, 20261001, null, undefined, new Date('2026-10-01T10:00:00Z')]) {
      expect(words(bad)).toBeUndefined();
    }
  });
});

describe('dateInWords: a moment', () => {
  it('writes the time as hh:mm in London time, zero-padded', () => {
    expect(words('2026-12-01T09:05:00Z')).toBe('09:05 on 1 December 2026');
    expect(words('2026-12-01T00:00:00Z')).toBe('00:00 on 1 December 2026');
    expect(words('2026-12-01T13:40:00Z')).toBe('13:40 on 1 December 2026');
    expect(words('2026-06-30T23:00:00Z')).toBe('00:00 on 1 July 2026'); // summer time: already the next London day
    expect(words('2026-12-01T10:30:00+01:00')).toBe('09:30 on 1 December 2026'); // an offset is read
  });

  it('calls one minute before London midnight the end of the day', () => {
    expect(words('2026-12-29T23:59:00Z')).toBe('the end of 29 December 2026');
    expect(words('2026-12-29T23:58:59Z')).toBe('23:58 on 29 December 2026');
  });

  it('reads a timestamp of up to 40 characters, and nothing longer', () => {
    const forty = '2026-10-01T10:00:00.0000000000000000000Z';
    expect(forty).toHaveLength(40);
    expect(words(forty)).toBe('11:00 on 1 October 2026');
    const fortyOne = '2026-10-01T10:00:00.00000000000000000000Z';
    expect(Number.isFinite(Date.parse(fortyOne))).toBe(true); // a date, but too long to be one of ours
    expect(words(fortyOne)).toBeUndefined();
  });

  it('refuses what only Date.parse would take, and what it cannot', () => {
    // each of these parses in JavaScript, but is not an ISO timestamp starting yyyy-MM-ddT
    for (const bad of ['1 December 2026 10:00', 'Tue, 01 Dec 2026 10:00:00 GMT', '+002026-12-01T10:00:00Z', ' 2026-12-01T10:00:00Z', '2026/12/01 10:00']) {
      expect(words(bad), bad).toBeUndefined();
    }
    // starts like one, but is not a moment
    for (const bad of ['2026-12-01Tgarbage', '2026-12-01T25:00:00Z', '2026-12-01T']) expect(words(bad), bad).toBeUndefined();
    // a day not in the calendar, in a moment too: JavaScript would roll it over to 2 March or 1 May
    for (const bad of ['2026-02-30T10:00:00Z', '2026-04-31T23:59:00Z', '2025-02-29T00:00:00+01:00']) expect(words(bad), bad).toBeUndefined();
    expect(words('2028-02-29T10:00:00Z')).toBe('10:00 on 29 February 2028');
  });
});

describe('dateInWords: your phrases', () => {
  it('uses your date, moment, end-of-day wording and month names', () => {
    const cy = {
      ...englishPhrases,
      date: '{day} {month}, {year}', dateTime: '{date} am {time}', endOfDay: 'diwedd {date}',
      months: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
    };
    expect(dateInWords('2026-10-01', cy)).toBe('1 Hydref, 2026');
    expect(dateInWords('2026-12-01T09:05:00Z', cy)).toBe('1 Rhagfyr, 2026 am 09:05');
    expect(dateInWords('2026-12-29T23:59:59.999Z', cy)).toBe('diwedd 29 Rhagfyr, 2026');
  });

  it('fill leaves a placeholder it has no value for', () => {
    expect(fill('{a} and {b}', { a: 'one' })).toBe('one and {b}');
  });
});
