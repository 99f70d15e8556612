import { UsageError, readJson, type Io } from './io.js';
import { timeOf, type Args } from './args.js';
import { linesOf } from './sweep.js';
import { planConsentChange, type ConsentChangeAction } from '../../rules/image/planConsentChange.js';
import type { Consent } from '../../rules/image/schema.js';
import { invalid } from '../core/findings.js';
import type { DecisionOptions } from '../core/options.js';

const USAGE = 'usage: esafety-rules takedown <consent.json|-> <publications.jsonl|-> --at ISO [--preset ID | --policy policy.json]';

/** The options from the flags: `--at` (required), and `--preset` or `--policy` (a policy file), not both. */
function optionsOf(flags: Args['flags'], io: Io): { options: DecisionOptions; policy: string } {
  if (flags.preset !== undefined && flags.policy !== undefined) throw new UsageError(`--preset and --policy are one choice: pass one\n${USAGE}`);
  const at = timeOf(flags.at, undefined, true)!;
  if (typeof flags.policy === 'string') {
    const policy = readJson(flags.policy, io);
    const id = typeof policy === 'object' && policy !== null && typeof (policy as { id?: unknown }).id === 'string' ? (policy as { id: string }).id : flags.policy;
    return { options: { at, policy: policy as DecisionOptions['policy'] }, policy: id };
  }
  const preset = typeof flags.preset === 'string' ? flags.preset : 'baseline';
  return { options: { at, policy: preset as DecisionOptions['policy'] }, policy: preset };
}

/**
 * `esafety-rules takedown`: one child's consent as it now stands (a JSON file), and the photos already published
 * (JSON Lines, one publication a line, read as a stream): one action per publication out (JSON Lines), the summary on
 * stderr. Blank lines are skipped; a line that is not JSON, or not a publication, is a `review` naming its line, never
 * a `keep`. Exit 0 when every publication was read, 2 when any was a `review`, when the consent or the policy was
 * refused (nothing is planned), or on a usage error.
 *
 * @example
 * ```sh
 * esafety-rules takedown consent.json publications.jsonl --preset kirklees-primary --at 2026-11-22T09:00:00Z > actions.jsonl
 * ```
 */
export async function takedownCommand({ positional, flags }: Args, io: Io): Promise<number> {
  const [, consentFile, publicationsFile] = positional;
  if (!consentFile || !publicationsFile || positional.length > 3) throw new UsageError(USAGE);
  if (consentFile === '-' && publicationsFile === '-') throw new UsageError(`only one of the files can be standard input (-)\n${USAGE}`);
  const { options, policy } = optionsOf(flags, io);
  const consent = readJson(consentFile, io) as Consent;
  const childId = typeof consent === 'object' && consent !== null && typeof consent.childId === 'string' ? consent.childId : null;
  const report = (summary: object) => io.err(JSON.stringify({ policy, at: options.at, childId, ...summary }));

  // A consent, policy or time refused is refused once, before any publication is read.
  const probe = planConsentChange(consent, [], options);
  for (const _ of probe) { /* no publication: only the refusal, if any */ }
  if (probe.summary.problem) { report(probe.summary); return 2; }

  const lines = await linesOf(publicationsFile, io);
  const lineOf = new Map<number, { line: number; problem?: string }>(); // read but not yet planned: one entry at a time
  async function* publications() {
    let i = 0, n = 0;
    for await (const text of lines) {
      n++;
      if (text.trim() === '') continue; // a blank line is no publication
      let value: unknown;
      let problem: string | undefined;
      try { value = JSON.parse(text); } catch (e) { problem = `line ${n} is not valid JSON: ${(e as Error).message}`; }
      lineOf.set(i++, problem === undefined ? { line: n } : { line: n, problem });
      yield value;
    }
  }

  const plan = planConsentChange(consent, publications(), options);
  let batch = '';
  for await (const a of plan) {
    const read = lineOf.get(a.index);
    lineOf.delete(a.index);
    let out: ConsentChangeAction & { line?: number } = a;
    if (a.action === 'review' && read) {
      out = { ...a, line: read.line, ...(read.problem === undefined ? {} : { reasons: [invalid(`publications[${a.index}]`, read.problem)] }) };
    }
    batch += JSON.stringify(out) + '\n';
    if (batch.length > 65_536) { await io.write(batch); batch = ''; }
  }
  if (batch) await io.write(batch);
  const summary = plan.summary;
  report(summary);
  return summary.problem || summary.review ? 2 : 0;
}
