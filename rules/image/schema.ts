// What the image decision reads: the photo and the family's consents. The types come from the schemas.
import * as z from 'zod/mini';
import { id, instant, list, opt, text } from '../../src/core/schema.js';
import { audiences, purposes, roleSchema } from '../vocabulary.js';

export { audiences, audiencePurposes, purposes, type Audience, type Purpose } from '../vocabulary.js';

/** The most children one photo may list (a larger list is invalid input, not a slow decision). */
export const MAX_CHILDREN = 500;
/** The most consent records one decision may take. */
export const MAX_CONSENTS = 5_000;

const audience = z.enum(audiences);

/** One child visible in a photo. */
export const photoChildSchema = z.strictObject({
  id,
  firstName: opt(text),
  lastName: opt(text),
  /** Whether the child can be recognised. Missing counts as identifiable. */
  identifiable: opt(z.boolean()),
  /** The child said or showed they do not want the photo taken or used. */
  objects: opt(z.boolean()),
  /** The child understood and agreed to the photo (where the policy asks for agreement). */
  agreed: opt(z.boolean()),
});

/** A photo a member of staff wants to send to an audience. */
export const photoSchema = z.strictObject({
  id,
  /** When it was taken (ISO 8601). */
  takenAt: instant,
  audience,
  /** Everyone visible in it. */
  children: list(photoChildSchema, MAX_CHILDREN),
  device: z.strictObject({
    owner: z.enum(['setting', 'personal']),
    /** Who gave specific authorisation for a personal device (name or id). */
    authorisedBy: opt(id),
    /** The role of that person, e.g. `manager`, `head-of-setting`. */
    authorisedByRole: opt(roleSchema),
    kind: opt(z.enum(['camera', 'tablet', 'phone', 'other'])),
  }),
  fileName: opt(text),
  caption: opt(text),
  altText: opt(text),
  tags: opt(list(text, 1_000)),
  /** Names listed with the photo (e.g. under a group photo). */
  nameList: opt(list(text, 1_000)),
  /** What the photo is for: one of {@link purposes} (`observation`, `display`, …). Missing warns where the policy asks for a purpose. */
  purpose: opt(z.enum(purposes)),
  /** Staff confirm the children are appropriately dressed. Missing blocks. */
  appropriatelyDressed: opt(z.boolean()),
  /** Could the image cause distress? Must be confirmed `false`. */
  mayCauseDistress: opt(z.boolean()),
  /** Was it taken in secret or in a secretive situation? Must be confirmed `false`. */
  takenInSecret: opt(z.boolean()),
  /** Taken for an adult's own personal use. */
  takenForPersonalUse: opt(z.boolean()),
  /** A one-to-one situation. */
  oneToOne: opt(z.boolean()),
  /** The photo shows surrounding context (not a single child alone). */
  showsSurroundingContext: opt(z.boolean()),
  /** A child wears clothing that names the setting. Must be confirmed `false` where the policy forbids it. */
  brandedClothing: opt(z.boolean()),
  /** Who approved (moderated) the upload, where the policy requires moderation. */
  approvedBy: opt(id),
  /** The setting's social media account, for the `setting-social-media` audience. */
  socialMediaAccount: opt(z.strictObject({ closed: z.boolean(), moderated: z.boolean() })),
});

/** A family's consent for photos of a child. */
export const consentSchema = z.strictObject({
  childId: id,
  audiences: list(audience, 50),
  written: z.boolean(),
  givenBy: z.enum(['parent', 'carer', 'guardian', 'other']),
  givenAt: instant,
  withdrawnAt: opt(instant),
  reviewBy: opt(instant),
  /** The child objects to photos. */
  childObjects: opt(z.boolean()),
  /** The family was told what publication means (publicity, media, the internet). */
  implicationsExplained: opt(z.boolean()),
});

/** Every consent record the decision may read. */
export const consentsSchema = list(consentSchema, MAX_CONSENTS);

/** A photo a member of staff wants to send to an audience (see {@link photoSchema}). */
export type Photo = z.input<typeof photoSchema>;
/** One child visible in a photo. */
export type PhotoChild = z.input<typeof photoChildSchema>;
/** A family's consent for photos of a child (see {@link consentSchema}). */
export type Consent = z.input<typeof consentSchema>;
