import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fieldsAt, lookalikes, resembles, rowsOf } from './rows.js';
import { opt } from './schema.js';

describe('resembles', () => {
  it.each([
    ['withdrawnAt', 'withdrawnAt', false], // the same name is not a lookalike
    ['consent_given', 'consentGiven', true],
    ['WithdrawnAt', 'withdrawnAt', true],
    ['withdrawn-at', 'withdrawnAt', true],
    ['withdrawn at', 'withdrawnAt', true],
    ['reviewDate', 'reviewBy', true], // same stem
    ['consentDate', 'consentBy', true],
    ['takeat', 'takeon', true], // a stem of exactly 4 letters
    ['at', 'on', false], // stems shorter than 4 do not count
    ['withdrawAt', 'withdrawnAt', true], // one letter
    ['ab', 'ac', true],
    ['ab', 'cd', false],
    ['abcdef', 'abcdxf', true], // length 6: distance 1
    ['abcdef', 'abcxyf', false], // length 6: distance 2 is too far
    ['abcdef', 'bacdef', false],
    ['abcdef', 'abcdxfg', false], // the shorter name decides the allowance
    ['abcdefg', 'abcdexy', true], // length 7: distance 2
    ['abcdefg', 'abcdxyz', false], // distance 3
    ['abcdefgh', 'abcdefghij', true],
    ['abcdefgh', 'abcefgh', true],
    ['abcdefgh', 'bacdefgh', true],
    ['abcdefgh', 'abcdefghijk', false],
    ['childId', 'photoUrl', false],
    ['givenBy', 'reviewBy', false],
  ] as const)('%s vs %s: %s', (a, b, want) => {
    expect(resembles(a, b)).toBe(want);
    expect(resembles(b, a)).toBe(want);
  });
});

const S = z.strictObject({
  childId: z.string(),
  withdrawnAt: opt(z.string()),
  consents: z.array(z.strictObject({ reviewBy: opt(z.string()), givenBy: z.string() })),
  photo: z.union([z.string(), z.strictObject({ takenAt: z.string(), meta: z.strictObject({ location: z.string() }) })]),
  scope: opt(z.strictObject({ channels: z.string() })),
  groups: z.union([z.string(), z.array(z.strictObject({ groupName: z.string() }))]),
  kind: z.union([z.string(), z.number()]),
});

describe('fieldsAt', () => {
  it.each([
    [[], ['childId', 'withdrawnAt', 'consents', 'photo', 'scope', 'groups', 'kind']],
    [['consents', 0], ['reviewBy', 'givenBy']],
    [['consents', 'givenBy'], []],
    [['consents'], []],
    [['childId'], []],
    [['childId', 'x'], []],
    [[0], []],
    [['photo'], ['takenAt', 'meta']],
    [['photo', 'meta'], ['location']],
    [['scope'], ['channels']],
    [['groups', 0], ['groupName']],
    [['groups', 'x'], []],
    [['kind'], []],
    [['kind', 'x'], []],
  ] as [PropertyKey[], string[]][])('%j', (path, want) => {
    expect(fieldsAt(S, path)).toEqual(want);
  });
});

describe('lookalikes', () => {
  it('is empty for what is not an object', () => {
    expect(lookalikes(S, null)).toEqual([]);
    expect(lookalikes(S, 'withdrawAt')).toEqual([]);
    expect(lookalikes(S, 7)).toEqual([]);
    expect(lookalikes(S, undefined)).toEqual([]);
    expect(lookalikes(z.string(), { withdrawAt: 1 })).toEqual([]);
  });
  it('finds misspelt fields through arrays, options and unions, with their paths', () => {
    const value = {
      childId: 'c', withdrawAt: 'x', id: 7,
      consents: [{ givenBy: 'p', reviewDate: 'd' }, { given_by: 'q' }],
      photo: { takenAt: 't', meta: { Location: 'l' } },
      scope: { channel: 'w' },
      groups: [{ groupname: 'g' }],
      kind: 'k',
    };
    expect(lookalikes(S, value)).toEqual([
      { path: ['withdrawAt'], like: 'withdrawnAt' },
      { path: ['consents', 0, 'reviewDate'], like: 'reviewBy' },
      { path: ['consents', 1, 'given_by'], like: 'givenBy' },
      { path: ['photo', 'meta', 'Location'], like: 'location' },
      { path: ['scope', 'channel'], like: 'channels' },
      { path: ['groups', 0, 'groupname'], like: 'groupName' },
    ]);
  });
  it('starts from the given path, and does not look inside unknown fields', () => {
    expect(lookalikes(S, [{ givenBy: 'p', reviewdate: 'd' }], ['consents'])).toEqual([{ path: ['consents', 0, 'reviewdate'], like: 'reviewBy' }]);
    expect(lookalikes(S, { extra: { withdrawAt: 1 }, childId: 'c' })).toEqual([]);
    expect(lookalikes(S, { childId: 'c', withdrawnAt: null, consents: [] })).toEqual([]);
  });
});

