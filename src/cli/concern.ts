import type { Args } from './args.js';
import { readJson, UsageError } from './io.js';
import type { RouteOptions } from '../concern/concernFacts/index.js';
import { routeConcern, type Route } from '../concern/routeConcern/index.js';
import { classifyMisuse, type MisuseClassification } from '../misuse/classifyMisuse/index.js';
import type { Finding } from '../core/findings.js';

const out = (s: string) => process.stdout.write(s + '\n');
const INVALID = (reasons: Finding[]) => reasons.some((f) => f.rule === 'input.invalid');

function readObject(file: string | undefined, usage: string): Record<string, unknown> {
  if (!file) throw new UsageError(usage);
  const input = readJson(file);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UsageError(`${file}: expected a JSON object`);
  return input as Record<string, unknown>;
}

/** Options from the input file, overridden by `--preset`, `--at` and `--bank-holidays`. No default `at`: routing needs only `reportedAt`. */
function optionsOf(input: Record<string, unknown>, flags: Args['flags']): RouteOptions {
  const o: Record<string, unknown> = {};
  const policy = typeof flags.preset === 'string' ? flags.preset : input.policy;
  if (policy !== undefined) o.policy = policy;
  const at = typeof flags.at === 'string' ? flags.at : input.at;
  if (at !== undefined) o.at = at;
  if (typeof flags['bank-holidays'] === 'string') o.bankHolidays = flags['bank-holidays'].split(',').map((s) => s.trim()).filter(Boolean);
  else if (input.bankHolidays !== undefined) o.bankHolidays = input.bankHolidays;
  return o as RouteOptions;
}

const london = (iso: string) => new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * A route for people: numbered steps with their deadlines and clauses, then what to do and not do.
 *
 * @example
 * ```ts
 * console.log(formatRoute(routeConcern(concern)));
 * ```
 */
export function formatRoute(r: Route): string {
  const lines = [`ROUTE  (policy ${r.policy.id} ${r.policy.version})`];
  if (INVALID(r.reasons)) {
    lines.push('  invalid input: no route');
    for (const f of r.reasons) lines.push(`  x ${f.subject ?? ''}  ${f.message}`);
    return lines.join('\n');
  }
  r.steps.forEach((s, i) => {
    const when = s.immediately ? 'IMMEDIATELY' : s.by ? `by ${london(s.by)}` : s.kind === 'signpost' ? 'source of help' : 'when decided';
    const by = s.immediately && s.by ? ` (at the latest ${london(s.by)})` : '';
    lines.push(`  ${String(i + 1).padStart(2)}. ${s.kind === 'step' ? '' : `${s.kind}: `}${s.to}  ${when}${by}`);
    lines.push(`      ${s.finding.message}`);
    lines.push(`      clause: ${s.finding.clause.source} — ${s.finding.clause.section}`);
    for (const c of s.contacts ?? []) lines.push(`      contact: ${[c.label, c.name, c.phone, c.email, c.url, c.hours].filter(Boolean).join(' · ')}`);
  });
  if (r.steps.length === 0) lines.push('  no one to tell');
  if (r.contactsPublished) lines.push(`  contacts published: ${r.contactsPublished}`);
  for (const a of r.actions) {
    lines.push(`  ${a.effect === 'block' ? 'x do not' : '- do    '}  ${a.message}`);
    lines.push(`      clause: ${a.clause.source} — ${a.clause.section}`);
  }
  return lines.join('\n');
}

/**
 * `esafety-rules route <file.json|->`: exit 0 with a route, 2 on invalid input.
 *
 * @example
 * ```ts
 * routeCommand(parseArgs(['route', 'examples/concern/childminder-grooming.json'])); // 0
 * ```
 */
export function routeCommand({ positional, flags }: Args): number {
  const input = readObject(positional[1], 'usage: esafety-rules route <file.json|-> [--json] [--preset ID] [--at ISO] [--bank-holidays yyyy-MM-dd,...]  (file: { "concern": Concern, "policy"?, "bankHolidays"? })');
  const route = routeConcern(input.concern as never, optionsOf(input, flags));
  out(flags.json ? JSON.stringify(route, null, 2) : formatRoute(route));
  return INVALID(route.reasons) ? 2 : 0;
}

/**
 * `esafety-rules classify <file.json|->`: exit 0 with a classification, 2 on invalid input.
 *
 * @example
 * ```ts
 * classifyCommand(parseArgs(['classify', 'examples/misuse/sysadmin-accessing-files.json'])); // 0
 * ```
 */
export function classifyCommand({ positional, flags }: Args): number {
  const input = readObject(positional[1], 'usage: esafety-rules classify <file.json|-> [--json] [--preset ID] [--at ISO]  (file: { "incident": MisuseIncident, "policy"?, "bankHolidays"? })');
  const result: MisuseClassification = classifyMisuse(input.incident as never, optionsOf(input, flags));
  if (flags.json) { out(JSON.stringify(result, null, 2)); return INVALID(result.reasons) ? 2 : 0; }
  const lines = [`${result.tier.toUpperCase()}  (policy ${result.policy.id} ${result.policy.version})`];
  if (result.sanctions.length) lines.push(`  sanctions: ${result.sanctions.join(', ')}`);
  for (const f of result.reasons) {
    lines.push(`  ${f.effect === 'block' ? 'x' : '!'} ${f.rule}${f.subject ? `  [${f.subject}]` : ''}`);
    lines.push(`      ${f.message}`);
    lines.push(`      clause: ${f.clause.source} — ${f.clause.section}`);
  }
  out(lines.join('\n'));
  if (result.route) out(formatRoute(result.route));
  return INVALID(result.reasons) ? 2 : 0;
}
