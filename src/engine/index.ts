import { Engine, type RuleProperties } from 'json-rules-engine';
import { toDecision, type Decision, type Finding } from '../core/findings.js';
import type { PreparedFacts } from '../core/options.js';
import { invalid } from '../core/findings.js';
import { findingOf, shippedRuleSet, type CompiledRule, type RuleSet } from '../ruleSets.js';
import type { Rule } from '../core/rules/types.js';

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
 * and once per item, and turns the rules that fired into the same `Decision`
 * the typed functions return.
 *
 * @example
 * ```ts
 * const decision = await decideWithEngine(createEngine(), imageFacts(photo, consents, { at }));
 * ```
 */
export async function decideWithEngine(engine: Engine, prepared: PreparedFacts): Promise<Decision> {
  const { sets, area } = prepared;
  if (!sets || prepared.findings.length) {
    return toDecision(prepared.findings.length ? prepared.findings : [invalid('input', 'no facts could be computed from the input')], prepared.policy);
  }
  const findings: Finding[] = [];
  const run = async (facts: Record<string, unknown>, subject?: string) => {
    const { results } = await engine.run(facts);
    for (const r of results) findings.push(findingOf({ name: r.name as string, event: r.event } as Rule, subject));
  };
  await run({ ...sets.root, [SCOPE_FACT]: area });
  for (const item of sets.items) await run({ ...sets.root, ...item.facts, [SCOPE_FACT]: `${area}:each` }, item.subject);
  return toDecision(findings, prepared.policy);
}

export type { Engine } from 'json-rules-engine';
