import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

const external = ['json-rules-engine', 'zod', 'date-fns', /^@date-fns\/tz/];

/** Every library module (not tests, not the CLI), as its own ESM entry, so bundlers drop whole files a vendor does not use. */
function modules(dir = 'src'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) { if (path !== join('src', 'cli')) Object.assign(out, modules(path)); continue; }
    if (!e.name.endsWith('.ts') || e.name.endsWith('.test.ts') || e.name.includes('test-support')) continue;
    if (path === join('src', 'index.ts') || path === join('src', 'engine', 'index.ts')) continue;
    out[`lib/${path.slice(4, -3)}`] = path;
  }
  return out;
}

export default defineConfig([
  {
    // The core (browser-safe) and the json-rules-engine adapter, for `import`: every module its own file.
    entry: { index: 'src/index.ts', engine: 'src/engine/index.ts', ...modules() },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', engine: 'src/engine/index.ts' } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    silent: true, // a hundred files: only errors are printed
    external,
  },
  {
    // The same two entries for `require`, each one file.
    entry: { index: 'src/index.ts', engine: 'src/engine/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', engine: 'src/engine/index.ts' } },
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    external,
  },
  {
    // The command-line tool: Node only, CommonJS so it runs as a bin anywhere.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external,
  },
]);
