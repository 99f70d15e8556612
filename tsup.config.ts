import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Library entries: the core (browser-safe) and the json-rules-engine adapter.
    entry: { index: 'src/index.ts', engine: 'src/engine/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    external: ['json-rules-engine', 'zod', 'date-fns', /^@date-fns\/tz/],
  },
  {
    // The command-line tool: Node only, CommonJS so it runs as a bin anywhere.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['json-rules-engine', 'zod', 'date-fns', /^@date-fns\/tz/],
  },
]);
