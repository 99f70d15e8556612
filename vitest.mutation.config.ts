import { defineConfig } from 'vitest/config';

// The fast, in-process tests mutation testing runs against (no build, browser or CLI).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'rules/**/*.test.ts', 'test/differential.test.ts'],
    testTimeout: 60_000,
    env: { DIFFERENTIAL_RUNS: '300', PROPERTY_RUNS_SCALE: '0.05' },
  },
});
