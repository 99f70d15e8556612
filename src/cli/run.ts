// The command line, as a function of its arguments and streams (the bin in main.ts gives it the process's).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, timeOf, type Args, type FlagSpec } from './args.js';
import { checks } from './checks.js';
import { formatResult, invalidInput } from './format.js';
import { readJson, UsageError, type Io } from './io.js';
import { sweepCommand } from './sweep.js';
import { takedownCommand } from './takedown.js';
import { serveCommand } from './serve.js';
import { presetIds, presetInfo } from '../core/policy/presets.js';
import type { Finding } from '../core/findings.js';
import { shippedRuleSet } from '../ruleSets.js';

/** A top-level command: its usage line, the flags it takes, and what it does (returns the exit code). */
interface Command {
  usage: string;
  flags: FlagSpec;
  run(args: Args, io: Io): Promise<number> | number;
}

const CHECK_FLAGS: FlagSpec = { json: true, preset: false, at: false, 'bank-holidays': false };

/** Options from the input file, overridden by `--preset`, `--at` and `--bank-holidays`. */
function optionsFrom(input: Record<string, unknown>, flags: Args['flags'], needsAt: boolean): { options: Record<string, unknown>; at: string } {
  const at = timeOf(flags.at, input.at, needsAt);
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
  check: { usage: '', flags: CHECK_FLAGS, run: ({ positional, flags }, io) => check(positional[1], positional[2], flags, io) },
  route: {
    flags: CHECK_FLAGS,
    usage: 'route <file.json|-> [--json] [--preset ID] [--bank-holidays D,...]  whom to tell about a concern, in order, by when (check concern)',
    run: ({ positional, flags }, io) => check('concern', positional[1], flags, io),
  },
  classify: {
    flags: CHECK_FLAGS,
    usage: 'classify <file.json|-> [--json] [--preset ID]    how serious a misuse is, its sanctions and route (check misuse)',
    run: ({ positional, flags }, io) => check('misuse', positional[1], flags, io),
  },
  sweep: {
    flags: { preset: false, at: false },
    usage: 'sweep <records.jsonl|-> [--preset ID] [--at ISO]   plan keep/delete/review for photo records (JSON Lines out, summary on stderr)',
    run: (args, io) => sweepCommand(args, io),
  },
  takedown: {
    flags: { preset: false, policy: false, at: false },
    usage: 'takedown <consent.json> <publications.jsonl|-> --at ISO [--preset ID | --policy FILE]  what must come down after a consent change (JSON Lines out)',
    run: (args, io) => takedownCommand(args, io),
  },
  serve: {
    flags: { port: false, host: false, 'body-limit': false },
    usage: 'serve [--port 8080] [--host 127.0.0.1] [--body-limit BYTES]  the HTTP sidecar: POST /v1/<function>, GET /openapi.json (until SIGTERM)',
    run: (args, io) => serveCommand(args, io),
  },
  rules: {
    flags: { json: true },
    usage: 'rules [--json]                     list every rule with its effect and clause',
    run: ({ flags }, io) => {
      const rules = shippedRuleSet().rules.map(({ rule }) => ({ name: rule.name, effect: rule.event.type, code: rule.event.params.code, clause: rule.event.params.clause }));
      if (flags.json) io.out(JSON.stringify(rules, null, 2));
      else for (const r of rules) io.out(`${r.name.padEnd(48)} ${r.effect.padEnd(5)} ${r.clause.source} — ${r.clause.section}`);
      return 0;
    },
  },
  presets: {
    flags: { json: true },
    usage: 'presets [--json]                   list the presets and their source policies',
    run: ({ flags }, io) => {
      const list = presetIds.map((id) => presetInfo[id]);
      if (flags.json) io.out(JSON.stringify(list, null, 2));
      else for (const p of list) io.out(`${p.id.padEnd(28)} ${p.source ?? '(no single source)'}  ${p.title}`);
      return 0;
    },
  },
  example: {
    flags: {},
    usage: 'example [<area>/<name>]            list the shipped examples, or print one (pipe it to check <area> -)',
    run: ({ positional }, io) => {
      const dir = examplesDir();
      const wanted = positional[1];
      if (!wanted) {
        for (const area of readdirSync(dir).sort()) for (const f of examplesIn(join(dir, area))) io.out(`${area}/${f}`);
        return 0;
      }
      const parts = wanted.split('/'); // area/name, or area/folder/name (e.g. image/takedown/consent)
      const name = parts.pop();
      const bad = parts.length < 1 || parts.length > 2 || [...parts, name].some((p) => !p || p === '.' || p === '..');
      const file = bad ? undefined : [`${name}.json`, `${name}.jsonl`].map((f) => join(dir, ...parts, f)).find((f) => existsSync(f));
      if (!file) throw new UsageError(`no example "${wanted}": esafety-rules example lists them`);
      io.out(readFileSync(file, 'utf8').trimEnd());
      return 0;
    },
  },
};

/** The examples in an area's folder, by name, and those of its folders as `folder/name` (e.g. `takedown/consent`). */
function examplesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? readdirSync(join(dir, e.name)).sort().map((f) => `${e.name}/${f}`) : [e.name]))
    .map((f) => f.replace(/\.jsonl?$/, ''));
}

/** The shipped examples: beside the built bin (`dist/../examples`) or the source (`src/cli/../../examples`). */
function examplesDir(): string {
  const dir = [join(__dirname, '..', 'examples'), join(__dirname, '..', '..', 'examples')].find((d) => existsSync(d));
  if (!dir) throw new UsageError('the examples are not installed beside the command');
  return dir;
}

/**
 * The help text.
 *
 * @example
 * ```ts
 * help().split('\n')[0]; // 'esafety-rules: UK early-years e-safety policies as code'
 * ```
 */
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
 * import { processIo } from './io.js';
 * const out: string[] = [];
 * const io = { ...processIo, out: (s: string) => { out.push(s); } };
 * await run(['check', 'image', 'examples/image/learning-journal-allowed.json', '--json'], io); // 0
 * JSON.parse(out[0]!).allowed; // true
 * await run(['check', 'no-such-area', 'f.json'], { ...io, err: () => {} }); // 2
 * ```
 */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const name = argv.find((a) => !a.startsWith('-'));
    const cmd = name === undefined ? undefined : commands[name];
    if (name !== undefined && !cmd) { io.err(`unknown command "${name}"\n\n${help()}`); return 2; }
    const args = parseArgs(argv, cmd?.flags ?? {});
    if (!cmd || args.flags.help) { io.out(help()); return cmd || args.flags.help ? 0 : 2; }
    return await cmd.run(args, io);
  } catch (e) {
    io.err(e instanceof UsageError ? e.message : `error: ${(e as Error)?.stack ?? String(e)}`);
    return 2;
  }
}
