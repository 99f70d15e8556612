// Nothing a caller is handed can change what the library decides: every export is deeply frozen (or a fresh copy per
// call). Walks every export of both entries, tries to change everything it reaches, then takes the same decisions again.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as engineApi from '../src/engine/index.js';
import { registry } from '../src/registry.js';
import { decisions } from './support/decisions.js';
import { EXAMPLES, example } from './support/examples.js';

type Battery = () => Promise<unknown[]>;

/** Functions that hand out shared data when called with no argument (or one each of a few): their results are walked too. */
const handedOut = (): [string, unknown][] => [
  ['shippedRuleSet()', api.shippedRuleSet()],
  ...api.presetIds.map((id) => [`presetPolicy('${id}')`, api.presetPolicy(id)] as [string, unknown]),
  ['definePolicy(…)', api.definePolicy({ id: 'acorn', version: '1', basedOn: 'homerton-early-years', image: { personalDevices: 'never', personalDeviceAuthorisers: [] } })],
];

/** A zod schema: its internals are zod's own (filled in lazily), not data the library hands out. */
const isSchema = (v: object) => '_zod' in v;
/** A read-only map view (`areas`, a rule set's `byArea`): walked through its entries. */
const isMapView = (v: object): v is ReadonlyMap<unknown, unknown> =>
  typeof (v as Map<unknown, unknown>).entries === 'function' && typeof (v as Map<unknown, unknown>).get === 'function';

/** Every object reachable from the roots, with a path to it (functions and zod schemas are not entered). */
function reachable(roots: [string, unknown][]): [string, object][] {
  const seen = new Set<object>();
  const out: [string, object][] = [];
  const visit = (path: string, v: unknown) => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    out.push([path, v]);
    if (isSchema(v)) return;
    if (isMapView(v)) { for (const [k, x] of v.entries()) visit(`${path}.get(${JSON.stringify(k)})`, x); return; }
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      if ('value' in d) visit(`${path}.${String(k)}`, d.value);
    }
  };
  for (const [name, v] of roots) visit(name, v);
  return out;
}

const exported = (): [string, unknown][] => [
  ...Object.entries(api).map(([k, v]) => [k, v] as [string, unknown]),
  ...Object.entries(engineApi).map(([k, v]) => [`engine.${k}`, v] as [string, unknown]),
];

/** A different value of the same kind, to write over `v`. */
function other(v: unknown): unknown {
  if (typeof v === 'string') return v === 'warn' ? 'block' : 'warn';
  if (typeof v === 'boolean') return !v;
  if (typeof v === 'number') return v + 1;
  if (Array.isArray(v)) return [];
  if (typeof v === 'function') return () => undefined;
  return {};
}

/** Tries every change a caller could make to `v`; each either throws a TypeError or is refused silently by a view. */
function tamper(v: object): number {
  let refused = 0;
  const attempt = (change: () => unknown) => {
    try { change(); } catch (e) { if (e instanceof RangeError) return; if (!(e instanceof TypeError)) throw e; refused++; }
  };
  const o = v as Record<PropertyKey, unknown>;
  for (const k of Reflect.ownKeys(v)) {
    attempt(() => { o[k] = other(o[k]); });
    attempt(() => { o[k] = undefined; });
    attempt(() => { if (!delete o[k]) throw new TypeError('not deleted'); });
  }
  attempt(() => { o.added = 'x'; });
  attempt(() => Object.setPrototypeOf(v, null));
  attempt(() => Object.defineProperty(v, 'defined', { value: 1 }));
  if (Array.isArray(v)) {
    attempt(() => v.push('x'));
    attempt(() => v.pop());
    attempt(() => v.reverse());
    attempt(() => { v.length = 0; });
  }
  const m = v as Partial<Map<unknown, unknown>>;
  if (typeof m.set === 'function') attempt(() => m.set!('image', {}));
  if (typeof m.delete === 'function') attempt(() => m.delete!('image'));
  if (typeof m.clear === 'function') attempt(() => m.clear!());
  return refused;
}

/** Every shipped example of every area, through each of its functions, and every entry of the decision list. */
const battery: Battery = async () => {
  const out: unknown[] = [];
  for (const area of registry) {
    const dir = join(EXAMPLES, area.id);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const e = example(`${area.id}/${file}`);
      const options = { ...(e.at ? { at: e.at } : { at: '2026-11-22T10:00:00Z' }), ...(e.policy ? { policy: e.policy } : {}), ...(e.bankHolidays ? { bankHolidays: e.bankHolidays } : {}) };
      for (const name of area.functions.filter((f) => f !== 'planPhotoRetention')) {
        const fn = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
        out.push([file, name, fn(...area.inputs.map((i) => e[i.name]), options)]);
        out.push([file, name, 'shipped rule set', fn(...area.inputs.map((i) => e[i.name]), { ...options, rules: api.shippedRuleSet() })]);
        out.push([file, name, 'nothing', fn(...area.inputs.map(() => undefined), options)]);
      }
    }
  }
  for (const d of decisions) out.push([d.name, await d.call(d.valid)]);
  const records = [{ id: 'r1', takenAt: '2025-01-05', childIds: ['c1'], storedOn: 'setting-device', purposes: ['display'] }];
  out.push(['sweep', [...api.planPhotoRetention(records, { at: '2026-11-22T10:00:00Z' })]]);
  const engine = engineApi.createEngine();
  const photo = example('image/personal-phone-photo.json');
  out.push(['engine', await engineApi.decideWithEngine(engine, api.imageFacts(photo.photo, photo.consents ?? [], { at: photo.at as string, policy: photo.policy as never }))]);
  return out;
};

describe('frozen exports', () => {
  it('every object reachable from the exports (and from the shared data functions hand out) is frozen, and no Map or Set is handed out', () => {
    const all = reachable([...exported(), ...handedOut()]);
    expect(all.length).toBeGreaterThan(1_000);
    const open = all.filter(([, v]) => !isSchema(v) && (!Object.isFrozen(v) || v instanceof Map || v instanceof Set)).map(([p]) => p);
    expect(open).toEqual([]);
  });

  it('changing anything exported leaves every later decision as it was', async () => {
    const before = await battery();
    expect(before.length).toBeGreaterThan(80);
    let refused = 0;
    for (const [, v] of reachable([...exported(), ...handedOut()])) if (!isSchema(v)) refused += tamper(v);
    expect(refused).toBeGreaterThan(1_000);
    expect(await battery()).toEqual(before);
  });
});
