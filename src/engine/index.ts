import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Decision, Finding } from '../core/findings.js';
import type { PreparedFacts } from '../core/pipeline.js';
import { RuleValidationError } from '../core/rules/errors.js';
import { findingOf, type CompiledRule, type FactSets, type RuleSet } from '../core/rules/ruleSet.js';
import type { Rule } from '../core/rules/types.js';
import { shippedRuleSet } from '../ruleSets.js';

/** The fact that tells a rule which facts it is looking at: the area, or `area:each` for one item. */
export const SCOPE_FACT = 'scope';

// Evaluated before the rule's own conditions, so a rule of another area stops there (json-rules-engine runs
// conditions of one priority together, and a higher one first).
const SCOPE_PRIORITY = 100;
/** The prefix of the shared condition that holds each rule's own conditions. */
const RULE_CONDITION = 'rule:';
/** `rule:`, or a longer prefix if a shared condition of the rule set begins with it (its name must not be taken). */
function rulePrefix(conditions: Readonly<Record<string, unknown>>): string {
  let prefix = RULE_CONDITION;
  while (Object.keys(conditions).some((n) => n.startsWith(prefix))) prefix = `${prefix}:`;
  return prefix;
}
const scopeOf = (r: CompiledRule) => (r.scope === 'each' ? `${r.area}:each` : r.area);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * A json-rules-engine `Engine` loaded with the same rule files the typed
 * functions evaluate (the shipped ones, or your rule set). Each rule gets one
 * extra leading condition, `scope equal <area>` (or `<area>:each` for per-item
 * rules), so one engine serves every area. A rule's own conditions, as written in
 * its file, are the shared condition `rule:<name>` (`engine.conditions`; `rule::<name>`
 * if a shared condition of yours begins with `rule:`), which json-rules-engine reads
 * only when the scope matches: a rule of another area costs one comparison, not a
 * copy of its conditions.
 *
 * @example
 * ```ts
 * import { imageFacts } from 'esafety-rules';
 * import { createEngine, decideWithEngine } from 'esafety-rules/engine';
 * const engine = createEngine();
 * // The declarative route: a rule of your own, scoped to its area as the shipped ones are.
 * engine.addRule({
 *   name: 'image.acorn.no-journal',
 *   conditions: { all: [{ fact: 'scope', operator: 'equal', value: 'image' }, { fact: 'audience', operator: 'equal', value: 'learning-journal' }] },
 *   event: { type: 'block', params: { code: 'ACORN_NO_JOURNAL', message: 'No journal photos this term.', clause: { source: 'acorn-policy.pdf', section: '4.2' } } },
 * });
 * const decision = await decideWithEngine(engine, imageFacts(photo, consents, { at, policy }));
 * decision.allowed; // false
 * decision.reasons.map((r) => r.code); // ['ACORN_NO_JOURNAL']
 * ```
 */
export function createEngine(options: { rules?: RuleSet } = {}): Engine {
  const ruleSet = options.rules ?? shippedRuleSet();
  const engine = new Engine([], { allowUndefinedFacts: true });
  madeWith.set(engine, ruleSet);
  for (const [name, condition] of Object.entries(ruleSet.conditions)) engine.setCondition(name, copy(condition) as never);
  const prefix = rulePrefix(ruleSet.conditions);
  for (const r of ruleSet.rules) {
    engine.setCondition(`${prefix}${r.rule.name}`, copy(r.rule.conditions) as never);
    engine.addRule(toEngineRule(r, prefix));
  }
  return engine;
}

function toEngineRule(r: CompiledRule, prefix: string): RuleProperties {
  const { name, priority, event } = r.rule;
  return {
    name,
    priority: priority ?? 1,
    event: copy(event),
    conditions: { all: [{ fact: SCOPE_FACT, operator: 'equal', value: scopeOf(r), priority: SCOPE_PRIORITY }, { condition: `${prefix}${name}` }] },
  };
}

/**
 * Decides with json-rules-engine: runs the engine once for the decision's facts
 * and once per item, and turns the rules that fired into the same result the
 * typed function returns (a `Decision`, a `Route`, a retention decision, …).
 * Facts of your own (`createRuleSet({ facts })`) are read when the facts are
 * prepared: give the facts function the engine's rule set as `rules` (and your
 * `context`). Throws a `RuleValidationError` where the engine's rules use facts
 * of your own that the prepared facts lack, rather than decide without them.
 *
 * @example
 * ```ts
 * const decision = await decideWithEngine(createEngine(), imageFacts(photo, consents, { at, policy }));
 * decision.allowed; // true
 * const route = await decideWithEngine(createEngine(), concernFacts(concern, { policy: 'barnet-early-years' }));
 * route.steps.map((s) => s.to).slice(0, 2); // ['registered-person', 'lado']
 * JSON.stringify(route) === JSON.stringify(routeConcern(concern, { policy: 'barnet-early-years' })); // true: the typed function's answer
 * ```
 */
export async function decideWithEngine<R = Decision>(engine: Engine, prepared: PreparedFacts<R>): Promise<R> {
  const { sets, area } = prepared;
  if (!sets || prepared.findings.length) return prepared.finish([]);
  const unread = unreadFacts(madeWith.get(engine), area, sets);
  if (unread.length) {
    throw new RuleValidationError([`the engine's rules use your facts ${unread.map((n) => `"${n}"`).join(', ')} (area "${area}"), which these facts were prepared without: pass the engine's rule set as the facts' options.rules`]);
  }
  const findings: Finding[] = [];
  // In the rule set's order, as the built-in evaluator gives them: json-rules-engine's order within a priority is its own.
  const order = new Map(prepared.ruleSet.rules.map((r, i) => [r.rule.name, i]));
  const run = async (facts: Record<string, unknown>, subject?: string) => {
    const { results } = await engine.run(facts);
    const fired = results.map((r) => findingOf({ name: r.name as string, event: r.event } as Rule, subject, prepared.source));
    findings.push(...fired.sort((a, b) => (order.get(a.rule) ?? Infinity) - (order.get(b.rule) ?? Infinity)));
  };
  await run({ ...sets.root, [SCOPE_FACT]: area });
  for (const item of sets.items) await run({ ...sets.root, ...item.facts, [SCOPE_FACT]: `${area}:each` }, item.subject);
  return prepared.finish(findings);
}

/** The rule set each engine was made with: its vendor facts must be in the facts it is given. */
const madeWith = new WeakMap<Engine, RuleSet>();

/**
 * The vendor facts of an engine's rule set that a decision's facts lack: facts prepared without the engine's rule set
 * (`imageFacts(photo, consents)` without `{ rules }`) would leave them undefined, and a rule such as `room equal
 * "changing-area"` would then quietly not block.
 */
function unreadFacts(ruleSet: RuleSet | undefined, area: string, sets: FactSets): string[] {
  const own = ruleSet?.vendorFacts?.get(area) ?? [];
  return own.filter((f) => (f.spec.each ? sets.items.some((i) => !(f.name in i.facts)) : !(f.name in sets.root))).map((f) => f.name);
}

export type { Engine } from 'json-rules-engine';
