import { defineConfig } from 'vitest/config';

// The everyday tier (`npm test`): every behavioural test, quick on two cores. The heavy checks are in
// vitest.release.config.ts (`npm run test:release`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'rules/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/release/**', '**/node_modules/**'],
    testTimeout: 60_000,
  },
});
