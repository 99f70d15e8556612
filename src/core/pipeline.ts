// The one pipeline every decision goes through: input → validation → facts → rules → result.
import type { Area, Computed, Context } from './area.js';
import { changedWhileRead, inputFindings, invalid, sortFindings, toDecision, type Decision, type Finding, type PolicyRef } from './findings.js';
import { parserOf, type ParseResult } from './input.js';
import { readOptions } from './options.js';
import { evaluateArea, type FactSets, type RuleSet } from './rules/ruleSet.js';

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
  finish(fired: Finding[]): R;
}

const parsers = new WeakMap<object, (v: unknown) => ParseResult<unknown>>();
/** The parser of an input schema, made once. */
function parse(schema: object, value: unknown): ParseResult<unknown> {
  let p = parsers.get(schema);
  if (!p) parsers.set(schema, (p = parserOf(schema as never)));
  return p(value);
}

/** Validates the arguments and computes the facts, with options already read (a sweep reads them once). */
export function prepareWith<P, R, D>(area: Area<P, R, D>, ctx: Context<P>, args: readonly unknown[]): PreparedFacts<R> {
  const findings: Finding[] = ctx.findings.length ? [...ctx.findings] : [];
  const data: unknown[] = [];
  area.inputs.forEach((input, i) => {
    const r = parse(input.schema, args[i]);
    if (r.success) data.push(r.data);
    else findings.push(...inputFindings(input.name, args[i], r.error.issues));
  });
  let facts: Computed<D> | undefined;
  if (!findings.length) {
    let out: Computed<D> | Finding[];
    try { out = area.computeFacts(data, ctx); } catch { out = [changedWhileRead(area.inputs.map((i) => i.name))]; }
    if (Array.isArray(out)) findings.push(...(out.length ? out : [invalid('input', 'no facts could be computed from the input')]));
    else facts = out;
  }
  const base = { area: area.id, policy: ctx.ref, ruleSet: ctx.ruleSet };
  const finish = (fired: Finding[]): R =>
    area.finish({ findings: sortFindings(facts ? fired : findings), policy: ctx.ref, ctx, ...(facts ? { facts } : {}), args });
  return facts ? { ...base, findings: [], sets: { root: facts.root, items: facts.items }, finish } : { ...base, findings, finish };
}

/** Decides with options already read: the facts, the rules, the area's finish. */
export function decideWith<P, R, D>(area: Area<P, R, D>, ctx: Context<P>, args: readonly unknown[]): R {
  const prepared = prepareWith(area, ctx, args);
  return prepared.finish(prepared.sets ? evaluateArea(prepared.ruleSet, area.id, prepared.sets) : []);
}

/** The facts of one decision (for the json-rules-engine route): options read, input validated, facts computed. */
export const prepare = <P, R, D>(area: Area<P, R, D>, args: readonly unknown[], options: unknown): PreparedFacts<R> =>
  prepareWith(area, readOptions(area, options), args);

/** One decision, from arguments and options to the area's result. Never throws on bad input. */
export const decide = <P, R, D>(area: Area<P, R, D>, args: readonly unknown[], options: unknown): R =>
  decideWith(area, readOptions(area, options), args);

/** The finish of a permission: allowed only when no rule blocks. */
export const finishDecision = (o: { findings: Finding[]; policy: PolicyRef }): Decision => toDecision(o.findings, o.policy);
