// Cold start: a fresh Node process importing the package and making its first decision, against a fresh process
// importing zod/mini alone (the target: no slower), run alternately in the same run. Times are wall-clock ms inside
// the child, from before the import to after the decision; medians of RUNS processes each.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { record, table } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.STARTUP_RUNS ?? 21);
const decide = `m.canPublishImage({ id: 'p1', takenAt: '2026-11-20T10:00:00Z', audience: 'learning-journal', children: [{ id: 'c1' }], device: { owner: 'setting' }, appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, purpose: 'observation' }, [{ childId: 'c1', audiences: ['learning-journal'], written: true, givenBy: 'parent', givenAt: '2026-09-01' }], { policy: 'homerton-early-years', at: '2026-11-22T09:00:00Z' })`;
const programs = {
  'import zod/mini alone': `const t = performance.now(); await import('zod/mini'); console.log(performance.now() - t);`,
  'import esafety-rules (ESM) + first canPublishImage': `const t = performance.now(); const m = await import('esafety-rules'); const d = ${decide}; if (!d.allowed) throw new Error('denied'); console.log(performance.now() - t);`,
  'require esafety-rules (CommonJS) + first canPublishImage': `const t = performance.now(); const m = require('esafety-rules'); const d = ${decide}; if (!d.allowed) throw new Error('denied'); console.log(performance.now() - t);`,
};
const samples = Object.fromEntries(Object.keys(programs).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, code] of Object.entries(programs)) {
    const esm = !code.includes('require(');
    const r = spawnSync(process.execPath, esm ? ['--input-type=module', '-e', code] : ['-e', code], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
    samples[name].push(Number(r.stdout.trim()));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const zod = median(samples['import zod/mini alone']);
table(`Cold start (${RUNS} fresh processes each, alternating; median ms)`, ['program', 'median', 'fastest', 'slowest', '÷ zod/mini alone'],
  Object.entries(samples).map(([name, xs]) => [name, median(xs).toFixed(1), Math.min(...xs).toFixed(1), Math.max(...xs).toFixed(1), `${(median(xs) / zod).toFixed(2)}×`]));
for (const [name, label] of [['import esafety-rules (ESM) + first canPublishImage', 'ESM'], ['require esafety-rules (CommonJS) + first canPublishImage', 'CommonJS']]) {
  const m = median(samples[name]);
  record(`cold start (${label}): import + first \`canPublishImage\``, 'no slower than importing zod/mini alone',
    `${m.toFixed(1)} ms vs ${zod.toFixed(1)} ms (${(m / zod).toFixed(2)}×; medians of ${RUNS} processes)`, m <= zod);
}
