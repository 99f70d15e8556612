// The children's internet facts: what each is (the specs rules are checked against), and how they are computed from a session.
import type { Computed, Context } from '../../src/core/area.js';
import { one, tri, triOf } from '../../src/core/facts.js';
import type { InternetPolicy } from './policy.js';
import { activities, type InternetSession } from './schema.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts children's internet rules may use. */
export const internetFactSpecs = {
  deviceOwner: one(['setting', 'personal', 'child'], 'Who owns the device.'),
  supervision: one(['adult-sitting-with', 'adult-in-room', 'none'], 'How the child is supervised.'),
  activity: one(activities, 'What the child does online.'),
  writtenParentalPermission: tri('Written parental permission is recorded.'),
  inAreaVisibleToStaff: tri('The device is in an area clearly visible to staff.'),
  contentChecked: tri('Staff checked the content first.'),
  filteringActive: tri('Age-appropriate filtering is active.'),
  secondHandDevice: tri('The device was bought second hand or donated.'),
  secondHandDeviceChecked: tri('The manager checked the second-hand device.'),
  plannedCurriculumActivity: tri('Part of a planned curriculum activity.'),
  searchSupervision: one(['adult-sitting-with', 'supervised', 'never'], 'Policy: how children search.'),
  contentCheck: one(['required', 'encouraged'], 'Policy: staff checking content.'),
  childEmail: one(['forbidden', 'allowed'], 'Policy: children using email.'),
} as const;

/**
 * The internet facts of one session. `options.at` is not needed.
 *
 * @example
 * ```ts
 * computeInternetFacts([{ deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'search' }], ctx).root.filteringActive; // 'unknown'
 * ```
 */
export function computeInternetFacts([s]: [InternetSession], ctx: Context<InternetPolicy>): Computed {
  const p = ctx.policy;
  const root = {
    deviceOwner: s.deviceOwner,
    supervision: s.supervision,
    activity: s.activity,
    writtenParentalPermission: triOf(s.writtenParentalPermission),
    inAreaVisibleToStaff: triOf(s.inAreaVisibleToStaff),
    contentChecked: triOf(s.contentChecked),
    filteringActive: triOf(s.filteringActive),
    secondHandDevice: triOf(s.secondHandDevice),
    secondHandDeviceChecked: triOf(s.secondHandDeviceChecked),
    plannedCurriculumActivity: triOf(s.plannedCurriculumActivity),
    searchSupervision: p.searchSupervision,
    contentCheck: p.contentCheck,
    childEmail: p.childEmail,
  };
  return { root, items: [] };
}
