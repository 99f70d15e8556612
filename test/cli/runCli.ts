import { spawnSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs the built CLI (building it once if dist/ is missing); returns exit code and output. */
export function runCli(args: string[], stdin?: string): { code: number; out: string } {
  if (!existsSync('dist/cli.cjs')) execSync('npx tsup', { stdio: 'ignore' });
  const r = spawnSync('node', ['dist/cli.cjs', ...args], { input: stdin, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}
