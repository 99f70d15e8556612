// The size of the core as a browser bundle would carry it: minified, with its dependencies, gzipped.
// Each decision function imported alone must stay within its budget (bundlers drop the files it does
// not use: every module is its own file and the package has no side effects); the whole core entry and
// the engine entry are reported, the core under a ceiling so it cannot grow unnoticed.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;
/**
 * Every decision function of every area (from the registry) alone: 38 KB; classifyMisuse (50 KB) also routes the concern (it
 * carries both areas' rules). The first budgets (25 KB, 30 KB, core 72 KB) stopped holding when each rule came to cite
 * every policy's clause in its words (issue 13): those texts are most of each bundle (docs/benchmarks.md, Size).
 */
const { areas } = await import(resolve(root, 'dist', 'index.js'));
export const BUDGETS = Object.fromEntries([...areas.values()].flatMap((a) => a.functions).map((fn) => [fn, fn === 'classifyMisuse' ? 50 : 38]));
/** The whole core entry (every area's rules): a ceiling against growth, not a goal. */
export const CEILING_CORE_KB = 165;

async function bundle(contents) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser',
    write: false, logLevel: 'silent', metafile: true,
  });
  const code = out.outputFiles[0].contents;
  const inputs = Object.keys(out.metafile.inputs);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

/** The size of `names` imported from an entry of dist/. */
export const sizeOf = (entry, names = '*') =>
  bundle(names === '*' ? `export * from ${JSON.stringify(resolve(root, entry))};` : `export { ${names} } from ${JSON.stringify(resolve(root, entry))};`);

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const failures = [];
  const core = await sizeOf('dist/index.js');
  const leaks = core.inputs.filter((i) => /json-rules-engine|^node:/.test(i));
  if (leaks.length) failures.push(`the core entry bundles ${leaks.join(', ')}`);
  console.log('| import | gzipped | minified | budget |\n|---|---|---|---|');
  for (const [fn, budget] of Object.entries(BUDGETS)) {
    const s = await sizeOf('dist/index.js', fn);
    console.log(`| \`${fn}\` alone | ${kb(s.gzip)} | ${kb(s.raw)} | ${budget} KB |`);
    if (s.gzip > budget * KB) failures.push(`${fn} alone is ${kb(s.gzip)}, over its ${budget} KB budget`);
  }
  console.log(`| the whole core entry (\`esafety-rules\`) | ${kb(core.gzip)} | ${kb(core.raw)} | ceiling ${CEILING_CORE_KB} KB |`);
  const engine = await sizeOf('dist/engine.js');
  console.log(`| the engine entry (\`esafety-rules/engine\`, with json-rules-engine) | ${kb(engine.gzip)} | ${kb(engine.raw)} | reported |`);
  if (core.gzip > CEILING_CORE_KB * KB) failures.push(`the core entry is ${kb(core.gzip)}, over its ${CEILING_CORE_KB} KB ceiling`);
  for (const f of failures) console.error(f);
  if (failures.length) process.exitCode = 1;
}
