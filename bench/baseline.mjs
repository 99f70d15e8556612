// What every hand-written baseline shares: fail-closed checks of its input (written out, as a vendor embedding a
// permission check would write them: no schema library), the vocabulary lists, the example inputs, and the checks that
// a baseline makes the same decision as the library before either is timed.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ---- Input checks. Each returns true only for a value the library's strict schema would accept. ----
export const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An object with no key outside `keys` (a Set): the library's schemas are strict. */
export function only(v, keys) {
  if (!isObj(v)) return false;
  for (const k in v) if (!keys.has(k)) return false;
  return true;
}
export const isBool = (v) => v === true || v === false;
/** Absent: undefined or null (a database column with no value), as the library's optional fields read them. */
export const none = (v) => v === undefined || v === null;
export const optBool = (v) => none(v) || v === true || v === false;
export const isId = (v) => typeof v === 'string' && v.length > 0 && v.length <= 200;
export const isText = (v) => typeof v === 'string' && v.length <= 10_000;
/** A list of at most `max` items, each passing `item`. */
export function isList(v, max, item) {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
}
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y, m) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DIM[m - 1]);
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
const MIN_MS = Date.UTC(1900, 0, 1), MAX_MS = Date.UTC(3000, 0, 1);
/**
 * An ISO 8601 date, or date-time with Z or an offset (one without is refused), that exists (years 1900–2999, no
 * 30 February, no hour 24), or a Date of those years, as the library reads them.
 */
export function isDate(v) {
  if (v instanceof Date) { const ms = v.getTime(); return ms >= MIN_MS && ms < MAX_MS; }
  if (typeof v !== 'string') return false;
  const m = ISO.exec(v);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return false;
  if (m[4] !== undefined && (+m[4] > 23 || +m[5] > 59 || (m[6] !== undefined && +m[6] > 59))) return false;
  return m[7] === undefined || (+m[7] <= 23 && +m[8] <= 59);
}
export const optDate = (v) => none(v) || isDate(v);

// ---- Time, as a hand-written check would do it: UK summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC
// on the last Sunday of October; days are numbered from 1970-01-01. ----
export const DAY = 86_400_000, HOUR = 3_600_000;
const lastSunday = (y, m) => { const d = Date.UTC(y, m + 1, 0, 1); return d - new Date(d).getUTCDay() * DAY; };
/** London's offset from UTC at `ms`, in ms. */
export const londonOffset = (ms) => { const y = new Date(ms).getUTCFullYear(); return ms >= lastSunday(y, 2) && ms < lastSunday(y, 9) ? HOUR : 0; };
/** The number of the London day `ms` falls on. */
export const londonDay = (ms) => Math.floor((ms + londonOffset(ms)) / DAY);
const fromWall = (wall) => wall - londonOffset(wall - londonOffset(wall));
/** An instant (checked by isDate) in ms: a Date its time, a date its London midnight, a date-time with its offset. */
export const instant = (v) => (typeof v !== 'string' ? v.getTime() : v.length === 10 ? fromWall(Date.parse(v)) : Date.parse(v));
/** The day number of a date, or of the London day of a date-time or Date. */
export const dayOf = (v) => (typeof v === 'string' && v.length === 10 ? Date.parse(v) / DAY : londonDay(instant(v)));
const PERIOD = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/;
/** An ISO 8601 period (`P1M`, `P2W`) as { months, days }, or undefined. */
export function period(v) {
  const m = typeof v === 'string' && v !== 'P' ? PERIOD.exec(v) : null;
  return m ? { months: +(m[1] ?? 0) * 12 + +(m[2] ?? 0), days: +(m[3] ?? 0) * 7 + +(m[4] ?? 0) } : undefined;
}
/** A day number plus a period: months first (the same day of the month, or the month's last), then weeks and days. */
export function plus(day, p) {
  const d = new Date(day * DAY);
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth() + p.months, y = Math.floor(months / 12), m = months % 12;
  const last = m === 1 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DIM[m];
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY + p.days;
}
export const isoDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);

// ---- Vocabulary, written out (checked against the package's exported lists by vocabularyAgrees). ----
export const ROLES = new Set(['manager', 'deputy-manager', 'head-of-setting', 'head-teacher', 'line-manager', 'leadership-team', 'senior-management',
  'room-leader', 'teacher', 'committee', 'office-manager', 'ict-coordinator', 'ict-technician', 'staff', 'parent']);
