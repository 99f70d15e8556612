import { describe, expect, it } from 'vitest';
import { AT, photo } from './helpers.js';
import { checkPhotoRetention } from './checkPhotoRetention.js';
import { planPhotoRetention } from './planPhotoRetention.js';
import { photoRecordSchema, type PhotoRecord } from './schema.js';

// A record that is not a plain object (or holds a list that is not a plain array) is
// still valid (the schema accepts it) and must be decided exactly as its plain copy.
class Stored { constructor(r: PhotoRecord) { Object.assign(this, r); } }
class Ids extends Array<string> {}
const ways: [string, (r: PhotoRecord) => unknown][] = [
  ['a class instance', (r) => new Stored(r)],
  ['an object with a prototype', (r) => Object.assign(Object.create({}), r)],
  ['children in an Array subclass', (r) => ({ ...r, childIds: Ids.from(r.childIds) })],
];
const H = 'homerton-early-years';
const cases: [string, PhotoRecord, typeof H | 'baseline'][] = [
  ['kept, with only the required fields', { id: 'p1', takenAt: '2026-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-platform', purposes: ['display'] }, H],
  ['purpose ended', photo({ purposeEndedAt: '2026-11-01T12:00:00Z' }), 'baseline'],
  ['purpose not yet ended', photo({ purposeEndedAt: '2026-12-01' }), 'baseline'],
  ['due for the yearly purge', photo({ storedOn: 'setting-device', purposes: ['observation'], retainUntil: null, takenAt: '2025-11-01T10:00:00Z' }), H],
  ['kept until its purge', photo({ storedOn: 'setting-device', purposes: ['observation'], retainUntil: null, takenAt: '2026-01-05T10:00:00Z' }), H],
];

describe('records that are not plain objects', () => {
  for (const [way, build] of ways) {
    it.each(cases)(`${way}: %s is decided as the plain record is`, (_, plain, policy) => {
      const odd = build(plain);
      expect(photoRecordSchema.safeParse(odd).success).toBe(true);
      const want = checkPhotoRetention(plain, { policy, at: AT });
      const got = checkPhotoRetention(odd as PhotoRecord, { policy, at: AT });
      expect(got.reasons.map((r) => r.rule)).toEqual(want.reasons.map((r) => r.rule));
      expect(got.action).toBe(want.action);
      expect(got.deleteBy).toBe(want.deleteBy);
      const [a] = [...planPhotoRetention([odd], { policy, at: AT })];
      expect(a).toEqual({ index: 0, id: plain.id, action: want.action, deleteBy: want.deleteBy, rules: want.reasons.map((r) => r.rule) });
    });
  }
  it('the cases cover the rules they are meant to', () => {
    const rules = cases.map(([, r, policy]) => checkPhotoRetention(r, { policy, at: AT }).reasons.map((f) => f.rule));
    expect(rules).toEqual([[], ['retention.purpose.served'], [], ['retention.yearly.purge'], []]);
    expect(checkPhotoRetention(cases[4]![1], { policy: H, at: AT }).deleteBy).toBe('2027-01-05');
  });
});
