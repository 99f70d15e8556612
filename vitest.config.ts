import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The everyday tier (`npm test`): every behavioural test, quick on two cores. The heavy checks are in
// vitest.release.config.ts (`npm run test:release`).
export default defineConfig({
  // The library's version, as the build writes it in (tsup.config.ts).
  define: { __ESAFETY_RULES_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  test: {
    include: ['src/**/*.test.ts', 'rules/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/release/**', '**/node_modules/**'],
    testTimeout: 60_000,
    // One module graph per worker thread, shared by its files: 46 s instead of 146 s on two cores (most of the time
    // was each file importing the library again). Safe because every export is frozen (test/frozen.test.ts).
    pool: 'threads',
    isolate: false,
  },
});
