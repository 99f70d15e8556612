import { describe, expect, it } from 'vitest';
import type { AreaSpec, VendorFactInput } from './types.js';
import { checkVendorFacts, readVendorFacts, type FactReader } from './vendorFacts.js';

const toy: AreaSpec = { id: 'toy', item: 'child', facts: { n: { type: 'number', description: 'a number' } } };
const flat: AreaSpec = { id: 'flat', facts: {} };
const areas = new Map([['toy', toy], ['flat', flat]]);
const fact = (over: Record<string, unknown> = {}) => ({ type: 'string', description: 'The room', read: (i: VendorFactInput) => i.context?.room, ...over });
const problems = (facts: unknown) => checkVendorFacts(facts, areas).problems;
const one = (over: Record<string, unknown>) => problems({ toy: { room: fact(over) } });

describe('checkVendorFacts', () => {
  it('adds valid facts of each type to their area, leaving an area without any as it was', () => {
    const { areas: out, readers, problems: p } = checkVendorFacts({
      toy: { room: fact({ values: ['a', 'b'] }), tags: fact({ type: 'string[]' }), on: fact({ type: 'boolean', each: true }), count: fact({ type: 'number' }) },
      flat: {},
    }, areas);
    expect(p).toEqual([]);
    expect(out.get('toy')!.facts).toEqual({
      n: toy.facts.n,
      room: { type: 'string', values: ['a', 'b'], description: 'The room' },
      tags: { type: 'string[]', description: 'The room' },
      on: { type: 'boolean', each: true, description: 'The room' },
      count: { type: 'number', description: 'The room' },
    });
    expect(out.get('flat')).toBe(flat);
    expect([...readers.keys()]).toEqual(['toy']);
  });

  it('refuses facts that are not an object of areas, or an area that is not an object of facts', () => {
    expect(problems(null)).toEqual(['facts: must be an object of areas, each an object of facts by name']);
    expect(problems({ toy: 5 })).toEqual(['facts.toy: must be an object of facts by name']);
    expect(problems({ toy: null })).toEqual(['facts.toy: must be an object of facts by name']);
    expect(problems({ zoo: {} })).toEqual(['facts.zoo: unknown area "zoo" (known: toy, flat)']);
  });

  it('names the area and the fact of each problem in a declaration', () => {
    expect(one({ type: 'boolean', values: ['a'] })).toEqual(['facts.toy.room: "values" are for a string or string[] fact']);
    const msg = 'facts.toy.room: "values" must be a non-empty list of distinct, non-empty strings';
    for (const values of [[''], ['a', ''], [5], [['a']], 'a', []]) expect(one({ values })).toEqual([msg]);
    expect(one({ description: 5 })).toEqual(['facts.toy.room: "description" is missing']);
    expect(one({ each: 'yes' })).toEqual(['facts.toy.room: "each" must be true or false']);
    expect(problems({ flat: { room: fact({ each: true }) } })).toEqual(['facts.flat.room: area "flat" has no items: "each" is for an area read per item (e.g. image, per child)']);
  });
});

describe('readVendorFacts', () => {
  const readersOf = (facts: Record<string, unknown>): readonly FactReader[] => {
    const { readers, problems: p } = checkVendorFacts({ toy: facts }, areas);
    expect(p).toEqual([]);
    return readers.get('toy')!;
  };
  const sets = () => ({ root: { n: 1 }, items: [{ subject: 'c1', facts: { n: 2 } }] });
  const read = (facts: Record<string, unknown>, context: unknown) => readVendorFacts(readersOf(facts), ['photo'], [{ room: 'x' }], context, sets());
  const messages = (out: unknown) => (Array.isArray(out) ? (out as { message: string }[]).map((f) => f.message) : []);

  it('adds root facts to the decision and per-item facts to each item, keeping the facts already there', () => {
    const out = read({
      room: fact({ read: (i: VendorFactInput) => i.photo.room }),
      hasSubject: fact({ type: 'boolean', read: (i: VendorFactInput) => 'subject' in i }),
      who: fact({ each: true, read: (i: VendorFactInput) => i.subject }),
    }, {});
    expect(out).toEqual({ root: { n: 1, room: 'x', hasSubject: false }, items: [{ subject: 'c1', facts: { n: 2, who: 'c1' } }] });
  });

  it('denies, naming the fact and never the value, when a value does not fit', () => {
    const room = (over: Record<string, unknown>, context: unknown) => messages(read({ room: fact(over) }, context));
    const why = (s: string) => [`Your fact "room" ${s}: the decision cannot be made without it`];
    expect(room({}, { room: 5 })).toEqual(why('read a number, not a string'));
    expect(room({ values: ['a', 'b'] }, { room: 'c' })).toEqual(why('read a string, not one of "a" | "b"'));
    expect(room({ type: 'boolean' }, { room: 'yes' })).toEqual(why('read a string, not true or false'));
    expect(room({ type: 'number' }, { room: NaN })).toEqual(why('read a number, not a finite number'));
    expect(room({ type: 'number' }, { room: Infinity })).toEqual(why('read a number, not a finite number'));
    expect(room({ type: 'number' }, { room: '5' })).toEqual(why('read a string, not a finite number'));
    expect(room({ type: 'string[]' }, { room: ['a', 5] })).toEqual(why('read a list, not a list of strings'));
    expect(room({ type: 'string[]' }, { room: 'a' })).toEqual(why('read a string, not a list of strings'));
    expect(room({ type: 'string[]', values: ['a', 'b'] }, { room: ['a', 'z'] })).toEqual(why('read a list, not a list of one of "a" | "b"'));
    expect(room({ type: 'string[]', values: ['a', 'b'] }, { room: ['b', 'a'] })).toEqual([]);
    expect(room({ type: 'number' }, { room: 3 })).toEqual([]);
    expect(room({ type: 'boolean' }, { room: false })).toEqual([]);
  });

  it('denies when a read function throws, naming what it threw but not its message', () => {
    expect(messages(read({ room: fact({ read: () => { throw new TypeError('secret'); } }) }, {})))
      .toEqual(['Your fact "room" its read function threw a TypeError: the decision cannot be made without it']);
    expect(messages(read({ room: fact({ read: () => { throw 'secret'; } }) }, {})))
      .toEqual(['Your fact "room" its read function threw an error: the decision cannot be made without it']);
  });

  it('names the item a per-item fact failed for, and what to check', () => {
    const out = read({ who: fact({ each: true, type: 'number', read: () => 'x' }) }, {}) as { subject: string; message: string; remedy: string }[];
    expect(out.map((f) => [f.subject, f.message])).toEqual([
      ['facts.who (for c1)', 'Your fact "who" read a string, not a finite number for c1: the decision cannot be made without it'],
    ]);
    expect(out[0]!.remedy).toBe('Check what "who" is read from (options.context, or a field of your own with extraFields: \'ignore\') and its read function.');
    const root = read({ room: fact({ type: 'number' }) }, { room: 'x' }) as { subject: string }[];
    expect(root.map((f) => f.subject)).toEqual(['facts.room']);
  });
});
