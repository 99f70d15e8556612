import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideWithEngine, createEngine } from '../src/engine/index.js';
import { toDecision } from '../src/core/findings.js';
import { evaluateArea } from '../src/core/rules/ruleSet.js';
import { areas, shippedRuleFiles } from '../src/registry.js';
import { createRuleSet, shippedRuleSet } from '../src/ruleSets.js';
import { factSetsArb } from './support/factSets.js';

// The typed functions' evaluator and json-rules-engine must reach the same
// decision for every shipped rule: same rules fired, for the same subjects.
const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 300); // the release tier runs 10,000
const ruleSet = shippedRuleSet();
// One engine per area, loaded with that area's files only: json-rules-engine runs every rule it holds on each
// run, so a shared engine would make each area's 10,000 runs slower with every area added.
const engineFor = (id: string) => createEngine({ rules: createRuleSet({ files: shippedRuleFiles.filter((f) => f.file.startsWith(`rules/${id}/`)) }) });
const key = (f: { rule: string; subject?: string; effect: string }) => `${f.effect} ${f.rule} ${f.subject ?? ''}`;

describe('differential: built-in evaluator vs json-rules-engine', () => {
  for (const area of areas.values()) {
    const rules = ruleSet.rules.filter((r) => r.area === area.id).map((r) => r.rule);
    it(`${area.id}: ${RUNS} generated fact sets give the same decision`, async () => {
      const fired = new Set<string>();
      const engine = engineFor(area.id);
      await fc.assert(
        fc.asyncProperty(factSetsArb(area, rules, ruleSet.conditions), async (sets) => {
          const ours = evaluateArea(ruleSet, area.id, sets);
          const policy = { id: 't', version: '1', fingerprint: 'sha256:t' };
          const theirs = await decideWithEngine(engine, { area: area.id, policy, ruleSet, findings: [], sets, finish: (f) => toDecision(f, policy) });
          ours.forEach((f) => fired.add(f.rule));
          // The same findings, in the same order: an area's result (a route's steps) may depend on the order.
          expect(toDecision(ours, policy).reasons.map(key)).toEqual(theirs.reasons.map(key));
        }),
        { numRuns: RUNS },
      );
      // The comparison means something only if the generated facts made every rule fire: at the release tier's 10,000 runs.
      if (RUNS >= 10_000) expect(rules.map((r) => r.name).filter((n) => !fired.has(n))).toEqual([]);
      else expect(fired.size).toBeGreaterThan(0);
    }, 300_000); // 10,000 async engine runs per area: allow for a loaded CI machine
  }
});
