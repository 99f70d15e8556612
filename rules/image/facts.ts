// The image facts: what each is (the specs rules are checked against), and how they are computed from a photo.
import type { Context, Computed } from '../../src/core/area.js';
import { b, each, num, one, tri, triOf } from '../../src/core/facts.js';
import { invalid, type Finding } from '../../src/core/findings.js';
import type { FactSets } from '../../src/core/rules/ruleSet.js';
import { hasPassed, instantMs } from '../../src/core/time/instant.js';
import { nameUse, words } from './names.js';
import type { ImagePolicy } from './policy.js';
import { audiences, purposes, type Consent, type Photo, type PhotoChild } from './schema.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts image rules may use: once per photo, and once per child in it (`each`). */
export const imageFactSpecs = {
  audience: one(audiences, 'Where the photo is going.'),
  audiencePermitted: b('The policy allows photos to go to this audience at all.'),
  childCount: num('How many children are visible.'),
  identifiableCount: num('How many visible children can be identified.'),
  deviceOwner: one(['setting', 'personal'], 'Who owns the device that took it.'),
  deviceKind: one(['camera', 'tablet', 'phone', 'other', 'unknown'], 'What kind of device took it.'),
  deviceAuthorised: b('A personal device has specific authorisation from a role the policy accepts.'),
  personalDevices: one(['never', 'with-authorisation'], 'Policy: personal devices for photos.'),
  personalPhonePhotos: one(['never', 'with-authorisation'], 'Policy: photos on personal phones.'),
  appropriatelyDressed: tri('Staff confirmed the children are appropriately dressed.'),
  mayCauseDistress: tri('The image could cause distress.'),
  takenInSecret: tri('Taken in secret or in a secretive situation.'),
  takenForPersonalUse: tri('Taken for an adult\'s personal use.'),
  oneToOne: tri('Taken in a one-to-one situation.'),
  showsSurroundingContext: tri('The image shows surrounding context.'),
  brandedClothing: tri('A child wears clothing naming the setting.'),
  brandedClothingForbidden: b('Policy: branded clothing may not be shown to this audience.'),
  hasNameList: b('A list of names goes with the photo.'),
  nameListForbidden: b('Policy: no name list with group photos for this audience.'),
  identifiableIndividualForbidden: b('Policy: no photo of one identifiable child alone for this audience.'),
  moderationRequired: b('Policy: uploads to this audience must be moderated.'),
  approved: b('Someone approved (moderated) the upload.'),
  socialMediaClosed: tri('The setting\'s social media account is closed (members accepted by the manager).'),
  socialMediaModerated: tri('The setting\'s social media account moderates every posting.'),
  purpose: one([...purposes, 'none'], 'What the photo is for (`none` where no purpose is recorded).'),
  purposeRecorded: b('The purpose of the photo is recorded.'),
  purposeAccepted: b('The recorded purpose is one the policy accepts (false where none is recorded).'),
  purposeRequired: b('Policy: the purpose of each photo must be recorded.'),
  writtenConsentRequired: b('Policy: consent must be written.'),
  consentBeforeTaking: b('Policy: consent must be given before the photo is taken.'),
  visibleConsentRequired: b('Policy: every child visible needs consent for this audience, identifiable or not.'),
  takenOpenlyRequired: b('Policy: staff must confirm the photo was taken openly.'),
  avoidOneToOneImages: b('Policy: one-to-one images and a single child with no context are to be avoided.'),
  closedSocialMediaRequired: b('Policy: the setting\'s social media account must be closed and moderated.'),
  informedConsentRequired: b('Policy: the consent must record that its implications were explained, for this audience.'),
  childAgreement: one(['required', 'seek-where-possible', 'respect-objection'], 'Policy: the child\'s own agreement.'),
  fullNameForbidden: b('Policy: no full names for this audience.'),
  anyNameForbidden: b('Policy: no names at all for this audience.'),
  nameInFileNameForbidden: b('Policy: no names in the file name for this audience.'),
  childIdentifiable: each(b('This child can be identified (missing counts as yes).')),
  consentFound: each(b('A consent record exists for this child.')),
  consentContradictory: each(b('The latest consent records for this child disagree.')),
  consentWritten: each(b('The consent is written.')),
  consentGiverAccepted: each(b('The consent was given by someone the policy accepts (parental responsibility).')),
  consentCoversAudience: each(b('The consent covers this audience.')),
  consentWithdrawn: each(b('The consent was withdrawn at or before the time of the decision.')),
  consentGivenBeforeTaking: each(b('The consent was given before the photo was taken.')),
  consentReviewOverdue: each(b('The consent is past its review date.')),
  consentImplicationsExplained: each(b('The consent records that its implications were explained.')),
  childObjects: each(b('The child objects (on the consent, or at the time).')),
  childAgreed: each(tri('The child agreed to the photo.')),
  childFullNameInText: each(b('The child\'s first and last name appear in the file name, caption, alt text or tags.')),
  childNameInText: each(b('The child\'s first or last name appears in the file name, caption, alt text, tags or name list.')),
  childNameInFileName: each(b('The child\'s first or last name appears in the file name.')),
} as const;

