// A vendor's own facts: checked like the built-in catalogue when a rule set is made, read from the input per decision.
import { invalid, type Finding } from '../findings.js';
import type { FactSets } from './ruleSet.js';
import type { AreaSpec, FactSpec, VendorFactInput } from './types.js';

/** A checked vendor fact, ready to read. */
export interface FactReader {
  readonly name: string;
  readonly spec: FactSpec;
  readonly read: (input: VendorFactInput) => unknown;
}

const NAME = /^[a-z][A-Za-z0-9]*$/;
/** Names a fact may not take: the engine's scope fact, and what every object has. */
const RESERVED = new Set(['scope', ...Object.getOwnPropertyNames(Object.prototype)]);
const TYPES = new Set(['boolean', 'number', 'string', 'string[]']);
const KEYS = new Set(['type', 'values', 'each', 'description', 'read']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Checks a rule set's `facts` option against the areas: each fact's area must exist, its name must be new to the area
 * (no built-in fact's), its type one of the four, its values a list of distinct strings, its `read` a function, and
 * `each` only where the area has items. Returns the areas with the vendor's facts added to their catalogues (what the
 * rules are then checked against), the readers by area, and the problems (`facts.<area>.<name>: …`).
 *
 * @example
 * ```ts
 * const room = { type: 'string', values: ['garden'], description: 'The room', read: (i: VendorFactInput) => i.photo.room } as const;
 * checkVendorFacts({ image: { room } }, areas).areas.get('image')?.facts.room?.type; // 'string'
 * ```
 */
export function checkVendorFacts(facts: unknown, areas: ReadonlyMap<string, AreaSpec>): {
  areas: ReadonlyMap<string, AreaSpec>; readers: ReadonlyMap<string, readonly FactReader[]>; problems: string[];
} {
  const problems: string[] = [];
  const readers = new Map<string, FactReader[]>();
  if (facts === undefined) return { areas, readers, problems };
  if (!isObject(facts)) return { areas, readers, problems: ['facts: must be an object of areas, each an object of facts by name'] };
  const extended = new Map(areas);
  for (const [areaId, own] of Object.entries(facts)) {
    const area = areas.get(areaId);
    if (!area) { problems.push(`facts.${areaId}: unknown area "${areaId}" (known: ${[...areas.keys()].join(', ')})`); continue; }
    if (!isObject(own)) { problems.push(`facts.${areaId}: must be an object of facts by name`); continue; }
    const added: Record<string, FactSpec> = {};
    const list: FactReader[] = [];
    for (const [name, fact] of Object.entries(own)) {
      const checked = checkFact(fact, name, area);
      if (Array.isArray(checked)) { problems.push(...checked.map((x) => `facts.${areaId}.${name}: ${x}`)); continue; }
      added[name] = checked.spec;
      list.push(checked);
    }
    if (!list.length) continue;
    extended.set(areaId, Object.freeze({ ...area, facts: Object.freeze({ ...area.facts, ...added }) }));
    readers.set(areaId, list);
  }
  return { areas: extended, readers, problems };
}

/** One fact, read once (a getter answering differently later changes nothing): its frozen reader, or its problems. */
function checkFact(fact: unknown, name: string, area: AreaSpec): FactReader | string[] {
  if (!NAME.test(name)) return ['a fact name is a camelCase word such as "room"'];
  if (hasOwn(area.facts, name)) return [`"${name}" is a built-in fact of area "${area.id}": give yours another name`];
  if (RESERVED.has(name)) return [`"${name}" is a reserved name`];
  if (!isObject(fact)) return ['a fact must be an object with type, description and read'];
  const out: string[] = [];
  for (const key of Object.keys(fact)) if (!KEYS.has(key)) out.push(`unknown property "${key}"`);
  const { type, values, each, description, read } = fact;
  if (typeof type !== 'string' || !TYPES.has(type)) out.push('"type" must be "boolean", "number", "string" or "string[]"');
  const list = Array.isArray(values) ? [...(values as unknown[])] : values;
  if (list !== undefined) {
    if (type === 'boolean' || type === 'number') out.push('"values" are for a string or string[] fact');
    else if (!Array.isArray(list) || !list.length || !list.every((x) => typeof x === 'string' && x.length > 0) || new Set(list).size !== list.length) {
      out.push('"values" must be a non-empty list of distinct, non-empty strings');
    }
  }
  if (typeof description !== 'string' || !description.trim()) out.push('"description" is missing');
  if (typeof read !== 'function') out.push('"read" must be a function of the area\'s inputs, e.g. ({ photo }) => photo.room');
  if (each !== undefined && typeof each !== 'boolean') out.push('"each" must be true or false');
  else if (each === true && !area.item) out.push(`area "${area.id}" has no items: "each" is for an area read per item (e.g. image, per child)`);
  if (out.length) return out;
  const spec: FactSpec = Object.freeze({
    type: type as FactSpec['type'], description: description as string,
    ...(list ? { values: Object.freeze(list as string[]) } : {}),
    ...(each ? { each: true } : {}),
  });
  return Object.freeze({ name, spec, read: read as FactReader['read'] });
}

/** Why a value does not fit its fact's declaration (undefined when it fits). Never echoes the value: it may be a child's data. */
function misfit(spec: FactSpec, v: unknown): string | undefined {
  const among = spec.values ? ` one of ${spec.values.map((x) => JSON.stringify(x)).join(' | ')}` : '';
  const one = (x: unknown) => typeof x === 'string' && (!spec.values || spec.values.includes(x));
  switch (spec.type) {
    case 'boolean': return typeof v === 'boolean' ? undefined : `read ${kind(v)}, not true or false`;
    case 'number': return typeof v === 'number' && Number.isFinite(v) ? undefined : `read ${kind(v)}, not a finite number`;
    case 'string': return one(v) ? undefined : `read ${kind(v)}, not${among || ' a string'}`;
    case 'string[]': return Array.isArray(v) && v.every(one) ? undefined : `read ${kind(v)}, not a list of${among || ' strings'}`;
  }
}

const kind = (v: unknown): string => (v === null ? 'null' : v === undefined ? 'nothing' : Array.isArray(v) ? 'a list'
  : v instanceof Promise ? 'a Promise (a fact is read synchronously)' : typeof v === 'string' ? 'a string' : `a ${typeof v}`);

/**
 * Adds a rule set's vendor facts to one decision's fact sets: each root fact read once, each per-item fact once per
 * item (with its `subject`). Fails closed: a `read` that throws, or a value outside the fact's type or values, gives an
 * invalid-input finding naming the fact, so the decision is made on no facts at all and a block on the fact cannot
 * turn into an allow.
 *
 * @example
 * ```ts
 * const room = { type: 'string', values: ['garden'], description: 'The room', read: (i: VendorFactInput) => i.context?.room } as const;
 * const readers = checkVendorFacts({ image: { room } }, areas).readers.get('image')!;
 * readVendorFacts(readers, [], [], { room: 'garden' }, { root: {}, items: [] }); // { root: { room: 'garden' }, items: [] }
 * const denied = readVendorFacts(readers, [], [], { room: 'attic' }, { root: {}, items: [] });
 * Array.isArray(denied) && denied[0]!.code; // 'INVALID_INPUT': a value outside the fact's values denies
 * ```
 */
export function readVendorFacts<S extends FactSets>(
  readers: readonly FactReader[], names: readonly string[], args: readonly unknown[], context: unknown, sets: S,
): S | Finding[] {
  const input: Record<string, unknown> = { context };
  names.forEach((n, i) => { input[n] = args[i]; });
  const findings: Finding[] = [];
  const readAll = (into: Record<string, unknown>, each: boolean, subject?: string) => {
    const given = subject === undefined ? input : { ...input, subject };
    for (const r of readers) {
      if (!!r.spec.each !== each) continue;
      let v: unknown;
      let why: string | undefined;
      try { v = r.read(given as VendorFactInput); why = misfit(r.spec, v); } catch (e) {
        why = `its read function threw ${e instanceof Error ? `a ${e.name}` : 'an error'}`;
      }
      if (why === undefined) { into[r.name] = v; continue; }
      const at = subject === undefined ? `facts.${r.name}` : `facts.${r.name} (for ${subject})`;
      const f = invalid(at, `Your fact "${r.name}" ${why}${subject === undefined ? '' : ` for ${subject}`}: the decision cannot be made without it`);
      f.remedy = `Check what "${r.name}" is read from (options.context, or a field of your own with extraFields: 'ignore') and its read function.`;
      findings.push(f);
    }
  };
  const root: Record<string, unknown> = { ...sets.root };
  readAll(root, false);
  const items = sets.items.map((item) => {
    const facts: Record<string, unknown> = { ...item.facts };
    readAll(facts, true, item.subject);
    return { subject: item.subject, facts };
  });
  return findings.length ? findings : { ...sets, root, items };
}
