import * as z from 'zod/mini';
import { ISO_PATTERN, isInstant } from '../time/instant.js';
import { audiences, type Audience } from './audience.js';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const text = z.string().check(z.maxLength(10_000));
const instant = z.string().check(
  z.regex(ISO_PATTERN, { message: 'must be an ISO 8601 date or date-time' }),
  z.refine(isInstant, { message: 'must be a real ISO 8601 date or date-time' }),
);

/** The most children one photo may list (a larger list is invalid input, not a slow decision). */
export const MAX_CHILDREN = 500;
/** The most consent records one decision may take. */
export const MAX_CONSENTS = 5_000;

/** One child visible in a photo. */
export interface PhotoChild {
  id: string;
  firstName?: string;
  lastName?: string;
  /** Whether the child can be recognised. Missing counts as identifiable. */
  identifiable?: boolean;
  /** The child said or showed they do not want the photo taken or used. */
  objects?: boolean;
  /** The child understood and agreed to the photo (where the policy asks for agreement). */
  agreed?: boolean;
}

/** A photo a member of staff wants to send to an audience. */
export interface Photo {
  id: string;
  /** When it was taken (ISO 8601). */
  takenAt: string;
  audience: Audience;
  /** Everyone visible in it. */
  children: PhotoChild[];
  device: {
    owner: 'setting' | 'personal';
    /** Who gave specific authorisation for a personal device (name or id). */
    authorisedBy?: string;
    /** The role of that person, e.g. `manager`, `head-of-centre`. */
    authorisedByRole?: string;
    kind?: 'camera' | 'tablet' | 'phone' | 'other';
  };
  fileName?: string;
  caption?: string;
  altText?: string;
  tags?: string[];
  /** Names listed with the photo (e.g. under a group photo). */
  nameList?: string[];
  /** What the photo is for (observation, display, …). */
  purpose?: string;
  /** Staff confirm the children are appropriately dressed. Missing blocks. */
  appropriatelyDressed?: boolean;
  /** Could the image cause distress? Must be confirmed `false`. */
  mayCauseDistress?: boolean;
  /** Was it taken in secret or in a secretive situation? Must be confirmed `false`. */
  takenInSecret?: boolean;
  /** Taken for an adult's own personal use. */
  takenForPersonalUse?: boolean;
  /** A one-to-one situation. */
  oneToOne?: boolean;
  /** The photo shows surrounding context (not a single child alone). */
  showsSurroundingContext?: boolean;
  /** A child wears clothing that names the setting. Must be confirmed `false` where the policy forbids it. */
  brandedClothing?: boolean;
  /** Who approved (moderated) the upload, where the policy requires moderation. */
  approvedBy?: string;
  /** The setting's social media account, for the `setting-social-media` audience. */
  socialMediaAccount?: { closed: boolean; moderated: boolean };
}

/** A family's consent for photos of a child. */
export interface Consent {
  childId: string;
  audiences: Audience[];
  written: boolean;
  givenBy: 'parent' | 'carer' | 'guardian' | 'other';
  givenAt: string;
  withdrawnAt?: string;
  reviewBy?: string;
  /** The child objects to photos. */
  childObjects?: boolean;
  /** The family was told what publication means (publicity, media, the internet). */
  implicationsExplained?: boolean;
}

const audience = z.enum(audiences);

export const photoSchema = z.strictObject({
  id,
  takenAt: instant,
  audience,
  children: z.array(
    z.strictObject({
      id,
      firstName: z.optional(text),
      lastName: z.optional(text),
      identifiable: z.optional(z.boolean()),
      objects: z.optional(z.boolean()),
      agreed: z.optional(z.boolean()),
    }),
  ).check(z.maxLength(MAX_CHILDREN)),
  device: z.strictObject({
    owner: z.enum(['setting', 'personal']),
    authorisedBy: z.optional(id),
    authorisedByRole: z.optional(id),
    kind: z.optional(z.enum(['camera', 'tablet', 'phone', 'other'])),
  }),
  fileName: z.optional(text),
  caption: z.optional(text),
  altText: z.optional(text),
  tags: z.optional(z.array(text).check(z.maxLength(1_000))),
  nameList: z.optional(z.array(text).check(z.maxLength(1_000))),
  purpose: z.optional(text),
  appropriatelyDressed: z.optional(z.boolean()),
  mayCauseDistress: z.optional(z.boolean()),
  takenInSecret: z.optional(z.boolean()),
  takenForPersonalUse: z.optional(z.boolean()),
  oneToOne: z.optional(z.boolean()),
  showsSurroundingContext: z.optional(z.boolean()),
  brandedClothing: z.optional(z.boolean()),
  approvedBy: z.optional(id),
  socialMediaAccount: z.optional(z.strictObject({ closed: z.boolean(), moderated: z.boolean() })),
});

export const consentSchema = z.strictObject({
  childId: id,
  audiences: z.array(audience).check(z.maxLength(50)),
  written: z.boolean(),
  givenBy: z.enum(['parent', 'carer', 'guardian', 'other']),
  givenAt: instant,
  withdrawnAt: z.optional(instant),
  reviewBy: z.optional(instant),
  childObjects: z.optional(z.boolean()),
  implicationsExplained: z.optional(z.boolean()),
});

export const consentsSchema = z.array(consentSchema).check(z.maxLength(MAX_CONSENTS));
