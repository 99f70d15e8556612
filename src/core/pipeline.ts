// The one pipeline every decision goes through: input → validation → facts → rules → result.
import type { Area, Computed, Context, Outcome } from './area.js';
import type { ZodMiniType } from 'zod/mini';
import { changedWhileRead, inputFindings, invalid, pathOf, sortFindings, toDecision, type Decision, type Finding, type PolicyRef } from './findings.js';
import { lookalikes, rowsOf } from './rows.js';
import { parserOf, type ParseResult } from './input.js';
import { readOptions } from './options.js';
import { findingOf, fire, type FactSets, type Fired, type RuleSet } from './rules/ruleSet.js';
import { readVendorFacts } from './rules/vendorFacts.js';

/**
 * An area's facts for one decision, ready for either evaluator: the built-in
 * synchronous one, or json-rules-engine (`esafety-rules/engine`). When
 * `findings` is not empty the input was invalid and `sets` is absent.
 * `finish` turns the rules that fired into the area's result (a decision, a route, …).
 */
export interface PreparedFacts<R = Decision> {
  area: string;
  policy: PolicyRef;
  ruleSet: RuleSet;
  findings: Finding[];
  sets?: FactSets;
  /** The seed file of the preset the policy is, or is based on: a finding cites its clause where the rule has one. */
  source?: string;
  finish(fired: Finding[]): R;
}

const parsers = new WeakMap<object, (v: unknown) => ParseResult<unknown>>();
/** The parser of an input schema, made once. */
function parse(schema: object, value: unknown): ParseResult<unknown> {
  let p = parsers.get(schema);
  if (!p) parsers.set(schema, (p = parserOf(schema as never)));
  return p(value);
}

/** An input read as database rows: its rows schema, and no field that looks like a known one misspelt. */
function parseRows(name: string, schema: ZodMiniType, value: unknown): { data: unknown } | Finding[] {
  const rows = rowsOf(schema);
  const r = parse(rows, value);
  if (!r.success) return inputFindings(name, value, r.error.issues, rows);
  const misspelt = lookalikes(schema, value);
  if (!misspelt.length) return { data: r.data };
  return misspelt.map(({ path, like }) => {
    const at = pathOf(name, path);
    return invalid(at, `${at} is not a field: did you mean "${like}"? A misspelt field is never read as absent`);
  });
}

/** Validation and facts, with options already read: the area's facts, or the findings that say why there are none. */
export function computeWith<P, D>(area: Area<P, unknown, D>, ctx: Context<P>, args: readonly unknown[]): Computed<D> | Finding[] {
  let findings: Finding[] | undefined = ctx.findings.length ? ctx.findings.slice() : undefined;
  const inputs = area.inputs;
  const data: unknown[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (ctx.rows) {
      const r = parseRows(input.name, input.schema, args[i]);
      if (Array.isArray(r)) (findings ??= []).push(...r); else data.push(r.data);
      continue;
    }
    const r = parse(input.schema, args[i]);
    if (r.success) data.push(r.data);
    else for (const f of inputFindings(input.name, args[i], r.error.issues, input.schema)) (findings ??= []).push(f);
  }
  if (findings) return findings;
  let out: Computed<D> | Finding[];
  try { out = area.computeFacts(data, ctx); } catch { out = [changedWhileRead(inputs.map((i) => i.name))]; }
  if (Array.isArray(out)) return out.length ? out : [invalid('input', 'no facts could be computed from the input')];
  // The rule set's own facts (createRuleSet({ facts })), read from the arguments as given: a fact that cannot be read denies.
  const own = ctx.ruleSet.vendorFacts?.get(area.id);
  return own ? readVendorFacts(own, inputs.map((i) => i.name), args, ctx.context, out) : out;
}

/** The area's finish, given what fired (or what was wrong with the input). */
function finishWith<P, R, D>(area: Area<P, R, D>, ctx: Context<P>, args: readonly unknown[], computed: Computed<D> | Finding[], fired: Finding[]): R {
  const outcome: Outcome<P, D> = Array.isArray(computed)
    ? { findings: sortFindings(computed), policy: ctx.ref, ctx, args }
    : { findings: sortFindings(withPolicyValues(fired, ctx.policy)), policy: ctx.ref, ctx, facts: computed, args };
  return area.finish(outcome);
}

