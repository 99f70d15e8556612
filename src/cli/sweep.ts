import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Args } from './args.js';
import { UsageError } from './io.js';
import { planPhotoRetention, type RetentionAction } from '../retention/planPhotoRetention/index.js';
import type { DecisionOptions } from '../core/options.js';

const USAGE = 'usage: esafety-rules sweep <records.jsonl|-> [--preset ID] [--at ISO]';

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
export async function sweepCommand({ positional, flags }: Args): Promise<number> {
  const file = positional[1];
  if (!file) throw new UsageError(USAGE);
  const input = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') resolve();
    else input.once('open', () => resolve()).once('error', (e: Error) => reject(new UsageError(`cannot read ${file}: ${e.message}`)));
  });
  await opened;
  const at = typeof flags.at === 'string' ? flags.at : new Date().toISOString();
  const options: DecisionOptions = { at, ...(typeof flags.preset === 'string' ? { policy: flags.preset as DecisionOptions['policy'] } : {}) };
  const badJson = new Map<number, string>();
  async function* records() {
    let i = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      let value: unknown;
      try { value = JSON.parse(line); } catch (e) { badJson.set(i, `line ${i + 1} is not valid JSON: ${(e as Error).message}`); }
      i++;
      yield value;
    }
  }
  const sweep = planPhotoRetention(records(), options);
  let batch = '';
  const flush = async () => {
    if (batch && !process.stdout.write(batch)) await once(process.stdout, 'drain');
    batch = '';
  };
  for await (const a of sweep) {
    const problem = badJson.get(a.index);
    const out: RetentionAction = problem === undefined ? a : { ...a, problems: [problem] };
    if (problem !== undefined) badJson.delete(a.index);
    batch += JSON.stringify(out) + '\n';
    if (batch.length > 65_536) await flush();
  }
  await flush();
  const summary = sweep.summary;
  process.stderr.write(JSON.stringify({ policy: options.policy ?? 'baseline', at, ...summary }) + '\n');
  return summary.rules['input.invalid'] ? 2 : 0;
}
