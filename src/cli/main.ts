import { parseArgs, type Args } from './args.js';
import { checks } from './checks.js';
import { sweepCommand } from './sweep.js';
import { classifyCommand, routeCommand } from './concern.js';
import { formatResult } from './format.js';
import { readJson, UsageError } from './io.js';
import { shippedRuleSet } from '../ruleSets.js';
import { presetIds, presetInfo } from '../core/policy/presets.js';
import type { DecisionOptions } from '../core/options.js';

const out = (s: string) => process.stdout.write(s + '\n');
const err = (s: string) => process.stderr.write(s + '\n');

/** Extra top-level commands (e.g. `route`, `sweep`); each area adds its own. Returns the exit code. */
export const commands: Record<string, { usage: string; run(args: Args): Promise<number> | number }> = {
  rules: {
    usage: 'rules [--json]                     list every rule with its effect and clause',
    run: ({ flags }) => {
      const rules = shippedRuleSet().rules.map(({ rule }) => ({ name: rule.name, effect: rule.event.type, code: rule.event.params.code, clause: rule.event.params.clause }));
      if (flags.json) out(JSON.stringify(rules, null, 2));
      else for (const r of rules) out(`${r.name.padEnd(48)} ${r.effect.padEnd(5)} ${r.clause.source} — ${r.clause.section}`);
      return 0;
    },
  },
  presets: {
    usage: 'presets [--json]                   list the presets and their source policies',
    run: ({ flags }) => {
      const list = presetIds.map((id) => presetInfo[id]);
      if (flags.json) out(JSON.stringify(list, null, 2));
      else for (const p of list) out(`${p.id.padEnd(28)} ${p.source ?? '(no single source)'}  ${p.title}`);
      return 0;
    },
  },
  check: { usage: '', run: (args) => check(args) },
  sweep: {
    usage: 'sweep <records.jsonl|-> [--preset ID] [--at ISO]   plan keep/delete/review for photo records (JSON Lines out, summary on stderr)',
    run: (args) => sweepCommand(args),
  },
  route: { usage: 'route <file.json|-> [--json] [--preset ID] [--bank-holidays D,...]  whom to tell about a concern, in order, by when', run: routeCommand },
  classify: { usage: 'classify <file.json|-> [--json] [--preset ID]    how serious a misuse is, its sanctions and route', run: classifyCommand },
};

/** Options from the input file, overridden by `--preset` and `--at`; the CLI (not the library) defaults `at` to now. */
export function optionsFrom(input: Record<string, unknown>, flags: Args['flags']): { options: DecisionOptions; at: string } {
  const at = typeof flags.at === 'string' ? flags.at : typeof input.at === 'string' ? input.at : new Date().toISOString();
  const policy = typeof flags.preset === 'string' ? flags.preset : input.policy;
  return { options: { at, ...(policy !== undefined ? { policy: policy as DecisionOptions['policy'] } : {}) }, at };
}

function check({ positional, flags }: Args): number {
  const [kind, file] = positional.slice(1);
  const c = kind ? checks[kind] : undefined;
  if (!c || !file) throw new UsageError(`usage: esafety-rules check <${Object.keys(checks).join('|')}> <file.json|-> [--json] [--preset ID] [--at ISO]`);
  const input = readJson(file);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UsageError(`${file}: expected a JSON object: ${c.input}`);
  const { options, at } = optionsFrom(input as Record<string, unknown>, flags);
  const result = c.run(input as Record<string, unknown>, options);
  out(flags.json ? JSON.stringify(result, null, 2) : formatResult(kind!, result, at));
  if (result.reasons.some((f) => f.rule === 'input.invalid')) return 2;
  return result.allowed ? 0 : 1;
}

function help(): string {
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

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const name = args.positional[0];
  if (!name || args.flags.help) { out(help()); return name || args.flags.help ? 0 : 2; }
  const cmd = commands[name];
  if (!cmd) { err(`unknown command "${name}"\n\n${help()}`); return 2; }
  return cmd.run(args);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    err(e instanceof UsageError ? e.message : `error: ${(e as Error)?.stack ?? String(e)}`);
    process.exitCode = 2;
  },
);
