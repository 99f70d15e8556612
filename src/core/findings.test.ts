import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { canPublishImage } from '../../rules/image/canPublishImage.js';
import { AT, consent, photo } from '../../test/support/image.js';
import { FAIL_CLOSED, MAX_INPUT_FINDINGS, changedWhileRead, clauseOf, inputFindings, invalid, sortFindings, type Finding } from './findings.js';

const CLAUSE = { source: 'esafety-rules', section: 'Fail closed: a permission needs complete, valid input', title: 'esafety-rules: the library\'s own checks' };
/** The finding for one invalid field, written out in full. */
const finding = (subject: string, says: string) => ({
  rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT', message: `${subject} ${says}`, clause: CLAUSE, subject, remedy: `Correct ${subject} and ask again.`,
});
/** The messages of the findings for a value the schema refuses, under the root `x`. */
const messages = (schema: z.ZodMiniType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('the schema accepted the value');
  return inputFindings('x', value, r.error.issues as never).map((f) => f.message);
};

describe('input findings', () => {
  it('a decision names each invalid field by its path, with the whole finding', () => {
    const d = canPublishImage(photo({ children: [{ id: 'c1' }, { id: 7 as never }] }), [consent('c1', { childId: null as never })], { at: AT, policy: 'baseline' });
    expect(d.allowed).toBe(false);
    expect(d.reasons).toEqual([finding('photo.children[1].id', 'must be string, not number'), finding('consents[0].childId', 'must be string, not null')]);
  });

  it('names the kind of value it received, or says the field is required', () => {
    const schema = z.object({ s: z.string() });
    const cases: [unknown, string][] = [[null, 'null'], [[1], 'array'], [Number.NaN, 'NaN'], [5, 'number'], [{}, 'object'], [true, 'boolean'], [5n, 'bigint']];
    for (const [v, word] of cases) expect(messages(schema, { s: v })).toEqual([`x.s must be string, not ${word}`]);
    expect(messages(schema, {})).toEqual(['x.s is required (string)']);
    expect(messages(schema, { s: undefined })).toEqual(['x.s is required (string)']);
    expect(messages(z.number(), 'text')).toEqual(['x must be number, not string']);
    expect(messages(schema, null)).toEqual(['x must be object, not null']);
  });

  it('lists the allowed values and the unknown fields, each quoted and comma-separated', () => {
    expect(messages(z.object({ by: z.enum(['parent', 'carer']) }), { by: 'aunt' })).toEqual(['x.by must be one of "parent", "carer"']);
    expect(messages(z.strictObject({ a: z.optional(z.string()) }), { b: 1, c: 2 })).toEqual(['x has unknown field(s) "b", "c"']);
  });

  it('gives the minimum or maximum that was broken', () => {
    const n = z.number().check(z.minimum(1), z.maximum(3));
    expect(messages(n, 0)).toEqual(['x is too small (minimum 1)']);
    expect(messages(n, 4)).toEqual(['x is too big (maximum 3)']);
    const list = z.array(z.string()).check(z.minLength(1), z.maxLength(2));
    expect(messages(list, [])).toEqual(['x is too small (minimum 1)']);
    expect(messages(list, ['a', 'b', 'c'])).toEqual(['x is too big (maximum 2)']);
  });

  it("uses a check's own message, and 'is not valid' when zod has only its generic one", () => {
    expect(messages(z.string().check(z.refine(() => false, { message: 'must be a real date' })), 'x')).toEqual(['x must be a real date']);
    expect(messages(z.string().check(z.refine(() => false)), 'x')).toEqual(['x is not valid']);
    expect(messages(z.union([z.string(), z.number()]), true)).toEqual(['x must be string or number, not boolean']);
    expect(inputFindings('x', 1, [{ code: 'custom', path: [] }])[0]!.message).toBe('x is not valid');
  });

  it('invents no values or fields when an issue lists none', () => {
    const found = inputFindings('x', {}, [{ code: 'invalid_value', path: ['a'] }, { code: 'unrecognized_keys', path: ['b'] }]);
    expect(found.map((f) => f.message)).toEqual(['x.a must be one of ', 'x.b has unknown field(s) ']);
  });

  it('reads the received value from own fields only, never from a prototype, null or text', () => {
    expect(messages(z.object({ s: z.string() }), Object.create({ s: 5 }))).toEqual(['x.s is required (string)']);
    const issue = (path: PropertyKey[]) => ({ code: 'invalid_type', expected: 'number', path });
    expect(inputFindings('x', { a: null }, [issue(['a', 'b'])])[0]!.message).toBe('x.a.b is required (number)');
    expect(inputFindings('x', { a: 'abc' }, [issue(['a', 'length'])])[0]!.message).toBe('x.a.length is required (number)');
    expect(inputFindings('x', { a: ['t'] }, [issue(['a', 0])])[0]!.message).toBe('x.a[0] must be number, not string');
  });

  it('gives one finding per field: the first thing wrong with it', () => {
    expect(messages(z.string().check(z.minLength(3), z.regex(/^b/)), 'a')).toEqual(['x is too small (minimum 3)']);
  });

  it(`lists at most ${MAX_INPUT_FINDINGS} fields, then counts the rest in one more finding`, () => {
    expect(MAX_INPUT_FINDINGS).toBe(50);
    const list = (n: number) => { const v = Array(n).fill(0); return inputFindings('list', v, z.array(z.string()).safeParse(v).error!.issues as never); };
    const listed = Array.from({ length: MAX_INPUT_FINDINGS }, (_, i) => finding(`list[${i}]`, 'must be string, not number'));
    expect(list(MAX_INPUT_FINDINGS)).toEqual(listed);
    expect(list(MAX_INPUT_FINDINGS + 1)).toEqual([...listed, finding('list', 'has 1 more invalid fields')]);
    expect(list(MAX_INPUT_FINDINGS + 3)).toEqual([...listed, finding('list', 'has 3 more invalid fields')]);
  });

  it('cites the fail-closed clause, giving each finding its own copy', () => {
    expect(FAIL_CLOSED).toEqual(CLAUSE);
    expect(Object.isFrozen(FAIL_CLOSED)).toBe(true);
    const [a, b] = inputFindings('x', {}, [{ code: 'custom', path: ['a'] }, { code: 'custom', path: ['b'] }]);
    a!.clause.section = 'changed';
    expect(b!.clause).toEqual(CLAUSE);
    expect(FAIL_CLOSED).toEqual(CLAUSE);
  });
});

