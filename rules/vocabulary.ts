// Words more than one area uses: who gives a permission (roles), who is asking (people), what a permission is for.
import * as z from 'zod/mini';

/**
 * The roles the five policies name as giving a permission, an authorisation or an approval, one word each:
 * "Head of Centre" (001) is `head-of-setting`; "provider/manager" (003) is `manager`; "Centre Leadership Team" (001)
 * is `leadership-team`; "Committee" (002) is `committee`; "line manager" (004) is `line-manager`.
 *
 * @example
 * ```ts
 * roles.includes('head-of-setting'); // true
 * ```
 */
export const roles = Object.freeze([
  'manager', 'deputy-manager', 'head-of-setting', 'head-teacher', 'line-manager', 'leadership-team', 'senior-management',
  'room-leader', 'teacher', 'committee', 'office-manager', 'ict-coordinator', 'ict-technician', 'staff', 'parent',
] as const);

/** A role that gives a permission, e.g. `head-of-setting`. */
export type Role = (typeof roles)[number];

/** The schema of one role. */
export const roleSchema = z.enum(roles);

/** Who is asking: the people the five policies name. A contractor follows the visitor rules (001 and 003 scope). */
export const people = Object.freeze([
  'staff', 'volunteer', 'student', 'manager', 'parent-or-carer',
  'visitor', 'lone-working-visitor', 'contractor', 'child',
] as const);

/** One of {@link people}. */
export type Person = (typeof people)[number];

/** What a permission is for. */
export const permissionScopes = Object.freeze([
  'emergency', 'photo', 'charging', 'lesson-use', 'contact-details', 'friend-request', 'social-networking', 'personal-use',
] as const);

/** A permission the person holds: from whom, for what. */
export interface Permission {
  from: Role;
  for: (typeof permissionScopes)[number];
}

/** The schema of a list of permissions held. */
export const permissionsSchema = z.array(z.strictObject({ from: roleSchema, for: z.enum(permissionScopes) })).check(z.maxLength(50));

/** The person's group for the rules: staff (incl. volunteers, students, managers), parent, visitor (incl. contractors) or child. */
export type Actor = 'staff' | 'parent' | 'visitor' | 'child';

/**
 * The group a person belongs to for the rules.
 *
 * @example
 * ```ts
 * actorOf('contractor'); // 'visitor'
 * ```
 */
export function actorOf(p: Person): Actor {
  if (p === 'parent-or-carer') return 'parent';
  if (p === 'visitor' || p === 'lone-working-visitor' || p === 'contractor') return 'visitor';
  if (p === 'child') return 'child';
  return 'staff';
}

/**
 * True when a permission for `scope` from one of `from` is held.
 *
 * @example
 * ```ts
 * holds([{ from: 'manager', for: 'emergency' }], 'emergency', ['manager']); // true
 * ```
 */
export function holds(list: readonly Permission[] | undefined | null, scope: Permission['for'], from: readonly Role[]): boolean {
  if (list == null) return false;
  for (let i = 0; i < list.length; i++) { const p = list[i]!; if (p.for === scope && from.includes(p.from)) return true; }
  return false;
}

/**
 * What a photo is taken and kept for, one list for taking, publishing and keeping it: `observation` (recording learning
 * and development), `learning-journal`, `display` (within the setting), `website`, `publicity`, `marketing`,
 * `social-media`, `training`, and `personal` (an adult's own use, which no policy accepts).
 *
 * @example
 * ```ts
 * purposes.filter((p) => p !== 'personal').length; // 8
 * ```
 */
export const purposes = Object.freeze([
  'observation', 'learning-journal', 'display', 'website', 'publicity',
  'marketing', 'social-media', 'training', 'personal',
] as const);

/** What a photo is taken and kept for, e.g. `observation`, `display`, `website`. */
export type Purpose = (typeof purposes)[number];

/** The schema of one purpose. */
export const purposeSchema = z.enum(purposes);

/**
 * Where a photo is going (a photo's `audience`, and what a consent covers): a child's learning journal, the setting's
 * walls, website or social media, publicity, or staff training. Each is one of the {@link purposes}, under its own
 * name: see {@link audiencePurposes}.
 *
 * @example
 * ```ts
 * audiences.includes('setting-website'); // true
 * ```
 */
export const audiences = Object.freeze([
  'learning-journal', 'setting-display', 'setting-website', 'setting-social-media', 'publicity', 'training',
] as const);

/** Where a photo is going, e.g. `setting-website`. */
export type Audience = (typeof audiences)[number];

/**
 * The one place audiences and purposes meet: the purpose a photo serves when it goes to each audience
 * (`setting-website` is the `website` purpose, `setting-display` is `display`, `setting-social-media` is
 * `social-media`; the others have the same name). Map a consent's audiences to the uses of a retention record's
 * consent withdrawal with it.
 *
 * @example
 * ```ts
 * audiencePurposes['setting-website']; // 'website'
 * publicAudiences.map((a) => audiencePurposes[a]); // ['website', 'social-media', 'publicity']
 * ```
 */
export const audiencePurposes: Readonly<Record<Audience, Purpose>> = Object.freeze({
  'learning-journal': 'learning-journal',
  'setting-display': 'display',
  'setting-website': 'website',
  'setting-social-media': 'social-media',
  publicity: 'publicity',
  training: 'training',
});

/**
 * The purposes that put a photo in front of the public (retention keeps a photo a shorter time after consent for
 * them is withdrawn; image asks more of a photo going to their audiences).
 *
 * @example
 * ```ts
 * publicPurposes.includes('website'); // true
 * ```
 */
export const publicPurposes: readonly Purpose[] = Object.freeze(['website', 'publicity', 'marketing', 'social-media'] as const);

/**
 * The audiences whose purpose is public ({@link publicPurposes}, through {@link audiencePurposes}).
 *
 * @example
 * ```ts
 * publicAudiences; // ['setting-website', 'setting-social-media', 'publicity']
 * ```
 */
export const publicAudiences: readonly Audience[] = Object.freeze(audiences.filter((a) => publicPurposes.includes(audiencePurposes[a])));
