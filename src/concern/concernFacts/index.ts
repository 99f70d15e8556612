import type { Finding } from '../../core/findings.js';
import { concernRules } from '../rules.js';
import { readOptions, type Context, type DecisionOptions, type PreparedFacts } from '../../core/options.js';
import { changedWhileRead, inputFindings, invalid } from '../../core/findings.js';
import { validator } from '../../core/input.js';
import { toInstant } from '../../core/time/instant.js';
import { isDay } from '../../core/time/workingDays.js';
import type { ConcernPolicy } from '../policy.js';
import { concernSchema, type Concern } from '../schema.js';
import type { ConcernKind } from '../vocabulary.js';

/**
 * Options of `routeConcern`: the usual decision options, plus the bank holidays deadlines skip.
 *
 * @example
 * ```ts
 * const options: RouteOptions = { policy: 'barnet-early-years', bankHolidays: ['2026-12-25', '2026-12-28'] };
 * ```
 */
export interface RouteOptions extends DecisionOptions {
  /** England and Wales bank holidays (`yyyy-MM-dd`) that LADO working-day deadlines skip. */
  bankHolidays?: string[];
}

/**
 * Everything a route needs besides the facts: the instants deadlines count from, and the policy.
 *
 * @example
 * ```ts
 * prepareConcern(concern).timing?.reportedAt; // a Date
 * ```
 */
export interface ConcernTiming {
  reportedAt: Date;
  /** The earlier of the event and the report. */
  eventAt: Date;
  bankHolidays: ReadonlySet<string>;
  policy: ConcernPolicy;
}

const parseConcern = validator(concernSchema);

const tri = (v: boolean | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');
const ADULT_WORKERS = new Set(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person']);

/**
 * Checks the concern and options once: prepared facts, and the timing when valid.
 *
 * @example
 * ```ts
 * const { prepared, timing } = prepareConcern(concern, { policy: 'kirklees-primary' });
 * ```
 */
export function prepareConcern(concern: unknown, options?: unknown): Prepared {
  const ctx = readOptions(options, false, concernRules.decision);
  try { return prepare(concern, options, ctx); } catch {
    return { prepared: { area: 'concern', policy: ctx.ref, ruleSet: ctx.ruleSet, findings: [changedWhileRead(['concern'])] }, ctx };
  }
}

type Prepared = { prepared: PreparedFacts; timing?: ConcernTiming; ctx: Context<ConcernPolicy> };

function prepare(concern: unknown, options: unknown, ctx: Context<ConcernPolicy>): Prepared {
  const base = { area: 'concern', policy: ctx.ref, ruleSet: ctx.ruleSet };
  const findings: Finding[] = ctx.findings.length ? [...ctx.findings] : [];
  const holidays = readHolidays(options, findings);
  const c = parseConcern(concern);
  if (!c.success) findings.push(...inputFindings('concern', concern, c.error.issues as never));
  if (findings.length || !c.success) return { prepared: { ...base, findings }, ctx };
  const data = c.data as Concern;
  const reportedAt = toInstant(data.reportedAt);
  const occurredAt = data.occurredAt !== undefined ? toInstant(data.occurredAt) : reportedAt;
  if (!reportedAt || !occurredAt) {
    const bad = [...(!reportedAt ? ['concern.reportedAt'] : []), ...(data.occurredAt !== undefined && !occurredAt ? ['concern.occurredAt'] : [])];
    return { prepared: { ...base, findings: bad.map((f) => invalid(f, `${f} must be an ISO 8601 date or date-time`)) }, ctx };
  }
  if (!Number.isNaN(ctx.at.getTime()) && reportedAt.getTime() > ctx.at.getTime()) {
    return { prepared: { ...base, findings: [invalid('concern.reportedAt', 'concern.reportedAt is after options.at: a concern cannot be reported after the moment of the decision')] }, ctx };
  }
  if (occurredAt.getTime() > reportedAt.getTime() && data.occurredAt !== undefined) {
    return { prepared: { ...base, findings: [invalid('concern.occurredAt', 'concern.occurredAt is after concern.reportedAt: an event cannot be reported before it happens')] }, ctx };
  }
  const kinds = (Array.isArray(data.kind) ? [...new Set(data.kind)] : [data.kind]) as ConcernKind[];
  const role = data.subject?.role ?? 'none';
  const policy = ctx.policy;
  const root = {
    kinds,
    kindCount: kinds.length,
    settingType: data.setting.type,
    subjectRole: role,
    firstContactIsSubject: role === 'manager' || role === 'dsl',
    subjectIsAdultWorker: ADULT_WORKERS.has(role),
    immediateDanger: tri(data.immediateDanger),
    meetsHarmThreshold: tri(data.meetsHarmThreshold),
    adultInvolved: tri(data.adultInvolved),
    personalDataBreach: tri(data.personalDataBreach),
    firstContact: policy.firstContact,
    icoReporting: policy.ico.report,
  };
  return {
    prepared: { area: 'concern', policy: ctx.ref, ruleSet: ctx.ruleSet, findings: [], sets: { root, items: [] } },
    timing: { reportedAt, eventAt: occurredAt, bankHolidays: holidays, policy },
    ctx,
  };
}

function readHolidays(options: unknown, findings: Finding[]): ReadonlySet<string> {
  const raw = typeof options === 'object' && options !== null ? (options as Record<string, unknown>).bankHolidays : undefined;
  if (raw === undefined) return new Set();
  if (!Array.isArray(raw) || raw.length > 2_000) {
    findings.push(invalid('options.bankHolidays', 'options.bankHolidays must be a list of dates (yyyy-MM-dd), at most 2000'));
    return new Set();
  }
  raw.forEach((d, i) => { if (!isDay(d)) findings.push(invalid(`options.bankHolidays[${i}]`, `options.bankHolidays[${i}] must be a date (yyyy-MM-dd)`)); });
  return new Set(raw.filter(isDay));
}

/**
 * The facts the concern rules route on, for one concern. `routeConcern`
 * evaluates them itself; pass them to `decideWithEngine` (from
 * `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = concernFacts(
 *   { kind: 'allegation-against-staff', reportedAt: '2026-11-20T15:00:00Z', setting: { type: 'nursery' }, subject: { role: 'manager' } },
 *   { policy: 'barnet-early-years' },
 * );
 * prepared.sets?.root.firstContactIsSubject; // true
 * ```
 */
export function concernFacts(concern: unknown, options?: RouteOptions): PreparedFacts {
  return prepareConcern(concern, options).prepared;
}
