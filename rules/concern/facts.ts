// The concern facts: what each is (the specs rules are checked against), and how they are computed from a concern.
import type { Computed, Context } from '../../src/core/area.js';
import { b, one, num, tri, triOf } from '../../src/core/facts.js';
import { invalid, type Finding } from '../../src/core/findings.js';
import type { ParamSpec } from '../../src/core/rules/types.js';
import { instantMs } from '../../src/core/time/instant.js';
import type { ConcernPolicy } from './policy.js';
import type { Concern } from './schema.js';
import {
  concernKinds, concernProcedures, deadlineKinds, findingKinds, recipients, settingTypes, subjectRoles,
  type ConcernKind, type SettingType, type SubjectRole,
} from './vocabulary.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts concern-routing rules may use: once per concern. */
export const concernFactSpecs = {
  kinds: { type: 'string[]', values: concernKinds, description: 'Every kind the concern is of (of an invalid concern: its valid kinds, maybe none).' },
  kindCount: num('How many kinds the concern is of (at least 1 in a valid concern).'),
  settingType: one([...settingTypes, 'unknown'], 'The kind of setting (unknown: the concern did not give a valid one).'),
  subjectRole: one([...subjectRoles, 'none'], 'Who the concern is about (none: nobody).'),
  firstContactIsSubject: b('The concern is about the manager or the designated safeguarding lead (or, in a childminder setting, the childminder, who is both).'),
  subjectIsAdultWorker: b('The concern is about someone working or volunteering with children (staff, volunteer, manager, DSL, childminder, registered person).'),
  immediateDanger: tri('A child is in immediate danger.'),
  meetsHarmThreshold: tri('An allegation may meet the harm threshold (no: a low-level concern).'),
  adultInvolved: tri('An adult is involved in nudes shared by children.'),
  personalDataBreach: tri('Lost or exposed data includes personal data.'),
  firstContact: one(['manager', 'dsl', 'esafety-coordinator'], 'Policy: who receives every concern first.'),
  dslIsManager: b('Policy: the designated safeguarding lead is the manager (one person in both roles).'),
  icoReporting: one(['when-required', 'never'], 'Policy: whether the routing includes deciding on an ICO report.'),
  procedures: { type: 'string[]', values: concernProcedures, description: 'Policy: the routing procedures the setting\'s policy states beyond its first contact and the law.' },
} as const;

/**
 * The routing params concern rules' events carry.
 *
 * @example
 * ```ts
 * concernEventParams.to.values.includes('lado'); // true
 * ```
 */
export const concernEventParams = {
  kind: { type: 'string', values: findingKinds, required: true, description: 'step (report to someone), advice (seek their advice), consider (decide whether to), signpost (a source of help) or action (do / do not).' },
  to: { type: 'string', values: recipients, description: 'Who to tell (steps, advice, considerations and signposts).' },
  immediately: { type: 'boolean', description: 'Tell them at once.' },
  deadline: { type: 'string', values: deadlineKinds, description: 'Which deadline applies: computed from the time reported and the policy.' },
  order: { type: 'number', description: 'Position in the route: lower first.' },
} as const satisfies Record<string, ParamSpec>;
// Stryker restore StringLiteral

/** Everything a route needs besides the facts: the instants deadlines count from, the bank holidays and the policy. */
export interface ConcernTiming {
  /** When the concern was reported; absent where the concern gave no valid time (then every deadline is now). */
  reportedAt?: Date;
  /** The earlier of the event and the report; absent where neither is known. */
  eventAt?: Date;
  bankHolidays: ReadonlySet<string>;
  policy: ConcernPolicy;
}

/**
 * What the facts are computed from: the concern's fields as far as they are valid (all of them, for a valid concern).
 *
 * @example
 * ```ts
 * const parts: ConcernParts = { kinds: ['cyberbullying'], settingType: 'unknown', role: 'none' };
 * ```
 */
export interface ConcernParts {
  kinds: readonly ConcernKind[];
  settingType: SettingType | 'unknown';
  role: SubjectRole | 'none';
  immediateDanger?: boolean | undefined;
  meetsHarmThreshold?: boolean | undefined;
  adultInvolved?: boolean | undefined;
  personalDataBreach?: boolean | undefined;
}

const ADULT_WORKERS = new Set(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person']);

/**
 * The root facts of a concern's parts under a policy: one computation for valid concerns and for what an invalid one
 * still says.
 *
 * @example
 * ```ts
 * rootFacts({ kinds: ['cyberbullying'], settingType: 'nursery', role: 'manager' }, policy.concern).firstContactIsSubject; // true
 * ```
 */
export function rootFacts(p: ConcernParts, policy: ConcernPolicy): Record<string, unknown> {
  const role = p.role;
  return {
    kinds: p.kinds,
    kindCount: p.kinds.length,
    settingType: p.settingType,
    subjectRole: role,
    firstContactIsSubject: role === 'manager' || role === 'dsl' || (role === 'childminder' && p.settingType === 'childminder'),
    subjectIsAdultWorker: ADULT_WORKERS.has(role),
    immediateDanger: triOf(p.immediateDanger),
    meetsHarmThreshold: triOf(p.meetsHarmThreshold),
    adultInvolved: triOf(p.adultInvolved),
    personalDataBreach: triOf(p.personalDataBreach),
    firstContact: policy.firstContact,
    dslIsManager: policy.dslIsManager,
    icoReporting: policy.ico.report,
    procedures: policy.procedures,
  };
}

/**
 * The concern facts of one concern, and the timing its deadlines count from; or why the dates cannot be.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { concernArea } from './area.js';
 * const ctx = readOptions(concernArea, { policy: 'barnet-early-years', at: '2026-12-24T17:00:00Z' });
 * const facts = computeConcernFacts([concern], ctx); // or findings, for impossible dates
 * Array.isArray(facts) ? facts : facts.root.firstContactIsSubject; // true (the concern is about the manager)
 * ```
 */
export function computeConcernFacts([concern]: [Concern], ctx: Context<ConcernPolicy>): Computed<ConcernTiming> | Finding[] {
  const reportedAt = instantMs(concern.reportedAt);
  const occurredAt = concern.occurredAt != null ? instantMs(concern.occurredAt) : reportedAt;
  if (reportedAt > ctx.atMs) {
    return [invalid('concern.reportedAt', 'concern.reportedAt is after options.at: a concern cannot be reported after the moment of the decision')];
  }
  if (occurredAt > reportedAt) {
    return [invalid('concern.occurredAt', 'concern.occurredAt is after concern.reportedAt: an event cannot be reported before it happens')];
  }
  const kinds: ConcernKind[] = Array.isArray(concern.kind) ? [...new Set(concern.kind)] : [concern.kind];
  const root = rootFacts({
    kinds, settingType: concern.setting.type, role: concern.subject?.role ?? 'none', immediateDanger: concern.immediateDanger ?? undefined,
    meetsHarmThreshold: concern.meetsHarmThreshold ?? undefined, adultInvolved: concern.adultInvolved ?? undefined, personalDataBreach: concern.personalDataBreach ?? undefined,
  }, ctx.policy);
  const bankHolidays = (ctx.extra as ReadonlySet<string> | undefined) ?? new Set<string>();
  return { root, items: [], derived: { reportedAt: new Date(reportedAt), eventAt: new Date(occurredAt), bankHolidays, policy: ctx.policy } };
}
