// The children's internet facts: what each is (the specs rules are checked against), and how they are computed from a session.
import type { Computed, Context } from '../../src/core/area.js';
import { one, tri, triOf } from '../../src/core/facts.js';
import type { InternetPolicy } from './policy.js';
import { activities, DIGITAL_CONSENT_AGE, type InternetSession } from './schema.js';

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
  belowDigitalConsentAge: tri('The child is under the digital consent age (13): yes, no, or unknown where the age is not given.'),
  serviceAsksConsent: tri('The online service asks for the user\'s consent to use their personal data.'),
  parentalConsentToService: tri('A parent gave or authorised consent to the service for this child.'),
  personalDeviceAuthorised: tri('The use of a staff member\'s personal device was authorised as the policy says.'),
  taughtStaySafe: tri('The child was taught the stay-safe principles before going online.'),
  searchSupervision: one(['adult-sitting-with', 'supervised', 'never'], 'Policy: how children search.'),
  contentCheck: one(['required', 'encouraged', 'not-stated'], 'Policy: staff checking content.'),
  childEmail: one(['forbidden', 'allowed'], 'Policy: children using email.'),
  childDeviceLocation: one(['visible-to-staff', 'not-stated'], 'Policy: where children\'s computers stand.'),
  parentalPermission: one(['written', 'signed-aup', 'not-stated'], 'Policy: parents\' permission for internet use.'),
  childDevice: one(['setting-owned', 'personal-authorised', 'not-stated'], 'Policy: the devices children use.'),
  secondHandCheck: one(['manager-checks', 'not-stated'], 'Policy: checking second-hand computers.'),
  childSocialNetworking: one(['forbidden', 'planned-curriculum'], 'Policy: children\'s social networking.'),
  nonEducationalSites: one(['planned-curriculum', 'not-stated'], 'Policy: non-educational sites.'),
  publicPosting: one(['school-activity-only', 'not-stated'], 'Policy: children posting where the public has access.'),
  staySafeTeaching: one(['before-use', 'not-stated'], 'Policy: stay-safe teaching before going online.'),
  childInstall: one(['forbidden', 'not-stated'], 'Policy: children installing programs or apps.'),
} as const;

/**
 * The internet facts of one session. `options.at` is not needed.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { internetArea } from './area.js';
 * const ctx = readOptions(internetArea, { policy: 'kirklees-primary' });
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
    belowDigitalConsentAge: s.childAge == null ? 'unknown' : s.childAge < DIGITAL_CONSENT_AGE ? 'yes' : 'no',
    serviceAsksConsent: triOf(s.serviceAsksConsent),
    parentalConsentToService: triOf(s.parentalConsentToService),
    personalDeviceAuthorised: triOf(s.personalDeviceAuthorised),
    taughtStaySafe: triOf(s.taughtStaySafe),
    searchSupervision: p.searchSupervision,
    contentCheck: p.contentCheck,
    childEmail: p.childEmail,
    childDeviceLocation: p.childDeviceLocation,
    parentalPermission: p.parentalPermission,
    childDevice: p.childDevice,
    secondHandCheck: p.secondHandCheck,
    childSocialNetworking: p.childSocialNetworking,
    nonEducationalSites: p.nonEducationalSites,
    publicPosting: p.publicPosting,
    staySafeTeaching: p.staySafeTeaching,
    childInstall: p.childInstall,
  };
  return { root, items: [] };
}