export const PEOPLE = new Set(['staff', 'volunteer', 'student', 'manager', 'parent-or-carer', 'visitor', 'lone-working-visitor', 'contractor', 'child']);
export const SCOPES = new Set(['emergency', 'photo', 'charging', 'lesson-use', 'contact-details', 'friend-request', 'social-networking', 'personal-use']);
const PERMISSION_KEYS = new Set(['from', 'for']);
/** `permissions`: at most 50 of `{ from: role, for: scope }`. */
export const isPermissions = (v) => isList(v, 50, (p) => only(p, PERMISSION_KEYS) && ROLES.has(p.from) && SCOPES.has(p.for));
/** Whether `list` holds a permission for `scope` from one of `from`. */
export const holds = (list, scope, from) => !none(list) && list.some((p) => p.for === scope && from.includes(p.from));

/** Fails loudly if a list written out here differs from the package's own. */
export function vocabularyAgrees(pairs) {
  for (const [name, mine, theirs] of pairs) {
    const a = [...mine].sort().join(), b = [...theirs].sort().join();
    if (a !== b) throw new Error(`the baseline's ${name} differ from the package's:\n  ${a}\n  ${b}`);
  }
}
/** Fails loudly if the policy values a baseline hard-codes differ from the preset's. */
export function policyAgrees(name, mine, section) {
  for (const [k, v] of Object.entries(mine)) {
    if (JSON.stringify(v) !== JSON.stringify(section[k])) throw new Error(`${name}: the baseline's ${k} is ${JSON.stringify(v)}, the preset's ${JSON.stringify(section[k])}`);
  }
}

// ---- Findings: a baseline explains its answer as the library does (rule, effect, code, message, clause, remedy). ----
const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));
/**
 * The texts of an area's rules, by rule name: what a hand-written check would keep as constants. (Read from the rule
 * files so they are the same words; the baseline's logic is written out in each bench.)
 */
