import { join } from 'node:path';
import { run } from '../../src/cli/run.js';

export const ROOT = join(__dirname, '..', '..');

/** What a command line printed, and its exit code (`out` is stdout and stderr together). */
export interface CliResult { code: number; stdout: string; stderr: string; out: string }

/**
 * Runs the command line in this process (as the bin does, on captured streams), from the project root.
 * The built bin itself is run by the release tier (`test/release/`).
 */
export async function cli(args: string[], input?: string): Promise<CliResult> {
  let stdout = '', stderr = '';
  const text = input ?? '';
  const code = await run(args, {
    out: (s) => { stdout += s + '\n'; },
    err: (s) => { stderr += s + '\n'; },
    stdin: () => text,
    stdinLines: async function* lines() { yield* text.split(/\r?\n/).slice(0, text.endsWith('\n') ? -1 : undefined); },
    write: async (chunk) => { stdout += chunk; },
  });
  return { code, stdout, stderr, out: stdout + stderr };
}
