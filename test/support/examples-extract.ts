import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One code example: where it is (`file:line` of its `@example` tag or its fence), its file, the line of its first line of code, and its source. */
export interface CodeExample { where: string; file: string; line: number; code: string }

const ROOT = join(__dirname, '..', '..');
const walk = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [join(dir, e.name)] : []));

/** Every ```ts block of a Markdown file. */
export function markdownExamples(file: string): CodeExample[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return { where: `${file}:${line}`, file, line: line + 1, code: m[1]! };
  });
}

/** Every `@example` block of the TSDoc in the library's source (src/ and rules/, not tests). */
export function tsdocExamples(): CodeExample[] {
  const out: CodeExample[] = [];
  for (const file of [...walk('src'), ...walk('rules')]) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\//g)) {
      const body = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
      const fence = /```ts\n([\s\S]*?)```/.exec(body);
      if (!fence?.[1]) continue;
      const line = text.slice(0, m.index).split('\n').length;
      const rel = relative(ROOT, join(ROOT, file));
      out.push({ where: `${rel}:${line}`, file: rel, line: line + 1 + body.slice(0, fence.index).split('\n').length, code: fence[1] });
    }
  }
  return out;
}
