// Applies one rule mutant (provided by scripts/mutate-rules.mjs, or RULE_MUTANT by hand) to the shipped rule
// files before any test compiles them: the tests then run against the mutated rule set.
import { inject } from 'vitest';
import { shippedRuleFiles } from '../../src/registry.js';

interface Mutant { file: string; rule: string; path: (string | number)[]; op: 'set' | 'delete'; value?: unknown }

const spec = (inject as (key: string) => string | undefined)('ruleMutant') || process.env.RULE_MUTANT;
const state = globalThis as { __ruleMutantApplied?: boolean };
if (spec && !state.__ruleMutantApplied) {
  state.__ruleMutantApplied = true; // once per worker, though this file runs before each test file
  const m = JSON.parse(spec) as Mutant;
  const rule = shippedRuleFiles.find((f) => f.file === m.file)?.rules.find((r) => r.name === m.rule);
  if (!rule) throw new Error(`no rule ${m.rule} in ${m.file}`);
  let parent = rule as unknown as Record<string | number, unknown>;
  for (const k of m.path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = m.path[m.path.length - 1]!;
  if (m.op === 'set') parent[last] = m.value;
  else (parent as unknown as unknown[]).splice(last as number, 1);
}
