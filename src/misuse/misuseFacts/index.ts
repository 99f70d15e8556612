import { safeParse } from '../../core/input.js';
import type { MisusePolicy } from '../policy.js';
import { readOptions, type Context, type DecisionOptions, type PreparedFacts } from '../../core/options.js';
import { misuseRules } from '../rules.js';
import type { Finding } from '../../core/findings.js';
import { inputFindings, invalid } from '../../core/findings.js';
import { evaluateArea, type FactSets } from '../../core/rules/ruleSet.js';
import { misuseIncidentSchema, type MisuseIncident } from '../schema.js';
import { misuseTiers, type MisuseTier } from '../vocabulary.js';

const tri = (v: boolean | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

/**
 * The most serious tier among the findings (the first tier rule wins ties); `undefined` when no tier rule fired.
 *
 * @example
 * ```ts
 * tierOf([{ data: { tier: 'disciplinary' } }, { data: { tier: 'not-misuse' } }] as Finding[]); // 'disciplinary'
 * ```
 */
export function tierOf(findings: readonly Finding[]): MisuseTier | undefined {
  let best: number | undefined;
  for (const f of findings) {
    const i = misuseTiers.indexOf(f.data?.tier as MisuseTier);
    if (i >= 0 && (best === undefined || i < best)) best = i;
  }
  return best === undefined ? undefined : misuseTiers[best];
}

/**
 * Checks the incident and options once; when valid, the facts with the tier already decided by the tier rules.
 *
 * @example
 * ```ts
 * prepareMisuse(incident, { policy: 'kirklees-primary' }).prepared.sets?.root.tier; // e.g. 'disciplinary'
 * ```
 */
export function prepareMisuse(incident: unknown, options?: unknown): { prepared: PreparedFacts; incident?: MisuseIncident; ctx: Context<MisusePolicy> } {
  const ctx = readOptions(options, false, misuseRules.decision);
  const base = { area: 'misuse', policy: ctx.ref, ruleSet: ctx.ruleSet };
  const parsed = safeParse(misuseIncidentSchema, incident);
  const findings = [...ctx.findings];
  if (!parsed.success) findings.push(...inputFindings('incident', incident, parsed.error.issues));
  if (findings.length || !parsed.success) return { prepared: { ...base, findings }, ctx };
  const i = parsed.data as MisuseIncident;
  const policy = ctx.policy;
  const has = (s: string) => (policy.sanctions as string[]).includes(s);
  const root = {
    activity: i.activity,
    actorRole: i.actor.role,
    deliberate: tri(i.deliberate),
    reported: tri(i.reported),
    warnedBefore: tri(i.warnedBefore),
    context: i.context ?? 'none',
    duringLessons: tri(i.duringLessons),
    viaEmail: i.viaEmail === true,
    curriculumExemption: policy.exemptions.includes('planned-curriculum'),
    sysadminExemption: policy.exemptions.includes('system-administration'),
    tier: 'pending',
    sanctionLog: has('log-incident'),
    sanctionDisciplinary: has('disciplinary-action'),
    sanctionAuthorities: has('report-to-authorities'),
    sanctionAllegations: has('allegations-process'),
    sanctionBehaviour: has('behaviour-procedure'),
    sanctionLossOfPrivileges: has('loss-of-privileges'),
    sanctionAntiBullying: has('anti-bullying-procedure'),
  };
  // Two passes over the same rules: the tier rules decide the tier, then the sanction rules read it.
  const first: FactSets = { root, items: [] };
  const tier = tierOf(evaluateArea(ctx.ruleSet, 'misuse', first));
  if (tier === undefined) {
    findings.push(invalid('options.rules', `no tier rule of the rule set classifies the activity '${i.activity}': it cannot be judged not misuse`));
    return { prepared: { ...base, findings }, ctx };
  }
  return { prepared: { ...base, findings: [], sets: { root: { ...root, tier }, items: [] } }, incident: i, ctx };
}

/**
 * The facts the misuse rules classify on, with the tier the tier rules gave
 * (so the sanction rules can read it). `classifyMisuse` evaluates them itself;
 * pass them to `decideWithEngine` (from `esafety-rules/engine`) for the
 * json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = misuseFacts(
 *   { activity: 'chain-messages', actor: { role: 'pupil' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } },
 *   { policy: 'kirklees-primary' },
 * );
 * prepared.sets?.root.tier; // 'disciplinary'
 * ```
 */
export function misuseFacts(incident: unknown, options?: DecisionOptions): PreparedFacts {
  return prepareMisuse(incident, options).prepared;
}