describe('inputFindings through a union (one value, or a list of them)', () => {
  const kind = z.enum(['grooming', 'bullying']);
  const schema = z.strictObject({ kind: z.union([kind, z.array(kind)]) });
  const said = (v: unknown) => { const r = schema.safeParse(v); return r.success ? [] : inputFindings('concern', v, r.error.issues as never).map((f) => f.message); };
  it('names each bad entry of a list, with the accepted values', () => {
    expect(said({ kind: ['grooming', 'gossip', 'rumour'] })).toEqual([
      'concern.kind[1] must be one of "grooming", "bullying"',
      'concern.kind[2] must be one of "grooming", "bullying"',
    ]);
  });
  it('a single bad value lists the accepted values; a value of the wrong kind says so', () => {
    expect(said({ kind: 'gossip' })).toEqual(['concern.kind must be one of "grooming", "bullying"']);
    expect(said({ kind: 7 })[0]).toMatch(/^concern\.kind (must be|is)/);
  });
});

describe('inputFindings: values that cannot be read, unknown fields, unions', () => {
  const at = (path: PropertyKey[]) => [{ code: 'invalid_type', path, expected: 'string' }];
  it('a value that throws when read or inspected is named as such', () => {
    const throwing = { get a() { throw new Error('no'); } };
    expect(inputFindings('x', throwing, at(['a'])).map((f) => f.message)).toEqual(['x.a must be string, not a value that cannot be read']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(inputFindings('x', { a: proxy }, at(['a'])).map((f) => f.message)).toEqual(['x.a must be string, not a value that cannot be read']);
  });
  it('unknown fields that look like known ones are named, with the database-rows hint', () => {
    const schema = z.strictObject({ withdrawnAt: z.string(), reviewBy: z.string() });
    const value = { withdrawnAt: 'a', reviewBy: 'b', withdrawAt: 1, reviewDate: 2, colour: 3 };
    const r = schema.safeParse(value);
    expect(inputFindings('x', value, r.error!.issues as never, schema).map((f) => f.message)).toEqual([
      'x has unknown field(s) "withdrawAt", "reviewDate", "colour" (did you mean "withdrawnAt", "reviewBy"?); to pass database rows, map their columns to these fields and use { extraFields: \'ignore\' }',
    ]);
    const plain = { withdrawnAt: 'a', reviewBy: 'b', colour: 3 };
    expect(inputFindings('x', plain, schema.safeParse(plain).error!.issues as never, schema).map((f) => f.message)).toEqual([
      'x has unknown field(s) "colour"; to pass database rows, map their columns to these fields and use { extraFields: \'ignore\' }',
    ]);
    expect(inputFindings('x', value, r.error!.issues as never).map((f) => f.message)).toEqual(['x has unknown field(s) "withdrawAt", "reviewDate", "colour"']);
  });
  it('a union follows the option that got furthest into the value (the first, on a tie)', () => {
    const tie = z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.number() })]);
    const said = (schema: z.ZodMiniType, v: unknown) => inputFindings('x', v, schema.safeParse(v).error!.issues as never).map((f) => f.message);
    expect(said(tie, { a: 1 })).toEqual(['x.a must be string, not number']);
    const deep = z.union([z.strictObject({ a: z.string() }), z.strictObject({ c: z.strictObject({ d: z.string() }) })]);
    expect(said(deep, { a: 1, c: { d: 1 } })).toEqual(['x.c.d must be string, not number', 'x has unknown field(s) "a"']);
  });
  it('a union issue with no options listed is not valid, not an empty list of kinds', () => {
    expect(inputFindings('x', 1, [{ code: 'invalid_union', path: [] }]).map((f) => f.message)).toEqual(['x is not valid']);
    expect(inputFindings('x', 1, [{ code: 'invalid_union', path: [], errors: [] }]).map((f) => f.message)).toEqual(['x is not valid']);
  });
});

