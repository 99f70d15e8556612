import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { UsageError, type Io } from './io.js';
import { timeOf, type Args } from './args.js';
import { planPhotoRetention, type RetentionAction } from '../../rules/retention/planPhotoRetention.js';
import type { DecisionOptions } from '../core/options.js';

const USAGE = 'usage: esafety-rules sweep <records.jsonl|-> [--preset ID] [--at ISO]';

/** The lines of a file, or of standard input for `-`; a file that cannot be opened is a usage error. */
export async function linesOf(file: string, io: Io): Promise<AsyncIterable<string>> {
  if (file === '-') return io.stdinLines();
  const input = createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve()).once('error', (e: Error) => reject(new UsageError(`cannot read ${file}: ${e.message}`)));
  });
  return createInterface({ input, crlfDelay: Infinity });
}

/**
 * `esafety-rules sweep`: one photo record per line in, one action per line out
 * (JSON Lines), the summary on stderr. Exit 0 when every record was valid, 2
 * when any line was not a valid record (it is planned as `review`) or on a usage error.
 *
 * @example
 * ```sh
 * esafety-rules sweep photos.jsonl --preset homerton-early-years --at 2026-11-22T02:00:00Z > actions.jsonl
 * ```
 */
export async function sweepCommand({ positional, flags }: Args, io: Io): Promise<number> {
  const file = positional[1];
  if (!file) throw new UsageError(USAGE);
  const lines = await linesOf(file, io);
  const at = timeOf(flags.at, undefined, true)!;
  const options: DecisionOptions = { at, ...(typeof flags.preset === 'string' ? { policy: flags.preset as DecisionOptions['policy'] } : {}) };
  const badJson = new Map<number, string>();
  async function* records() {
    let i = 0;
    for await (const line of lines) {
      if (line.trim() === '') continue; // a blank line is no record
      let value: unknown;
      try { value = JSON.parse(line); } catch (e) { badJson.set(i, `line ${i + 1} is not valid JSON: ${(e as Error).message}`); }
      i++;
      yield value;
    }
  }
  const sweep = planPhotoRetention(records(), options);
  let batch = '';
  for await (const a of sweep) {
    const problem = badJson.get(a.index);
    const out: RetentionAction = problem === undefined ? a : { ...a, problems: [problem] };
    if (problem !== undefined) badJson.delete(a.index);
    batch += JSON.stringify(out) + '\n';
    if (batch.length > 65_536) { await io.write(batch); batch = ''; }
  }
  if (batch) await io.write(batch);
  const summary = sweep.summary;
  io.err(JSON.stringify({ policy: options.policy ?? 'baseline', at, ...summary }));
  return summary.rules['input.invalid'] ? 2 : 0;
}
