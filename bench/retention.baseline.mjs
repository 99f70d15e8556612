// Hand-written baselines for retention: a loop body making the same keep/delete/review decision as planPhotoRetention
// under the homerton-early-years preset (baselineAction, for the sweep; failClosedAction checks each record against the
// schema first), and one check making the same decision as checkPhotoRetention under any preset (checkBaseline).
import { blocksFirst, dayOf, finding, instant, isDate, isId, isList, isoDay, londonDay as londonDayNumber, only, period, plus, ROLES, texts } from './baseline.mjs';

const HOUR = 3_600_000;
const VALID = new Set(['observation', 'learning-journal', 'display', 'website', 'publicity', 'marketing', 'social-media', 'training']);
const BEYOND = new Set(['training', 'website']);
const STORAGE = new Set(['setting-device', 'setting-platform', 'central-hosting', 'removable-media', 'personal-device', 'other']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// UK summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
const bstByYear = new Map();
function bst(year) {
  let b = bstByYear.get(year);
  if (!b) {
    const lastSunday = (m) => { const d = new Date(Date.UTC(year, m + 1, 0)); return Date.UTC(year, m, d.getUTCDate() - d.getUTCDay(), 1); };
    b = [lastSunday(2), lastSunday(9)];
    bstByYear.set(year, b);
  }
  return b;
}
const offset = (ms) => { const [s, e] = bst(new Date(ms).getUTCFullYear()); return ms >= s && ms < e ? HOUR : 0; };
const londonDay = (ms) => new Date(ms + offset(ms)).toISOString().slice(0, 10);
/** Midnight in London of a yyyy-MM-dd day, in ms. */
const dayStart = (day) => { const utc = Date.parse(day); return utc - offset(utc); };
const toMs = (v) => (typeof v !== 'string' ? NaN : DATE.test(v) ? dayStart(v) : Date.parse(v));
const addYear = (day) => { const y = +day.slice(0, 4) + 1; const md = day.slice(5); return `${y}-${md === '02-29' ? '02-28' : md}`; };

/** The action for one record, as of `atMs` (`today` is its London day). */
export function baselineAction(rec, atMs, today) {
  if (typeof rec !== 'object' || rec === null || typeof rec.id !== 'string' || !rec.id) return 'review';
  const taken = toMs(rec.takenAt);
  if (!(taken <= atMs) || !Array.isArray(rec.childIds) || !Array.isArray(rec.purposes) || !STORAGE.has(rec.storedOn)) return 'review';
  const kids = rec.childIds.length > 0;
  const ps = rec.purposes;
  let del = false, review = false;
  if (ps.includes('personal')) del = true;
  if (kids && rec.consentWithdrawals) {
    const hit = new Set();
    for (const w of rec.consentWithdrawals) if (rec.childIds.includes(w.childId) && toMs(w.withdrawnAt) <= atMs) for (const u of w.uses) if (ps.includes(u)) hit.add(u);
    if (hit.size) { if (hit.size === new Set(ps).size) del = true; else review = true; }
  }
  if (kids && rec.childrenLeft) {
    const left = new Set();
    for (const c of rec.childrenLeft) if (rec.childIds.includes(c.childId) && toMs(c.leftAt) <= atMs) left.add(c.childId);
    if (left.size) { if (left.size === new Set(rec.childIds).size) del = true; else review = true; }
  }
  if (kids && rec.purposeEndedAt != null && toMs(rec.purposeEndedAt) <= atMs) del = true;
  if (rec.retainUntil != null && (DATE.test(rec.retainUntil) ? today > rec.retainUntil : atMs > toMs(rec.retainUntil))) del = true;
  if (kids && rec.storedOn === 'setting-device' && today >= addYear(londonDay(taken))) {
    const a = rec.keepBeyondYearApproval;
    if (a) {
      const ok = a.approvedBy === 'head-of-setting' && BEYOND.has(a.purpose) && ps.includes(a.purpose) && toMs(a.approvedAt) <= atMs &&
        (a.until == null || !(DATE.test(a.until) ? today > a.until : atMs > toMs(a.until)));
      if (!ok) del = true;
    } else if (ps.some((p) => BEYOND.has(p))) review = true;
    else del = true;
  }
  if (kids && ps.length === 0) review = true;
  if (kids && ps.some((p) => !VALID.has(p))) review = true;
  // Where it is kept (homerton: removable media and personal devices forbidden, elsewhere with the head's authorisation).
  if (kids && (rec.storedOn === 'removable-media' || rec.storedOn === 'personal-device')) del = true;
  if (kids && rec.storedOn === 'other' && rec.storageAuthorisedBy !== 'head-of-setting') review = true;
  return del ? 'delete' : review ? 'review' : 'keep';
}

// ---- Fail closed: the strict schema of a photo record, written out. ----

const PURPOSES = new Set(['observation', 'learning-journal', 'display', 'website', 'publicity', 'marketing', 'social-media', 'training', 'personal']);
const KEYS = new Set(['id', 'takenAt', 'childIds', 'storedOn', 'storageAuthorisedBy', 'agreedStorage', 'agreedAccess', 'purposes', 'purposeEndedAt', 'retainUntil', 'retentionAgreement', 'keepBeyondYearApproval', 'childrenLeft', 'consentWithdrawals']);
const APPROVAL_KEYS = new Set(['approvedBy', 'approvedAt', 'purpose', 'until']);
const LEFT_KEYS = new Set(['childId', 'leftAt']), WITHDRAWAL_KEYS = new Set(['childId', 'uses', 'withdrawnAt']);
const purpose = (u) => PURPOSES.has(u);
const nullableDate = (v) => v == null || isDate(v);
/** True only for a record the library's strict schema accepts (every field's type, enumeration and date). */
export const validRecord = (r) => only(r, KEYS) && isId(r.id) && isDate(r.takenAt) && isList(r.childIds, 200, isId) && STORAGE.has(r.storedOn) &&
  (r.storageAuthorisedBy == null || ROLES.has(r.storageAuthorisedBy)) && (r.agreedStorage == null || isList(r.agreedStorage, STORAGE.size, (k) => STORAGE.has(k))) &&
  (r.agreedAccess == null || isList(r.agreedAccess, ROLES.size, (k) => ROLES.has(k))) &&
  isList(r.purposes, 200, purpose) && nullableDate(r.purposeEndedAt) && nullableDate(r.retainUntil) &&
  (r.retentionAgreement == null || r.retentionAgreement === 'destroy' || r.retentionAgreement === 'retain') &&
  (r.keepBeyondYearApproval == null || (only(r.keepBeyondYearApproval, APPROVAL_KEYS) && ROLES.has(r.keepBeyondYearApproval.approvedBy) &&
    isDate(r.keepBeyondYearApproval.approvedAt) && PURPOSES.has(r.keepBeyondYearApproval.purpose) && nullableDate(r.keepBeyondYearApproval.until))) &&
  (r.childrenLeft == null || isList(r.childrenLeft, 200, (c) => only(c, LEFT_KEYS) && isId(c.childId) && isDate(c.leftAt))) &&
  (r.consentWithdrawals == null || isList(r.consentWithdrawals, 200, (w) => only(w, WITHDRAWAL_KEYS) && isId(w.childId) && isList(w.uses, 200, purpose) && isDate(w.withdrawnAt)));

/** The sweep's baseline, fail closed: a record the schema would refuse is for review, as the library says. */
export const failClosedAction = (rec, atMs, today) => (validRecord(rec) ? baselineAction(rec, atMs, today) : 'review');

// ---- One check: checkPhotoRetention by hand, under any preset's retention section (not a yearly purge on a fixed date:
// no preset has one), with the same findings, action and delete-by date. ----
const PUBLIC = ['website', 'publicity', 'marketing', 'social-media'];
const T = texts('retention');
const min = (a, b) => (a === undefined || b < a ? b : a);
const YEAR = { months: 12, days: 0 };

/** The decision for a valid record, as of `atMs` (`today` is its London day number). */
export function checkRecord(r, P, atMs, today) {
  const taken = instant(r.takenAt);
  if (taken > atMs) return refused(P);
  const reached = (v) => instant(v) <= atMs;
  const passed = (v) => (v.length === 10 ? today > dayOf(v) : atMs > instant(v));
  const dates = { now: today };
  const kids = r.childIds.length > 0;
  let outside = false, personal = false, beyondPurpose = false;
  for (const u of r.purposes) {
    if (!P.validPurposes.includes(u)) outside = true;
    if (u === 'personal') personal = true;
    if (P.beyondYearPurposes.includes(u)) beyondPurpose = true;
  }
  const ended = r.purposeEndedAt != null && reached(r.purposeEndedAt);
  if (ended) dates['purpose-ended'] = dayOf(r.purposeEndedAt);
  let periodPassed = false, scheduled;
  if (r.retainUntil != null) {
    dates['retain-until'] = dayOf(r.retainUntil);
    periodPassed = passed(r.retainUntil);
    if (!periodPassed) scheduled = dates['retain-until'];
  }
  const a = r.keepBeyondYearApproval;
  const approval = a == null ? 'none' : P.beyondYearApprovers.includes(a.approvedBy) && P.beyondYearPurposes.includes(a.purpose) && r.purposes.includes(a.purpose) &&
    reached(a.approvedAt) && (a.until == null || !passed(a.until)) ? 'valid' : 'invalid';
  let purgeDue = false;
  if (P.yearlyPurge && kids && r.storedOn === 'setting-device') {
    const purge = plus(londonDayNumber(taken), YEAR);
    dates['yearly-purge'] = purge;
    purgeDue = today >= purge;
    if (approval === 'valid') { if (a.until != null) scheduled = min(scheduled, dayOf(a.until)); } else if (!purgeDue) scheduled = min(scheduled, purge);
  }
  let left = 'none';
  if (kids && r.childrenLeft?.length) {
    const inPhoto = new Set(r.childIds), gone = new Set();
    for (const c of r.childrenLeft) {
      if (!inPhoto.has(c.childId) || !reached(c.leftAt)) continue;
      gone.add(c.childId);
      dates['child-left'] = min(dates['child-left'], plus(dayOf(c.leftAt), P.leaving));
    }
    left = gone.size === 0 ? 'none' : gone.size === inPhoto.size ? 'all' : 'some';
  }
  let withdrawn = 'none';
  if (kids && r.purposes.length && r.consentWithdrawals?.length) {
    const inPhoto = new Set(r.childIds), uses = new Set(r.purposes), hit = new Set();
    for (const w of r.consentWithdrawals) {
      if (!inPhoto.has(w.childId) || !reached(w.withdrawnAt)) continue;
      for (const u of w.uses) {
        if (!uses.has(u)) continue;
        hit.add(u);
        dates['consent-withdrawn'] = min(dates['consent-withdrawn'], plus(dayOf(w.withdrawnAt), PUBLIC.includes(u) ? P.withdrawalPublic : P.withdrawalOther));
      }
    }
    withdrawn = hit.size === 0 ? 'none' : hit.size === uses.size ? 'all-uses' : 'some-uses';
  }
  // The rules (rules/retention/*.json), in the order of the rule set: purpose, agreement, purge, leaving.
  const fired = [];
  const add = (rule) => fired.push(T[rule]);
  if (personal) add('retention.purpose.personal');
  if (kids && r.purposes.length === 0) add('retention.purpose.missing');
  if (kids && outside) add('retention.purpose.not-valid');
  if (kids && P.purposeServed === 'delete' && ended) add('retention.purpose.served');
  const agreement = r.retentionAgreement ?? 'none';
  if (kids && P.purposeServed === 'as-agreed' && agreement === 'destroy' && ended) add('retention.disposal.destroy');
  if (kids && P.purposeServed === 'as-agreed' && agreement === 'none') add('retention.disposal.not-agreed');
  if (kids && P.requireRetentionPeriod && r.retainUntil == null) add('retention.period.missing');
  if (periodPassed) add('retention.period.passed');
  if (kids && P.yearlyPurge && r.storedOn === 'setting-device' && purgeDue) {
    if (approval === 'none') add(beyondPurpose ? 'retention.beyond-year.unapproved' : 'retention.yearly.purge');
    if (approval === 'invalid') add('retention.beyond-year.approval-invalid');
  }
  if (kids && left === 'all') add('retention.child.left');
  if (kids && left === 'some') add('retention.child.some-left');
  if (kids && withdrawn === 'all-uses') add('retention.consent.withdrawn');
  if (kids && withdrawn === 'some-uses') add('retention.consent.withdrawn-some-uses');
  // Where it is kept: the policy's answer for the place, who authorised it, and what was agreed (rules/retention/storage.json).
  if (kids) {
    const place = P.storagePlaces[r.storedOn];
    const authorised = r.storageAuthorisedBy != null && P.storageAuthorisers.includes(r.storageAuthorisedBy);
    const kind = r.storedOn === 'personal-device' || r.storedOn === 'removable-media' ? r.storedOn : 'place';
    if (place === 'forbidden') add(`retention.storage.${kind}.forbidden`);
    if (place === 'with-authorisation' && !authorised) add(`retention.storage.${kind}.unauthorised`);
    if (P.requireStorageAgreement) {
      if (r.agreedStorage == null || r.agreedStorage.length === 0) add('retention.storage.agreement.missing');
      else if (!r.agreedStorage.includes(r.storedOn)) add('retention.storage.agreement.elsewhere');
    }
    if (P.requireAccessAgreement && (r.agreedAccess == null || r.agreedAccess.length === 0)) add('retention.access.not-agreed');
  }
  // Delete if any rule says delete, review if any blocks; due by the earliest date of the rules that say so.
  const action = fired.some((t) => t.data.action === 'delete') ? 'delete' : fired.length ? 'review' : 'keep';
  let by = action === 'keep' ? scheduled : undefined;
  for (const t of fired) if (t.data.action === action && (action === 'delete' || t.data.deadline !== 'now')) by = min(by, dates[t.data.deadline]);
  const out = { allowed: action === 'keep', reasons: blocksFirst(fired.map((t) => finding(t))), policy: P.ref, action };
  if (by !== undefined) out.deleteBy = isoDay(by);
  return out;
}
const refused = (P) => ({ allowed: false, reasons: [{ rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT', message: 'The record is not valid.', clause: { source: 'esafety-rules', section: 'Fail closed' } }], policy: P.ref, action: 'review' });
/** A retention section as the check reads it (its periods parsed once). */
export const retentionPolicy = (section, ref) => ({ ...section, ref, leaving: period(section.childLeavingPeriod), withdrawalPublic: period(section.withdrawalPublicPeriod), withdrawalOther: period(section.withdrawalOtherPeriod) });
/** Fail closed: a record or time the library would refuse is for review. */
export const checkBaseline = (r, P, at) => {
  if (!isDate(at) || !validRecord(r)) return refused(P);
  const atMs = instant(at);
  return checkRecord(r, P, atMs, londonDayNumber(atMs));
};
