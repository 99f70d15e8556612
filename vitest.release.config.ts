import { defineConfig } from 'vitest/config';

// The release tier (`npm run test:release`, also run by .ci/run): the built package in Chromium, the built bin, the
// docs' Python and PHP sidecar clients, and the 10,000-set differential of the two evaluators. Packaging and size
// budgets run as scripts beside it.
export default defineConfig({
  test: {
    include: ['test/release/**/*.test.ts', 'test/differential.test.ts'],
    env: { DIFFERENTIAL_RUNS: '10000' },
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