export function texts(area) {
  const out = {};
  for (const f of readdirSync(rulesDir + area).filter((f) => f.endsWith('.json') && f !== 'conditions.json')) {
    for (const r of JSON.parse(readFileSync(`${rulesDir}${area}/${f}`, 'utf8'))) {
      const { code, message, clause, remedy, clauses: _, ...data } = r.event.params;
      out[r.name] = { rule: r.name, effect: r.event.type, code, message, clause, remedy, data: Object.keys(data).length ? data : undefined };
    }
  }
  return out;
}
/** A fresh finding from a rule's texts (fresh, as the library's are: a caller may change it). */
export function finding(t, subject) {
  const f = { rule: t.rule, effect: t.effect, code: t.code, message: t.message, clause: { source: t.clause.source, section: t.clause.section } };
  if (subject !== undefined) f.subject = subject;
  if (t.remedy !== undefined) f.remedy = t.remedy;
  if (t.data !== undefined) f.data = { ...t.data };
  return f;
}
/** The answer to input a baseline refuses (one finding: a baseline does not say which field, the library does). */
export const refusal = (policy) => ({ allowed: false, reasons: [{ rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT', message: 'The input is not valid: nothing is allowed on it.', clause: { source: 'esafety-rules', section: 'Fail closed' } }], policy });
/** A decision from its findings: allowed only when none blocks. */
export const decision = (reasons, policy) => { const r = blocksFirst(reasons); return { allowed: !r.some((f) => f.effect === 'block'), reasons: r, policy }; };
/** Blocks first, then warnings, as the library orders them. */
export const blocksFirst = (reasons) => (reasons.every((f) => f.effect === 'block') ? reasons : [...reasons.filter((f) => f.effect === 'block'), ...reasons.filter((f) => f.effect !== 'block')]);

// ---- Examples: the inputs timed are the repository's own examples (examples/<area>/*.json). ----
const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
/** The examples of an area, by file name (without .json). */
export function examples(area) {
  const out = {};
  for (const f of readdirSync(examplesDir + area).filter((f) => f.endsWith('.json')).sort()) out[f.slice(0, -5)] = JSON.parse(readFileSync(`${examplesDir}${area}/${f}`, 'utf8'));
  return out;
}

// ---- Agreement. ----
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;
/**
 * Malformed and near-miss variants of an input: every field (nested objects and the first item of each list too) with a
 * wrong type, removed, and (for strings) an unknown value or an impossible date; plus an unknown field. Some are valid
 * inputs with another answer (a removed optional field), most are invalid: either way the baseline must agree.
 */
export function variants(input) {
  const out = [];
  const at = (path, f) => {
    const holder = { input: structuredClone(input) };
    const full = ['input', ...path];
    let o = holder;
    for (const k of full.slice(0, -1)) o = o[k];
    f(o, full[full.length - 1]);
    out.push({ path: full.join('.'), value: holder.input });
  };
  const walk = (v, path) => {
    if (Array.isArray(v)) { if (v.length) walk(v[0], [...path, 0]); at(path, (o, k) => { o[k] = [...o[k], 42]; }); return; }
    if (!isObj(v)) return;
    at([...path, 'unexpected'], (o, k) => { o[k] = true; });
    for (const [k, x] of Object.entries(v)) {
      const p = [...path, k];
      at(p, (o, key) => { o[key] = 42; });
      at(p, (o, key) => { delete o[key]; });
      if (typeof x === 'string') {
        at(p, (o, key) => { o[key] = 'not-a-known-value'; });
        if (DATE_LIKE.test(x)) { at(p, (o, key) => { o[key] = '2026-02-30'; }); at(p, (o, key) => { o[key] = '2026-11-22T24:00:00Z'; }); }
      }
      if (typeof x === 'boolean') at(p, (o, key) => { o[key] = String(x); });
      walk(x, p);
    }
  };
  walk(input, []);
  return out;
}

/**
 * Checks a decision function and its baseline give the same answer (`same(a, b)` compares what the bench says they
 * agree on) on the timed inputs, then on every variant of `arg` (the argument at `index`). Throws on any disagreement.
 * Returns how many variants were checked and how many of them the library refused as invalid input. A baseline that
 * covers only part of the rules (`validVariants: false`) is held to the same answer on the timed inputs and to refusing
 * exactly what the library refuses, not to the same answer on every valid variant.
 */
export function agree(name, ours, theirs, args, same, index = 0, { validVariants = true } = {}) {
  const a = ours(...args), b = theirs(...args);
  if (!same(a, b)) throw new Error(`${name}: the baseline disagrees on the timed input\n  library  ${JSON.stringify(summary(a))}\n  baseline ${JSON.stringify(summary(b))}`);
  let refused = 0, n = 0;
  for (const v of variants(args[index])) {
    const vargs = args.slice();
    vargs[index] = v.value;
    const x = ours(...vargs), y = theirs(...vargs);
    n++;
    const xi = refuses(x), yi = refuses(y);
    if (xi || yi) {
      refused++;
      if (!xi || !yi || x.allowed || y.allowed) throw new Error(`${name}: input with ${v.path} changed: the library ${xi ? 'refuses' : 'accepts'} it (allowed ${x.allowed}), the baseline ${yi ? 'refuses' : 'accepts'} it (allowed ${y.allowed})\n  ${JSON.stringify(v.value)}`);
    } else if (validVariants && !same(x, y)) throw new Error(`${name}: the baseline disagrees on the variant at ${v.path}\n  library  ${JSON.stringify(summary(x))}\n  baseline ${JSON.stringify(summary(y))}`);
  }
  return { variants: n, refused };
}
/** The answer refuses the input (the library says which fields; a baseline only that it refuses). */
export const refuses = (r) => r.reasons.some((f) => f.rule === 'input.invalid');
const summary = (r) => ({ allowed: r.allowed, reasons: r.reasons?.map((f) => f.rule), ...(r.action ? { action: r.action, deleteBy: r.deleteBy } : {}), ...(r.tier ? { tier: r.tier, sanctions: r.sanctions } : {}) });
/** The usual comparison: the same allowed/denied answer and the same rules fired. */
export const sameDecision = (a, b) => a.allowed === b.allowed && rulesOf(a) === rulesOf(b);
export const rulesOf = (r) => r.reasons.map((f) => f.rule).sort().join(',');
