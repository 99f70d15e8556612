import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { safeParse } from './input.js';

// zod throws on an object whose `length` cannot be compared with a number, where it expects text (found by the fuzz).
const unreadable = () => ({ length: Object.create(null) as object });
/** A schema whose own check throws on whatever it is given. */
const exploding = () => z.custom(() => { throw new Error('boom'); });
/** The path of the one issue safeParse reports for a value zod throws on. */
const located = (schema: z.ZodMiniType, v: unknown) => {
  const r = safeParse(schema, v);
  if (r.success) throw new Error('accepted');
  expect(r.error.issues).toEqual([{ code: 'custom', path: r.error.issues[0]!.path, message: 'is a value of the wrong kind that cannot be read' }]);
  return r.error.issues[0]!.path;
};
/** An object whose field `inner` reads as `first` twice (zod's parse, then the search's check) and as `later` afterwards. */
const changing = (first: unknown, later: unknown) => {
  let reads = 0;
  return { get inner() { reads++; return reads <= 2 ? first : later; } };
};

describe('safeParse finding the field zod throws on', () => {
  it('stops at a field that is not an array, even when its value is an array', () => {
    expect(located(z.object({ a: exploding() }), { a: [1] })).toEqual(['a']);
  });

  it('stops at the array when none of its items throws on its own (not one past the end)', () => {
    const item = z.custom((x) => { if (x === undefined) throw new Error('read past the end'); return true; });
    const list = z.array(item).check(z.refine(() => { throw new Error('the list itself'); }));
    expect(located(z.object({ list }), { list: [1, 2] })).toEqual(['list']);
  });

  it('names the root when the whole value cannot be read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(located(z.object({ id: z.string() }), proxy)).toEqual([]);
  });

  it('reads each field once: a field that changes between reads is searched as it was read', () => {
    const schema = z.object({ inner: z.nullable(z.object({ name: z.string().check(z.minLength(1)) })) });
    expect(located(schema, changing({ name: unreadable() }, null))).toEqual(['inner', 'name']);
    const loose = z.object({ inner: z.object({ name: exploding() }) });
    expect(located(loose, changing({ name: 'x' }, 'text'))).toEqual(['inner', 'name']);
  });
});
