import type { Decision, Finding, PolicyRef } from './types.js';
export type { Clause, Decision, Effect, Finding, PolicyRef } from './types.js';

/** Orders findings blocks first (stable), and builds the decision. */
export function toDecision(findings: Finding[], policy: PolicyRef): Decision {
  const reasons = sortFindings(findings);
  return { allowed: !reasons.some((f) => f.effect === 'block'), reasons, policy };
}

/** Blocks first, then warnings; otherwise the order the rules fired in. */
export function sortFindings(findings: Finding[]): Finding[] {
  const blocks = findings.filter((f) => f.effect === 'block');
  return blocks.length === findings.length ? findings : [...blocks, ...findings.filter((f) => f.effect !== 'block')];
}