const PLACEHOLDER = /\{policy\.([A-Za-z]+)\}/g;
/** A policy value as a message says it: a list joined with commas (`none` when empty). */
const say = (v: unknown): string => (Array.isArray(v) ? (v.length ? v.join(', ') : 'none') : String(v));
const fill = (text: string, policy: Record<string, unknown>) =>
  text.replace(PLACEHOLDER, (whole, key: string) => (Object.prototype.hasOwnProperty.call(policy, key) ? say(policy[key]) : whole));

/**
 * Fills `{policy.<field>}` in the message and remedy of each finding (fresh ones, of rules that fired) with that value
 * of the policy in force, e.g. the roles it accepts: "Roles this policy accepts: head-of-setting."
 *
 * @example
 * ```ts
 * import { invalid } from './findings.js';
 * const finding = () => invalid('photo.approvedBy', 'Roles this policy accepts: {policy.approvers}.');
 * withPolicyValues([finding()], { approvers: ['manager', 'deputy'] })[0]!.message; // 'Roles this policy accepts: manager, deputy.'
 * withPolicyValues([finding()], { approvers: [] })[0]!.message; // 'Roles this policy accepts: none.'
 * ```
 */
export function withPolicyValues(findings: Finding[], policy: unknown): Finding[] {
  if (typeof policy !== 'object' || policy === null) return findings;
  const p = policy as Record<string, unknown>;
  for (const f of findings) {
    if (f.message.includes('{policy.')) f.message = fill(f.message, p);
    if (f.remedy?.includes('{policy.')) f.remedy = fill(f.remedy, p);
  }
  return findings;
}

/** The findings of the rules that fired, citing the clauses of the policy in force. */
export const findingsOf = (fired: readonly Fired[], source?: string): Finding[] => fired.map((f) => findingOf(f.rule, f.subject, source));

/** Validates the arguments and computes the facts, with options already read, for either evaluator. */
export function prepareWith<P, R, D>(area: Area<P, R, D>, ctx: Context<P>, args: readonly unknown[]): PreparedFacts<R> {
  const computed = computeWith(area, ctx, args);
  const finish = (fired: Finding[]): R => finishWith(area, ctx, args, computed, fired);
  const base = { area: area.id, policy: ctx.ref, ruleSet: ctx.ruleSet, ...(ctx.source === undefined ? {} : { source: ctx.source }) };
  return Array.isArray(computed) ? { ...base, findings: computed, finish } : { ...base, findings: [], sets: { root: computed.root, items: computed.items }, finish };
}

/** Decides with options already read: the facts, the rules, the area's finish. */
export function decideWith<P, R, D>(area: Area<P, R, D>, ctx: Context<P>, args: readonly unknown[]): R {
  const computed = computeWith(area, ctx, args);
  return finishWith(area, ctx, args, computed, Array.isArray(computed) ? [] : findingsOf(fire(ctx.ruleSet, area.id, computed), ctx.source));
}

/**
 * The facts of one decision (for the json-rules-engine route): options read, input validated, facts computed.
 *
 * @example
 * ```ts
 * import { imageArea } from '../../rules/image/area.js';
 * prepare(imageArea, [photo, consents], { at, policy }).sets?.items.map((i) => i.subject); // ['child-leo', 'child-mia']
 * prepare(imageArea, [photo, consents], { policy }).findings.map((f) => f.subject); // ['options.at']
 * ```
 */
export const prepare = <P, R, D>(area: Area<P, R, D>, args: readonly unknown[], options: unknown): PreparedFacts<R> =>
  prepareWith(area, readOptions(area, options), args);

/**
 * One decision, from arguments and options to the area's result. Never throws on bad input.
 *
 * @example
 * ```ts
 * import { imageArea } from '../../rules/image/area.js';
 * decide(imageArea, [photo, consents], { at, policy }).allowed; // true
 * decide(imageArea, [photo, consents], { policy }).allowed; // false: no time given, so it fails closed
 * ```
 */
export const decide = <P, R, D>(area: Area<P, R, D>, args: readonly unknown[], options: unknown): R =>
  decideWith(area, readOptions(area, options), args);

/** The finish of a permission: allowed only when no rule blocks. */
export const finishDecision = (o: { findings: Finding[]; policy: PolicyRef }): Decision => toDecision(o.findings, o.policy);
