// Stryker over src/ and rules/, one folder at a time (each its own report in reports/mutation/<part>.json, / as -), so survivors can be
// read while the rest runs; then the total. Usage: node scripts/mutation.mjs [part ...]   (parts: the folders of src/
// and rules/, such as src/core or rules/image, a subfolder such as src/core/time, and "src" or "rules" for the files
// directly in each);
// node scripts/mutation.mjs --report (only the total of the reports).
// Incremental: results are reused from reports/mutation/<part>.incremental.json. Stryker reuses a surviving mutant
// even when a new test file covers it, so after adding tests run the part again with --force, or with --retest-survivors,
// which drops only the surviving (and uncovered) mutants from the incremental file so that Stryker tests them again and
// reuses every killed one. --tests <glob,glob> runs the folder against those test files only (a lower bound of its score,
// for folders every test covers, such as time/).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
const excluded = base.mutate.filter((m) => m.startsWith('!'));
// Parts: every folder of src/ and of rules/ (one area each), and the files directly in each ("src", "rules").
const dirs = (top) => readdirSync(join(root, top), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${top}/${d.name}`);
const all = [...dirs('src'), 'src', ...dirs('rules'), 'rules'];
// "src", "rules" and a folder written with /* (src/core/*) take only the files directly in it.
const glob = (part) => (part === 'src' || part === 'rules' ? `${part}/*.ts` : part.endsWith('/*') ? `${part}.ts` : `${part}/**/*.ts`);
const slug = (part) => part.replace(/\/\*$/, '-files').replace(/\//g, '-');
const force = process.argv.includes('--force');
const retest = process.argv.includes('--retest-survivors');
const argv = process.argv.slice(2);
const testsAt = argv.indexOf('--tests');
const tests = testsAt >= 0 ? argv.splice(testsAt, 2)[1] : undefined;
const args = argv.filter((a) => a !== '--force' && a !== '--retest-survivors');
const parts = args.includes('--report') ? [] : args.length ? args : all;

for (const part of parts) {
  const config = { ...base, mutate: [glob(part), ...excluded],
    incrementalFile: `reports/mutation/${slug(part)}.incremental.json`, jsonReporter: { fileName: `reports/mutation/${slug(part)}.json` }, reporters: ['json', 'progress-append-only'] };
  const incremental = join(root, config.incrementalFile);
  if (retest && existsSync(incremental)) {
    const saved = JSON.parse(readFileSync(incremental, 'utf8'));
    let dropped = 0;
    for (const f of Object.values(saved.files)) {
      const keep = f.mutants.filter((m) => m.status !== 'Survived' && m.status !== 'NoCoverage');
      dropped += f.mutants.length - keep.length;
      f.mutants = keep;
    }
    writeFileSync(incremental, JSON.stringify(saved));
    console.log(`${part}: ${dropped} surviving mutants to test again`);
  }
  const file = join(root, '.tmp', `stryker.${slug(part)}.json`);
  writeFileSync(file, JSON.stringify(config));
  console.log(`\n# ${part}`);
  execFileSync('npx', ['--no-install', 'stryker', 'run', file, ...(force ? ['--force'] : [])], { cwd: root, stdio: 'inherit', env: tests ? { ...process.env, MUTATION_INCLUDE: tests } : process.env });
}

// The total: killed and timed out over all valid mutants (survived, no coverage, killed, timeout), as Stryker scores.
// Every report counts, a folder's or a subfolder's (src/core/time); where two reports hold a file, the newer one does.
const dir = join(root, 'reports', 'mutation');
const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json') && f !== 'mutation.json') : [];
const byFile = new Map();
for (const f of reports.map((r) => join(dir, r)).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)) {
  for (const [name, v] of Object.entries(JSON.parse(readFileSync(f, 'utf8')).files)) byFile.set(name, v);
}
const rows = [];
let k = 0, n = 0;
for (const [name, v] of byFile) {
  const c = (s) => v.mutants.filter((m) => m.status === s).length;
  const killed = c('Killed') + c('Timeout'), valid = killed + c('Survived') + c('NoCoverage');
  if (!valid) continue;
  rows.push([name, valid, killed, c('Survived'), c('NoCoverage')]);
  k += killed; n += valid;
}
rows.sort((a, b) => a[2] / a[1] - b[2] / b[1]);
console.log('\n| file | mutants | killed | survived | no coverage | score |\n|---|---|---|---|---|---|');
for (const [name, valid, killed, s, nc] of rows) console.log(`| \`${name}\` | ${valid} | ${killed} | ${s} | ${nc} | ${((100 * killed) / valid).toFixed(1)}% |`);
console.log(`| **all of src/ and rules/** | **${n}** | **${k}** | | | **${n ? ((100 * k) / n).toFixed(1) : '0'}%** |`);
