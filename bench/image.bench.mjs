// canPublishImage with 1, 3 and 30 children, against a hand-written baseline making
// the same consent decision and against a raw json-rules-engine encoding of it.
import { Engine } from 'json-rules-engine';
import { canPublishImage } from 'esafety-rules';
import { agree, isBool, isDate, isId, isList, isText, only, optBool, optDate, refusal, ROLES } from './baseline.mjs';
import { fmt, nsPerOpAsync, nsPerOpEach, record, table } from './lib.mjs';

const AT = '2026-11-22T10:00:00Z';
const make = (n) => {
  const children = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, agreed: true }));
  const photo = { id: 'p', takenAt: '2026-11-21T10:00:00Z', audience: 'learning-journal', children, device: { owner: 'setting', kind: 'tablet' }, purpose: 'observation', appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, showsSurroundingContext: true, caption: 'Painting together' };
  const consents = children.map((c) => ({ childId: c.id, audiences: ['learning-journal', 'setting-display'], written: true, givenBy: 'parent', givenAt: '2026-09-01', reviewBy: '2027-09-01' }));
  return { photo, consents };
};

// Hand-written: the consent decision for every child, with the same date rules, no rule engine.
const time = (s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
function baseline(photo, consents, at) {
  const now = time(at);
  const taken = time(photo.takenAt);
  const byChild = new Map();
  for (const c of consents) byChild.set(c.childId, c);
  const reasons = [];
  for (const ch of photo.children) {
    if (ch.identifiable === false) continue;
    const c = byChild.get(ch.id);
    if (!c) { reasons.push({ rule: 'image.consent.missing', subject: ch.id }); continue; }
    if (!c.written) reasons.push({ rule: 'image.consent.not-written', subject: ch.id });
    if (c.givenBy === 'other') reasons.push({ rule: 'image.consent.giver-not-accepted', subject: ch.id });
    if (!c.audiences.includes(photo.audience)) reasons.push({ rule: 'image.consent.audience-not-covered', subject: ch.id });
    if (c.withdrawnAt && time(c.withdrawnAt) <= now) reasons.push({ rule: 'image.consent.withdrawn', subject: ch.id });
    if (time(c.givenAt) > taken) reasons.push({ rule: 'image.consent.given-after-taking', subject: ch.id });
    if (c.reviewBy && time(c.reviewBy) + 86_400_000 <= now) reasons.push({ rule: 'image.consent.review-overdue', subject: ch.id });
  }
  return { allowed: reasons.length === 0, reasons };
}

// Hand-written and fail closed: the same consent decision, refusing what the library's strict schemas refuse (every
// field's type, enumeration and date, unknown fields), with the shared checks of bench/baseline.mjs.
const AUDIENCES = new Set(['learning-journal', 'setting-display', 'setting-website', 'setting-social-media', 'publicity', 'training']);
const GIVERS = new Set(['parent', 'carer', 'guardian', 'other']);
const PHOTO_KEYS = new Set(['id', 'takenAt', 'audience', 'children', 'device', 'fileName', 'caption', 'altText', 'tags', 'nameList', 'purpose', 'appropriatelyDressed',
  'mayCauseDistress', 'takenInSecret', 'takenForPersonalUse', 'oneToOne', 'showsSurroundingContext', 'brandedClothing', 'approvedBy', 'socialMediaAccount']);
const PHOTO_BOOLS = ['appropriatelyDressed', 'mayCauseDistress', 'takenInSecret', 'takenForPersonalUse', 'oneToOne', 'showsSurroundingContext', 'brandedClothing'];
const PHOTO_TEXTS = ['fileName', 'caption', 'altText'];
const PURPOSES = new Set(['observation', 'learning-journal', 'display', 'website', 'publicity', 'marketing', 'social-media', 'training', 'personal']);
const CHILD_KEYS = new Set(['id', 'firstName', 'lastName', 'identifiable', 'objects', 'agreed']);
const DEVICE_KEYS = new Set(['owner', 'authorisedBy', 'authorisedByRole', 'kind']);
const DEVICE_KINDS = new Set(['camera', 'tablet', 'phone', 'other']);
const ACCOUNT_KEYS = new Set(['closed', 'moderated']);
const CONSENT_KEYS = new Set(['childId', 'audiences', 'written', 'givenBy', 'givenAt', 'withdrawnAt', 'reviewBy', 'childObjects', 'implicationsExplained']);
const optText = (v) => v == null || isText(v);
const validChild = (c) => only(c, CHILD_KEYS) && isId(c.id) && optText(c.firstName) && optText(c.lastName) && optBool(c.identifiable) && optBool(c.objects) && optBool(c.agreed);
const validDevice = (d) => only(d, DEVICE_KEYS) && (d.owner === 'setting' || d.owner === 'personal') && (d.authorisedBy == null || isId(d.authorisedBy)) &&
  (d.authorisedByRole == null || ROLES.has(d.authorisedByRole)) && (d.kind == null || DEVICE_KINDS.has(d.kind));
const validPhoto = (p) => only(p, PHOTO_KEYS) && isId(p.id) && isDate(p.takenAt) && AUDIENCES.has(p.audience) && isList(p.children, 500, validChild) &&
  validDevice(p.device) && PHOTO_TEXTS.every((k) => optText(p[k])) && (p.purpose == null || PURPOSES.has(p.purpose)) && PHOTO_BOOLS.every((k) => optBool(p[k])) &&
  (p.tags == null || isList(p.tags, 1_000, isText)) && (p.nameList == null || isList(p.nameList, 1_000, isText)) &&
  (p.approvedBy == null || isId(p.approvedBy)) && (p.socialMediaAccount == null || (only(p.socialMediaAccount, ACCOUNT_KEYS) && isBool(p.socialMediaAccount.closed) && isBool(p.socialMediaAccount.moderated)));
const validConsent = (c) => only(c, CONSENT_KEYS) && isId(c.childId) && isList(c.audiences, 50, (a) => AUDIENCES.has(a)) && isBool(c.written) && GIVERS.has(c.givenBy) &&
  isDate(c.givenAt) && optDate(c.withdrawnAt) && optDate(c.reviewBy) && optBool(c.childObjects) && optBool(c.implicationsExplained);
function baselineValidating(photo, consents, at) {
  if (!isDate(at) || !validPhoto(photo) || !isList(consents, 5_000, validConsent)) return refusal();
  return baseline(photo, consents, at);
}

// Raw json-rules-engine: the same consent rules, one engine run per child.
const engine = new Engine([], { allowUndefinedFacts: true });
const rule = (name, fact, value) => engine.addRule({ name, conditions: { all: [{ fact, operator: 'equal', value }] }, event: { type: 'block', params: { rule: name } } });
rule('image.consent.missing', 'consentFound', false);
rule('image.consent.not-written', 'written', false);
rule('image.consent.giver-not-accepted', 'giverAccepted', false);
rule('image.consent.audience-not-covered', 'covers', false);
rule('image.consent.withdrawn', 'withdrawn', true);
rule('image.consent.given-after-taking', 'givenBeforeTaking', false);
rule('image.consent.review-overdue', 'overdue', true);
async function rawEngine(photo, consents, at) {
  const now = time(at);
  const reasons = [];
  for (const ch of photo.children) {
    const c = consents.find((x) => x.childId === ch.id);
    const { events } = await engine.run({
      consentFound: !!c, written: !!c?.written, giverAccepted: c?.givenBy !== 'other', covers: !!c?.audiences.includes(photo.audience),
      withdrawn: !!c?.withdrawnAt && time(c.withdrawnAt) <= now, givenBeforeTaking: !!c && time(c.givenAt) <= time(photo.takenAt),
      overdue: !!c?.reviewBy && time(c.reviewBy) + 86_400_000 <= now,
    });
    for (const e of events) reasons.push({ rule: e.params.rule, subject: ch.id });
  }
  return { allowed: reasons.length === 0, reasons };
}

// Ours and the hand-written baselines first for every size, json-rules-engine last: its promise-heavy runs leave
// garbage that would otherwise be collected during our measurements.
const sizes = [1, 3, 30];
const opts = { at: AT, policy: 'homerton-early-years' };
const ours = (p, c) => canPublishImage(p, c, opts);
// Agreement: the same answer on each input timed (all allowed); malformed variants of the photo and of the consents
// refused by both. The baseline makes the consent decision only (the rules of rules/image/consent.json), so on valid
// variants (which may reach the content, device, naming, audience and child rules) it is not held to the same answer.
let variants = 0, refused = 0;
for (const n of sizes) {
  const { photo, consents } = make(n);
  if (!ours(photo, consents).allowed || !baselineValidating(photo, consents, AT).allowed || !(await rawEngine(photo, consents, AT)).allowed) throw new Error('inputs must be allowed by all');
  if (n > 3) continue;
  for (const i of [0, 1]) {
    const r = agree(`canPublishImage ${n}`, ours, (p, c) => baselineValidating(p, c, AT), [photo, consents], (x, y) => x.allowed === y.allowed, i, { validVariants: false });
    variants += r.variants; refused += r.refused;
  }
}
// Ours and the hand-written baselines first for every size (warmed up together, then timed in interleaved batches),
// json-rules-engine last: its promise-heavy runs leave garbage that would otherwise be collected during our measurements.
const inputs = new Map(sizes.map((n) => [n, make(n)]));
const t0 = performance.now();
for (let round = 0; round < 3 || performance.now() - t0 < 2_000; round++) {
  for (const { photo, consents } of inputs.values()) for (let i = 0; i < 500; i++) { ours(photo, consents); baselineValidating(photo, consents, AT); baseline(photo, consents, AT); }
}
const measured = new Map();
for (const n of sizes) {
  const { photo, consents } = inputs.get(n);
  globalThis.gc?.();
  const t = nsPerOpEach({ a: () => ours(photo, consents), v: () => baselineValidating(photo, consents, AT), b: () => baseline(photo, consents, AT) }, { perBatch: n > 10 ? 500 : 2_000, batches: 21, warmup: 1 });
  measured.set(n, t);
}
const rows = [];
const engineRatios = [];
for (const n of sizes) {
  const { photo, consents } = inputs.get(n);
  globalThis.gc?.();
  const c = await nsPerOpAsync(() => rawEngine(photo, consents, AT), { perBatch: n > 10 ? 20 : 100 });
  const { a, v, b } = measured.get(n);
  engineRatios.push(c / a);
  rows.push([n, fmt(a), fmt(v), fmt(b), fmt(c), `${(a / v).toFixed(2)}×`, `${(a / b).toFixed(2)}×`, `${(c / a).toFixed(1)}×`, `${(a / n / 1000).toFixed(2)} µs`, a / v <= 3 ? 'yes' : 'no']);
}
table(`canPublishImage (per decision; every input allowed, so every rule is evaluated; malformed variants refused by both: ${refused} of ${variants})`,
  ['children', 'canPublishImage', 'baseline, fail closed', 'baseline, no validation', 'raw json-rules-engine', 'ours ÷ fail-closed baseline', 'ours ÷ bare baseline', 'engine ÷ ours', 'ours per child', '≤ 3×'], rows);
const worst = Math.max(...sizes.map((n) => measured.get(n).a / measured.get(n).v));
record('`canPublishImage`', '≤ 3× the fail-closed baseline (consent part only)',
  sizes.map((n) => { const { a, v } = measured.get(n); return `${n}: ${(a / v).toFixed(2)}× (${fmt(a)} vs ${fmt(v)})`; }).join('; '), worst <= 3);
record('`canPublishImage`', '≥ 10× faster than raw json-rules-engine', sizes.map((n, i) => `${n}: ${engineRatios[i].toFixed(1)}×`).join('; '), Math.min(...engineRatios) >= 10);
