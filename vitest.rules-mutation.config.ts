import { defineConfig } from 'vitest/config';

// The scenario tests beside the rule files, run against one mutated rule (scripts/mutate-rules.mjs sets RULE_MUTANT).
export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts'],
    setupFiles: ['test/support/ruleMutant.ts'],
    isolate: false,
    testTimeout: 60_000,
  },
});
