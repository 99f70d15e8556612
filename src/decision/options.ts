import type { Finding, PolicyRef } from './types.js';
import { invalid } from '../input/findings.js';
import { resolveSection } from '../policy/resolveSection.js';
import type { PolicySection } from '../policy/section.js';
import type { SectionName } from '../policy/sectionNames.js';
import type { PolicyOption } from '../policy/settingPolicy.js';
import { isRuleSet, type FactSets, type RuleSet } from '../rules/compileRuleSet.js';
import { toInstant } from '../time/instant.js';

/** Options every decision function takes. */
export interface DecisionOptions {
  /** A preset id, or the setting's own policy (see `definePolicy`). Default: `baseline`. */
  policy?: PolicyOption;
  /** The moment the decision is for: an ISO date-time string or a Date. Required wherever time matters: there is no hidden clock. */
  at?: Date | string;
  /** Your rule set (see `createRuleSet`). Default: the shipped rules. */
  rules?: RuleSet;
}

/** What a decision reads of the options: its section of the policy, and its default rules. */
export interface AreaOptions<T> {
  name: SectionName;
  section: PolicySection<T>;
  /** The shipped rules of the area (used unless `options.rules` is given). */
  rules: () => RuleSet;
}

/** Options after checking: what the facts need, plus findings for what was wrong. */
export interface Context<T> {
  /** The decision's section of the policy. */
  policy: T;
  ref: PolicyRef;
  ruleSet: RuleSet;
  at: Date;
  findings: Finding[];
}

/** Checks the options for one area's decision; `needsAt` when it depends on time. Never throws. */
export function readOptions<T>(options: unknown, needsAt: boolean, area: AreaOptions<T>): Context<T> {
  const findings: Finding[] = [];
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  if (options !== undefined && (typeof options !== 'object' || options === null)) findings.push(invalid('options', 'options must be an object'));
  const { section, ref, findings: pf } = resolveSection(o.policy, area.name, area.section);
  findings.push(...pf);
  let ruleSet: RuleSet;
  if (o.rules === undefined) ruleSet = area.rules();
  else if (isRuleSet(o.rules)) ruleSet = o.rules;
  else {
    ruleSet = area.rules();
    findings.push(invalid('options.rules', 'options.rules must be a rule set made by createRuleSet'));
  }
  const at = toInstant(o.at);
  if (at === undefined && (needsAt || o.at !== undefined)) {
    findings.push(invalid('options.at', o.at === undefined
      ? 'options.at is required: the decision depends on the time (there is no hidden clock)'
      : 'options.at must be an ISO 8601 date-time (e.g. 2026-11-22T10:00:00Z) or a valid Date'));
  }
  return { policy: section, ref, ruleSet, at: at ?? new Date(Number.NaN), findings };
}

/**
 * An area's facts for one decision, ready for either evaluator: the
 * built-in synchronous one, or json-rules-engine (`esafety-rules/engine`).
 * When `findings` is not empty the input was invalid and `sets` is absent.
 */
export interface PreparedFacts {
  area: string;
  policy: PolicyRef;
  ruleSet: RuleSet;
  findings: Finding[];
  sets?: FactSets;
}
