// Results for people: a decision with its reasons, a route with its steps, a classification with its sanctions.
import type { Decision, Finding } from '../core/findings.js';

const STANDARD = new Set(['allowed', 'reasons', 'policy', 'steps', 'actions', 'route', 'tier', 'sanctions', 'contactsPublished']);
const london = (iso: string) => new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

interface RouteLike {
  steps: { to: string; immediately: boolean; by?: string; kind: string; finding: Finding; contacts?: { label: string; name?: string; phone?: string; email?: string; url?: string; hours?: string }[] }[];
  actions: Finding[];
  reasons: Finding[];
  policy: { id: string; version: string };
  contactsPublished?: string;
}

/** True when the findings say the input was invalid. */
export const invalidInput = (reasons: readonly Finding[]): boolean => reasons.some((f) => f.rule === 'input.invalid');

function reasonLines(reasons: readonly Finding[], remedies: boolean): string[] {
  const lines: string[] = [];
  for (const f of reasons) {
    lines.push(`  ${f.effect === 'block' ? 'x block' : '! warn '}  ${f.rule}${f.subject ? `  [${f.subject}]` : ''}`);
    lines.push(`      ${f.message}`);
    lines.push(`      clause: ${f.clause.source} — ${f.clause.section}`);
    if (remedies && f.remedy) lines.push(`      remedy: ${f.remedy}`);
  }
  return lines;
}

/** A decision: the verdict, any extra fields (e.g. `action`), then each reason with its clause and remedy. */
export function formatDecision(kind: string, r: Decision, at: string): string {
  const lines = [`${r.allowed ? 'ALLOWED' : 'DENIED'}  ${kind}  (policy ${r.policy.id} ${r.policy.version}, at ${at})`];
  for (const [k, v] of Object.entries(r)) if (!STANDARD.has(k) && v !== undefined) lines.push(`  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  if (r.reasons.length === 0) lines.push('  no rule fired');
  return [...lines, ...reasonLines(r.reasons, true)].join('\n');
}

/** A route: numbered steps with their deadlines, contacts and clauses, then what to do and not do. */
export function formatRoute(r: RouteLike): string {
  const lines = [`ROUTE  (policy ${r.policy.id} ${r.policy.version})`];
  if (invalidInput(r.reasons)) {
    lines.push('  invalid input');
    for (const f of r.reasons.filter((x) => x.rule === 'input.invalid')) lines.push(`  x ${f.subject ?? ''}  ${f.message}`);
  }
  r.steps.forEach((s, i) => {
    const when = s.immediately ? 'IMMEDIATELY' : s.by ? `by ${london(s.by)}` : s.kind === 'signpost' ? 'source of help' : 'when decided';
    const by = s.immediately && s.by ? ` (at the latest ${london(s.by)})` : '';
    lines.push(`  ${String(i + 1).padStart(2)}. ${s.kind === 'step' ? '' : `${s.kind}: `}${s.to}  ${when}${by}`);
    lines.push(`      ${s.finding.message}`);
    lines.push(`      clause: ${s.finding.clause.source} — ${s.finding.clause.section}`);
    for (const c of s.contacts ?? []) lines.push(`      contact: ${[c.label, c.name, c.phone, c.email, c.url, c.hours].filter(Boolean).join(' · ')}`);
  });
  if (r.steps.length === 0 && !invalidInput(r.reasons)) lines.push('  no one to tell');
  if (r.contactsPublished) lines.push(`  contacts published: ${r.contactsPublished}`);
  for (const a of r.actions) {
    lines.push(`  ${a.effect === 'block' ? 'x do not' : '- do    '}  ${a.message}`);
    lines.push(`      clause: ${a.clause.source} — ${a.clause.section}`);
  }
  return lines.join('\n');
}

/** A classification: the tier, the sanctions, each reason, then the route where the misuse is also a concern. */
export function formatClassification(r: Decision & { tier: string; sanctions: string[]; route?: RouteLike }): string {
  const lines = [`${r.tier.toUpperCase()}  (policy ${r.policy.id} ${r.policy.version})`];
  if (r.sanctions.length) lines.push(`  sanctions: ${r.sanctions.join(', ')}`);
  lines.push(...reasonLines(r.reasons, false).map((l) => l.replace(/^ {2}x block {2}/, '  x ').replace(/^ {2}! warn {3}/, '  ! ')));
  if (r.route) lines.push(formatRoute(r.route));
  return lines.join('\n');
}

/** Any result, by its shape. */
export function formatResult(kind: string, r: unknown, at: string): string {
  const x = r as Record<string, unknown>;
  if (Array.isArray(x.steps)) return formatRoute(x as unknown as RouteLike);
  if (typeof x.tier === 'string') return formatClassification(x as never);
  return formatDecision(kind, x as unknown as Decision, at);
}
