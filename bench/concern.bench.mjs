// routeConcern against a hand-written baseline making the same routing decision, in the same run.
import { routeConcern } from 'esafety-rules';
import { nsPerOp, fmt, table } from './lib.mjs';

const concerns = {
  'allegation, manager is subject (Barnet)': [{ kind: 'allegation-against-staff', reportedAt: '2026-12-24T16:00:00Z', setting: { type: 'nursery' }, subject: { role: 'manager' }, immediateDanger: false }, { policy: 'barnet-early-years', bankHolidays: ['2026-12-25', '2026-12-28'] }],
  'indecent images + allegation (baseline)': [{ kind: ['indecent-images-found', 'allegation-against-staff'], reportedAt: '2026-11-20T09:30:00Z', setting: { type: 'pre-school' }, subject: { role: 'staff' }, immediateDanger: false }, {}],
  'grooming at a childminder': [{ kind: 'online-grooming', reportedAt: '2026-11-21T18:00:00Z', setting: { type: 'childminder' }, immediateDanger: false }, {}],
};

// ---- The hand-written baseline: the same validation, steps, deadlines and findings, coded directly. ----
const DAY = 86_400_000, HOUR = 3_600_000;
// London offset: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
const lastSunday = (y, m) => { const d = Date.UTC(y, m + 1, 0, 1); return d - new Date(d).getUTCDay() * DAY; };
const offset = (ms) => { const y = new Date(ms).getUTCFullYear(); return ms >= lastSunday(y, 2) && ms < lastSunday(y, 9) ? HOUR : 0; };
const dayOf = (wall) => new Date(wall).toISOString().slice(0, 10);
function ladoBy(reported, n, holidays) {
  const wall = reported + offset(reported);
  let day = wall - (wall % DAY), left = n;
  while (left > 0) { day += DAY; const w = new Date(day).getUTCDay(); if (w !== 0 && w !== 6 && !holidays.has(dayOf(day))) left--; }
  const end = day + DAY - 1;
  return new Date(end - offset(end - offset(end))).toISOString();
}
const ofstedBy = (ms) => { const w = ms + offset(ms) + 14 * DAY; return new Date(w - offset(w - offset(w))).toISOString(); };
const KINDS = new Set(['allegation-against-staff', 'child-protection', 'indecent-images-found', 'accidental-access', 'online-grooming', 'nudes-shared', 'cyberbullying', 'offensive-content', 'data-loss', 'security-incident', 'misuse-of-technology', 'serious-injury']);
const TYPES = new Set(['nursery', 'pre-school', 'childminder', 'out-of-school-club', 'school']);
const ROLES = new Set(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person', 'parent', 'child', 'other', 'unknown']);
const KEYS = new Set(['kind', 'reportedAt', 'occurredAt', 'setting', 'subject', 'immediateDanger', 'meetsHarmThreshold', 'adultInvolved', 'personalDataBreach']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const clause = (source, section) => ({ source, section });
const finding = (rule, effect, code, message, c, data) => ({ rule, effect, code, message, clause: { ...c }, data: { ...data } });
const C = {
  first: clause('000', 'Responding to Concerns'), sf: clause('statutory-facts.md', 'Subject of the concern'), log: clause('004', 'Dealing with eSafety incidents'),
  lado: clause('000', 'Responding to Concerns'), ofsted: clause('000', 'Responding to Concerns'), cm: clause('000', 'Responding to Concerns'),
  images: clause('000', 'Access to Inappropriate Images'), grooming: clause('002', 'Internet access'),
};
function baseline(concern, options) {
  const bad = [];
  if (typeof concern !== 'object' || concern === null) return { steps: [], actions: [], reasons: [{ rule: 'input.invalid' }] };
  for (const k of Object.keys(concern)) if (!KEYS.has(k)) bad.push(k);
  const kinds = [].concat(concern.kind);
  if (!kinds.length || !kinds.every((k) => KINDS.has(k))) bad.push('kind');
  if (typeof concern.reportedAt !== 'string' || !ISO.test(concern.reportedAt) || Number.isNaN(Date.parse(concern.reportedAt))) bad.push('reportedAt');
  if (!TYPES.has(concern.setting?.type)) bad.push('setting');
  if (concern.subject !== undefined && !ROLES.has(concern.subject?.role)) bad.push('subject');
  for (const k of ['immediateDanger', 'meetsHarmThreshold', 'adultInvolved', 'personalDataBreach']) if (concern[k] !== undefined && typeof concern[k] !== 'boolean') bad.push(k);
  if (bad.length) return { steps: [], actions: [], reasons: bad.map((b) => ({ rule: 'input.invalid', subject: b })) };
  const has = new Set(kinds);
  const role = concern.subject?.role ?? 'none';
  const type = concern.setting.type;
  const firstIsSubject = role === 'manager' || role === 'dsl';
  const adult = role === 'staff' || role === 'volunteer' || role === 'manager' || role === 'dsl' || role === 'childminder' || role === 'registered-person';
  const first = options.policy === 'barnet-early-years' ? 'manager' : options.policy === 'kirklees-primary' ? 'esafety-coordinator' : 'dsl';
  const reported = Date.parse(concern.reportedAt);
  const holidays = new Set(options.bankHolidays ?? []);
  const steps = new Map(), actions = [], reasons = [];
  const add = (rule, to, order, immediately, by, c) => {
    const f = finding(rule, 'warn', 'STEP', 'Tell them.', c, { kind: 'step', to, immediately, order });
    reasons.push(f);
    const p = steps.get(to);
    if (!p) steps.set(to, { to, order, immediately, kind: 'step', finding: f, ...(by ? { by } : {}) });
    else { p.immediately ||= immediately; p.order = Math.min(p.order, order); if (by && (!p.by || by < p.by)) p.by = by; }
  };
  const act = (rule, effect, c) => { const f = finding(rule, effect, 'ACTION', 'Do this.', c, { kind: 'action' }); actions.push(f); reasons.push(f); };
  const allegation = has.has('allegation-against-staff') || adult;
  const safeguarding = allegation || has.has('child-protection') || has.has('indecent-images-found') || has.has('online-grooming') || has.has('nudes-shared') || has.has('serious-injury');
  if (concern.immediateDanger === true) add('concern.emergency.999', 'emergency-services', 0, true, undefined, C.first);
  if (concern.immediateDanger === undefined) act('concern.emergency.unchecked', 'warn', C.sf);
  if (type !== 'childminder' && !firstIsSubject) add(`concern.first-contact.${first}`, first, 10, true, undefined, C.first);
  if (firstIsSubject || role === 'registered-person') act('concern.subject.do-not-tell', 'block', C.sf);
  if (firstIsSubject && type !== 'childminder') add('concern.subject.next-person-up', 'registered-person', 10, true, undefined, C.sf);
  if (firstIsSubject || role === 'registered-person') add('concern.subject.lado', 'lado', 15, true, ladoBy(reported, 1, holidays), C.lado);
  act('concern.log.incident-log', 'warn', C.log);
  if (allegation && concern.meetsHarmThreshold !== false) {
    add('concern.allegation.lado', 'lado', 20, false, ladoBy(reported, 1, holidays), C.lado);
    if (concern.meetsHarmThreshold === undefined) act('concern.allegation.threshold-unknown', 'warn', C.sf);
    if (type !== 'school') add('concern.allegation.ofsted', 'ofsted', 40, false, ofstedBy(reported), C.ofsted);
  }
  if (type === 'childminder' && safeguarding) {
    add('concern.childminder.social-care', 'childrens-social-care', 10, true, undefined, C.cm);
    add('concern.childminder.childminding-team', 'childminding-team', 10, true, undefined, C.cm);
    add('concern.childminder.ofsted', 'ofsted', 40, false, ofstedBy(reported), C.cm);
  }
  if (has.has('indecent-images-found')) {
    add('concern.indecent-images.police', 'police', 20, true, undefined, C.images);
    add('concern.indecent-images.lado', 'lado', 20, true, ladoBy(reported, 1, holidays), C.images);
    act('concern.indecent-images.do-not-investigate', 'block', C.images);
    act('concern.indecent-images.preserve', 'warn', C.images);
  }
  if (has.has('online-grooming')) {
    add('concern.grooming.ceop', 'ceop', 20, true, undefined, C.grooming);
    if (!firstIsSubject && type !== 'childminder') add('concern.grooming.dsl', 'dsl', 10, true, undefined, C.grooming);
    else add('concern.grooming.mash', 'mash', 10, true, undefined, C.grooming);
    if (adult) add('concern.grooming.by-adult-worker', 'police', 20, true, undefined, C.grooming);
  }
  return { steps: [...steps.values()].sort((a, b) => a.order - b.order), actions, reasons, policy: { id: options.policy ?? 'baseline', version: '1.0.0' } };
}

// Both must agree before they are timed.
for (const [name, [c, o]] of Object.entries(concerns)) {
  const a = routeConcern(c, o), b = baseline(c, o);
  const ours = [...a.steps.map((s) => `${s.to}|${s.immediately}|${s.by ?? ''}`).sort(), ...a.actions.map((f) => f.rule).sort(), a.reasons.length].join(',');
  const theirs = [...b.steps.map((s) => `${s.to}|${s.immediately}|${s.by ?? ''}`).sort(), ...b.actions.map((f) => f.rule).sort(), b.reasons.length].join(',');
  if (ours !== theirs) throw new Error(`baseline disagrees for ${name}:\n  routeConcern ${ours}\n  baseline     ${theirs}`);
}

const rows = [];
for (const [name, [c, o]] of Object.entries(concerns)) {
  const ours = nsPerOp(() => routeConcern(c, o));
  const hand = nsPerOp(() => baseline(c, o));
  rows.push([name, fmt(ours), fmt(hand), `${(ours / hand).toFixed(2)}×`, ours / hand <= 3 ? 'yes' : 'no']);
}
table('routeConcern vs hand-written baseline', ['concern', 'routeConcern', 'baseline', 'ratio', '≤ 3×'], rows);
