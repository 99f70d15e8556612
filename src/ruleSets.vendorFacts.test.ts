import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canPublishImage } from '../rules/image/canPublishImage.js';
import { canTakeDeviceOffSite } from '../rules/device/canTakeDeviceOffSite.js';
import { consentSchema, photoSchema } from '../rules/image/schema.js';
import { RuleValidationError } from './core/rules/errors.js';
import type { Rule, VendorFact, VendorFacts } from './core/rules/types.js';
import { registry } from './registry.js';
import { createRuleSet } from './ruleSets.js';
import { AT, consents, photo } from '../test/support/image.js';
import { runs } from '../test/support/runs.js';

// Vendor facts (issue 15, item 7): a vendor's own facts, declared like the built-in catalogue, validated like it, and
// read per decision from the input or options.context; a fact that cannot be read denies.
const ROOMS = ['baby-room', 'pre-school-room', 'garden', 'changing-area'] as const;
const room = (read: VendorFact['read'] = ({ context }) => context.room): VendorFact =>
  ({ type: 'string', values: ROOMS, description: 'The room the photo was taken in.', read });
const rule = (name: string, conditions: unknown, type: 'block' | 'warn' = 'block'): Rule => ({
  name,
  conditions,
  event: { type, params: { code: 'ACORN_ROOM', message: 'No photos in the changing area.', clause: { source: 'acorn-policy.pdf', section: '4.2 Photographs' } } },
}) as Rule;
const changingArea = rule('image.acorn.changing-area', { all: [{ fact: 'room', operator: 'equal', value: 'changing-area' }] });
const withRoom = (read?: VendorFact['read'], rules: Rule[] = [changingArea]) =>
  createRuleSet({ facts: { image: { room: room(read) } }, add: [{ file: 'acorn.json', rules }] });

const problems = (fn: () => unknown): string[] => {
  try { fn(); } catch (e) { if (e instanceof RuleValidationError) return e.problems; throw e; }
  throw new Error('expected a RuleValidationError');
};

describe('vendor facts: checked like the built-in catalogue', () => {
  it('without the fact, a rule on it is refused as today: unknown fact "room"', () => {
    expect(problems(() => createRuleSet({ add: [{ file: 'acorn.json', rules: [changingArea] }] }))).toEqual([
      'acorn.json: image.acorn.changing-area: conditions.all[0]: unknown fact "room" in area "image"',
    ]);
  });

  it('with it, the rule loads, and the fact is in the rule set\'s catalogue (without its read function)', () => {
    const set = withRoom();
    expect(set.rules.some((r) => r.rule.name === 'image.acorn.changing-area')).toBe(true);
    expect(set.areas.get('image')?.facts.room).toEqual({ type: 'string', values: ROOMS, description: 'The room the photo was taken in.' });
    // The shipped catalogue is unchanged.
    expect(registry.find((a) => a.id === 'image')!.facts).not.toHaveProperty('room');
  });

  it('a rule on a vendor fact is held to its type and values, as a rule on a built-in fact is', () => {
    const add = (conditions: unknown) => problems(() => withRoom(undefined, [rule('image.acorn.x', conditions)]));
    expect(add({ all: [{ fact: 'room', operator: 'equal', value: 'kitchen' }] })[0]).toMatch(/value "kitchen" is not "baby-room" \| "pre-school-room" \| "garden" \| "changing-area"/);
    expect(add({ all: [{ fact: 'room', operator: 'greaterThan', value: 3 }] })[0]).toMatch(/compares numbers only/);
    expect(add({ all: [{ fact: 'room', operator: 'contains', value: 'garden' }] })[0]).toMatch(/"contains" needs a list fact/);
    expect(add({ all: [{ fact: 'room', operator: 'in', value: ['garden', 'attic'] }] })[0]).toMatch(/"in" needs an array of/);
    expect(add({ all: [{ fact: 'roomm', operator: 'equal', value: 'garden' }] })[0]).toMatch(/unknown fact "roomm"/);
  });

  it('refuses a declaration that is not a fact, naming the area and the fact', () => {
    const facts = (image: Record<string, unknown>, area = 'image') => problems(() => createRuleSet({ facts: { [area]: image } as unknown as VendorFacts }));
    expect(facts({ audience: room() })).toEqual(['facts.image.audience: "audience" is a built-in fact of area "image": give yours another name']);
    expect(facts({ consentFound: { ...room(), each: true } })[0]).toMatch(/built-in fact/);
    expect(facts({ scope: room() })).toEqual(['facts.image.scope: "scope" is a reserved name']);
    expect(facts({ constructor: room() })).toEqual(['facts.image.constructor: "constructor" is a reserved name']);
    expect(facts({ 'the-room': room() })[0]).toMatch(/camelCase/);
    expect(facts({ room: room() }, 'weather')[0]).toMatch(/^facts\.weather: unknown area "weather"/);
    expect(facts({ room: { ...room(), type: 'date' } })).toEqual(['facts.image.room: "type" must be "boolean", "number", "string" or "string[]"']);
    expect(facts({ room: { ...room(), values: [] } })[0]).toMatch(/non-empty list of distinct/);
    expect(facts({ room: { ...room(), values: ['a', 'a'] } })[0]).toMatch(/non-empty list of distinct/);
    expect(facts({ room: { ...room(), type: 'number' } })[0]).toMatch(/"values" are for a string/);
    expect(facts({ room: { ...room(), read: 'photo.room' } })[0]).toMatch(/"read" must be a function/);
    expect(facts({ room: { ...room(), description: ' ' } })[0]).toMatch(/"description" is missing/);
    expect(facts({ room: { ...room(), colour: 'red' } })[0]).toMatch(/unknown property "colour"/);
    expect(facts({ room: 'garden' })[0]).toMatch(/must be an object/);
    expect(facts({ room: { ...room(), each: true } }, 'device')[0]).toMatch(/area "device" has no items/);
    expect(problems(() => createRuleSet({ facts: [] as unknown as VendorFacts }))[0]).toMatch(/^facts: must be an object/);
  });

  it('the declaration is read once: changing it later changes nothing', () => {
    const values = [...ROOMS];
    const fact = { type: 'string' as const, values, description: 'room', read: ({ context }: { context?: { room?: string } }) => context?.room };
    const set = createRuleSet({ facts: { image: { room: fact } }, add: [{ file: 'a.json', rules: [changingArea] }] });
    values.length = 0;
    fact.read = () => 'garden';
    expect(set.areas.get('image')?.facts.room?.values).toEqual(ROOMS);
    expect(canPublishImage(photo(), consents(), { at: AT, rules: set, context: { room: 'changing-area' } }).allowed).toBe(false);
  });

  it('no area takes an input named `context` or `subject` (the names read gives its own data)', () => {
    expect(registry.flatMap((a) => a.inputs.map((i) => i.name)).filter((n) => n === 'context' || n === 'subject')).toEqual([]);
  });
});

