import type { Finding } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { readOptions } from '../../src/core/options.js';
import { presetSection } from '../../src/core/policy/resolve.js';
import { concernArea } from './area.js';
import { lastResortRoute, type Route } from './route.js';
import type { Concern } from './schema.js';

export type { Route, RouteStep } from './route.js';
/** The words a concern is made of, for the area that routes its own cases through here (misuse). */
export { concernKinds, settingTypes } from './vocabulary.js';

/**
 * Options of `routeConcern`: the usual decision options, plus the bank holidays deadlines skip.
 *
 * @example
 * ```ts
 * const options: RouteOptions = { policy: 'barnet-early-years', bankHolidays: ['2026-12-25', '2026-12-28'] };
 * routeConcern(concern, options).steps.find((s) => s.to === 'lado')?.by; // '2026-12-29T23:59:59.999Z' (one working day, after the holidays)
 * ```
 */
export interface RouteOptions extends DecisionOptions {
  /** England and Wales bank holidays (`yyyy-MM-dd`) that LADO working-day deadlines skip. */
  bankHolidays?: string[];
}

/**
 * Routes a concern: whom to tell, in what order and by when, and what to do
 * and not do now, each with its clause. Never routes a concern to the person
 * it is about. Deadlines count from `reportedAt` in Europe/London: the LADO
 * within the policy's working days (skipping weekends and `options.bankHolidays`),
 * Ofsted within 14 days for settings under the EYFS; a deadline already passed
 * is now, with a finding that says it is late.
 *
 * A concern is never dropped: the route always has a step to tell someone at
 * once. An invalid or partial concern (or invalid options) still goes first to
 * the setting's first contact (or the next person up when the concern is about
 * them), `immediately`, with a finding naming each invalid field; the rest of
 * the route comes from the fields that are valid. Never throws, whatever it is given.
 *
 * @example
 * ```ts
 * const route = routeConcern(
 *   { kind: 'allegation-against-staff', reportedAt: '2026-12-24T16:00:00Z', setting: { type: 'nursery' }, subject: { role: 'manager' } },
 *   { policy: 'barnet-early-years', bankHolidays: ['2026-12-25', '2026-12-28'] },
 * );
 * route.steps.map((s) => s.to); // ['registered-person', 'lado', 'ofsted']
 * route.steps.find((s) => s.to === 'lado')?.by; // '2026-12-29T23:59:59.999Z'
 * ```
 */
export function routeConcern(concern: Concern, options?: RouteOptions): Route {
  try {
    return decide(concernArea, [concern], options);
  } catch {
    // Options that throw when read (a getter, a revoked proxy): the baseline's first contact, at once.
    return lastResortRoute(presetSection(concernArea.policy, 'baseline'), readOptions(concernArea, undefined).ref, []);
  }
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
export function concernFacts(concern: unknown, options?: RouteOptions): PreparedFacts<Route> {
  return prepare(concernArea, [concern], options);
}

/**
 * Turns the findings of the concern rules into an ordered route with deadlines (e.g. after `decideWithEngine`).
 *
 * @example
 * ```ts
 * import { createEngine, decideWithEngine } from 'esafety-rules/engine';
 * const prepared = concernFacts(concern, { policy: 'barnet-early-years', bankHolidays: ['2026-12-25', '2026-12-28'] });
 * const route = await decideWithEngine(createEngine(), prepared);
 * buildRoute(prepared, route.reasons).steps.map((s) => s.to); // ['registered-person', 'lado', 'ofsted']
 * ```
 */
export function buildRoute(prepared: PreparedFacts<Route>, fired: Finding[]): Route {
  return prepared.finish(fired);
}
