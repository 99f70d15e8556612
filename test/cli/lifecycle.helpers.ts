import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = `${root}dist/cli.cjs`;

/** Builds the package once if `dist/cli.cjs` is missing (`npm test` builds after the unit tests). */
export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const lock = `${root}.tmp/build.lock`;
  mkdirSync(`${root}.tmp`, { recursive: true });
  try {
    mkdirSync(lock);
    try { execSync('npx tsup', { cwd: root, stdio: 'ignore' }); } finally { rmdirSync(lock); }
  } catch {
    const until = Date.now() + 120_000;
    while (!existsSync(CLI) && Date.now() < until) spawnSync('sleep', ['0.5']);
  }
}

/** Runs the built CLI; returns its exit code and output. */
export function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const examples = (area: string) => `${root}examples/${area}`;
