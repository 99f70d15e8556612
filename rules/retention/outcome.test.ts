import { describe, expect, it } from 'vitest';
import { AT, check, photo } from './helpers.js';
import { deleteByOf, outcome, verdictOf, type Fired } from './outcome.js';
import { planPhotoRetention } from './planPhotoRetention.js';

const block = (action?: string, deadline?: string): Fired => ({ effect: 'block', data: { ...(action ? { action } : {}), ...(deadline ? { deadline } : {}) } });
const warn = (action: string, deadline: string): Fired => ({ effect: 'warn', data: { action, deadline } });

describe('verdictOf: the action and the deadlines that decide it', () => {
  it('no findings, or warnings only: keep, with no deadlines', () => {
    expect(verdictOf([])).toEqual({ action: 'keep', deadlines: [] });
    expect(verdictOf([warn('delete', 'now')])).toEqual({ action: 'keep', deadlines: [] });
  });
  it('a warning does not add its deadline to a delete', () => {
    expect(verdictOf([block('delete', 'retain-until'), warn('delete', 'yearly-purge')])).toEqual({ action: 'delete', deadlines: ['retain-until'] });
  });
  it('a block without an action is a review, and its deadline counts', () => {
    expect(verdictOf([block(undefined, 'child-left')])).toEqual({ action: 'review', deadlines: ['child-left'] });
  });
  it('a review due "now" has no date to give; other review deadlines do', () => {
    expect(verdictOf([block('review', 'now')])).toEqual({ action: 'review', deadlines: [] });
    expect(verdictOf([block('review', 'now'), block('review', 'child-left')])).toEqual({ action: 'review', deadlines: ['child-left'] });
  });
  it('a delete keeps "now"; each deadline once; a rule without one adds none', () => {
    expect(verdictOf([block('delete', 'now'), block('delete', 'now'), block('delete')])).toEqual({ action: 'delete', deadlines: ['now'] });
  });
  it('delete wins, and only the deleting rules give deadlines', () => {
    expect(verdictOf([block('review', 'child-left'), block('delete', 'retain-until')])).toEqual({ action: 'delete', deadlines: ['retain-until'] });
  });
});

/** The day number of a `yyyy-MM-dd` day (the facts carry days as numbers). */
const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

describe('deleteByOf: the earliest date among the deciding deadlines', () => {
  const facts = { dates: { 'retain-until': day('2026-11-10'), 'child-left': day('2026-12-01') }, scheduled: day('2027-01-01') };
  it('is the earliest whatever the order, and skips a deadline without a date', () => {
    expect(deleteByOf({ action: 'delete', deadlines: ['retain-until', 'child-left'] }, facts)).toBe('2026-11-10');
    expect(deleteByOf({ action: 'delete', deadlines: ['child-left', 'retain-until'] }, facts)).toBe('2026-11-10');
    expect(deleteByOf({ action: 'delete', deadlines: ['child-left', 'yearly-purge'] }, facts)).toBe('2026-12-01');
    expect(deleteByOf({ action: 'review', deadlines: ['yearly-purge'] }, facts)).toBeUndefined();
  });
  it('for a kept photo, is the next scheduled deletion', () => {
    expect(deleteByOf({ action: 'keep', deadlines: [] }, facts)).toBe('2027-01-01');
  });
});

describe('no deleteBy field when there is no date', () => {
  it('outcome', () => {
    expect(Object.keys(outcome([block('review', 'now')], { dates: { now: day('2026-11-22') } }))).toEqual(['action']);
    expect(outcome([block('delete', 'now')], { dates: { now: day('2026-11-22') } })).toEqual({ action: 'delete', deleteBy: '2026-11-22' });
  });
  it('a photo with no purpose is reviewed, with no deleteBy, by the check and the sweep', () => {
    const d = check({ purposes: [] });
    expect(d.action).toBe('review');
    expect(Object.keys(d)).not.toContain('deleteBy');
    const [a] = [...planPhotoRetention([photo({ purposes: [] })], { at: AT })];
    expect(a?.action).toBe('review');
    expect(Object.keys(a!)).not.toContain('deleteBy');
    expect(Object.keys(a!)).not.toContain('problems');
  });
});
