import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allExamples, PENDING, pendingReason, ROOT, runExample } from './support/doctest.js';

// Every code example runs: the TSDoc `@example` blocks of src/ and rules/, and the ```ts blocks of README.md and
// docs/*.md. How to write one (docs/architecture.md, "Code examples"):
//
// - Names in scope without an import: everything `esafety-rules` and `esafety-rules/engine` export; in a TSDoc
//   example, also everything its own module exports (internals included); and this prelude
//   (test/support/examples-prelude.ts, real input from examples/, frozen):
//     at         '2026-11-22T10:00:00Z'
//     policy     definePolicy({ id: 'acorn-nursery', version: '2026-09', basedOn: 'homerton-early-years' })
//     photo      a learning-journal photo of two children; with `consents`, allowed under Homerton at `at`
//     consents   both children's written consents for the learning journal
//     record     a PhotoRecord from 2025-10-14: 'delete' under Homerton at `at` (the yearly purge)
//     records    the 15 PhotoRecords of examples/retention/nightly-sweep.jsonl
//     concern    an allegation against a nursery manager on Christmas Eve (Barnet)
//     incident   a pupil posting bullying messages after a warning (Kirklees)
//     device     an encrypted school laptop with pupil data, and `trip` its trip home: allowed under Kirklees
//     transfer   an unencrypted email to a parent from the setting's account: allowed under Homerton
//   `console` is silenced.
// - Imports work as a reader would write them: `from 'esafety-rules'`, `from 'esafety-rules/engine'`, a dependency
//   (`from 'zod/mini'`), or a path relative to the example's own file (`from '../../src/core/options.js'`).
// - `expr; // literal` asserts: when the comment after a statement is a JavaScript literal (true, false, null,
//   undefined, NaN, numbers, strings, arrays and objects of them), the statement's value must deeply equal it.
//   `const x = expr; // literal` checks `x`. A note may follow the literal after `: `, ` (`, ` — ` or `; `
//   (`d.allowed; // false: the parents did not know`). Any other comment is prose (`// e.g. …`): just evaluated.
// - Top-level `await` works. An example that throws, or states a literal that is not so, fails its test.
// Files in PENDING (test/support/doctest.ts) are being rewritten: their examples are listed as todo.

/** Runs one example; throws what it throws, and fails on a stated literal that does not hold. */
const run = (file: string, firstLine: number, code: string) => runExample(file, code, (actual, expected, c) => {
  expect(actual, `${file}:${firstLine + c.line}: ${c.expr}; // ${c.literal}`).toEqual(expected);
});

const examples = allExamples();

describe('code examples run, and what they state is so', () => {
  for (const ex of examples) {
    const pending = pendingReason(ex.file);
    if (pending) it.todo(`${ex.where} (pending: ${pending})`);
    else it(ex.where, () => run(ex.file, ex.line, ex.code));
  }
});

describe('the example runner', () => {
  it('finds the examples, and the pending list names files that exist', () => {
    expect(examples.length).toBeGreaterThan(150);
    expect(Object.keys(PENDING).filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('checks a stated literal, and fails when it is not so', async () => {
    await run('docs/example.md', 1, 'const n = 1 + 1; // 2\n[n, String(n)]; // [2, \'2\']\nat; // \'2026-11-22T10:00:00Z\'');
    await expect(run('docs/example.md', 1, '1 + 1; // 3')).rejects.toThrow(/docs\/example\.md:1: 1 \+ 1; \/\/ 3/);
    await expect(run('docs/example.md', 1, 'undefinedName.x; // prose')).rejects.toThrow(/undefinedName/);
  });

  it('reads imports of the package, its engine and dependencies', async () => {
    await run('README.md', 1, [
      "import { canPublishImage } from 'esafety-rules';",
      "import { createEngine } from 'esafety-rules/engine';",
      "import * as z from 'zod/mini';",
      'canPublishImage(photo, consents, { at, policy }).allowed; // true',
      'typeof createEngine; // \'function\'',
      "z.string().safeParse('a').success; // true",
    ].join('\n'));
    await expect(run('README.md', 1, "import { noSuchThing } from 'esafety-rules';")).rejects.toThrow(/no export noSuchThing/);
  });
});
