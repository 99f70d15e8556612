import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetIds, presetInfo, type PresetId } from '../src/core/policy/presets.js';
import { sectionNames } from '../src/policy/sectionNames.js';
import { presetPolicy } from '../src/policy.js';

// docs/presets.md is every preset's value of every setting, with the clause its line in src/<area>/policy.ts cites.
// It is made from the presets themselves: this test fails when it is out of date (UPDATE_DOCS=1 rewrites it).
const root = join(__dirname, '..');
const file = join(root, 'docs', 'presets.md');

const show = (v: unknown): string => (Array.isArray(v) ? (v.length ? v.map(show).join(', ') : '(none)') : v === null ? '(none)'
  : typeof v === 'object' ? Object.entries(v as object).map(([k, x]) => `${k}: ${show(x)}`).join('; ') : `\`${String(v)}\``);

/** The comment on the line that sets `key` in a block of the area's policy source (the baseline's, or a preset's). */
function clauseOf(source: string[], block: PresetId, key: string): string {
  const start = source.findIndex((l) => (block === 'baseline' ? /^\s*baseline: \{/ : new RegExp(`^\\s*'${block}': \\{`)).test(l));
  if (start < 0) return '—';
  for (let i = start + 1; i < source.length && !/^\s{4}\S.*\{$|^\s{2}\S/.test(source[i]!); i++) {
    const m = new RegExp(`^\\s*${key}: .*?// (.*)$`).exec(source[i]!);
    if (m) return m[1]!.replace(/\|/g, '\\|');
  }
  return '—';
}

function presetsDoc(): string {
  const out = ['# Presets: every value, and the clause behind it', '',
    'Made from the presets by `test/presets-doc.test.ts` (`UPDATE_DOCS=1 npx vitest run test/presets-doc.test.ts` rewrites it).',
    'Each preset is the baseline with the differences listed under it. Clauses cite the seed file by its number',
    '(000 Barnet, 001 Homerton, 002 Two Mile Ash, 003 Cambridgeshire, 004 Kirklees) and its line or section;',
    '`docs/coverage.md` has the rules each clause is encoded in; — marks a value whose line cites no clause of its own (the',
    'preset\'s comment above its values, or the baseline\'s, explains it). A setting\'s own policy (`definePolicy`) starts from one of these.', ''];
  for (const name of sectionNames) {
    const source = readFileSync(join(root, 'src', name, 'policy.ts'), 'utf8').split('\n');
    const base = presetPolicy('baseline')[name] as unknown as Record<string, unknown>;
    out.push(`## ${name}`, '', '| setting | baseline | clause |', '|---|---|---|');
    for (const [k, v] of Object.entries(base)) out.push(`| \`${k}\` | ${show(v)} | ${clauseOf(source, 'baseline', k)} |`);
    for (const id of presetIds.filter((p) => p !== 'baseline')) {
      const section = presetPolicy(id)[name] as unknown as Record<string, unknown>;
      const differ = Object.keys(section).filter((k) => JSON.stringify(section[k]) !== JSON.stringify(base[k]));
      out.push('', `### ${name}: \`${id}\` (${presetInfo[id].source})`, '');
      if (!differ.length) { out.push('The baseline, unchanged.'); continue; }
      out.push('| setting | value | clause |', '|---|---|---|');
      for (const k of differ) out.push(`| \`${k}\` | ${show(section[k])} | ${clauseOf(source, id, k)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

describe('docs/presets.md', () => {
  it('lists every preset value as the presets have it', () => {
    const doc = presetsDoc();
    if (process.env.UPDATE_DOCS) writeFileSync(file, doc);
    // Under mutation testing the policy sources are instrumented, so their comments cannot be read: compare the values.
    const instrumented = '__stryker__' in globalThis;
    const values = (d: string) => (instrumented ? d.replace(/^(\| [^|]+ \| [^|]+ \|) .* \|$/gm, '$1') : d);
    expect(values(readFileSync(file, 'utf8'))).toBe(values(doc));
  });
});