/**
 * The image facts of one photo and its consents, at the moment of the decision.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { imageArea } from './area.js';
 * const ctx = readOptions(imageArea, { at, policy });
 * const computed = computeImageFacts([photo, consents], ctx);
 * !Array.isArray(computed) && computed.items.map((i) => i.facts.consentCoversAudience); // [true, true]
 * Array.isArray(computeImageFacts([{ ...photo, takenAt: '2026-12-01T10:00:00Z' }, consents], ctx)); // true: taken after `at`, so findings
 * ```
 */
export function computeImageFacts([photo, consents]: [Photo, Consent[]], ctx: Context<ImagePolicy>): Computed | Finding[] {
  const takenAt = instantMs(photo.takenAt);
  const now = ctx.atMs;
  if (takenAt > now) return [invalid('photo.takenAt', 'photo.takenAt is after options.at: a photo cannot be taken after the moment of the decision')];
  const policy = ctx.policy;
  const audience = photo.audience;
  const inList = (l: readonly string[]) => l.includes(audience);
  // One entry per child id: a child listed twice is identifiable if either entry says so.
  const children = new Map<string, PhotoChild>();
  for (const ch of photo.children) {
    const prev = children.get(ch.id);
    children.set(ch.id, prev ? merged(prev, ch) : ch);
  }
  // A consent dated after the decision was not given at that moment: a pictured child's record that says so is refused
  // (not skipped: it may be the record that withdraws an earlier consent).
  const future: Finding[] = [];
  for (let i = 0; i < consents.length; i++) {
    if (children.has(consents[i]!.childId) && instantMs(consents[i]!.givenAt) > now) {
      future.push(invalid(`consents[${i}].givenAt`, `consents[${i}].givenAt is after options.at: a consent cannot be given after the moment of the decision`));
    }
  }
  if (future.length) return future;
  const identifiable = [...children.values()].filter((ch) => ch.identifiable !== false);
  const texts = [photo.fileName, photo.caption, photo.altText, ...(photo.tags ?? []), ...(photo.nameList ?? [])]
    .filter((t): t is string => typeof t === 'string').map(words);
  const fileWords = photo.fileName ? words(photo.fileName) : [];
  const authorisedRole = photo.device.authorisedByRole;
  const root = {
    audience,
    audiencePermitted: inList(policy.permittedAudiences),
    childCount: children.size,
    identifiableCount: identifiable.length,
    deviceOwner: photo.device.owner,
    deviceKind: photo.device.kind ?? 'unknown',
    deviceAuthorised: photo.device.authorisedBy != null && authorisedRole != null && policy.personalDeviceAuthorisers.includes(authorisedRole),
    personalDevices: policy.personalDevices,
    personalPhonePhotos: policy.personalPhonePhotos,
    appropriatelyDressed: triOf(photo.appropriatelyDressed),
    mayCauseDistress: triOf(photo.mayCauseDistress),
    takenInSecret: triOf(photo.takenInSecret),
    takenForPersonalUse: triOf(photo.takenForPersonalUse),
    oneToOne: triOf(photo.oneToOne),
    showsSurroundingContext: triOf(photo.showsSurroundingContext),
    brandedClothing: triOf(photo.brandedClothing),
    brandedClothingForbidden: inList(policy.brandedClothingForbiddenIn),
    hasNameList: (photo.nameList ?? []).some((n) => n.trim() !== ''),
    nameListForbidden: inList(policy.nameListForbiddenIn),
    identifiableIndividualForbidden: inList(policy.identifiableIndividualForbiddenIn),
    moderationRequired: inList(policy.moderationRequiredFor),
    approved: photo.approvedBy != null,
    socialMediaClosed: triOf(photo.socialMediaAccount?.closed),
    socialMediaModerated: triOf(photo.socialMediaAccount?.moderated),
    purpose: photo.purpose ?? 'none',
    purposeRecorded: photo.purpose != null,
    purposeAccepted: photo.purpose != null && policy.validPurposes.includes(photo.purpose),
    purposeRequired: policy.purposeRequired,
    writtenConsentRequired: policy.writtenConsentRequired,
    consentBeforeTaking: policy.consentBeforeTaking,
    visibleConsentRequired: inList(policy.visibleChildrenConsentIn),
    takenOpenlyRequired: policy.takenOpenlyRequired,
    avoidOneToOneImages: policy.avoidOneToOneImages,
    closedSocialMediaRequired: policy.closedSocialMediaRequired,
    informedConsentRequired: inList(policy.informedConsentAudiences),
    childAgreement: policy.childAgreement,
    fullNameForbidden: inList(policy.fullNameForbiddenIn),
    anyNameForbidden: inList(policy.anyNameForbiddenIn),
    nameInFileNameForbidden: inList(policy.nameInFileNameForbiddenIn),
  };
  // A date-only review date runs to the end of that London day; a date-time is exact.
  const reviewOverdue = (raw: string | Date) => hasPassed(raw, now, ctx.day);
  const byChild = new Map<string, Consent[]>();
  for (const c of consents) {
    const l = byChild.get(c.childId);
    if (l) l.push(c); else byChild.set(c.childId, [c]);
  }
  const items = [...children.values()].map((ch) => {
    const names = nameUse(ch.firstName ?? undefined, ch.lastName ?? undefined, texts, fileWords);
    const consent = governing(byChild.get(ch.id) ?? []);
    const r = consent.record;
    const given = r ? instantMs(r.givenAt) : Number.NaN;
    const withdrawn = r?.withdrawnAt != null ? instantMs(r.withdrawnAt) : Number.NaN;
    return {
      subject: ch.id,
      facts: {
        childIdentifiable: ch.identifiable !== false,
        consentFound: r !== undefined,
        consentContradictory: consent.contradictory,
        consentWritten: r?.written === true,
        consentGiverAccepted: r !== undefined && (policy.acceptedConsentGivers as string[]).includes(r.givenBy),
        consentCoversAudience: r?.audiences.includes(audience) === true,
        consentWithdrawn: withdrawn <= now,
        consentGivenBeforeTaking: given <= takenAt,
        consentReviewOverdue: r?.reviewBy != null && reviewOverdue(r.reviewBy),
        consentImplicationsExplained: r?.implicationsExplained === true,
        childObjects: r?.childObjects === true || ch.objects === true,
        childAgreed: triOf(ch.agreed),
        childFullNameInText: names.full,
        childNameInText: names.any,
        childNameInFileName: names.inFile,
      },
    };
  });
  return { root, items };
}

