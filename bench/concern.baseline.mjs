// A hand-written, fail-closed concern route: the same input checks, the same steps (every rule of rules/concern/*.json
// as an `if`, in the order of the rule files), merged per recipient, the same deadlines (LADO working days with bank
// holidays, Ofsted days in London time, the ICO's hours), the contacts, and a finding per rule that fires. Used by
// concern.bench.mjs, and by misuse.bench.mjs for a misuse that is also a concern (the library routes it the same way).
// (No object spread followed by more properties, `{ ...a, b }`, on the timed path: on this machine's Node 20.20 that
// costs 3–7 µs a time, where building the object field by field costs tens of nanoseconds.)
import { concernKinds, presetPolicy, settingTypes, subjectRoles } from 'esafety-rules';
import { blocksFirst, finding, isDate, isObj, only, optBool, optDate, policyAgrees, texts, vocabularyAgrees } from './baseline.mjs';

export const KINDS = new Set(['allegation-against-staff', 'child-protection', 'indecent-images-found', 'accidental-access', 'online-grooming', 'nudes-shared',
  'cyberbullying', 'offensive-content', 'data-loss', 'security-incident', 'misuse-of-technology', 'serious-injury']);
export const SETTING_TYPES = new Set(['nursery', 'pre-school', 'childminder', 'out-of-school-club', 'school']);
const ROLES = new Set(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person', 'parent', 'child', 'other', 'unknown']);
vocabularyAgrees([['concern kinds', KINDS, concernKinds], ['setting types', SETTING_TYPES, settingTypes], ['subject roles', ROLES, subjectRoles]]);

// The concern sections of every preset, written out (checked against the presets); the contacts are the presets' own
// directory (data, not logic).
const BASE = { firstContact: 'dsl', ladoDeadline: { within: 1, unit: 'working-days' }, ofstedWithinDays: 14, ico: { report: 'when-required', withinHours: 72 } };
export const CONCERN_POLICIES = {
  baseline: BASE,
  'barnet-early-years': { ...BASE, firstContact: 'manager' },
  'homerton-early-years': BASE,
  'two-mile-ash-pre-school': BASE,
  'cambridgeshire-early-years': BASE,
  'kirklees-primary': { ...BASE, firstContact: 'esafety-coordinator' },
};
for (const [id, p] of Object.entries(CONCERN_POLICIES)) {
  policyAgrees(id, p, presetPolicy(id).concern);
  CONCERN_POLICIES[id] = { ...p, contacts: presetPolicy(id).concern.contacts, ref: { id, version: presetPolicy(id).version } };
}
const T = texts('concern');

// ---- Input checks. ----
const KEYS = new Set(['kind', 'reportedAt', 'occurredAt', 'setting', 'subject', 'immediateDanger', 'meetsHarmThreshold', 'adultInvolved', 'personalDataBreach']);
const SETTING_KEYS = new Set(['type']), SUBJECT_KEYS = new Set(['role']);
const validKind = (k) => (typeof k === 'string' ? KINDS.has(k) : Array.isArray(k) && k.length >= 1 && k.length <= 24 && k.every((x) => KINDS.has(x)));
export const validConcern = (c) => only(c, KEYS) && validKind(c.kind) && isDate(c.reportedAt) && optDate(c.occurredAt) &&
  only(c.setting, SETTING_KEYS) && SETTING_TYPES.has(c.setting.type) && (c.subject === undefined || (only(c.subject, SUBJECT_KEYS) && ROLES.has(c.subject.role))) &&
  optBool(c.immediateDanger) && optBool(c.meetsHarmThreshold) && optBool(c.adultInvolved) && optBool(c.personalDataBreach);
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const validHolidays = (h) => h === undefined || (Array.isArray(h) && h.length <= 2_000 && h.every((d) => typeof d === 'string' && DAY_ONLY.test(d) && isDate(d)));

// ---- Time: London wall time (UK summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October). ----
const DAY = 86_400_000, HOUR = 3_600_000;
const lastSunday = (y, m) => { const d = Date.UTC(y, m + 1, 0, 1); return d - new Date(d).getUTCDay() * DAY; };
const offset = (ms) => { const y = new Date(ms).getUTCFullYear(); return ms >= lastSunday(y, 2) && ms < lastSunday(y, 9) ? HOUR : 0; };
const toWall = (ms) => ms + offset(ms);
const fromWall = (wall) => wall - offset(wall - offset(wall));
const dayOf = (wall) => new Date(wall).toISOString().slice(0, 10);
/** The end (23:59:59.999 in London) of the n-th working day after `ms`. */
function endOfWorkingDays(ms, n, holidays) {
  const wall = toWall(ms);
  let day = wall - (wall % DAY), left = n;
  const working = (d) => { const w = new Date(d).getUTCDay(); return w !== 0 && w !== 6 && !holidays.has(dayOf(d)); };
  if (left === 0) while (!working(day)) day += DAY;
  while (left > 0) { day += DAY; if (working(day)) left--; }
  return fromWall(day + DAY - 1);
}
/** `ms` when the deadline of a step falls, or undefined. */
function deadline(kind, P, reported, event, holidays) {
  if (kind === 'lado') return P.ladoDeadline.unit === 'hours' ? reported + P.ladoDeadline.within * HOUR : endOfWorkingDays(reported, P.ladoDeadline.within, holidays);
  if (kind === 'ofsted') return fromWall(toWall(event) + P.ofstedWithinDays * DAY);
  if (kind === 'ico') return reported + P.ico.withinHours * HOUR;
  return undefined;
}

const ADULT_WORKERS = new Set(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person']);
const SAFEGUARDING = ['child-protection', 'allegation-against-staff', 'indecent-images-found', 'online-grooming', 'nudes-shared', 'serious-injury'];
const NEVER_TOLD = { manager: 'manager', dsl: 'dsl', 'registered-person': 'registered-person' };
const RANK = { step: 0, consider: 1, signpost: 2 };

/** The rules that fire for a valid concern, in the order of the rule files, as findings. */
function fire(c, P) {
  const out = [];
  const add = (rule) => out.push(finding(T[rule]));
  const kinds = typeof c.kind === 'string' ? [c.kind] : c.kind;
  const has = (k) => kinds.includes(k);
  const type = c.setting.type, role = c.subject?.role ?? 'none';
  const firstIsSubject = role === 'manager' || role === 'dsl';
  const adult = ADULT_WORKERS.has(role);
  const childminder = type === 'childminder';
  // general.json
  if (c.immediateDanger === true) add('concern.emergency.999');
  if (c.immediateDanger === undefined) add('concern.emergency.unchecked');
  if (!childminder && !firstIsSubject) add(`concern.first-contact.${P.firstContact}`);
  if (firstIsSubject || role === 'registered-person' || role === 'childminder') add('concern.subject.do-not-tell');
  if (firstIsSubject && !childminder) add('concern.subject.next-person-up');
  if (firstIsSubject || role === 'registered-person') add('concern.subject.lado');
  add('concern.log.incident-log');
  if (has('child-protection')) {
    add('concern.child-protection.procedures');
    if (!childminder) { add('concern.child-protection.police'); add('concern.child-protection.social-care'); }
  }
  // allegation.json
  if (has('allegation-against-staff') || adult) {
    if (c.meetsHarmThreshold !== false) add('concern.allegation.lado');
    if (c.meetsHarmThreshold === undefined) add('concern.allegation.threshold-unknown');
    if (c.meetsHarmThreshold === false) add('concern.allegation.low-level');
    if (c.meetsHarmThreshold !== false && type !== 'school') add('concern.allegation.ofsted');
  }
  if (has('serious-injury') && type !== 'school') add('concern.serious-injury.ofsted');
  // childminder.json
  if (childminder && (adult || SAFEGUARDING.some(has))) {
    add('concern.childminder.social-care'); add('concern.childminder.childminding-team'); add('concern.childminder.ofsted');
  }
  // images.json
  if (has('indecent-images-found')) {
    add('concern.indecent-images.police'); add('concern.indecent-images.lado'); add('concern.indecent-images.do-not-investigate'); add('concern.indecent-images.preserve');
  }
  if (has('accidental-access')) { add('concern.accidental-access.disconnect'); add('concern.accidental-access.leadership-team'); }
  // online.json
  if (has('online-grooming')) {
    add('concern.grooming.ceop');
    add(!firstIsSubject && !childminder ? 'concern.grooming.dsl' : 'concern.grooming.mash');
    if (adult) add('concern.grooming.by-adult-worker');
  }
  if (has('nudes-shared')) {
    if (!firstIsSubject && !childminder) add('concern.nudes.dsl');
    add('concern.nudes.do-not-view');
    if (c.adultInvolved === true) add('concern.nudes.adult-involved');
    if (c.adultInvolved === undefined) add('concern.nudes.adult-unknown');
  }
  if (has('offensive-content')) { add('concern.offensive-content.iwf'); add('concern.offensive-content.iwf-remit'); }
  if (has('cyberbullying')) {
    add('concern.cyberbullying.parents'); add('concern.cyberbullying.nspcc'); add('concern.cyberbullying.childline');
    if (type === 'school') add('concern.cyberbullying.anti-bullying');
  }
  // data.json
  if (has('security-incident') || has('data-loss')) { add('concern.security.esafety-coordinator'); add('concern.security.technical-support'); }
  if (has('data-loss')) {
    add('concern.data-loss.parents');
    if (c.personalDataBreach !== false && P.ico.report === 'when-required') add('concern.data-loss.ico');
  }
  return out;
}

/** The route, trusting its input (but not the order of events). */
export function route(c, P, holidays) {
  const reported = Date.parse(c.reportedAt);
  const event = c.occurredAt === undefined ? reported : Date.parse(c.occurredAt);
  if (event > reported) return refusedRoute(P);
  const reasons = blocksFirst(fire(c, P));
  const never = NEVER_TOLD[c.subject?.role];
  const byTo = new Map();
  const actions = [];
  reasons.forEach((f, at) => {
    const d = f.data;
    if (d.kind === 'action') { actions.push(f); return; }
    if (d.to === never) return;
    const by = deadline(d.deadline, P, reported, event, holidays);
    const step = { to: d.to, immediately: d.immediately, kind: d.kind, finding: f };
    if (by !== undefined) step.by = new Date(by).toISOString();
    const prev = byTo.get(d.to);
    if (!prev) { byTo.set(d.to, { step, order: d.order, at }); return; }
    const p = prev.step;
    const stronger = RANK[d.kind] < RANK[p.kind] || (d.kind === p.kind && step.immediately && !p.immediately) ? step : p;
    const merged = { to: stronger.to, immediately: p.immediately || step.immediately, kind: RANK[d.kind] < RANK[p.kind] ? d.kind : p.kind, finding: stronger.finding };
    const earliest = p.by === undefined ? step.by : step.by === undefined || p.by < step.by ? p.by : step.by;
    if (earliest) merged.by = earliest;
    byTo.set(d.to, { step: merged, order: Math.min(prev.order, d.order), at: prev.at });
  });
  const entries = P.contacts.entries;
  const steps = [...byTo.values()]
    .sort((a, b) => a.order - b.order || RANK[a.step.kind] - RANK[b.step.kind] || Number(b.step.immediately) - Number(a.step.immediately) || a.at - b.at)
    .map(({ step }) => { const contacts = entries.filter((e) => e.to === step.to); if (contacts.length) step.contacts = contacts; return step; });
  const out = { steps, actions: blocksFirst(actions), reasons, policy: P.ref };
  if (entries.length) out.contactsPublished = P.contacts.published;
  return out;
}
const refusedRoute = (P) => ({ steps: [], actions: [], reasons: [{ rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT', message: 'The input is not valid.', clause: { source: 'esafety-rules', section: 'Fail closed' } }], policy: P.ref });

/** Fail closed: a concern or bank holidays the library would refuse give an empty route whose reason says so. */
export const routeBaseline = (c, P, bankHolidays) => (isObj(c) && validConcern(c) && validHolidays(bankHolidays) ? route(c, P, new Set(bankHolidays)) : refusedRoute(P));

/** What a route and its baseline must share: the steps (recipient, kind, urgency, deadline, contacts), in order, and the rules fired. */
export const routeKey = (r) => [
  ...r.steps.map((s) => `${s.to}|${s.kind}|${s.immediately}|${s.by ?? ''}|${(s.contacts ?? []).length}`),
  ...r.actions.map((f) => f.rule), ...r.reasons.map((f) => f.rule), r.contactsPublished ?? '',
].join(',');