describe('rowsOf', () => {
  const schema = z.strictObject({
    a: opt(z.string()),
    b: z.optional(z.string()),
    c: z.string(),
    list: z.array(z.strictObject({ x: z.string() })).check(z.maxLength(1)),
    n: z.nullable(z.strictObject({ y: z.string() })),
    o: z.optional(z.strictObject({ w: z.string() })),
    u: z.union([z.strictObject({ v: z.string() }), z.number()]),
  }).check(z.refine((v) => v.c !== 'bad', { message: 'c is bad' }));
  const rows = rowsOf(schema);
  const base = { a: null, b: null, c: 'c', list: [{ x: 'x', id: 1 }], n: { y: 'y', id: 2 }, o: { w: 'w', id: 3 }, u: { v: 'v', id: 4 }, id: 5 };
  const ok = (v: unknown) => rows.safeParse(v).success;

  it('is made once per schema', () => {
    expect(rowsOf(schema)).toBe(rows);
    expect(rowsOf(z.strictObject({}))).not.toBe(rows);
  });
  it('ignores extra fields at every depth, and keeps the checks', () => {
    expect(ok(base)).toBe(true);
    expect(schema.safeParse(base).success).toBe(false);
    expect(ok({ ...base, c: 'bad' })).toBe(false);
    expect(rows.safeParse({ ...base, c: 'bad' }).error?.issues.map((i) => i.message)).toEqual(['c is bad']);
    expect(ok({ ...base, list: [{ x: 'x' }, { x: 'z' }] })).toBe(false);
    expect(ok({ ...base, list: [{ x: 1 }] })).toBe(false);
    expect(ok({ ...base, list: [] })).toBe(true);
    expect(ok({ ...base, n: null })).toBe(true);
    expect(ok({ ...base, n: { y: 1 } })).toBe(false);
    expect(ok({ ...base, o: null })).toBe(true);
    expect(ok({ ...base, o: { w: 1 } })).toBe(false);
    expect(ok({ ...base, u: 3 })).toBe(true);
    expect(ok({ ...base, u: 'three' })).toBe(false);
    expect(ok({ ...base, u: { v: 1 } })).toBe(false);
  });
  it('needs every optional column, null meaning none', () => {
    expect(ok({ ...base, a: 'a', b: 'b' })).toBe(true);
    expect(ok({ ...base, a: undefined })).toBe(false);
    expect(ok({ ...base, b: undefined })).toBe(false);
    const { a: _a, ...noA } = base;
    expect(ok(noA)).toBe(false);
    expect(ok({ ...base, a: 1 })).toBe(false);
    expect(ok({ ...base, b: 1 })).toBe(false);
    expect(ok({ ...base, c: null })).toBe(false);
    const { c: _c, ...noC } = base;
    expect(ok(noC)).toBe(false);
    expect(rows.parse(base)).toEqual(base);
  });
  it('leaves other schemas and top-level options as they are', () => {
    const s = z.string();
    expect(rowsOf(s)).toBe(s);
    const top = rowsOf(z.optional(z.strictObject({ k: z.string() })));
    expect(top.safeParse(undefined).success).toBe(true);
    expect(top.safeParse({ k: 'k', id: 1 }).success).toBe(true);
    expect(top.safeParse({ k: 1 }).success).toBe(false);
    const arr = rowsOf(z.array(z.strictObject({ k: z.string() })));
    expect(arr.safeParse([{ k: 'k', id: 1 }]).success).toBe(true);
    expect(arr.safeParse({ k: 'k' }).success).toBe(false);
  });
});
