import { defineConfig } from 'vitest/config';

// The fast, in-process tests mutation testing runs against: the tests beside the code and beside the rules
// (no build, browser, CLI, or the json-rules-engine differential, which is slow and tests the engine route).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'rules/**/*.test.ts'],
    testTimeout: 60_000,
    env: { PROPERTY_RUNS_SCALE: '0.05' },
  },
});
