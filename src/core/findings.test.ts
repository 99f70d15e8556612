import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { canPublishImage } from '../../rules/image/canPublishImage.js';
import { AT, consent, photo } from '../../test/support/image.js';
import { FAIL_CLOSED, MAX_INPUT_FINDINGS, inputFindings } from './findings.js';

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
