// The misuse facts: what each is (the specs rules are checked against), and how they are computed from an incident.
import type { Computed, Context } from '../../src/core/area.js';
import { b, one, tri, triOf } from '../../src/core/facts.js';
import { invalid, type Finding } from '../../src/core/findings.js';
import { evaluateArea } from '../../src/core/rules/ruleSet.js';
import type { ParamSpec } from '../../src/core/rules/types.js';
import { instantMs } from '../../src/core/time/instant.js';
import { concernKinds } from '../concern/routeConcern.js';
import type { MisusePolicy } from './policy.js';
import type { MisuseIncident } from './schema.js';
import { actorRoles, misuseActivities, misuseContexts, misuseTiers, sanctions, type MisuseTier } from './vocabulary.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts misuse rules may use: once per incident. */
export const misuseFactSpecs = {
  activity: one(misuseActivities, 'What was done.'),
  actorRole: one(actorRoles, 'Who did it.'),
  deliberate: tri('Done on purpose.'),
  reported: tri('Reported by the person who did it.'),
  warnedBefore: tri('Done again after a warning.'),
  context: one(misuseContexts, 'The circumstances claimed.'),
  duringLessons: tri('During lesson time.'),
  viaEmail: b('Done by email.'),
  classified: b('Policy: the setting\'s own policy classifies this activity (its tier rules apply).'),
  lessonTimeOnly: b('Policy: personal use and non-educational sites are misuse only during lesson time.'),
  curriculumExemption: b('Policy: planned curriculum activity may allow a context-dependent activity.'),
  sysadminExemption: b('Policy: system administration may allow a context-dependent activity.'),
  tier: one(['pending', ...misuseTiers], 'The tier the tier rules gave (pending while they run).'),
  sanctionLog: b('Policy: misuse is logged.'),
  sanctionDisciplinary: b('Policy: misuse by staff may lead to disciplinary action.'),
  disciplinaryForAny: b('Policy: disciplinary action may follow any misuse (else only email outside the agreed protocols).'),
  sanctionAuthorities: b('Policy: illegal activity is reported to the authorities.'),
  sanctionAllegations: b('Policy: the allegations process is followed.'),
  sanctionBehaviour: b('Policy: pupils\' misuse goes through the behaviour procedure.'),
  sanctionLossOfPrivileges: b('Policy: pupils\' misuse of email loses privileges.'),
  sanctionAntiBullying: b('Policy: cyberbullying goes through the anti-bullying procedure.'),
} as const;

/**
 * The tier, sanction and concern misuse rules' events carry.
 *
 * @example
 * ```ts
 * misuseEventParams.tier.values.includes('disciplinary'); // true
 * ```
 */
export const misuseEventParams = {
  tier: { type: 'string', values: misuseTiers, description: 'The tier this rule gives the misuse.' },
  sanction: { type: 'string', values: sanctions, description: 'The sanction this rule adds.' },
  concern: { type: 'string', values: concernKinds, description: 'The kind of concern the misuse also is: it is then routed.' },
} as const satisfies Record<string, ParamSpec>;
// Stryker restore StringLiteral

/**
 * The most serious tier among the findings (the first tier rule wins ties); `undefined` when no tier rule fired.
 *
 * @example
 * ```ts
 * tierOf(classifyMisuse(incident, { policy: 'kirklees-primary' }).reasons); // 'illegal-or-always-unacceptable'
 * tierOf([]); // undefined
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
 * The misuse facts of one incident, with the tier its tier rules give (a first pass over the same rules, so the
 * sanction rules can read it), and what the concern route needs of the incident. No tier rule firing refuses it.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { misuseArea } from './area.js';
 * const facts = computeMisuseFacts([incident], readOptions(misuseArea, { policy: 'kirklees-primary' }));
 * Array.isArray(facts) ? facts : facts.root.tier; // 'illegal-or-always-unacceptable'
 * ```
 */
export function computeMisuseFacts([incident]: [MisuseIncident], ctx: Context<MisusePolicy>): Computed<MisuseConcern> | Finding[] {
  if (incident.occurredAt != null && instantMs(incident.occurredAt) > instantMs(incident.reportedAt)) {
    return [invalid('incident.occurredAt', 'incident.occurredAt is after incident.reportedAt: an event cannot be reported before it happens')];
  }
  const policy = ctx.policy;
  const has = (s: string) => (policy.sanctions as string[]).includes(s);
  const root = {
    activity: incident.activity,
    actorRole: incident.actor.role,
    deliberate: triOf(incident.deliberate),
    reported: triOf(incident.reported),
    warnedBefore: triOf(incident.warnedBefore),
    context: incident.context ?? 'none',
    duringLessons: triOf(incident.duringLessons),
    viaEmail: incident.viaEmail === true,
    classified: (policy.classifies as string[]).includes(incident.activity),
    lessonTimeOnly: policy.lessonTimeOnly,
    curriculumExemption: policy.exemptions.includes('planned-curriculum'),
    sysadminExemption: policy.exemptions.includes('system-administration'),
    tier: 'pending',
    sanctionLog: has('log-incident'),
    sanctionDisciplinary: has('disciplinary-action'),
    disciplinaryForAny: policy.disciplinaryFor === 'any-misuse',
    sanctionAuthorities: has('report-to-authorities'),
    sanctionAllegations: has('allegations-process'),
    sanctionBehaviour: has('behaviour-procedure'),
    sanctionLossOfPrivileges: has('loss-of-privileges'),
    sanctionAntiBullying: has('anti-bullying-procedure'),
  };
  // Two passes over the same rules: the tier rules decide the tier here, then the sanction rules read it.
  const tier = tierOf(evaluateArea(ctx.ruleSet, 'misuse', { root, items: [] }));
  if (tier === undefined) {
    return [invalid('options.rules', `no tier rule of the rule set classifies the activity '${incident.activity}': it cannot be judged not misuse`)];
  }
  // What the concern route needs, read now (once) rather than from the input again later.
  const concern: MisuseConcern = {
    reportedAt: incident.reportedAt, occurredAt: incident.occurredAt ?? undefined, settingType: incident.setting.type, actorRole: incident.actor.role,
    immediateDanger: incident.immediateDanger ?? undefined, meetsHarmThreshold: incident.meetsHarmThreshold ?? undefined,
  };
  root.tier = tier;
  return { root, items: [], derived: concern };
}

/** What the concern route of a misuse needs of the incident, read once with its facts. */
export interface MisuseConcern {
  reportedAt: string | Date;
  occurredAt: string | Date | undefined;
  settingType: MisuseIncident['setting']['type'];
  actorRole: MisuseIncident['actor']['role'];
  immediateDanger: boolean | undefined;
  meetsHarmThreshold: boolean | undefined;
}
