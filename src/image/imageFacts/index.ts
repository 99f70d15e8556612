import { imageRules } from '../rules.js';
import type { DecisionOptions, PreparedFacts } from '../../decision/options.js';
import { prepareFacts } from '../../decision/prepare.js';
import { invalid } from '../../input/findings.js';
import { validator } from '../../input/guard.js';
import type { FactSets } from '../../rules/compileRuleSet.js';
import { instantMs, londonDay } from '../../time/instant.js';
import type { ImagePolicy } from '../policy.js';
import { nameUse, words } from '../names.js';
import { consentsSchema, photoSchema, type Consent, type Photo } from '../schema.js';

const parsePhoto = validator(photoSchema);
const parseConsents = validator(consentsSchema);
const tri = (v: boolean | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

/**
 * The facts the image rules decide on, for one photo and its consents.
 * `canPublishImage` evaluates them itself; pass them to `decideWithEngine`
 * (from `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = imageFacts(photo, consents, { at: '2026-11-22T10:00:00Z', policy: 'homerton-early-years' });
 * prepared.sets?.items[0]?.facts.consentCoversAudience; // true or false
 * ```
 */
export function imageFacts(photo: unknown, consents: unknown, options?: DecisionOptions): PreparedFacts {
  return prepareFacts<ImagePolicy, [Photo, Consent[]]>(options, true, imageRules.decision, [
    { name: 'photo', value: photo, parse: parsePhoto },
    { name: 'consents', value: consents, parse: parseConsents },
  ], ([p, c], ctx) => {
    const takenAt = instantMs(p.takenAt);
    if (takenAt > ctx.at.getTime()) return [invalid('photo.takenAt', 'photo.takenAt is after options.at: a photo cannot be taken after the moment of the decision')];
    return factSets(p, c, ctx.policy, ctx.at, takenAt);
  });
}

function factSets(photo: Photo, consents: Consent[], policy: ImagePolicy, at: Date, takenAt: number): FactSets {
  const now = at.getTime();
  const audience = photo.audience;
  const inList = (l: readonly string[]) => l.includes(audience);
  // One entry per child id: a child listed twice is identifiable if either entry says so.
  const children = new Map<string, Photo['children'][number]>();
  for (const ch of photo.children) {
    const prev = children.get(ch.id);
    children.set(ch.id, prev ? { ...prev, ...ch, identifiable: prev.identifiable !== false || ch.identifiable !== false ? undefined : false, objects: prev.objects || ch.objects } : ch);
  }
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
    deviceAuthorised: photo.device.authorisedBy !== undefined && authorisedRole !== undefined && policy.personalDeviceAuthorisers.includes(authorisedRole),
    personalDevices: policy.personalDevices,
    personalPhonePhotos: policy.personalPhonePhotos,
    appropriatelyDressed: tri(photo.appropriatelyDressed),
    mayCauseDistress: tri(photo.mayCauseDistress),
    takenInSecret: tri(photo.takenInSecret),
    takenForPersonalUse: tri(photo.takenForPersonalUse),
    oneToOne: tri(photo.oneToOne),
    showsSurroundingContext: tri(photo.showsSurroundingContext),
    brandedClothing: tri(photo.brandedClothing),
    brandedClothingForbidden: inList(policy.brandedClothingForbiddenIn),
    hasNameList: (photo.nameList ?? []).some((n) => n.trim() !== ''),
    nameListForbidden: inList(policy.nameListForbiddenIn),
    identifiableIndividualForbidden: inList(policy.identifiableIndividualForbiddenIn),
    moderationRequired: inList(policy.moderationRequiredFor),
    approved: photo.approvedBy !== undefined,
    socialMediaClosed: tri(photo.socialMediaAccount?.closed),
    socialMediaModerated: tri(photo.socialMediaAccount?.moderated),
    purposeRecorded: (photo.purpose ?? '').trim() !== '',
    writtenConsentRequired: policy.writtenConsentRequired,
    informedConsentRequired: inList(policy.informedConsentAudiences),
    childAgreement: policy.childAgreement,
    fullNameForbidden: inList(policy.fullNameForbiddenIn),
    anyNameForbidden: inList(policy.anyNameForbiddenIn),
    nameInFileNameForbidden: inList(policy.nameInFileNameForbiddenIn),
  };
  // A date-only review date runs to the end of that London day; a date-time is exact.
  let today: string | undefined;
  const reviewOverdue = (raw: string) => (raw.length === 10 ? (today ??= londonDay(at)) > raw : now > instantMs(raw));
  const byChild = new Map<string, Consent[]>();
  for (const c of consents) {
    const l = byChild.get(c.childId);
    if (l) l.push(c); else byChild.set(c.childId, [c]);
  }
  const items = [...children.values()].map((ch) => {
    const names = nameUse(ch.firstName, ch.lastName, texts, fileWords);
    const consent = governing(byChild.get(ch.id) ?? []);
    const r = consent.record;
    const given = r ? instantMs(r.givenAt) : Number.NaN;
    const withdrawn = r?.withdrawnAt !== undefined ? instantMs(r.withdrawnAt) : Number.NaN;
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
        consentReviewOverdue: r?.reviewBy !== undefined && reviewOverdue(r.reviewBy),
        consentImplicationsExplained: r?.implicationsExplained === true,
        childObjects: r?.childObjects === true || ch.objects === true,
        childAgreed: tri(ch.agreed),
        childFullNameInText: names.full,
        childNameInText: names.any,
        childNameInFileName: names.inFile,
      },
    };
  });
  return { root, items };
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
