import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allExamples, ENTRIES, exportNames, instrument, mentioned, pendingReason, ROOT, target, withoutImports } from '../support/doctest.js';

// Every code example type-checks, with the names test/examples.test.ts gives it: each is written as a .ts file (its
// imports, the names it uses from the package, its own module and the prelude, then its code in a block) into
// .tmp/examples-types/ (gitignored), and `tsc --noEmit` runs once over them all.

const DIR = join(ROOT, '.tmp', 'examples-types');
const PRELUDE = 'test/support/examples-prelude.ts';
const examples = allExamples().filter((e) => !pendingReason(e.file));
/** Where each example's code starts in its file (1-based), and the errors tsc gave in it. */
const files = examples.map((e, i) => ({ example: e, name: `example-${String(i).padStart(3, '0')}.ts`, start: 0, errors: [] as string[] }));

const byName = new Map(files.map((f) => [f.name, f]));

const spec = (file: string) => {
  const r = relative(DIR, join(ROOT, file)).replace(/\.ts$/, '.js');
  return r.startsWith('.') ? r : `./${r}`;
};

/** The file tsc checks for one example: its code keeps its lines, inside a block after the imports. */
function source(e: (typeof examples)[number]): { text: string; start: number } {
  const { imports } = instrument(e.code);
  const own = new Set(imports.flatMap((i) => i.bindings.map((b) => b.local)));
  const used = mentioned(e.code);
  const header: string[] = [];
  // The example's module first, then the package and its engine, then the prelude: the first to export a name gives it.
  const scopes = [...(/^(src|rules)\/.*\.ts$/.test(e.file) ? [e.file] : []), ENTRIES['esafety-rules']!, ENTRIES['esafety-rules/engine']!, PRELUDE];
  for (const file of scopes) {
    const names = exportNames(file).filter((n) => used.has(n) && !own.has(n));
    for (const n of names) own.add(n);
    if (names.length) header.push(`import { ${names.join(', ')} } from '${spec(file)}';`);
  }
  for (const i of imports) {
    const t = target(i.spec, e.file);
    header.push(`import { ${i.bindings.filter((b) => b.imported !== '*').map((b) => (b.imported === b.local ? b.local : `${b.imported} as ${b.local}`)).join(', ')} } from '${'file' in t ? spec(t.file) : t.dependency}';`);
    const ns = i.bindings.find((b) => b.imported === '*');
    if (ns) header.push(`import * as ${ns.local} from '${'file' in t ? spec(t.file) : t.dependency}';`);
  }
  header.push('export {};', '{');
  // Its own imports are in the header: in the block they are blank lines, so that its lines keep their numbers.
  return { text: [...header, withoutImports(e.code), '}', ''].join('\n'), start: header.length + 1 };
}

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'tsconfig.json'), JSON.stringify({
    extends: '../../tsconfig.json',
    // Names come in through plain imports, types among them: as a reader's file would import them.
    compilerOptions: { verbatimModuleSyntax: false, isolatedModules: false, noEmit: true },
    include: ['*.ts'],
  }, null, 2));
  for (const f of files) {
    const { text, start } = source(f.example);
    f.start = start;
    writeFileSync(join(DIR, f.name), text);
  }
  let out = '';
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(DIR, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? e);
  }
  // Errors in the library's own files are the project's type check's business (`npm run typecheck`), not the examples'.
  for (const m of out.matchAll(/^(.*?)\((\d+),\d+\): error (TS\d+: .*)$/gm)) {
    const f = byName.get(basename(m[1]!));
    if (f && dirname(join(ROOT, m[1]!)) === DIR) f.errors.push(`${f.example.file}:${f.example.line + Number(m[2]) - f.start}: ${m[3]}`);
  }
}, 300_000);

describe('code examples type-check (tsc over .tmp/examples-types/)', () => {
  for (const f of files) it(f.example.where, () => expect(f.errors).toEqual([]));
  for (const e of allExamples().filter((x) => pendingReason(x.file))) it.todo(`${e.where} (pending: ${pendingReason(e.file)})`);
});
