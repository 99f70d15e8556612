import { readFileSync } from 'node:fs';

/** Reads a JSON file, or standard input for `-`. Throws a plain message on failure. */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** A problem with how the command was called or with its input file (exit code 2). */
export class UsageError extends Error {}
