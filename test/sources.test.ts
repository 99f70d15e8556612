import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/registry.js';
import { shippedRuleSet } from '../src/ruleSets.js';
import { quoteProblems, sectionProblems, SHARED, sourcesPresent } from './support/sources.js';

// Every shipped rule and every preset value is traceable to its source: the words it quotes are in the source policy
// (where the policies sit beside the project, at ../shared), a scenario test names each rule, the coverage docs list it.
const root = join(__dirname, '..');
const rules = shippedRuleSet().rules.map((r) => r.rule);
const walk = (dir: string, ext: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []));

describe.skipIf(!sourcesPresent)(`the quoted words are in their source policies (skipped where ${SHARED} is absent: the sources are not part of the project)`, () => {
  it('every rule cites a source that exists, and the words it quotes are in it (its own clause and each policy\'s in `clauses`)', () => {
    const missing: string[] = [];
    for (const r of rules) {
      for (const { source, section } of [r.event.params.clause, ...(r.event.params.clauses ?? [])]) {
        const quotes = [...section.replace(/[\u201c\u201d]/g, '"').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
        if (!quotes.length) { missing.push(`${r.name} (${source}): section has no "quote"`); continue; }
        for (const words of quotes) missing.push(...quoteProblems({ source, section, words }, `${r.name} (${source})`));
      }
    }
    expect(missing).toEqual([]);
  });

  it('every preset value cites words that are in its source, or says why it has none', () => {
    expect(registry.flatMap((a) => sectionProblems(a.id, a.policy as never))).toEqual([]);
  });
});

describe('every shipped rule is traceable', () => {
  it('is named by a scenario test beside its rule files', () => {
    const tests = walk(join(root, 'rules'), '.test.ts').map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(rules.map((r) => r.name).filter((n) => !tests.includes(`'${n}'`) && !tests.includes(`${n}:`))).toEqual([]);
  });

  it('is listed in the coverage docs', () => {
    const docs = readFileSync(join(root, 'docs', 'coverage.md'), 'utf8');
    expect(rules.map((r) => r.name).filter((n) => !docs.includes(n))).toEqual([]);
  });
});
