// The concern facts: what each is (the specs rules are checked against), and how they are computed from a concern.
import type { Computed, Context } from '../../src/core/area.js';
import { b, one, num, tri, triOf } from '../../src/core/facts.js';
import { invalid, type Finding } from '../../src/core/findings.js';
import type { ParamSpec } from '../../src/core/rules/types.js';
import { instantMs } from '../../src/core/time/instant.js';
import type { ConcernPolicy } from './policy.js';
import type { Concern } from './schema.js';
import { concernKinds, deadlineKinds, findingKinds, recipients, settingTypes, subjectRoles, type ConcernKind } from './vocabulary.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts concern-routing rules may use: once per concern. */
export const concernFactSpecs = {
  kinds: { type: 'string[]', values: concernKinds, description: 'Every kind the concern is of.' },
  kindCount: num('How many kinds the concern is of (at least 1).'),
  settingType: one(settingTypes, 'The kind of setting.'),
  subjectRole: one([...subjectRoles, 'none'], 'Who the concern is about (none: nobody).'),
  firstContactIsSubject: b('The concern is about the manager or the designated safeguarding lead.'),
  subjectIsAdultWorker: b('The concern is about someone working or volunteering with children (staff, volunteer, manager, DSL, childminder, registered person).'),
  immediateDanger: tri('A child is in immediate danger.'),
  meetsHarmThreshold: tri('An allegation may meet the harm threshold (no: a low-level concern).'),
  adultInvolved: tri('An adult is involved in nudes shared by children.'),
  personalDataBreach: tri('Lost or exposed data includes personal data.'),
  firstContact: one(['manager', 'dsl', 'esafety-coordinator'], 'Policy: who receives every concern first.'),
  icoReporting: one(['when-required', 'never'], 'Policy: whether the routing includes deciding on an ICO report.'),
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
  kind: { type: 'string', values: findingKinds, required: true, description: 'step (tell someone), consider (decide whether to), signpost (a source of help) or action (do / do not).' },
  to: { type: 'string', values: recipients, description: 'Who to tell (steps, considerations and signposts).' },
  immediately: { type: 'boolean', description: 'Tell them at once.' },
  deadline: { type: 'string', values: deadlineKinds, description: 'Which deadline applies: computed from the time reported and the policy.' },
  order: { type: 'number', description: 'Position in the route: lower first.' },
} as const satisfies Record<string, ParamSpec>;
// Stryker restore StringLiteral

/** Everything a route needs besides the facts: the instants deadlines count from, the bank holidays and the policy. */
export interface ConcernTiming {
  reportedAt: Date;
  /** The earlier of the event and the report. */
  eventAt: Date;
  bankHolidays: ReadonlySet<string>;
  policy: ConcernPolicy;
}

const ADULT_WORKERS = new Set(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person']);

/**
 * The concern facts of one concern, and the timing its deadlines count from; or why the dates cannot be.
 *
 * @example
 * ```ts
 * computeConcernFacts([concern], ctx).root.firstContactIsSubject; // true for a concern about the manager
 * ```
 */
export function computeConcernFacts([concern]: [Concern], ctx: Context<ConcernPolicy>): Computed<ConcernTiming> | Finding[] {
  const reportedAt = instantMs(concern.reportedAt);
  const occurredAt = concern.occurredAt !== undefined ? instantMs(concern.occurredAt) : reportedAt;
  if (reportedAt > ctx.atMs) {
    return [invalid('concern.reportedAt', 'concern.reportedAt is after options.at: a concern cannot be reported after the moment of the decision')];
  }
  if (occurredAt > reportedAt) {
    return [invalid('concern.occurredAt', 'concern.occurredAt is after concern.reportedAt: an event cannot be reported before it happens')];
  }
  const kinds: ConcernKind[] = Array.isArray(concern.kind) ? [...new Set(concern.kind)] : [concern.kind];
  const role = concern.subject?.role ?? 'none';
  const policy = ctx.policy;
  const root = {
    kinds,
    kindCount: kinds.length,
    settingType: concern.setting.type,
    subjectRole: role,
    firstContactIsSubject: role === 'manager' || role === 'dsl',
    subjectIsAdultWorker: ADULT_WORKERS.has(role),
    immediateDanger: triOf(concern.immediateDanger),
    meetsHarmThreshold: triOf(concern.meetsHarmThreshold),
    adultInvolved: triOf(concern.adultInvolved),
    personalDataBreach: triOf(concern.personalDataBreach),
    firstContact: policy.firstContact,
    icoReporting: policy.ico.report,
  };
  const bankHolidays = (ctx.extra as ReadonlySet<string> | undefined) ?? new Set<string>();
  return { root, items: [], derived: { reportedAt: new Date(reportedAt), eventAt: new Date(occurredAt), bankHolidays, policy } };
}
