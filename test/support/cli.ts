import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

/** Runs the built CLI (build first: `npm run build`). */
export function cli(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` before the tests');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
