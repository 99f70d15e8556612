import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicySection, Quote } from '../../src/core/policy/section.js';

/** Where the source policies sit when the project is checked out beside them (`../shared`). */
export const SHARED = join(__dirname, '..', '..', '..', 'shared');
/** True when the source policies are beside the project. */
export const sourcesPresent = existsSync(join(SHARED, 'seeds'));

const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase().trim();

/** A source's text, normalised (quotes, spaces, case), or undefined when it is not beside the project. */
export function sourceText(source: string): string | undefined {
  const path = source === 'statutory-facts.md' ? join(SHARED, 'reference', source) : join(SHARED, 'seeds', source);
  return existsSync(path) ? norm(readFileSync(path, 'utf8')) : undefined;
}

/** What is wrong with one quote: its source is missing, or a piece of its words is not in it. */
export function quoteProblems(q: Quote, label: string): string[] {
  const text = sourceText(q.source);
  if (!text) return [`${label}: no source ${q.source}`];
  if (!q.words.trim()) return [`${label}: no words`];
  return q.words.split(/\.\.\.|\u2026/).map(norm).filter(Boolean).filter((piece) => !text.includes(piece)).map((p) => `${label}: "${p}" not in ${q.source}`);
}

/** Every quote of a policy section whose words are not in its source. */
export function sectionProblems(name: string, section: PolicySection<unknown>): string[] {
  const out: string[] = [];
  const check = (preset: string, values: Record<string, { from: readonly Quote[]; note?: string }> | undefined) => {
    for (const [key, v] of Object.entries(values ?? {})) {
      if (!v.from.length && !v.note) out.push(`${name}.${key} (${preset}): neither a clause nor a note`);
      v.from.forEach((q, i) => out.push(...quoteProblems(q, `${name}.${key} (${preset}) #${i}`)));
    }
  };
  check('baseline', section.baseline as never);
  for (const [id, values] of Object.entries(section.presets)) check(id, values as never);
  return out;
}
