import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideWithEngine, createEngine } from '../src/engine/index.js';
import { areas } from '../src/areas.js';
import { evaluateArea, shippedRuleSet } from '../src/rules/ruleSet.js';
import { factSetsArb } from './support/factSets.js';

// The typed functions' evaluator and json-rules-engine must reach the same
// decision for every shipped rule: same rules fired, for the same subjects.
const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 10_000);
const ruleSet = shippedRuleSet();
const engine = createEngine();
const key = (f: { rule: string; subject?: string; effect: string }) => `${f.effect} ${f.rule} ${f.subject ?? ''}`;

describe('differential: built-in evaluator vs json-rules-engine', () => {
  for (const area of areas.values()) {
    const rules = ruleSet.rules.filter((r) => r.area === area.id).map((r) => r.rule);
    it(`${area.id}: ${RUNS} generated fact sets give the same decision`, async () => {
      const fired = new Set<string>();
      await fc.assert(
        fc.asyncProperty(factSetsArb(area, rules, ruleSet.conditions), async (sets) => {
          const ours = evaluateArea(ruleSet, area.id, sets);
          const theirs = await decideWithEngine(engine, { area: area.id, policy: { id: 't', version: '1' }, ruleSet, findings: [], sets });
          ours.forEach((f) => fired.add(f.rule));
          expect(ours.map(key).sort()).toEqual(theirs.reasons.map(key).sort());
        }),
        { numRuns: RUNS },
      );
      // The comparison means something only if the generated facts made every rule fire.
      expect(rules.map((r) => r.name).filter((n) => !fired.has(n))).toEqual([]);
    });
  }
});
