import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Decision, Finding } from '../core/findings.js';
import type { PreparedFacts } from '../core/pipeline.js';
import { findingOf, type CompiledRule, type RuleSet } from '../core/rules/ruleSet.js';
import type { Rule } from '../core/rules/types.js';
import { shippedRuleSet } from '../ruleSets.js';

/** The fact that tells a rule which facts it is looking at: the area, or `area:each` for one item. */
export const SCOPE_FACT = 'scope';

// Evaluated before the rule's own conditions, so a rule of another area stops there (json-rules-engine runs
// conditions of one priority together, and a higher one first).
const SCOPE_PRIORITY = 100;
/** The prefix of the shared condition that holds each rule's own conditions. */
const RULE_CONDITION = 'rule:';
const scopeOf = (r: CompiledRule) => (r.scope === 'each' ? `${r.area}:each` : r.area);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * A json-rules-engine `Engine` loaded with the same rule files the typed
 * functions evaluate (the shipped ones, or your rule set). Each rule gets one
 * extra leading condition, `scope equal <area>` (or `<area>:each` for per-item
 * rules), so one engine serves every area. A rule's own conditions, as written in
 * its file, are the shared condition `rule:<name>` (`engine.conditions`), which
 * json-rules-engine reads only when the scope matches: a rule of another area
 * costs one comparison, not a copy of its conditions.
 *
 * @example
 * ```ts
 * import { imageFacts } from 'esafety-rules';
 * import { createEngine, decideWithEngine } from 'esafety-rules/engine';
 * const engine = createEngine();
 * engine.addRule(myExtraRule); // the declarative route: extend as you like
 * const decision = await decideWithEngine(engine, imageFacts(photo, consents, { at: '2026-11-22T10:00:00Z' }));
 * ```
 */
export function createEngine(options: { rules?: RuleSet } = {}): Engine {
  const ruleSet = options.rules ?? shippedRuleSet();
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, condition] of Object.entries(ruleSet.conditions)) engine.setCondition(name, copy(condition) as never);
  for (const r of ruleSet.rules) {
    engine.setCondition(`${RULE_CONDITION}${r.rule.name}`, copy(r.rule.conditions) as never);
    engine.addRule(toEngineRule(r));
  }
  return engine;
}

function toEngineRule(r: CompiledRule): RuleProperties {
  const { name, priority, event } = r.rule;
  return {
    name,
    priority: priority ?? 1,
    event: copy(event),
    conditions: { all: [{ fact: SCOPE_FACT, operator: 'equal', value: scopeOf(r), priority: SCOPE_PRIORITY }, { condition: `${RULE_CONDITION}${name}` }] },
  };
}

/**
 * Decides with json-rules-engine: runs the engine once for the decision's facts
 * and once per item, and turns the rules that fired into the same result the
 * typed function returns (a `Decision`, a `Route`, a retention decision, …).
 *
 * @example
 * ```ts
 * const decision = await decideWithEngine(createEngine(), imageFacts(photo, consents, { at }));
 * const route = await decideWithEngine(createEngine(), concernFacts(concern, { policy: 'barnet-early-years' }));
 * ```
 */
export async function decideWithEngine<R = Decision>(engine: Engine, prepared: PreparedFacts<R>): Promise<R> {
  const { sets, area } = prepared;
  if (!sets || prepared.findings.length) return prepared.finish([]);
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

export type { Engine } from 'json-rules-engine';
