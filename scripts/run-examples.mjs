// npm run examples: runs the built CLI on every shipped example and checks each
// exit code against the example's "expect" (allowed → 0, denied → 1, ok → 0).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'examples');
const codes = { allowed: 0, ok: 0, denied: 1, invalid: 2 };
let failed = 0;
let count = 0;
for (const area of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const file of readdirSync(join(dir, area)).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, area, file);
    const example = JSON.parse(readFileSync(path, 'utf8'));
    // `check <folder>` (the CLI has one for every area of the registry); an example may name its own command (e.g. ["route"]).
    const args = [...(example.command ?? ['check', area]), relative(root, path)];
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.cjs'), ...args], { cwd: root, encoding: 'utf8' });
    const want = codes[example.expect];
    const ok = r.status === want;
    count++;
    if (!ok) failed++;
    console.log(`\n$ esafety-rules ${args.join(' ')}\n# ${example.description ?? ''}`);
    process.stdout.write(r.stdout);
    if (r.stderr) process.stdout.write(r.stderr);
    console.log(ok ? `[as expected: exit ${r.status}]` : `[UNEXPECTED: exit ${r.status}, expected ${want} (${example.expect})]`);
  }
  // A night's sweep: JSON Lines of photo records in, one action per line out.
  for (const file of readdirSync(join(dir, area)).filter((f) => f.endsWith('.jsonl')).sort()) {
    const args = ['sweep', relative(root, join(dir, area, file)), '--at', '2026-11-22T02:00:00Z'];
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.cjs'), ...args], { cwd: root, encoding: 'utf8' });
    count++;
    if (r.status !== 0) failed++;
    console.log(`\n$ esafety-rules ${args.join(' ')}`);
    process.stdout.write(r.stdout);
    process.stdout.write(r.stderr);
    console.log(r.status === 0 ? '[as expected: exit 0]' : `[UNEXPECTED: exit ${r.status}]`);
  }
}
console.log(`\n${count - failed} examples as expected, ${failed} not`);
process.exitCode = failed ? 1 : 0;
