/** Parsed command line: positional words and `--flag [value]` options. */
export interface Args {
  positional: string[];
  flags: Record<string, string | true>;
}

const BOOLEAN = new Set(['json', 'help']);

/** Reads `--name value`, `--name=value` and boolean flags. */
export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[name] = a.slice(eq + 1);
      else if (BOOLEAN.has(name) || i + 1 >= argv.length) flags[name] = true;
      else flags[name] = argv[++i]!;
    } else if (a === '-h') flags.help = true;
    else positional.push(a);
  }
  return { positional, flags };
}
