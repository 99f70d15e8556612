// An area declares itself once: its inputs, its facts, its policy section, its rule files and how its result is finished.
import type { ZodMiniType } from 'zod/mini';
import type { Finding, PolicyRef } from './findings.js';
import type { PolicySection } from './policy/section.js';
import type { FactSets, RuleSet } from './rules/ruleSet.js';
import type { AreaSpec, RuleFile } from './rules/types.js';
import { deepFreeze } from './policy/merge.js';

/** One argument of an area's decision function. */
export interface InputSpec<T = unknown> {
  /** The argument's name: the root of the paths its findings name (`photo.children[0].id`). */
  readonly name: string;
  readonly schema: ZodMiniType<T>;
  /** The name of its JSON Schema (`esafety-rules/schemas/<name>.json`), where it differs from `name`. */
  readonly schemaName?: string;
  /** Other schemas published beside it (e.g. one `consent` of a list of `consents`), by name. */
  readonly also?: Readonly<Record<string, ZodMiniType>>;
}

/** What a decision knows once its options are read: its policy section, its rules, its time, and what was wrong. */
export interface Context<P = unknown> {
  /** The decision's section of the policy. */
  policy: P;
  ref: PolicyRef;
  /** The seed file of the preset the policy is, or is based on: findings cite its clauses where a rule has them. */
  source: string | undefined;
  ruleSet: RuleSet;
  /** The moment of the decision (NaN where `options.at` was missing or invalid: then `findings` says so). */
  atMs: number;
  /** The London day of `atMs` as a day number (days since 1970-01-01; NaN when there is no time). */
  day: number;
  /** True when the input is database rows (`extraFields: 'ignore'`). */
  rows: boolean;
  /** Options this area reads beyond the common ones (e.g. the bank holidays a route skips). */
  extra: unknown;
  /** `options.context`: the caller's own data, handed only to the rule set's own facts (`createRuleSet({ facts })`). */
  context?: unknown;
  /** What was wrong with the options. */
  findings: Finding[];
}

/** The facts an area computed from valid input, and anything its finish needs that rules do not read (`derived`). */
export interface Computed<D = unknown> extends FactSets {
  derived?: D;
}

/** Everything a finish turns into the area's result. */
export interface Outcome<P = unknown, D = unknown> {
  /** Blocks first: the rules that fired, or what was wrong with the input (then `facts` is absent). */
  findings: Finding[];
  policy: PolicyRef;
  ctx: Context<P>;
  facts?: Computed<D>;
  /** The arguments as given (valid or not). */
  args: readonly unknown[];
}

/** An area of the library: one folder under `rules/` declares it, and the registry lists it. */
export interface Area<P = any, R = any, D = any> extends AreaSpec {
  /** What the area decides, in a few words (for docs and the CLI). */
  readonly question: string;
  /** The public functions that decide in this area (size budgets and docs are kept per function). */
  readonly functions: readonly string[];
  readonly inputs: readonly InputSpec[];
  /** False where the result grants nothing (a route, a classification); a permission otherwise. */
  readonly grants?: false;
  /** True when the decision depends on the time: `options.at` is then required. */
  readonly needsAt: boolean;
  readonly policy: PolicySection<P>;
  readonly rules: readonly RuleFile[];
  /** Reads the options only this area has, once per options read (with the policy section); problems go into `findings`. */
  readOptions?(options: Record<string, unknown>, findings: Finding[], policy: P): unknown;
  /** The facts, from valid input; or findings saying why there are none. */
  computeFacts(inputs: any[], ctx: Context<P>): Computed<D> | Finding[];
  /** The area's result: a decision, a route, a retention action, a classification. */
  finish(outcome: Outcome<P, D>): R;
}

/**
 * Declares an area, with its types checked.
 *
 * @example
 * ```ts
 * import { deviceArea } from '../../rules/device/area.js';
 * const area = defineArea({ ...deviceArea, question: 'May this laptop go home?' });
 * area.id; // 'device'
 * Object.isFrozen(area.rules); // true
 * ```
 */
export function defineArea<const Id extends string, P, R, D = undefined>(area: Area<P, R, D> & { readonly id: Id }): Area<P, R, D> & { readonly id: Id } {
  // Frozen, so that what callers are handed (the registry's `areas`) cannot change what the library reads; the zod
  // schemas are left as they are (zod fills in some of their parts on first use).
  for (const part of [area.facts, area.eventParams, area.rules, area.functions, area.policy.baseline, area.policy.presets, area.policy.own, area.policy.neverApplies]) deepFreeze(part);
  for (const input of area.inputs) { Object.freeze(input); if (input.also) Object.freeze(input.also); }
  Object.freeze(area.inputs);
  Object.freeze(area.policy);
  return Object.freeze(area);
}
