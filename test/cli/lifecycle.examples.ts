import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { cli } from '../support/cli.js';

/** Runs every example of an area through `check <area>` and compares the exit code with its "expect" (there must be at least `atLeast`). */
export async function checkExamples(area: string, atLeast = 4): Promise<void> {
  const dir = `examples/${area}`;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThanOrEqual(atLeast);
  for (const f of files) {
    const { expect: want } = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { expect: string };
    const r = await cli(['check', area, `${dir}/${f}`, '--json']);
    expect({ f, code: r.code }).toEqual({ f, code: want === 'allowed' ? 0 : 1 });
    expect(JSON.parse(r.stdout).allowed).toBe(want === 'allowed');
  }
}
