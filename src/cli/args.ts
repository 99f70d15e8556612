import { UsageError } from './io.js';

/** Parsed command line: positional words and `--flag [value]` options. */
export interface Args {
  positional: string[];
  flags: Record<string, string | true>;
}

/** The flags each command takes: `true` for a switch, `false` for a flag that needs a value. */
export type FlagSpec = Readonly<Record<string, boolean>>;

/**
 * Reads `--name value`, `--name=value` and switches, refusing (a {@link UsageError}) a flag the command does not take
 * and a flag left without its value.
 *
 * @example
 * ```ts
 * parseArgs(['check', 'image', 'f.json', '--at', 'now'], { at: false, json: true }).flags.at; // 'now'
 * ```
 */
export function parseArgs(argv: string[], spec: FlagSpec): Args {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') { flags.help = true; continue; }
    if (!a.startsWith('--') || a === '--') { positional.push(a); continue; }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!Object.hasOwn(spec, name)) throw new UsageError(`unknown flag --${name}`);
    if (spec[name]) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
    } else if (eq > 0) flags[name] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags[name] = argv[++i]!;
    else throw new UsageError(`--${name} needs a value`);
  }
  return { positional, flags };
}

/**
 * The moment a command decides for: `--at`, else the input file's `at`. `--at now` is the current time, asked for.
 * Where the decision needs a time and none is given, a usage error: there is no hidden clock.
 *
 * @example
 * ```ts
 * timeOf('2026-11-22T10:00:00Z', '2026-01-01', true); // '2026-11-22T10:00:00Z': the flag wins
 * timeOf(undefined, '2026-01-01', true); // '2026-01-01'
 * timeOf(undefined, undefined, false); // undefined
 * ```
 */
export function timeOf(flag: string | true | undefined, fromFile: unknown, needsAt: boolean): string | undefined {
  const given = typeof flag === 'string' ? flag : typeof fromFile === 'string' ? fromFile : undefined;
  if (given === 'now') return new Date().toISOString();
  if (given === undefined && needsAt) throw new UsageError('no time given: pass --at <ISO date-time> (or --at now), or "at" in the input file: the decision depends on the time, and there is no hidden clock');
  return given;
}

