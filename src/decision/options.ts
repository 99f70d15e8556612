import type { Finding, PolicyRef } from './types.js';
import { invalid } from '../input/findings.js';
import { refOf, requestedRef, resolvePolicy, type PolicyOption, type SettingPolicy } from '../policy/settingPolicy.js';
import { isRuleSet, shippedRuleSet, type FactSets, type RuleSet } from '../rules/ruleSet.js';
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

/** Options after checking: what the facts need, plus findings for what was wrong. */
export interface Context {
  policy: SettingPolicy;
  ref: PolicyRef;
  ruleSet: RuleSet;
  at: Date;
  findings: Finding[];
}

/** Checks the options; `needsAt` when the decision depends on time. Never throws. */
export function readOptions(options: unknown, needsAt: boolean): Context {
  const findings: Finding[] = [];
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  if (options !== undefined && (typeof options !== 'object' || options === null)) findings.push(invalid('options', 'options must be an object'));
  const { policy, findings: pf } = resolvePolicy(o.policy);
  findings.push(...pf);
  let ruleSet = shippedRuleSet();
  if (o.rules !== undefined) {
    if (isRuleSet(o.rules)) ruleSet = o.rules;
    else findings.push(invalid('options.rules', 'options.rules must be a rule set made by createRuleSet'));
  }
  const at = toInstant(o.at);
  if (at === undefined && (needsAt || o.at !== undefined)) {
    findings.push(invalid('options.at', o.at === undefined
      ? 'options.at is required: the decision depends on the time (there is no hidden clock)'
      : 'options.at must be an ISO 8601 date-time (e.g. 2026-11-22T10:00:00Z) or a valid Date'));
  }
  const ref = pf.length ? requestedRef(o.policy) : refOf(policy);
  return { policy, ref, ruleSet, at: at ?? new Date(Number.NaN), findings };
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
