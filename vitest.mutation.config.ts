import { defineConfig } from 'vitest/config';
import everyday from './vitest.config.js';

// The fast, in-process tests mutation testing runs against: the tests beside the code and beside the rules, and the
// checks of the presets document and the JSON Schemas (no build, browser, CLI, or the slow json-rules-engine differential).
// MUTATION_INCLUDE (comma-separated globs, set by `scripts/mutation.mjs --tests`) narrows the set for one folder.
export default defineConfig({
  define: everyday.define, // the library's version, as in the everyday tier
  test: {
    include: process.env.MUTATION_INCLUDE?.split(',') ?? ['src/**/*.test.ts', 'rules/**/*.test.ts', 'test/docs.test.ts', 'test/schemas.test.ts'],
    testTimeout: 60_000,
    // One module graph per run, not per file: 2–3× faster, and the same result for every mutant (compared on two subsets)
    // except those in values built when a module loads; MUTATION_ISOLATE=1 loads modules afresh per file for those.
    isolate: process.env.MUTATION_ISOLATE === '1',
    setupFiles: ['test/support/mutationSetup.ts'],
    env: { PROPERTY_RUNS_SCALE: '0.05' },
  },
});
