// Lists the surviving and uncovered mutants of one Stryker JSON report, per file: line, mutator, original ==> replacement.
// Usage: node scripts/survivors.mjs reports/mutation/<folder>.json [part of a file name]
import { readFileSync } from 'node:fs';
const r = JSON.parse(readFileSync(process.argv[2]));
const only = process.argv[3];
for (const [file, v] of Object.entries(r.files)) {
  if (only && !file.includes(only)) continue;
  const lines = v.source.split('\n');
  const s = v.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
  if (!s.length) continue;
  console.log(`\n== ${file} (${s.length} of ${v.mutants.length})`);
  for (const m of s.sort((a, b) => a.location.start.line - b.location.start.line)) {
    const { start, end } = m.location;
    const orig = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : lines[start.line - 1].slice(start.column - 1) + ' …';
    console.log(`${m.status === 'NoCoverage' ? 'NOCOV ' : ''}${start.line}: ${m.mutatorName}: ${orig.replace(/\s+/g, ' ').slice(0, 90)}  ==> ${String(m.replacement).replace(/\s+/g, ' ').slice(0, 70)}`);
  }
}
