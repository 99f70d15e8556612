// The words of misuse: what was done, by whom, how serious it is, and what may follow.
/** The activities the policies list (004 l.279-329, 000 l.65 and l.81, 004 l.227), plus `other` for anything unlisted. */
export const misuseActivities = Object.freeze([
  // 004 l.279 "always consider unacceptable (and possible illegal)"
  'access-inappropriate-content', 'offensive-material', 'offensive-or-bullying-message', 'inappropriate-communication-with-pupils',
  'indecent-images-of-children', 'pornography-on-setting-equipment',
  // 004 l.289 "likely to result in disciplinary action"
  'reputation-damage', 'personal-technology-misuse', 'illegitimate-file-sharing', 'circumvent-filtering', 'chain-messages',
  'reveal-personal-information', 'copyright-infringement', 'insecure-data-transfer', 'secret-recording', 'email-outside-protocols',
  // 004 l.318 "would normally be unacceptable; however in some circumstances they may be allowed"
  'personal-use-in-lessons', 'non-educational-sites', 'share-credentials', 'use-others-credentials', 'access-others-files',
  'other',
] as const);
/**
 * One activity from the policies' lists.
 *
 * @example
 * ```ts
 * const a: MisuseActivity = 'circumvent-filtering';
 * ```
 */
export type MisuseActivity = (typeof misuseActivities)[number];

/**
 * The activities on the policies' lists: every activity but `other`. A setting's policy says which of them it classifies
 * (its `classifies` value); the rest are classified `context-dependent` for the manager to decide.
 *
 * @example
 * ```ts
 * listedActivities.includes('other' as never); // false
 * ```
 */
export const listedActivities = misuseActivities.filter((a): a is Exclude<MisuseActivity, 'other'> => a !== 'other');
/** One activity on the policies' lists (not `other`). */
export type ListedActivity = (typeof listedActivities)[number];

/**
 * Who did it.
 *
 * @example
 * ```ts
 * const actor: ActorRole = 'pupil';
 * ```
 */
export const actorRoles = Object.freeze(['staff', 'volunteer', 'manager', 'dsl', 'pupil', 'parent', 'governor', 'visitor'] as const);
/** Who misused technology. */
export type ActorRole = (typeof actorRoles)[number];

/**
 * How serious a misuse is, most serious first.
 *
 * @example
 * ```ts
 * misuseTiers[0]; // 'illegal-or-always-unacceptable'
 * ```
 */
export const misuseTiers = Object.freeze(['illegal-or-always-unacceptable', 'disciplinary', 'context-dependent', 'not-misuse'] as const);
/**
 * How serious a misuse is: the tiers of the Kirklees policy's three lists. Under a policy without those lists, a tier
 * is read from its own clauses: illegal or always unacceptable where it (or the law) says the activity is illegal, an
 * offence or never acceptable; disciplinary where it forbids the activity; context-dependent where it allows it in some
 * circumstances, or does not say (the manager decides).
 */
export type MisuseTier = (typeof misuseTiers)[number];

/**
 * What may follow a misuse.
 *
 * @example
 * ```ts
 * const s: Sanction = 'loss-of-privileges';
 * ```
 */
export const sanctions = Object.freeze([
  'log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process',
  'behaviour-procedure', 'anti-bullying-procedure', 'loss-of-privileges',
] as const);
/** What follows a misuse. */
export type Sanction = (typeof sanctions)[number];

/**
 * The circumstances in which a context-dependent activity may be allowed (004 l.318).
 *
 * @example
 * ```ts
 * const c: MisuseContext = 'planned-curriculum';
 * ```
 */
export const misuseContexts = Object.freeze(['none', 'planned-curriculum', 'system-administration'] as const);
/** A circumstance claimed for a context-dependent activity. */
export type MisuseContext = (typeof misuseContexts)[number];
