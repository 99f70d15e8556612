import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped examples (`examples/<area>/*.json`): what the CLI and `npm run examples` run, and valid input for tests. */
export const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** One example, by its path under `examples/` (e.g. `phone/two-mile-ash-social-worker.json`). */
export const example = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(EXAMPLES, path), 'utf8'));

/** The first example of an area (by file name) that its function allows, or answers: `"expect": "allowed"` (or `"ok"`). */
export function allowedExample(areaId: string): Record<string, unknown> {
  for (const file of readdirSync(join(EXAMPLES, areaId)).filter((f) => f.endsWith('.json')).sort()) {
    const e = example(`${areaId}/${file}`);
    if (e.expect === 'allowed' || e.expect === 'ok') return e;
  }
  throw new Error(`examples/${areaId}/ has no example whose "expect" is "allowed" or "ok": add one`);
}
