import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { definePolicy, PolicyValidationError } from '../policy.js';
import { safeParse } from './input.js';

// zod throws on an object whose `length` cannot be compared with a number, where it expects text (found by the fuzz).
const unreadable = () => ({ length: Object.create(null) as object });
const schema = z.strictObject({ id: z.string().check(z.minLength(1)), tags: z.optional(z.array(z.string().check(z.minLength(1)))), inner: z.nullable(z.object({ name: z.string().check(z.minLength(1)) })) });

describe('safeParse', () => {
  it('gives the issues zod gives, and the data it gives', () => {
    for (const v of [{ id: '', tags: [''], inner: { name: 1 } }, { id: 'a', extra: 1 }, null, { id: 'a', inner: null }, { id: 'a', tags: ['x'], inner: { name: 'n', more: 1 } }]) {
      const ours = safeParse(schema, v), theirs = schema.safeParse(v);
      expect(ours.success).toBe(theirs.success);
      if (!ours.success) expect(ours.error.issues).toEqual(theirs.error!.issues);
      else expect(ours.data).toEqual(theirs.data);
    }
  });
  it('zod itself throws on the value (so the wrapper is needed)', () => {
    expect(() => schema.safeParse({ id: unreadable(), inner: null })).toThrow();
  });
  it('turns the throw into one issue at the field', () => {
    expect(safeParse(schema, { id: unreadable(), inner: null })).toEqual({ success: false, error: { issues: [{ code: 'custom', path: ['id'], message: 'is a value of the wrong kind that cannot be read' }] } });
  });
  it('finds the field through optional, nullable, arrays and nested objects', () => {
    const at = (v: unknown) => { const r = safeParse(schema, v); return r.success ? 'accepted' : r.error.issues[0]!.path; };
    expect(at({ id: 'a', tags: ['x', unreadable()], inner: null })).toEqual(['tags', 1]);
    expect(at({ id: 'a', inner: { name: unreadable() } })).toEqual(['inner', 'name']);
    expect(at(unreadable())).toEqual(['id']);
  });
  it('gives zod\'s own result when zod does not throw', () => {
    expect(safeParse(schema, { id: 'a', inner: null })).toEqual({ success: true, data: { id: 'a', inner: null } });
    const r = safeParse(schema, { id: '', inner: null });
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues[0]!.path).toEqual(['id']);
  });
  it('definePolicy refuses such a value with its documented error, not a TypeError', () => {
    expect(() => definePolicy({ id: unreadable() } as never)).toThrow(PolicyValidationError);
  });
});
