import type { Finding } from './types.js';
import { readOptions, type AreaOptions, type Context, type PreparedFacts } from './options.js';
import { changedWhileRead, inputFindings } from '../input/findings.js';
import type { FactSets } from '../rules/compileRuleSet.js';

/** A parser of one input: zod's `safeParse`, or a `validator`. */
type Parse<D> = (v: unknown) => { success: true; data: D } | { success: false; error: { issues: readonly unknown[] } };

/** One input of a decision: its name (the root of the paths its findings name), its value and its parser. */
export interface Input<D> {
  name: string;
  value: unknown;
  parse: Parse<D>;
}

/**
 * The start every facts function shares: read the options, parse each input,
 * and compute the facts only when everything is valid; otherwise the findings
 * name each invalid option and field. `facts` may still refuse (returning findings).
 *
 * @example
 * ```ts
 * prepareFacts(options, false, deviceRules.decision,
 *   [{ name: 'device', value: device, parse: (v) => deviceSchema.safeParse(v) }],
 *   ([d], ctx) => factSets(d, ctx.policy));
 * ```
 */
export function prepareFacts<T, D extends unknown[]>(
  options: unknown,
  needsAt: boolean,
  area: AreaOptions<T>,
  inputs: { [K in keyof D]: Input<D[K]> },
  facts: (data: D, ctx: Context<T>) => FactSets | Finding[],
): PreparedFacts {
  const ctx = readOptions(options, needsAt, area);
  const findings = ctx.findings.length ? [...ctx.findings] : [];
  const data: unknown[] = [];
  for (const input of inputs as Input<unknown>[]) {
    const r = input.parse(input.value);
    if (r.success) data.push(r.data);
    else findings.push(...inputFindings(input.name, input.value, r.error.issues as never));
  }
  if (findings.length) return { area: area.name, policy: ctx.ref, ruleSet: ctx.ruleSet, findings };
  let out: FactSets | Finding[];
  try { out = facts(data as D, ctx); } catch { out = [changedWhileRead((inputs as Input<unknown>[]).map((i) => i.name))]; }
  return Array.isArray(out)
    ? { area: area.name, policy: ctx.ref, ruleSet: ctx.ruleSet, findings: out }
    : { area: area.name, policy: ctx.ref, ruleSet: ctx.ruleSet, findings: [], sets: out };
}
