import { toDecision, type Decision } from './index.js';
import type { PreparedFacts } from './options.js';
import { invalid } from '../input/findings.js';
import { evaluateArea } from '../rules/compileRuleSet.js';

/** Evaluates prepared facts with the built-in synchronous evaluator. */
export function decide(prepared: PreparedFacts): Decision {
  if (!prepared.sets || prepared.findings.length) {
    const why = prepared.findings.length ? prepared.findings : [invalid('input', 'no facts could be computed from the input')];
    return toDecision(why, prepared.policy);
  }
  return toDecision(evaluateArea(prepared.ruleSet, prepared.area, prepared.sets), prepared.policy);
}
