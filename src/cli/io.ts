import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** Where a command reads and writes: the process's streams, or a test's. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Standard input as text (read when a command is given `-`). */
  stdin(): string;
  /** Standard input line by line (for a sweep given `-`). */
  stdinLines(): AsyncIterable<string>;
  /** Writes a chunk to standard output, waiting while the reader catches up. */
  write(chunk: string): Promise<void>;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  stdin: () => readFileSync(0, 'utf8'),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  write: async (chunk) => { if (!process.stdout.write(chunk)) await once(process.stdout, 'drain'); },
};

/** A problem with how the command was called or with its input file (exit code 2). */
export class UsageError extends Error {}

/**
 * Reads a JSON file, or standard input for `-`. Throws a UsageError on failure.
 *
 * @example
 * ```ts
 * (readJson('examples/image/learning-journal-allowed.json', processIo) as { policy: string }).policy; // 'homerton-early-years'
 * let caught: unknown;
 * try { readJson('no-such-file.json', processIo); } catch (e) { caught = e; }
 * caught instanceof UsageError; // true
 * ```
 */
export function readJson(path: string, io: Io): unknown {
  let text: string;
  try {
    text = path === '-' ? io.stdin() : readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}
