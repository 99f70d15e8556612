import * as z from 'zod/mini';

/** Who is asking: the roles the five policies name. A contractor follows the visitor rules (001 and 003 scope). */
export const people = [
  'staff', 'volunteer', 'student', 'manager', 'parent-or-carer',
  'visitor', 'lone-working-visitor', 'contractor', 'child',
] as const;

/** One of {@link people}. */
export type Person = (typeof people)[number];

/** Roles that give permissions in the five policies. */
export const roles = [
  'manager', 'deputy-manager', 'leadership-team', 'head-of-centre', 'head-teacher',
  'teacher', 'committee', 'senior-management', 'parent',
] as const;

/** One of {@link roles}. */
export type Role = (typeof roles)[number];

/** What a permission is for. */
export const permissionScopes = [
  'emergency', 'photo', 'charging', 'lesson-use', 'contact-details', 'friend-request', 'social-networking', 'personal-use',
] as const;

/** A permission the person holds: from whom, for what. */
export interface Permission {
  from: Role;
  for: (typeof permissionScopes)[number];
}

export const permissionsSchema = z.array(z.strictObject({ from: z.enum(roles), for: z.enum(permissionScopes) })).check(z.maxLength(50));

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
export function holds(list: readonly Permission[] | undefined, scope: Permission['for'], from: readonly Role[]): boolean {
  if (list === undefined) return false;
  for (let i = 0; i < list.length; i++) { const p = list[i]!; if (p.for === scope && from.includes(p.from)) return true; }
  return false;
}

/**
 * A tri-state fact from an optional yes/no input: missing is `unknown`.
 *
 * @example
 * ```ts
 * tri(undefined); // 'unknown'
 * ```
 */
export const tri = (v: boolean | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');
/** The tri-state values. */
export { TRI } from '../core/facts.js';
