// The words of concern routing: who a concern goes to, what it is about, where, and who it is about.
/**
 * Everyone a concern can be routed to.
 *
 * @example
 * ```ts
 * recipients.includes('lado'); // true
 * ```
 */
export const recipients = [
  'manager', 'dsl', 'deputy-dsl', 'leadership-team', 'registered-person', 'esafety-coordinator',
  'technical-support', 'lado', 'police', 'emergency-services', 'childrens-social-care', 'mash',
  'ofsted', 'childminding-team', 'ceop', 'iwf', 'nspcc', 'childline', 'parents', 'ico',
] as const;
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
export const concernKinds = [
  'allegation-against-staff', 'child-protection', 'indecent-images-found', 'accidental-access',
  'online-grooming', 'nudes-shared', 'cyberbullying', 'offensive-content', 'data-loss',
  'security-incident', 'misuse-of-technology', 'serious-injury',
] as const;
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
export const settingTypes = ['nursery', 'pre-school', 'childminder', 'out-of-school-club', 'school'] as const;
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
export const subjectRoles = ['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person', 'parent', 'child', 'other', 'unknown'] as const;
/** The role of the person a concern is about. */
export type SubjectRole = (typeof subjectRoles)[number];

/**
 * The recipients who ARE the subject, by the subject's role: a concern must never go to them.
 *
 * @example
 * ```ts
 * recipientsWhoAreSubject('manager'); // ['manager']
 * ```
 */
export function recipientsWhoAreSubject(role: SubjectRole | 'none'): readonly Recipient[] {
  return role === 'manager' ? ['manager'] : role === 'dsl' ? ['dsl'] : role === 'registered-person' ? ['registered-person'] : [];
}

/**
 * What a routing finding is: a step to take, a decision to consider, a source of help, or an action (do / do not).
 *
 * @example
 * ```ts
 * findingKinds; // ['step', 'consider', 'signpost', 'action']
 * ```
 */
export const findingKinds = ['step', 'consider', 'signpost', 'action'] as const;
/**
 * Which deadline a step carries.
 *
 * @example
 * ```ts
 * const d: DeadlineKind = 'lado';
 * ```
 */
export const deadlineKinds = ['none', 'lado', 'ofsted', 'ico'] as const;
/** Which deadline a step carries. */
export type DeadlineKind = (typeof deadlineKinds)[number];
