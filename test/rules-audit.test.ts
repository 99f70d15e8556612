import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedRuleSet } from '../src/ruleSets.js';

// Audits every shipped rule against its sources: the clause it cites exists and
// says what the rule quotes, a test names it, and the coverage docs list it.
const root = join(__dirname, '..');
const shared = join(root, '..', 'shared');
const rules = shippedRuleSet().rules.map((r) => r.rule);
const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase().trim();

function sourceText(source: string): string | undefined {
  const path = source === 'statutory-facts.md' ? join(shared, 'reference', source) : join(shared, 'seeds', source);
  return existsSync(path) ? norm(readFileSync(path, 'utf8')) : undefined;
}

const walk = (dir: string, ext: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []));

describe('every shipped rule is traceable', () => {
  it('cites a source that exists, and the words it quotes are in that source', () => {
    const missing: string[] = [];
    for (const r of rules) {
      const { source, section } = r.event.params.clause;
      const text = sourceText(source);
      if (!text) { missing.push(`${r.name}: no source ${source}`); continue; }
      const quotes = [...section.replace(/[\u201c\u201d]/g, '"').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      if (!quotes.length) { missing.push(`${r.name}: section has no "quote"`); continue; }
      for (const piece of quotes.flatMap((q) => q.split(/\.\.\.|\u2026/)).map(norm).filter(Boolean)) if (!text.includes(piece)) missing.push(`${r.name}: "${piece}" not in ${source}`);
    }
    expect(missing).toEqual([]);
  });

  it('is named by a scenario test beside its rule files', () => {
    const tests = walk(join(root, 'rules'), '.test.ts').map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(rules.map((r) => r.name).filter((n) => !tests.includes(`'${n}'`) && !tests.includes(`${n}:`))).toEqual([]);
  });

  it('is listed in the coverage docs', () => {
    const docs = readFileSync(join(root, 'docs', 'coverage.md'), 'utf8');
    expect(rules.map((r) => r.name).filter((n) => !docs.includes(n))).toEqual([]);
  });
});
