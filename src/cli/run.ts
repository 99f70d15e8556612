// The command line, as a function of its arguments and streams (the bin in main.ts gives it the process's).
import { parseArgs, type Args } from './args.js';
import { checks } from './checks.js';
import { formatResult, invalidInput } from './format.js';
import { readJson, UsageError, type Io } from './io.js';
import { sweepCommand } from './sweep.js';
import { presetIds, presetInfo } from '../core/policy/presets.js';
import type { Finding } from '../core/findings.js';
import { shippedRuleSet } from '../ruleSets.js';

/** A top-level command: its usage line, and what it does (returns the exit code). */
interface Command {
  usage: string;
  run(args: Args, io: Io): Promise<number> | number;
}

/** Options from the input file, overridden by `--preset`, `--at` and `--bank-holidays`; where the area needs a time, the CLI (not the library) defaults `at` to now. */
function optionsFrom(input: Record<string, unknown>, flags: Args['flags'], needsAt: boolean): { options: Record<string, unknown>; at: string } {
  const given = typeof flags.at === 'string' ? flags.at : typeof input.at === 'string' ? input.at : undefined;
  const at = given ?? (needsAt ? new Date().toISOString() : undefined);
  const options: Record<string, unknown> = at === undefined ? {} : { at };
  const policy = typeof flags.preset === 'string' ? flags.preset : input.policy;
  if (policy !== undefined) options.policy = policy;
  if (typeof flags['bank-holidays'] === 'string') options.bankHolidays = flags['bank-holidays'].split(',').map((s) => s.trim()).filter(Boolean);
  else if (input.bankHolidays !== undefined) options.bankHolidays = input.bankHolidays;
  return { options, at: at ?? 'no time given' };
}

const checkUsage = `usage: esafety-rules check <${Object.keys(checks).join('|')}> <file.json|-> [--json] [--preset ID] [--at ISO]`;

/** `check <area> <file>`: exit 0 allowed (or answered), 1 denied, 2 invalid input or usage. */
function check(kind: string | undefined, file: string | undefined, flags: Args['flags'], io: Io): number {
  const c = kind ? checks[kind] : undefined;
  if (!c || !file) throw new UsageError(checkUsage);
  const input = readJson(file, io);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UsageError(`${file}: expected a JSON object: ${c.input}`);
  const { options, at } = optionsFrom(input as Record<string, unknown>, flags, c.needsAt);
  const result = c.run(input as Record<string, unknown>, options) as { allowed?: boolean; reasons: Finding[] };
  io.out(flags.json ? JSON.stringify(result, null, 2) : formatResult(kind!, result, at));
  if (invalidInput(result.reasons)) return 2;
  return !c.grants || result.allowed ? 0 : 1;
}

/** Every command, by name. */
export const commands: Record<string, Command> = {
  check: { usage: '', run: ({ positional, flags }, io) => check(positional[1], positional[2], flags, io) },
  route: {
    usage: 'route <file.json|-> [--json] [--preset ID] [--bank-holidays D,...]  whom to tell about a concern, in order, by when (check concern)',
    run: ({ positional, flags }, io) => check('concern', positional[1], flags, io),
  },
  classify: {
    usage: 'classify <file.json|-> [--json] [--preset ID]    how serious a misuse is, its sanctions and route (check misuse)',
    run: ({ positional, flags }, io) => check('misuse', positional[1], flags, io),
  },
  sweep: {
    usage: 'sweep <records.jsonl|-> [--preset ID] [--at ISO]   plan keep/delete/review for photo records (JSON Lines out, summary on stderr)',
    run: (args, io) => sweepCommand(args, io),
  },
  rules: {
    usage: 'rules [--json]                     list every rule with its effect and clause',
    run: ({ flags }, io) => {
      const rules = shippedRuleSet().rules.map(({ rule }) => ({ name: rule.name, effect: rule.event.type, code: rule.event.params.code, clause: rule.event.params.clause }));
      if (flags.json) io.out(JSON.stringify(rules, null, 2));
      else for (const r of rules) io.out(`${r.name.padEnd(48)} ${r.effect.padEnd(5)} ${r.clause.source} — ${r.clause.section}`);
      return 0;
    },
  },
  presets: {
    usage: 'presets [--json]                   list the presets and their source policies',
    run: ({ flags }, io) => {
      const list = presetIds.map((id) => presetInfo[id]);
      if (flags.json) io.out(JSON.stringify(list, null, 2));
      else for (const p of list) io.out(`${p.id.padEnd(28)} ${p.source ?? '(no single source)'}  ${p.title}`);
      return 0;
    },
  },
};

/** The help text. */
export function help(): string {
  return [
    'esafety-rules: UK early-years e-safety policies as code',
    '',
    'usage:',
    `  esafety-rules check <${Object.keys(checks).join('|')}> <file.json|-> [--json] [--preset ID] [--at ISO]`,
    ...Object.entries(checks).map(([k, c]) => `      ${k.padEnd(14)} ${c.question}`),
    ...Object.entries(commands).filter(([, c]) => c.usage).map(([, c]) => `  esafety-rules ${c.usage}`),
    '',
    'exit codes: 0 allowed, 1 denied, 2 invalid input or usage',
  ].join('\n');
}

/**
 * Runs one command line. Never throws: a usage error or bad input is exit code 2 with a message.
 *
 * @example
 * ```ts
 * await run(['check', 'image', 'examples/image/learning-journal-allowed.json'], processIo); // 0
 * ```
 */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    const name = args.positional[0];
    if (!name || args.flags.help) { io.out(help()); return name || args.flags.help ? 0 : 2; }
    const cmd = commands[name];
    if (!cmd) { io.err(`unknown command "${name}"\n\n${help()}`); return 2; }
    return await cmd.run(args, io);
  } catch (e) {
    io.err(e instanceof UsageError ? e.message : `error: ${(e as Error)?.stack ?? String(e)}`);
    return 2;
  }
}
