import type { CheckResult } from './checks.js';

const STANDARD = new Set(['allowed', 'reasons', 'policy']);

/** A decision for people: the verdict, then each reason with its clause and remedy. */
export function formatResult(kind: string, r: CheckResult, at: string): string {
  const lines = [`${r.allowed ? 'ALLOWED' : 'DENIED'}  ${kind}  (policy ${r.policy.id} ${r.policy.version}, at ${at})`];
  for (const [k, v] of Object.entries(r)) if (!STANDARD.has(k) && v !== undefined) lines.push(`  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  if (r.reasons.length === 0) lines.push('  no rule fired');
  for (const f of r.reasons) {
    lines.push(`  ${f.effect === 'block' ? 'x block' : '! warn '}  ${f.rule}${f.subject ? `  [${f.subject}]` : ''}`);
    lines.push(`      ${f.message}`);
    lines.push(`      clause: ${f.clause.source} — ${f.clause.section}`);
    if (f.remedy) lines.push(`      remedy: ${f.remedy}`);
  }
  return lines.join('\n');
}
