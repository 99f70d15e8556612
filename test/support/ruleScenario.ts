import { expect } from 'vitest';
import type { Effect, Finding } from '../../src/core/findings.js';

/**
 * One rule read from its clause: an input that fires it, the effect the clause gives it (a "must not" blocks, a
 * "should" or a routing step warns), and near misses that each undo one of its conditions and so must not fire it.
 */
export interface RuleScenario<Q, P = unknown> {
  rule: string;
  effect: Effect;
  fires: Q;
  nearMisses: Q[];
  policy?: P;
  /** Policies without the clause: the firing input must not fire the rule under them. */
  elsewhere?: P[];
}

/** Checks a scenario against a decision function: the rule fires with its effect, a block denies, no near miss fires. */
export function expectScenario<Q, P>(decide: (input: Q, policy?: P) => { allowed?: boolean; reasons: Finding[] }, s: RuleScenario<Q, P>): void {
  const d = decide(s.fires, s.policy);
  expect(d.reasons.filter((r) => r.rule === s.rule).map((r) => r.effect), `${s.rule} fires`).toContain(s.effect);
  if (s.effect === 'block' && 'allowed' in d) expect(d.allowed, `${s.rule} blocks`).toBe(false);
  s.nearMisses.forEach((q, i) => expect(decide(q, s.policy).reasons.map((r) => r.rule), `near miss ${i}`).not.toContain(s.rule));
  for (const p of s.elsewhere ?? []) expect(decide(s.fires, p).reasons.map((r) => r.rule), `under ${String(p)}`).not.toContain(s.rule);
}
