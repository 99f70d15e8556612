/**
 * Roles the policies name for approvals, mapped to one word each:
 * "Head of Centre" (001) = `head-of-setting`; "provider/manager" (003) = `manager`;
 * "Committee" (002) = `committee`; "Centre Leadership Team" (001) = `leadership-team`.
 *
 * @example
 * ```ts
 * roles.includes('head-of-setting'); // true
 * ```
 */
export const roles = [
  'head-of-setting', 'manager', 'deputy-manager', 'room-leader', 'leadership-team',
  'committee', 'office-manager', 'ict-technician', 'staff',
] as const;

/** A role that may approve something, e.g. `head-of-setting`. */
export type Role = (typeof roles)[number];

/**
 * What a photo is kept for.
 *
 * @example
 * ```ts
 * purposes.filter((p) => p !== 'personal'); // the baseline's valid purposes
 * ```
 */
export const purposes = [
  'observation', 'learning-journal', 'display', 'website', 'publicity',
  'marketing', 'social-media', 'training', 'personal',
] as const;

/** What a photo is kept for, e.g. `observation`, `display`, `website`. */
export type Purpose = (typeof purposes)[number];

/** Uses that put a photo in front of the public (consent withdrawal uses the public-use period for these). */
export const publicPurposes: readonly Purpose[] = ['website', 'publicity', 'marketing', 'social-media'];
