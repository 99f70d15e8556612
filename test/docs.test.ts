import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetIds, presetInfo, type PresetId } from '../src/core/policy/presets.js';
import type { PolicySection, Sourced } from '../src/core/policy/section.js';
import { registry } from '../src/registry.js';
import { shippedRuleSet } from '../src/ruleSets.js';

// The generated docs, made from the policy data itself (`rules/<area>/policy.ts`) and the rule files: docs/presets.md
// whole, and the generated blocks of docs/coverage.md. The test fails when they are out of date; UPDATE_DOCS=1 rewrites them.
const docs = join(__dirname, '..', 'docs');

const show = (v: unknown): string => (Array.isArray(v) ? (v.length ? v.map(show).join(', ') : '(none)') : v === null ? '(none)'
  : typeof v === 'object' ? Object.entries(v as object).map(([k, x]) => `${k}: ${show(x)}`).join('; ') : `\`${String(v)}\``);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const why = (v: Sourced<unknown>) => cell([
  ...v.from.map((q) => `${q.source.slice(0, 3)} ${q.section}: "${q.words}"`),
  ...(v.note ? [`*${v.note}*`] : []),
].join('; '));
/** Contact directories are long: their entries are counted, not listed. */
const value = (k: string, v: unknown) => (k === 'contacts' && v && typeof v === 'object' ? `${(v as { entries: unknown[] }).entries.length} entries (published: ${(v as { published: string }).published})` : show(v));
const own = (section: PolicySection<unknown>, id: PresetId) =>
  (id === 'baseline' ? section.baseline : section.presets[id] ?? {}) as Record<string, Sourced<unknown>>;

function presetsDoc(): string {
  const out = ['# Presets: every value, and the clause behind it', '',
    'Made from the policy data in `rules/<area>/policy.ts` by `test/docs.test.ts` (`UPDATE_DOCS=1 npx vitest run test/docs.test.ts`',
    'rewrites it). Each value carries its clauses as data: the seed file by its number (000 Barnet, 001 Homerton, 002 Two Mile',
    'Ash, 003 Cambridgeshire, 004 Kirklees, sta: statutory-facts.md), the section, and the words. A note in italics says how a',
    'value is read from its clauses, or why it has none. Each preset is the baseline with the differences listed under it.', ''];
  for (const area of registry) {
    const section = area.policy as PolicySection<unknown>;
    out.push(`## ${area.id}`, '', '| setting | baseline | where it comes from |', '|---|---|---|');
    for (const [k, v] of Object.entries(own(section, 'baseline'))) out.push(`| \`${k}\` | ${cell(value(k, v.value))} | ${why(v)} |`);
    for (const id of presetIds.filter((p) => p !== 'baseline')) {
      const values = own(section, id);
      out.push('', `### ${area.id}: \`${id}\` (${presetInfo[id].source})`, '');
      if (!Object.keys(values).length) { out.push('The baseline, unchanged.'); continue; }
      out.push('| setting | value | where it comes from |', '|---|---|---|');
      for (const [k, v] of Object.entries(values)) out.push(`| \`${k}\` | ${cell(value(k, v.value))} | ${why(v)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The generated block of one area in docs/coverage.md: its rule count, and every clause its policy values encode. */
function coverageBlock(id: string): string {
  const area = registry.find((a) => a.id === id)!;
  const section = area.policy as PolicySection<unknown>;
  const rules = shippedRuleSet().rules.filter((r) => r.area === id).length;
  const rows: string[] = [];
  for (const preset of presetIds) {
    for (const [k, v] of Object.entries(own(section, preset))) {
      for (const q of v.from) rows.push(`| ${q.source.slice(0, 3)} | ${cell(q.section)} | "${cell(q.words)}" | \`${preset}\`: \`${k}\` = ${cell(value(k, v.value))} |`);
    }
  }
  return [`${rules} rules in \`rules/${id}/\`. Clauses encoded as policy values (\`rules/${id}/policy.ts\`; every value, with notes, in \`docs/presets.md\`):`, '',
    '| seed | section | words | value |', '|---|---|---|---|', ...rows].join('\n');
}

const BLOCK = /<!-- generated: policy ([\w-]+) -->\n[\s\S]*?<!-- end generated -->/g;
/** An area's coverage file with its generated block brought up to date. */
const areaCoverage = (text: string) => text.replace(BLOCK, (_, id: string) => `<!-- generated: policy ${id} -->\n${coverageBlock(id)}\n<!-- end generated -->`);
const anchor = (title: string) => title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

/** docs/coverage.md: every area's `rules/<area>/coverage.md`, in registry order, under an index made from the registry. */
function coverageDoc(): string {
  const sections = registry.map((a) => areaCoverage(readFileSync(join(__dirname, '..', 'rules', a.id, 'coverage.md'), 'utf8')));
  const rules = shippedRuleSet().rules;
  const rows = registry.map((a, i) => {
    const title = sections[i]!.split('\n', 1)[0]!.replace(/^## /, '');
    return `| ${a.id} | \`${a.functions.join(', ')}\` | ${rules.filter((r) => r.area === a.id).length} | [${title}](#${anchor(title)}) |`;
  });
  return ['# Coverage: every clause of the five policies', '',
    'Made by `test/docs.test.ts` from each area\'s `rules/<area>/coverage.md` (edit those; `UPDATE_DOCS=1 npx vitest run test/docs.test.ts` rewrites this file).',
    'Each section lists the clauses of the five source policies (`../shared/seeds/`) in one area, the rule ids or policy values that encode each clause,',
    'the tests that check them, and the clauses left out with the reason. `test/sources.test.ts` fails if a shipped rule is missing from',
    'the coverage, if a quoted word is not in the policy it cites, or if no scenario test names a rule.', '',
    '| area | decision | rules | section |', '|---|---|---|---|', ...rows, `| **total** | | **${rules.length}** | |`, '',
    ...sections].join('\n');
}

describe('generated docs', () => {
  it('docs/presets.md lists every preset value and its clauses as the policy data has them', () => {
    const doc = presetsDoc();
    if (process.env.UPDATE_DOCS) writeFileSync(join(docs, 'presets.md'), doc);
    expect(readFileSync(join(docs, 'presets.md'), 'utf8')).toBe(doc);
  });

  it('docs/coverage.md is every area\'s coverage file, each with its generated block, up to date', () => {
    const doc = coverageDoc();
    expect([...doc.matchAll(BLOCK)].map((m) => m[1])).toEqual(registry.map((a) => a.id));
    if (process.env.UPDATE_DOCS) {
      writeFileSync(join(docs, 'coverage.md'), doc);
      for (const a of registry) {
        const file = join(__dirname, '..', 'rules', a.id, 'coverage.md');
        writeFileSync(file, areaCoverage(readFileSync(file, 'utf8')));
      }
    }
    expect(readFileSync(join(docs, 'coverage.md'), 'utf8')).toBe(doc);
  });
});
