import { inputSchemas } from '../../src/schemas.js';
import * as api from '../../src/index.js';
import { registry } from '../../src/registry.js';
import type { Area } from '../../src/core/area.js';
import { createEngine, decideWithEngine } from '../../src/engine/index.js';
import { allowedExample } from './examples.js';
import { consents, photo, AT } from './image.js';

type Result = { allowed: boolean; reasons: { rule: string; subject?: string }[] };

/** A public decision function, with a valid call to mutate and a check that its input was valid. */
export interface DecisionEntry {
  name: string;
  /** Calls the function with positional arguments (the last is the options). */
  call(args: unknown[]): Result | Promise<Result>;
  /** Arguments the function allows (or, where it grants no permission, accepts). */
  valid: unknown[];
  /** True when every argument is valid input (an allowed decision must satisfy this). */
  inputValid(args: unknown[]): boolean;
  /** False for functions that answer without granting anything (routing): they must still never throw and must name bad input. */
  permission?: false;
}

const ok = (name: string, v: unknown) => inputSchemas[name]!.safeParse(v).success;
const engine = createEngine();

/** Functions of an area that are not one decision on one set of inputs (a sweep over many records). */
const sweeps = new Set(['planPhotoRetention']);

/** One entry per decision function of the area: its arguments from the area's allowed example, by the area's input names. */
function entriesOf(area: Area): DecisionEntry[] {
  const e = allowedExample(area.id);
  const valid = [...area.inputs.map((i) => e[i.name]), { at: e.at ?? AT, ...(e.policy ? { policy: e.policy } : {}) }];
  const inputValid = (a: unknown[]) => area.inputs.every((i, n) => i.schema.safeParse(a[n]).success);
  return area.functions.filter((name) => !sweeps.has(name)).map((name) => {
    const fn = (api as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`${area.id}: "${name}" is not a function of the public index`);
    const decide = (args: unknown[]) => fn(...args) as Partial<Result> & Pick<Result, 'reasons'>;
    // An area that grants nothing may still answer with a decision (a misuse classification is allowed only when it is
    // not misuse): that one is checked as a permission. One that answers without `allowed` (a route) never allows.
    const answersAllowed = typeof decide(valid).allowed === 'boolean';
    if (area.grants !== false || answersAllowed) return { name, call: (a) => decide(a) as Result, valid, inputValid };
    return { name, permission: false, call: (a) => ({ ...decide(a), allowed: false }), valid, inputValid };
  });
}

/** Every public decision function: one per function of each registered area, and the engine route for image facts. */
export const decisions: DecisionEntry[] = [
  ...registry.flatMap((a) => entriesOf(a)),
  { name: 'engine: canPublishImage facts', call: (a) => decideWithEngine(engine, api.imageFacts(a[0], a[1], a[2] as never)), valid: [photo(), consents(), { at: AT }], inputValid: (a) => ok('photo', a[0]) && ok('consents', a[1]) },
];
