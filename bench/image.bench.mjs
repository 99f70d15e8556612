// canPublishImage with 1, 3 and 30 children, against a hand-written baseline making
// the same consent decision and against a raw json-rules-engine encoding of it.
import { Engine } from 'json-rules-engine';
import { canPublishImage } from 'esafety-rules';
import { fmt, nsPerOp, nsPerOpAsync, table } from './lib.mjs';

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

// Hand-written and fail closed: the same consent decision, refusing malformed input as the library does.
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const AUDIENCES = new Set(['learning-journal', 'setting-display', 'setting-website', 'setting-social-media', 'publicity', 'training']);
const GIVERS = new Set(['parent', 'carer', 'guardian', 'other']);
const isDate = (s) => typeof s === 'string' && ISO.test(s) && !Number.isNaN(Date.parse(s));
const isId = (s) => typeof s === 'string' && s.length > 0 && s.length <= 200;
function validPhoto(p) {
  if (typeof p !== 'object' || p === null || !isId(p.id) || !isDate(p.takenAt) || !AUDIENCES.has(p.audience) || !Array.isArray(p.children)) return false;
  if (typeof p.device !== 'object' || p.device === null || (p.device.owner !== 'setting' && p.device.owner !== 'personal')) return false;
  for (const c of p.children) if (typeof c !== 'object' || c === null || !isId(c.id) || (c.identifiable !== undefined && typeof c.identifiable !== 'boolean')) return false;
  return true;
}
function validConsent(c) {
  return typeof c === 'object' && c !== null && isId(c.childId) && Array.isArray(c.audiences) && c.audiences.every((a) => AUDIENCES.has(a)) &&
    typeof c.written === 'boolean' && GIVERS.has(c.givenBy) && isDate(c.givenAt) &&
    (c.withdrawnAt === undefined || isDate(c.withdrawnAt)) && (c.reviewBy === undefined || isDate(c.reviewBy));
}
function baselineValidating(photo, consents, at) {
  if (!isDate(at) || !validPhoto(photo) || !Array.isArray(consents) || !consents.every(validConsent)) return { allowed: false, reasons: [{ rule: 'input.invalid' }] };
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
const measured = new Map();
for (const n of sizes) {
  const { photo, consents } = make(n);
  const ours = canPublishImage(photo, consents, { at: AT, policy: 'homerton-early-years' });
  if (!ours.allowed || !baselineValidating(photo, consents, AT).allowed || !(await rawEngine(photo, consents, AT)).allowed) throw new Error('inputs must be allowed by all');
  globalThis.gc?.();
  const a = nsPerOp(() => canPublishImage(photo, consents, { at: AT, policy: 'homerton-early-years' }), { perBatch: n > 10 ? 500 : 2_000 });
  const v = nsPerOp(() => baselineValidating(photo, consents, AT), { perBatch: 5_000 });
  const b = nsPerOp(() => baseline(photo, consents, AT), { perBatch: 5_000 });
  measured.set(n, { a, v, b });
}
const rows = [];
for (const n of sizes) {
  const { photo, consents } = make(n);
  globalThis.gc?.();
  const c = await nsPerOpAsync(() => rawEngine(photo, consents, AT), { perBatch: n > 10 ? 20 : 100 });
  const { a, v, b } = measured.get(n);
  rows.push([n, fmt(a), fmt(v), fmt(b), fmt(c), `${(a / v).toFixed(2)}×`, `${(a / b).toFixed(2)}×`, `${(c / a).toFixed(1)}×`, `${(a / n / 1000).toFixed(2)} µs`]);
}
table('canPublishImage (per decision; every input allowed, so every rule is evaluated)',
  ['children', 'canPublishImage', 'baseline, fail closed', 'baseline, no validation', 'raw json-rules-engine', 'ours ÷ fail-closed baseline', 'ours ÷ bare baseline', 'engine ÷ ours', 'ours per child'], rows);
