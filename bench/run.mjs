// npm run bench: runs every bench/*.bench.mjs in turn against the built package (imported as a Node user does,
// `import … from 'esafety-rules'`, which resolves to dist/node/index.js), then bench/startup.mjs (it spawns processes,
// so it runs last), then prints every figure against its target. `node --expose-gc bench/run.mjs <name>` runs the
// benches whose file name contains <name> (and startup only if <name> is "startup").
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { results, table } from './lib.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const started = performance.now();
console.log(`# esafety-rules benchmarks\n\nNode ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), ${new Date().toISOString().slice(0, 16)}Z, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
// A bench that fails (a baseline that disagrees with the library, most often after a rule changed) is reported and the
// others still run; the run then exits non-zero.
const failed = [];
const run = async (f) => {
  try { await import(pathToFileURL(dir + f).href); } catch (e) { failed.push(f); console.log(`\n### ${f} FAILED\n\n\`\`\`\n${e?.stack ?? e}\n\`\`\``); }
};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only && !f.includes(only)) continue;
  await run(f);
}
if (!only || 'startup'.includes(only)) await run('startup.mjs');
table(`Summary against the targets (${((performance.now() - started) / 60_000).toFixed(1)} min, load average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' ')})`,
  ['what', 'target', 'measured', 'met'], results.map((r) => [r.what, r.target, r.measured, r.met ? 'yes' : '**no**']));
if (failed.length) {
  console.log(`\n**Failed: ${failed.join(', ')}** (see above).`);
  process.exitCode = 1;
}
