import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

const external = ['json-rules-engine', 'zod', /^@date-fns\/tz/];
/** The library's version, written into the code (`libraryVersion`, audit records, the baseline preset's version). */
const define = { __ESAFETY_RULES_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) };

/** Every library module (not tests, not the CLI, not the entries), as its own ESM entry, so bundlers drop whole files a vendor does not use. */
function modules(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) { if (path !== join('src', 'cli')) Object.assign(out, modules(path)); continue; }
    if (!e.name.endsWith('.ts') || e.name.endsWith('.test.ts') || e.name === 'helpers.ts') continue;
    if (path === join('src', 'index.ts') || path === join('src', 'engine', 'index.ts')) continue;
    out[`lib/${path.slice(0, -3).replace(/^src\//, '')}`] = path;
  }
  return out;
}

const entries = { index: 'src/index.ts', engine: 'src/engine/index.ts' };

/**
 * The rule files as `JSON.parse('…')` in the builds Node loads: V8 reads a string and JSON.parse faster than the same
 * data as an object literal (a cold start parses 280 KB of rules; bench/startup.mjs).
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build: { onLoad: (o: { filter: RegExp }, f: (a: { path: string }) => { contents: string; loader: 'js' }) => void }) {
    build.onLoad({ filter: /\.json$/ }, ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

export default defineConfig([
  {
    // For bundlers (the `default` condition of `import`): every module its own file, dependencies external.
    entry: { ...entries, ...modules('src'), ...modules('rules') },
    format: ['esm'],
    dts: { entry: entries },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    silent: true, // a hundred files: only errors are printed
    external,
    define,
  },
  {
    // For Node's `import` (the `node` condition): the core in one file with the parts of zod it uses, minified, so a
    // cold start loads one module instead of hundreds (see bench/startup.mjs).
    entry: entries,
    outDir: 'dist/node',
    silent: true,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    minify: true,
    sourcemap: true,
    noExternal: ['zod', /^@date-fns\/tz/],
    external: ['json-rules-engine'],
    esbuildPlugins: [jsonAsString],
    define,
  },
  {
    // The same two entries for `require`, each one file, bundled with the parts of zod they use as the Node ESM build is.
    entry: entries,
    format: ['cjs'],
    silent: true,
    dts: { entry: entries },
    sourcemap: true,
    minify: true,
    target: 'node20',
    platform: 'node',
    noExternal: ['zod', /^@date-fns\/tz/],
    external: ['json-rules-engine'],
    esbuildPlugins: [jsonAsString],
    define,
  },
  {
    // The command-line tool: Node only, CommonJS so it runs as a bin anywhere.
    entry: { cli: 'src/cli/main.ts' },
    silent: true,
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external,
    define,
  },
]);