/**
 * The facts as they would be were these children obscured (every entry of each marked `identifiable: false`): each
 * one's `childIdentifiable` is false and `identifiableCount` falls with them. No other fact reads whether a child can
 * be identified; `obscure.test.ts` checks this against facts computed from the photo with the children obscured.
 *
 * @example
 * ```ts
 * const sets = imageFacts(photo, consents, { at, policy }).sets!;
 * const hidden = obscuredFacts(sets, new Set(['child-mia']));
 * hidden.items.map((i) => i.facts.childIdentifiable); // [true, false]
 * [sets.root.identifiableCount, hidden.root.identifiableCount]; // [2, 1]
 * ```
 */
export function obscuredFacts(sets: FactSets, ids: ReadonlySet<string>): FactSets {
  let identifiable = 0;
  const items = sets.items.map((item) => {
    const hidden = ids.has(item.subject);
    if (!hidden && item.facts.childIdentifiable === true) identifiable++;
    return hidden ? { subject: item.subject, facts: { ...item.facts, childIdentifiable: false } } : item;
  });
  return { root: { ...sets.root, identifiableCount: identifiable }, items };
}

/** A child listed twice: identifiable or objecting if either entry says so, agreed only if both do; a name from either. */
function merged(a: PhotoChild, b: PhotoChild): PhotoChild {
  return {
    id: a.id,
    identifiable: a.identifiable === false && b.identifiable === false ? false : undefined,
    objects: a.objects === true || b.objects === true ? true : undefined,
    agreed: a.agreed === false || b.agreed === false ? false : a.agreed === true && b.agreed === true ? true : undefined,
    firstName: b.firstName ?? a.firstName,
    lastName: b.lastName ?? a.lastName,
  };
}

/** The latest consent record governs; two latest records that disagree are contradictory. */
function governing(records: Consent[]): { record?: Consent; contradictory: boolean } {
  if (records.length === 0) return { contradictory: false };
  let latest: Consent[] = [];
  let best = -Infinity;
  for (const r of records) {
    const t = instantMs(r.givenAt);
    if (t > best) { best = t; latest = [r]; } else if (t === best) latest.push(r);
  }
  const key = (r: Consent) => JSON.stringify([[...r.audiences].sort(), r.written, r.givenBy, r.withdrawnAt ?? null, r.reviewBy ?? null, r.childObjects ?? null, r.implicationsExplained ?? null]);
  const first = latest.length > 1 ? key(latest[0]!) : '';
  const contradictory = latest.length > 1 && latest.some((r) => key(r) !== first);
  return { record: latest[0], contradictory };
}
