// What the children's internet decision reads: one session. The types come from the schema.
import * as z from 'zod/mini';
import { opt } from '../../src/core/schema.js';

/** What a child does online. */
export const activities = Object.freeze(['search', 'bookmarked-site', 'watch-content', 'learning-app', 'social-networking', 'email', 'video-call', 'install', 'public-posting', 'non-educational-site'] as const);

/**
 * The digital consent age in the UK (Data Protection Act 2018, s.9; `statutory-facts.md`): below it, a child cannot
 * consent for themselves to an online service that relies on consent; a parent gives or authorises it.
 *
 * @example
 * ```ts
 * DIGITAL_CONSENT_AGE; // 13
 * ```
 */
export const DIGITAL_CONSENT_AGE = 13;

/** The strict schema of an {@link InternetSession} (unknown fields are invalid). */
export const internetSessionSchema = z.strictObject({
  /** Who owns the device. */
  deviceOwner: z.enum(['setting', 'personal', 'child']),
  /** How the child is supervised. */
  supervision: z.enum(['adult-sitting-with', 'adult-in-room', 'none']),
  activity: z.enum(activities),
  /** Written parental permission is recorded in the child's record. */
  writtenParentalPermission: opt(z.boolean()),
  /** The device is in an area clearly visible to staff. */
  inAreaVisibleToStaff: opt(z.boolean()),
  /** Staff checked the content before sharing it with the child. */
  contentChecked: opt(z.boolean()),
  /** Age-appropriate filtering is active on the connection. */
  filteringActive: opt(z.boolean()),
  /** The device was bought second hand or donated. */
  secondHandDevice: opt(z.boolean()),
  /** The manager checked a second-hand device for inappropriate material before children use it. */
  secondHandDeviceChecked: opt(z.boolean()),
  /** Part of a planned curriculum activity. */
  plannedCurriculumActivity: opt(z.boolean()),
  /** The child's age in years. Below the digital consent age (13) a parent's consent to a consent-based service is needed; missing counts as below it. */
  childAge: opt(z.number().check(z.gte(0), z.lte(18))),
  /** The online service asks for the user's consent to use their personal data (e.g. signing up to an app or site). Social networking always counts. */
  serviceAsksConsent: opt(z.boolean()),
  /** A parent (the holder of parental responsibility) gave or authorised that consent for this child and this service. */
  parentalConsentToService: opt(z.boolean()),
  /** For a staff member's personal device: its use was authorised by the person the policy names (Homerton: agreed with the Head of Centre). */
  personalDeviceAuthorised: opt(z.boolean()),
  /** The child has been taught the setting's stay-safe principles, in an age-appropriate way, before going online. */
  taughtStaySafe: opt(z.boolean()),
});

/** "May this child use the internet in this way, now?" (see {@link internetSessionSchema}). */
export type InternetSession = z.input<typeof internetSessionSchema>;
