import { describe, expect, it } from 'vitest';
import { AT, photo } from './helpers.js';
import { areaRules } from '../../src/core/options.js';
import { imageArea } from '../image/area.js';
import { checkPhotoRetention } from './checkPhotoRetention.js';
import { planPhotoRetention } from './planPhotoRetention.js';

// One record of each outcome (baseline policy: a personal purpose is also outside the valid ones).
const kept = photo({ id: 'kept' });
const deleted = photo({ id: 'deleted', purposes: ['personal'] });
const reviewed = photo({ id: 'reviewed', purposes: [] });
const broken = { ...photo({ id: 'broken' }), takenAt: 'yesterday' };
const records = [kept, deleted, reviewed, broken];

describe('planPhotoRetention: summary and actions', () => {
  it('counts each action and each rule exactly', () => {
    const sweep = planPhotoRetention(records, { at: AT });
    expect([...sweep].map((a) => a.action)).toEqual(['keep', 'delete', 'review', 'review']);
    expect(sweep.summary).toEqual({
      records: 4, keep: 1, delete: 1, review: 2,
      rules: { 'input.invalid': 1, 'retention.purpose.personal': 1, 'retention.purpose.not-valid': 1, 'retention.purpose.missing': 1 },
    });
  });
  it('iterating again starts a fresh summary', () => {
    const sweep = planPhotoRetention(records, { at: AT });
    [...sweep];
    [...sweep];
    expect(sweep.summary.records).toBe(4);
    expect(sweep.summary.keep).toBe(1);
    expect(sweep.summary.rules['input.invalid']).toBe(1);
    expect(sweep.summary.rules['retention.purpose.personal']).toBe(1);
  });
  it('id is the record\'s id when it is a string, else null', () => {
    const odd = [kept, broken, { ...kept, id: 7 }, 42, null];
    expect([...planPhotoRetention(odd, { at: AT })].map((a) => a.id)).toEqual(['kept', 'broken', null, null, null]);
  });
  it('each action\'s rules list is its own: changing one does not change the next', () => {
    const it = planPhotoRetention([deleted, deleted], { at: AT })[Symbol.iterator]();
    const first = it.next().value!;
    first.rules.push('changed by the caller');
    expect(it.next().value!.rules).toEqual(['retention.purpose.personal', 'retention.purpose.not-valid']);
  });
  it('a rule set without retention rules: no rule fires, as in the check, and nothing throws', () => {
    const rules = areaRules(imageArea);
    const sweep = planPhotoRetention([deleted], { at: AT, rules });
    const [a] = [...sweep];
    const d = checkPhotoRetention(deleted, { at: AT, rules });
    expect(a?.action).toBe(d.action);
    expect(a?.action).toBe('keep');
    expect(a?.rules).toEqual([]);
    expect(sweep.summary.rules).toEqual({});
  });
});