describe('vendor facts: read per decision', () => {
  it('from options.context: a rule on the room decides through the typed function', () => {
    const rules = withRoom();
    const changing = canPublishImage(photo(), consents(), { at: AT, rules, context: { room: 'changing-area' } });
    expect(changing.allowed).toBe(false);
    expect(changing.reasons.map((r) => [r.rule, r.code, r.clause.source])).toEqual([['image.acorn.changing-area', 'ACORN_ROOM', 'acorn-policy.pdf']]);
    expect(canPublishImage(photo(), consents(), { at: AT, rules, context: { room: 'garden' } })).toMatchObject({ allowed: true, reasons: [] });
  });

  it('from a column of the vendor\'s own on a database row (extraFields: \'ignore\')', () => {
    const rules = withRoom(({ photo: p }) => p.room);
    const photoRow = { ...(nullsFor(photoSchema, photo()) as object), room: 'changing-area' };
    const consentRows = consents().map((c) => nullsFor(consentSchema, c));
    expect(canPublishImage(photoRow as never, consentRows as never, { at: AT, rules, extraFields: 'ignore' }).reasons.map((r) => r.rule)).toEqual(['image.acorn.changing-area']);
    expect(canPublishImage({ ...photoRow, room: 'garden' } as never, consentRows as never, { at: AT, rules, extraFields: 'ignore' }).allowed).toBe(true);
    // Without extraFields: 'ignore' the column is an unknown field: refused, as every unknown field is.
    const strict = canPublishImage({ ...photo(), room: 'garden' } as never, consents(), { at: AT, rules });
    expect(strict.allowed).toBe(false);
    expect(strict.reasons[0]!.rule).toBe('input.invalid');
  });

  it('per item (`each`): read once per child, with the child\'s id as `subject`; a rule on it fires for that child', () => {
    const seen: string[] = [];
    const rules = createRuleSet({
      facts: { image: { inCare: { type: 'boolean', each: true, description: 'The child is looked after by the local authority.', read: ({ subject, context }) => { seen.push(subject!); return context.inCare.includes(subject); } } } },
      add: [{ file: 'acorn.json', rules: [rule('image.acorn.in-care', { all: [{ fact: 'inCare', operator: 'equal', value: true }, { fact: 'childIdentifiable', operator: 'equal', value: true }] })] }],
    });
    const d = canPublishImage(photo(), consents(), { at: AT, rules, context: { inCare: ['c2'] } });
    expect(seen).toEqual(['c1', 'c2']);
    expect(d.reasons.map((r) => [r.rule, r.subject])).toEqual([['image.acorn.in-care', 'c2']]);
  });

  it('in another area, from that area\'s inputs by name', () => {
    const rules = createRuleSet({
      facts: { device: { destination: { type: 'string', values: ['home', 'abroad'], description: 'Where it goes.', read: ({ trip, context }) => (trip.kind === 'home' ? 'home' : context.destination) } } },
      add: [{ file: 'acorn.json', rules: [rule('device.acorn.abroad', { all: [{ fact: 'destination', operator: 'equal', value: 'abroad' }] })] }],
    });
    const device = { id: 'cam-1', kind: 'camera', owner: 'setting', encrypted: true } as const;
    const trip = { kind: 'visit', leavesAt: AT, carriedBy: 's1', personalUse: false } as const;
    expect(canTakeDeviceOffSite(device, trip, { rules, context: { destination: 'abroad' } }).reasons.map((r) => r.rule)).toContain('device.acorn.abroad');
    expect(canTakeDeviceOffSite(device, trip, { rules, context: { destination: 'home' } }).reasons.map((r) => r.rule)).not.toContain('device.acorn.abroad');
  });
});

