// The words of concern routing: who a concern goes to, what it is about, where, and who it is about.
/**
 * Everyone a concern can be routed to.
 *
 * @example
 * ```ts
 * recipients.includes('lado'); // true
 * ```
 */
export const recipients = Object.freeze([
  'manager', 'dsl', 'deputy-dsl', 'leadership-team', 'registered-person', 'esafety-coordinator',
  'technical-support', 'lado', 'police', 'emergency-services', 'childrens-social-care', 'mash',
  'ofsted', 'childminding-team', 'ceop', 'iwf', 'nspcc', 'childline', 'parents', 'ico',
  'line-manager', 'head-teacher',
] as const);
/**
 * A person, team or agency a concern goes to.
 *
 * @example
 * ```ts
 * const to: Recipient = 'registered-person';
 * ```
 */
export type Recipient = (typeof recipients)[number];

/**
 * What a concern is about. A concern may be of several kinds at once.
 *
 * @example
 * ```ts
 * concernKinds.includes('online-grooming'); // true
 * ```
 */
export const concernKinds = Object.freeze([
  'allegation-against-staff', 'child-protection', 'indecent-images-found', 'accidental-access',
  'online-grooming', 'nudes-shared', 'cyberbullying', 'offensive-content', 'data-loss',
  'security-incident', 'misuse-of-technology', 'serious-injury',
] as const);
/**
 * One kind of concern.
 *
 * @example
 * ```ts
 * const kind: ConcernKind = 'nudes-shared';
 * ```
 */
export type ConcernKind = (typeof concernKinds)[number];

/**
 * The kinds of setting the policies cover.
 *
 * @example
 * ```ts
 * const type: SettingType = settingTypes[2]; // 'childminder'
 * ```
 */
export const settingTypes = Object.freeze(['nursery', 'pre-school', 'childminder', 'out-of-school-club', 'school'] as const);
/** The kind of setting a concern arises in. */
export type SettingType = (typeof settingTypes)[number];

/**
 * Who a concern is about.
 *
 * @example
 * ```ts
 * const role: SubjectRole = 'dsl';
 * ```
 */
export const subjectRoles = Object.freeze(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person', 'parent', 'child', 'other', 'unknown'] as const);
/** The role of the person a concern is about. */
export type SubjectRole = (typeof subjectRoles)[number];

/**
 * The recipients who ARE the subject, by the subject's role: a concern must never go to them.
 *
 * @example
 * ```ts
 * recipientsWhoAreSubject('manager'); // ['manager']
 * recipientsWhoAreSubject('manager', { dslIsManager: true }); // ['manager', 'dsl']
 * ```
 */
export function recipientsWhoAreSubject(role: SubjectRole | 'none', setting: SubjectSetting = {}): readonly Recipient[] {
  if (role === 'manager') return setting.dslIsManager ? ['manager', 'dsl'] : ['manager'];
  if (role === 'dsl') return setting.dslIsManager ? ['dsl', 'manager'] : ['dsl'];
  if (role === 'registered-person') return ['registered-person'];
  // A childminder is the setting's manager, designated person and registered person at once.
  if (role === 'childminder' && setting.type === 'childminder') return ['manager', 'dsl', 'registered-person'];
  return [];
}

/**
 * What decides who else the subject of a concern is: whether the designated person is the manager (one person in both
 * roles, 002), and the kind of setting (a childminder is manager, designated person and registered person at once).
 *
 * @example
 * ```ts
 * const setting: SubjectSetting = { dslIsManager: true, type: 'pre-school' };
 * ```
 */
export interface SubjectSetting {
  dslIsManager?: boolean;
  type?: SettingType | 'unknown';
}

/**
 * What a routing finding is: a step to take (report to), advice to seek (ask before deciding, e.g. Barnet's "seek advice
 * from the Local Authority Designated Officer"), a decision to consider, a source of help, or an action (do / do not).
 *
 * @example
 * ```ts
 * findingKinds; // ['step', 'advice', 'consider', 'signpost', 'action']
 * ```
 */
export const findingKinds = Object.freeze(['step', 'advice', 'consider', 'signpost', 'action'] as const);

/**
 * The routing procedures a setting's policy may state beyond its first contact and the law, each named by what it does.
 * A rule that encodes one fires only under a policy that lists it (`concern.procedures`).
 *
 * @example
 * ```ts
 * concernProcedures.includes('grooming-dsl-or-mash'); // true (002: "to the Designated Safeguarding Lead Or Multi Agency Safeguarding Hub")
 * ```
 */
export const concernProcedures = Object.freeze([
  'incident-log', 'log-misuse', 'consider-police-and-social-care', 'childminder-seeks-advice', 'preserve-evidence',
  'accidental-access-disconnect', 'grooming-dsl-or-mash', 'offensive-content-to-iwf', 'cyberbullying-parents-and-help',
  'anti-bullying-procedure', 'security-to-esafety-coordinator', 'security-to-technical-support', 'data-loss-parents',
] as const);
/**
 * One routing procedure a policy may state (see {@link concernProcedures}).
 *
 * @example
 * ```ts
 * const p: ConcernProcedure = 'incident-log';
 * ```
 */
export type ConcernProcedure = (typeof concernProcedures)[number];

/**
 * The local authorities whose published contacts (LADO, children's social care, the police child protection team, the
 * Ofsted helpline) a setting may adopt (`concern.contacts.adopt`): never a setting's named people.
 *
 * @example
 * ```ts
 * localAuthorities; // ['barnet', 'cambridgeshire']
 * ```
 */
export const localAuthorities = Object.freeze(['barnet', 'cambridgeshire'] as const);
/**
 * A local authority whose published contacts a setting may adopt.
 *
 * @example
 * ```ts
 * const la: LocalAuthority = 'barnet';
 * ```
 */
export type LocalAuthority = (typeof localAuthorities)[number];

/**
 * Who a concern may go to first, where the policy allows one of several (Barnet's "Manager or Designated Safeguarding
 * Officer", Kirklees' "the eSafety coordinator, their line manager or head teacher").
 *
 * @example
 * ```ts
 * firstContactRoles.includes('head-teacher'); // true
 * ```
 */
export const firstContactRoles = Object.freeze(['manager', 'dsl', 'deputy-dsl', 'esafety-coordinator', 'line-manager', 'head-teacher', 'leadership-team'] as const);
/**
 * Which deadline a step carries.
 *
 * @example
 * ```ts
 * const d: DeadlineKind = 'lado';
 * ```
 */
export const deadlineKinds = Object.freeze(['none', 'lado', 'ofsted', 'ico'] as const);
/** Which deadline a step carries. */
export type DeadlineKind = (typeof deadlineKinds)[number];