describe('clauses, order and the changed-input denial', () => {
  it("a clause's title: its own, else its source's, else the source itself", () => {
    expect(clauseOf({ source: '004_fa76751dc5d22203.txt', section: '1', title: 'Own' }).title).toBe('Own');
    expect(clauseOf({ source: 'acorn.pdf', section: '1', title: 'Acorn' }).title).toBe('Acorn');
    expect(clauseOf({ source: '004_fa76751dc5d22203.txt', section: '1' }).title).toBe('Kirklees primary-school eSafety policy');
    expect(clauseOf({ source: 'acorn.pdf', section: '1' })).toEqual({ source: 'acorn.pdf', section: '1', title: 'acorn.pdf' });
  });
  it('a block after a warning is moved before it; a list already in order is returned as it is', () => {
    const warning: Finding = { ...invalid('w', 'w'), effect: 'warn' };
    const block = invalid('b', 'b');
    expect(sortFindings([warning, block]).map((f) => f.subject)).toEqual(['b', 'w']);
    const sorted = [block, warning];
    expect(sortFindings(sorted)).toBe(sorted);
  });
  it('findings that all block are returned as they are', () => {
    const all = [invalid('a', 'a'), invalid('b', 'b')];
    expect(sortFindings(all)).toBe(all);
  });
  it('inputs that changed while read: named, or the input when there are none', () => {
    expect([changedWhileRead([]).subject, changedWhileRead(['device', 'trip']).subject]).toEqual(['input', 'device']);
  });
});
