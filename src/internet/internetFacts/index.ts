import type { PreparedFacts } from '../../decision/options.js';
import { internetRules } from '../rules.js';
import { readOptions, type DecisionOptions } from '../../decision/options.js';
import { inputFindings } from '../../input/findings.js';
import { tri } from '../../phone/people.js';
import { internetSessionSchema, type InternetSession } from '../schema.js';

/**
 * The facts the children's internet rules decide on, for one session. `options.at` is not needed.
 *
 * @example
 * ```ts
 * const prepared = internetFacts({ deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'search' }, { policy: 'kirklees-primary' });
 * prepared.sets?.root.filteringActive; // 'unknown'
 * ```
 */
export function internetFacts(session: unknown, options?: DecisionOptions): PreparedFacts {
  const ctx = readOptions(options, false, internetRules.decision);
  const base = { area: 'internet', policy: ctx.ref, ruleSet: ctx.ruleSet };
  const r = internetSessionSchema.safeParse(session);
  const findings = [...ctx.findings];
  if (!r.success) findings.push(...inputFindings('session', session, r.error.issues));
  if (findings.length || !r.success) return { ...base, findings };
  const s = r.data as InternetSession;
  const p = ctx.policy;
  const root = {
    deviceOwner: s.deviceOwner,
    supervision: s.supervision,
    activity: s.activity,
    writtenParentalPermission: tri(s.writtenParentalPermission),
    inAreaVisibleToStaff: tri(s.inAreaVisibleToStaff),
    contentChecked: tri(s.contentChecked),
    filteringActive: tri(s.filteringActive),
    secondHandDevice: tri(s.secondHandDevice),
    secondHandDeviceChecked: tri(s.secondHandDeviceChecked),
    plannedCurriculumActivity: tri(s.plannedCurriculumActivity),
    searchSupervision: p.searchSupervision,
    contentCheck: p.contentCheck,
    childEmail: p.childEmail,
  };
  return { ...base, findings: [], sets: { root, items: [] } };
}
