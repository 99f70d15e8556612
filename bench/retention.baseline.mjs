// A hand-written loop body making the same keep/delete/review decision as
// planPhotoRetention under the homerton-early-years preset, for the benchmark.
const HOUR = 3_600_000;
const VALID = new Set(['observation', 'display', 'learning-journal', 'website', 'marketing', 'training']);
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
  return del ? 'delete' : review ? 'review' : 'keep';
}