describe('vendor facts fail closed', () => {
  const unreadable: [string, VendorFact['read'], RegExp][] = [
    ['no context at all (read throws)', ({ context }) => context.room, /its read function threw a TypeError/],
    ['a value outside the declared values', () => 'kitchen', /read a string, not one of "baby-room"/],
    ['nothing', () => undefined, /read nothing, not one of/],
    ['null', () => null, /read null/],
    ['a number for a string fact', () => 3, /read a number/],
    ['a Promise', async () => 'garden', /a Promise \(a fact is read synchronously\)/],
  ];
  for (const [what, read, message] of unreadable) {
    it(`${what}: the decision denies, naming the fact, and nothing else is decided`, () => {
      const d = canPublishImage(photo(), consents(), { at: AT, rules: withRoom(read) });
      expect(d.allowed).toBe(false);
      expect(d.reasons).toHaveLength(1);
      expect(d.reasons[0]).toMatchObject({ rule: 'input.invalid', effect: 'block', subject: 'facts.room' });
      expect(d.reasons[0]!.message).toMatch(message);
    });
  }

  it('the message never repeats what was read (it may be a child\'s data)', () => {
    const d = canPublishImage(photo(), consents(), { at: AT, rules: withRoom(() => 'Ava Jones at home') });
    expect(d.reasons[0]!.message).not.toContain('Ava');
  });

  it('property: whatever read gives or throws, a block rule on the fact never turns into an allow', () => {
    // The rule blocks everywhere but the garden: only a read of exactly "garden" may allow. The context is a function
    // giving the outcome, so that one rule set serves every run.
    const rules = withRoom(({ context }) => context(), [rule('image.acorn.outside-garden', { all: [{ fact: 'room', operator: 'notEqual', value: 'garden' }] })]);
    const outcome = fc.oneof(
      fc.constantFrom<unknown>(...ROOMS), fc.anything(), fc.constant(new Error('boom')), fc.constant(Promise.resolve('garden')),
      fc.constantFrom<unknown>('Garden', 'garden ', ['garden'], { room: 'garden' }, Number.NaN, null, undefined),
    );
    fc.assert(fc.property(outcome, (v) => {
      const context = () => { if (v instanceof Error) throw v; return v; };
      const d = canPublishImage(photo(), consents(), { at: AT, rules, context });
      expect(d.allowed).toBe(v === 'garden');
    }), { numRuns: runs(300) });
  });
});

/** A value with every optional field of its schema present, null where absent: a database row. */
function nullsFor(schema: unknown, v: unknown): unknown {
  interface Def { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown }
  const def = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
  const unwrap = (s: unknown): unknown => (['optional', 'nullable'].includes(def(s).type) ? unwrap(def(s).innerType) : s);
  const d = def(unwrap(schema));
  if (d.type === 'array' && Array.isArray(v)) return v.map((x) => nullsFor(d.element, x));
  if (d.type === 'object' && v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(d.shape ?? {}).map(([k, s]) => {
      const x = (v as Record<string, unknown>)[k];
      return [k, x === undefined ? null : nullsFor(s, x)];
    }));
  }
  return v;
}

describe('vendor facts in the json-rules-engine route', () => {
  it('facts prepared without the engine\'s rule set are refused, not decided without the fact', async () => {
    const { createEngine, decideWithEngine } = await import('./engine/index.js');
    const { imageFacts } = await import('../rules/image/canPublishImage.js');
    const rules = withRoom();
    const engine = createEngine({ rules });
    const withFacts = await decideWithEngine(engine, imageFacts(photo(), consents(), { at: AT, rules, context: { room: 'changing-area' } }));
    expect(withFacts.reasons.map((r) => r.rule)).toEqual(['image.acorn.changing-area']);
    const e = await decideWithEngine(engine, imageFacts(photo(), consents(), { at: AT })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RuleValidationError);
    expect((e as RuleValidationError).problems[0]).toMatch(/your facts "room" \(area "image"\)/);
  });
});
