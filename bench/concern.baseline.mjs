// A hand-written, fail-closed concern route: the same input checks, the same steps (every rule of rules/concern/*.json
// as an `if`, in the order of the rule files), merged per recipient, the same deadlines (LADO working days with bank
// holidays, Ofsted days in London time, the ICO's hours), the contacts, and a finding per rule that fires. Used by
// concern.bench.mjs, and by misuse.bench.mjs for a misuse that is also a concern (the library routes it the same way).
// (No object spread followed by more properties, `{ ...a, b }`, on the timed path: on this machine's Node 20.20 that
// costs 3–7 µs a time, where building the object field by field costs tens of nanoseconds.)
import { concernKinds, presetPolicy, settingTypes, subjectRoles } from 'esafety-rules';
import { blocksFirst, finding, instant, isDate, isObj, only, optBool, optDate, policyAgrees, texts, vocabularyAgrees } from './baseline.mjs';

export const KINDS = new Set(['allegation-against-staff', 'child-protection', 'indecent-images-found', 'accidental-access', 'online-grooming', 'nudes-shared',
  'cyberbullying', 'offensive-content', 'data-loss', 'security-incident', 'misuse-of-technology', 'serious-injury']);
export const SETTING_TYPES = new Set(['nursery', 'pre-school', 'childminder', 'out-of-school-club', 'school']);
const ROLES = new Set(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person', 'parent', 'child', 'other', 'unknown']);
vocabularyAgrees([['concern kinds', KINDS, concernKinds], ['setting types', SETTING_TYPES, settingTypes], ['subject roles', ROLES, subjectRoles]]);

// The concern sections of every preset, written out (checked against the presets); the contacts are the presets' own
// directory (data, not logic).
const PROCEDURES = ['incident-log', 'consider-police-and-social-care', 'childminder-seeks-advice', 'preserve-evidence', 'accidental-access-disconnect', 'grooming-dsl-or-mash',
  'offensive-content-to-iwf', 'cyberbullying-parents-and-help', 'anti-bullying-procedure', 'security-to-esafety-coordinator', 'security-to-technical-support', 'data-loss-parents'];
const BASE = { firstContact: 'dsl', firstContactAlternatives: [], dslIsManager: false, ladoDeadline: { within: 1, unit: 'working-days' }, ofstedWithinDays: 14,
  ico: { report: 'when-required', withinHours: 72 }, procedures: PROCEDURES };
export const CONCERN_POLICIES = {
  baseline: BASE,
  'barnet-early-years': { ...BASE, firstContact: 'manager', firstContactAlternatives: ['dsl'], procedures: ['consider-police-and-social-care', 'childminder-seeks-advice', 'preserve-evidence'] },
  'homerton-early-years': { ...BASE, dslIsManager: true, procedures: ['log-misuse', 'preserve-evidence', 'accidental-access-disconnect'] },
  'two-mile-ash-pre-school': { ...BASE, firstContactAlternatives: ['deputy-dsl'], dslIsManager: true, procedures: ['grooming-dsl-or-mash', 'offensive-content-to-iwf', 'cyberbullying-parents-and-help'] },
  'cambridgeshire-early-years': { ...BASE, procedures: ['log-misuse'] },
  'kirklees-primary': { ...BASE, firstContact: 'esafety-coordinator', firstContactAlternatives: ['line-manager', 'head-teacher'],
    procedures: ['incident-log', 'preserve-evidence', 'anti-bullying-procedure', 'security-to-esafety-coordinator', 'security-to-technical-support', 'data-loss-parents'] },
};
for (const [id, p] of Object.entries(CONCERN_POLICIES)) {
  policyAgrees(id, p, presetPolicy(id).concern);
  const contacts = presetPolicy(id).concern.contacts;
  // A directory adopted from a local authority is not written out here: no preset adopts one.
  if (contacts.adopt) throw new Error(`${id}: the baseline does not read adopted contacts (${contacts.adopt})`);
  CONCERN_POLICIES[id] = { ...p, contacts, ref: { id, version: presetPolicy(id).version } };
}
const T = texts('concern');

// ---- Input checks. ----
const KEYS = new Set(['kind', 'reportedAt', 'occurredAt', 'setting', 'subject', 'immediateDanger', 'meetsHarmThreshold', 'adultInvolved', 'personalDataBreach']);
const SETTING_KEYS = new Set(['type']), SUBJECT_KEYS = new Set(['role']);
const validKind = (k) => (typeof k === 'string' ? KINDS.has(k) : Array.isArray(k) && k.length >= 1 && k.length <= 24 && k.every((x) => KINDS.has(x)));
const validSetting = (s) => only(s, SETTING_KEYS) && SETTING_TYPES.has(s.type);
const validSubject = (s) => s == null || (only(s, SUBJECT_KEYS) && ROLES.has(s.role));
export const validConcern = (c) => only(c, KEYS) && validKind(c.kind) && isDate(c.reportedAt) && optDate(c.occurredAt) &&
  validSetting(c.setting) && validSubject(c.subject) &&
  optBool(c.immediateDanger) && optBool(c.meetsHarmThreshold) && optBool(c.adultInvolved) && optBool(c.personalDataBreach);
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const validHolidays = (h) => h == null || (Array.isArray(h) && h.length <= 2_000 && h.every((d) => typeof d === 'string' && DAY_ONLY.test(d) && isDate(d)));

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
/** `ms` when the deadline of a step falls, or undefined (no deadline, or no valid time to count it from). */
function deadline(kind, P, reported, event, holidays) {
  if (kind === 'lado') return reported === undefined ? undefined : P.ladoDeadline.unit === 'hours' ? reported + P.ladoDeadline.within * HOUR : endOfWorkingDays(reported, P.ladoDeadline.within, holidays);
  if (kind === 'ofsted') return event === undefined ? undefined : fromWall(toWall(event) + P.ofstedWithinDays * DAY);
  if (kind === 'ico') return reported === undefined ? undefined : reported + P.ico.withinHours * HOUR;
  return undefined;
}

const ADULT_WORKERS = new Set(['staff', 'volunteer', 'manager', 'dsl', 'childminder', 'registered-person']);
const SAFEGUARDING = ['child-protection', 'allegation-against-staff', 'indecent-images-found', 'online-grooming', 'nudes-shared', 'serious-injury'];
const RANK = { step: 0, advice: 1, consider: 2, signpost: 3 };
/** Who else the subject of a concern is: one person as manager and DSL, a childminder who is every role. Never told. */
function subjectIs(role, P, type) {
  if (role === 'manager') return P.dslIsManager ? ['manager', 'dsl'] : ['manager'];
  if (role === 'dsl') return P.dslIsManager ? ['dsl', 'manager'] : ['dsl'];
  if (role === 'registered-person') return ['registered-person'];
  if (role === 'childminder' && type === 'childminder') return ['manager', 'dsl', 'registered-person'];
  return [];
}
/** The services whose number depends on the local authority: a route says when the setting has none on file. */
const LOCAL_SERVICES = { lado: 'LADO', mash: 'MASH', 'childrens-social-care': 'children\'s social care', 'childminding-team': 'childminding team', police: 'police child protection team' };
const LABEL = {
  dsl: 'the designated safeguarding lead', manager: 'the manager', 'esafety-coordinator': 'the eSafety coordinator',
  'registered-person': 'the next person up (the registered person, the chair of the committee or of the governors)',
  lado: 'the Local Authority Designated Officer', ofsted: 'Ofsted', ico: 'the ICO',
};
const OWN_CONTACTS = { source: 'esafety-rules', section: 'A setting\'s own contacts: the route names the role, and the setting supplies the number' };
const NEVER_DROPPED = { source: 'esafety-rules', section: 'A concern is never dropped: it goes to the setting\'s first contact at once' };
/** The rule whose clause a first step made by the route cites, by recipient. */
const FIRST_RULE = { dsl: 'concern.first-contact.dsl', manager: 'concern.first-contact.manager', 'esafety-coordinator': 'concern.first-contact.esafety-coordinator',
  'registered-person': 'concern.subject.next-person-up', lado: 'concern.subject.lado' };

/**
 * The rules that fire, in the order of the rule files, as findings, from what a concern says: its kinds (a list, no
 * repeats), setting type (or 'unknown'), subject role (or 'none', 'unknown') and the answers (true, false or undefined).
 */
function fire(q, P) {
  const out = [];
  const add = (rule) => out.push(finding(T[rule]));
  const kinds = q.kinds, has = (k) => kinds.includes(k), proc = (p) => P.procedures.includes(p);
  const type = q.type, role = q.role;
  const firstIsSubject = role === 'manager' || role === 'dsl' || (role === 'childminder' && type === 'childminder');
  const adult = ADULT_WORKERS.has(role);
  const allegation = has('allegation-against-staff') || adult;
  const childminderAdvice = type === 'childminder' && proc('childminder-seeks-advice') && (adult || SAFEGUARDING.some(has));
  // general.json
  if (q.immediateDanger === true) add('concern.emergency.999');
  if (q.immediateDanger === undefined) add('concern.emergency.unchecked');
  if (!childminderAdvice && !firstIsSubject) add(`concern.first-contact.${P.firstContact}`);
  if (role === 'manager' || role === 'dsl' || role === 'registered-person' || role === 'childminder') add('concern.subject.do-not-tell');
  if (firstIsSubject && type !== 'childminder') add('concern.subject.next-person-up');
  if (firstIsSubject || role === 'registered-person') add('concern.subject.lado');
  if (P.dslIsManager && (role === 'manager' || role === 'dsl')) add('concern.subject.conflict-of-interest');
  if (kinds.length > 0 && proc('incident-log')) add('concern.log.incident-log');
  if (has('misuse-of-technology') && proc('log-misuse') && !proc('incident-log')) add('concern.log.misuse');
  if (has('child-protection')) {
    add('concern.child-protection.procedures');
    if (type !== 'childminder' && proc('consider-police-and-social-care')) { add('concern.child-protection.police'); add('concern.child-protection.social-care'); }
  }
  // allegation.json
  if (allegation) {
    if (q.meetsHarmThreshold !== false) add('concern.allegation.lado');
    if (q.meetsHarmThreshold === undefined) add('concern.allegation.threshold-unknown');
    if (q.meetsHarmThreshold === false) add('concern.allegation.low-level');
    if (q.meetsHarmThreshold !== false && type !== 'school') add('concern.allegation.ofsted');
  }
  if (has('serious-injury') && type !== 'school') add('concern.serious-injury.ofsted');
  // childminder.json
  if (childminderAdvice) { add('concern.childminder.social-care'); add('concern.childminder.childminding-team'); add('concern.childminder.ofsted'); }
  // images.json
  if (has('indecent-images-found')) {
    add('concern.indecent-images.police'); add('concern.indecent-images.lado'); add('concern.indecent-images.do-not-investigate');
    if (proc('preserve-evidence')) add('concern.indecent-images.preserve');
  }
  if (has('accidental-access') && proc('accidental-access-disconnect')) { add('concern.accidental-access.disconnect'); add('concern.accidental-access.leadership-team'); }
  // online.json
  if (has('online-grooming')) {
    add('concern.grooming.ceop');
    if (proc('grooming-dsl-or-mash')) {
      add(!firstIsSubject && !childminderAdvice ? 'concern.grooming.dsl' : 'concern.grooming.mash');
      if (adult) add('concern.grooming.by-adult-worker');
    }
  }
  if (has('nudes-shared')) {
    if (!firstIsSubject && !childminderAdvice) add('concern.nudes.dsl');
    add('concern.nudes.do-not-view');
    if (q.adultInvolved === true) add('concern.nudes.adult-involved');
    if (q.adultInvolved === undefined) add('concern.nudes.adult-unknown');
  }
  if (has('offensive-content') && proc('offensive-content-to-iwf')) { add('concern.offensive-content.iwf'); add('concern.offensive-content.iwf-remit'); }
  if (has('cyberbullying')) {
    if (proc('cyberbullying-parents-and-help')) { add('concern.cyberbullying.parents'); add('concern.cyberbullying.nspcc'); add('concern.cyberbullying.childline'); }
    if (type === 'school' && proc('anti-bullying-procedure')) add('concern.cyberbullying.anti-bullying');
  }
  // data.json
  if (has('security-incident') || has('data-loss')) {
    if (proc('security-to-esafety-coordinator')) add('concern.security.esafety-coordinator');
    if (proc('security-to-technical-support')) add('concern.security.technical-support');
  }
  if (has('data-loss')) {
    if (proc('data-loss-parents')) add('concern.data-loss.parents');
    if (q.personalDataBreach !== false && P.ico.report === 'when-required') add('concern.data-loss.ico');
  }
  return out;
}

/** A finding the route makes itself (a first step no rule gave), citing the clause of the rule that gives that step. */
function routeFinding(rule, code, message, to, subject) {
  const t = T[FIRST_RULE[to]];
  const f = { rule, effect: 'warn', code, message, clause: t ? { source: t.clause.source, section: t.clause.section } : { ...NEVER_DROPPED } };
  if (subject !== undefined) { f.subject = subject; f.remedy = `Correct ${subject} and route the concern again.`; }
  f.data = { kind: 'step', to, immediately: true, deadline: 'none', order: 0 };
  return f;
}

/**
 * The route from the findings (input problems, then the rules that fired): steps merged per recipient, ordered, with
 * deadlines (one already passed at the report is now, and says so), the first contact at once where the concern is
 * incomplete or nobody is told at once, who may be told instead, the contacts, and what the directory lacks.
 */
function routeOf(findings, q, P, reported, event, holidays, incomplete) {
  const firstIsSubject = q.role === 'manager' || q.role === 'dsl' || (q.role === 'childminder' && q.type === 'childminder');
  const never = subjectIs(q.role, P, q.type);
  const byTo = new Map();
  const actions = [];
  findings.forEach((f, at) => {
    const d = f.data ?? {};
    if (d.kind === 'action' || typeof d.to !== 'string') { if (f.rule !== 'input.invalid') actions.push(f); return; }
    if (never.includes(d.to)) return;
    const kind = d.kind === 'consider' || d.kind === 'signpost' || d.kind === 'advice' ? d.kind : 'step';
    const dk = d.deadline ?? 'none';
    const by = deadline(dk, P, reported, event, holidays);
    const step = { to: d.to, immediately: d.immediately === true || (dk !== 'none' && by === undefined && kind === 'step'), kind, finding: f };
    if (by !== undefined) step.by = new Date(by).toISOString();
    const order = typeof d.order === 'number' ? d.order : 100;
    const prev = byTo.get(d.to);
    if (!prev) { byTo.set(d.to, { step, order, at }); return; }
    const p = prev.step;
    const stronger = RANK[kind] < RANK[p.kind] || (kind === p.kind && step.immediately && !p.immediately) ? step : p;
    const merged = { to: stronger.to, immediately: p.immediately || step.immediately, kind: RANK[kind] < RANK[p.kind] ? kind : p.kind, finding: stronger.finding };
    const earliest = p.by === undefined ? step.by : step.by === undefined || p.by < step.by ? p.by : step.by;
    if (earliest) merged.by = earliest;
    byTo.set(d.to, { step: merged, order: Math.min(prev.order, order), at: prev.at });
  });
  // A deadline passed at the report: now, with an action saying it is late.
  const extra = [];
  if (reported !== undefined) {
    for (const entry of byTo.values()) {
      const s = entry.step;
      if (s.by === undefined || Date.parse(s.by) >= reported) continue;
      const late = { rule: 'concern.deadline.passed', effect: 'warn', code: 'DEADLINE_PASSED', subject: s.to,
        message: `The deadline to tell ${LABEL[s.to] ?? s.to} (${s.by}) has already passed: tell them now, and record why it is late.`,
        clause: { ...s.finding.clause }, data: { kind: 'action', to: s.to, by: s.by } };
      entry.step = { to: s.to, immediately: true, kind: s.kind, finding: s.finding, by: s.by };
      actions.push(late);
      extra.push(late);
    }
  }
  const steps = [...byTo.values()]
    .sort((a, b) => a.order - b.order || RANK[a.step.kind] - RANK[b.step.kind] || Number(b.step.immediately) - Number(a.step.immediately) || a.at - b.at)
    .map((e) => e.step);
  // Incomplete, or nobody told at once: the first contact (never the subject), at once.
  const fields = [];
  for (const f of findings) if (f.rule === 'input.invalid' && !fields.includes(f.subject ?? 'input')) fields.push(f.subject ?? 'input');
  if (incomplete || fields.length || !steps.some((s) => s.immediately)) {
    let to = firstIsSubject ? (q.type === 'childminder' ? 'lado' : 'registered-person') : P.firstContact;
    if (never.includes(to)) to = 'lado';
    const f = fields.length
      ? routeFinding('concern.input.incomplete', 'INCOMPLETE_CONCERN', `${fields.join(', ')} ${fields.length > 1 ? 'are' : 'is'} not valid: tell ${LABEL[to] ?? to} now all the same, with what is known. `
        + `The rest of the route comes from the valid fields only${reported !== undefined ? '' : ' (without a valid report time, every deadline is now)'}; correct the fields and route the concern again.`, to, fields.join(', '))
      : routeFinding('concern.first-contact.fallback', 'TELL_FIRST_CONTACT', `No rule sends this concern to anyone at once: tell ${LABEL[to] ?? to} now.`, to);
    const at = steps.findIndex((s) => s.to === to);
    const prev = at >= 0 ? steps.splice(at, 1)[0] : undefined;
    const first = { to, immediately: true, kind: 'step', finding: f };
    if (prev?.by) first.by = prev.by;
    steps.splice(steps[0]?.to === 'emergency-services' ? 1 : 0, 0, first);
    extra.push(f);
  }
  // Contacts: the setting's own directory, for the recipient and whoever may be told instead of the first contact.
  const entries = P.contacts.entries;
  const missing = [];
  for (const s of steps) {
    if (s.to === P.firstContact && P.firstContactAlternatives.length) {
      const or = P.firstContactAlternatives.filter((r) => r !== s.to && !never.includes(r));
      if (or.length) s.or = or;
    }
    const contacts = entries.filter((e) => e.to === s.to || (s.or !== undefined && s.or.includes(e.to)));
    if (contacts.length) s.contacts = contacts;
    const service = LOCAL_SERVICES[s.to];
    if (service !== undefined && !contacts.some((e) => e.to === s.to)) {
      missing.push({ rule: 'concern.contacts.missing', effect: 'warn', code: 'NO_CONTACT_ON_FILE', subject: s.to, clause: { ...OWN_CONTACTS },
        message: `No ${service} contact on file: add your local authority's number.`,
        remedy: 'Add the number to concern.contacts.entries, or adopt your local authority\'s published contacts (concern.contacts.adopt).' });
    }
  }
  const out = { steps, actions: blocksFirst(actions), reasons: blocksFirst([...findings, ...extra, ...missing]), policy: P.ref };
  if (entries.length) out.contactsPublished = P.contacts.published;
  return out;
}

/** The route of a valid concern, trusting its input (but not the order of events). */
export function route(c, P, holidays) {
  const reported = instant(c.reportedAt);
  const event = c.occurredAt == null ? reported : instant(c.occurredAt);
  if (event > reported) return salvage(c, P, holidays, [problem('concern.occurredAt')]);
  const kinds = typeof c.kind === 'string' ? [c.kind] : [...new Set(c.kind)];
  const q = { kinds, type: c.setting.type, role: c.subject?.role ?? 'none', immediateDanger: c.immediateDanger ?? undefined,
    meetsHarmThreshold: c.meetsHarmThreshold ?? undefined, adultInvolved: c.adultInvolved ?? undefined, personalDataBreach: c.personalDataBreach ?? undefined };
  return routeOf(blocksFirst(fire(q, P)), q, P, reported, event, holidays, false);
}

/** One input problem (the baseline says which field, not what is wrong with it). */
const problem = (subject) => ({ rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT', message: `${subject} is not valid.`, clause: { source: 'esafety-rules', section: 'Fail closed' }, subject });
const bool = (v) => (typeof v === 'boolean' ? v : undefined);
/** A time: undefined where missing, NaN where invalid. */
const timeOf = (v) => (v === undefined ? undefined : isDate(v) ? instant(v) : Number.NaN);

/**
 * Fail closed, and never dropped: a concern the library would refuse is still routed from what it says that is valid
 * (its valid kinds, setting type, subject role, answers and times), first contact first, with a problem per invalid
 * field (a problem per entry of `kind` that is not a kind).
 */
function salvage(c, P, holidays, problems) {
  const raw = isObj(c) ? c : {};
  const kinds = [];
  const k = raw.kind;
  if (typeof k === 'string' && KINDS.has(k)) kinds.push(k);
  else if (Array.isArray(k)) for (const x of k) { if (KINDS.has(x) && !kinds.includes(x)) kinds.push(x); }
  const type = isObj(raw.setting) && SETTING_TYPES.has(raw.setting.type) ? raw.setting.type : 'unknown';
  const role = raw.subject === undefined ? 'none' : isObj(raw.subject) && ROLES.has(raw.subject.role) ? raw.subject.role : 'unknown';
  const q = { kinds, type, role, immediateDanger: bool(raw.immediateDanger), meetsHarmThreshold: bool(raw.meetsHarmThreshold), adultInvolved: bool(raw.adultInvolved), personalDataBreach: bool(raw.personalDataBreach) };
  const r = timeOf(raw.reportedAt), o = timeOf(raw.occurredAt);
  const reported = r !== undefined && Number.isFinite(r) ? r : undefined;
  const event = o === undefined ? reported : Number.isFinite(o) && !(reported !== undefined && o > reported) ? o : undefined;
  return routeOf(blocksFirst([...problems, ...fire(q, P)]), q, P, reported, event, holidays, true);
}
/** The invalid fields of a concern (and of the bank holidays), one problem each; each entry of `kind` that is not a kind. */
function problemsOf(c, bankHolidays) {
  const out = [];
  if (!validHolidays(bankHolidays)) out.push(problem('options.bankHolidays'));
  if (!isObj(c)) { out.push(problem('concern')); return out; }
  for (const key in c) if (!KEYS.has(key)) { out.push(problem('concern')); break; }
  if (!isDate(c.reportedAt)) out.push(problem('concern.reportedAt'));
  if (!optDate(c.occurredAt)) out.push(problem('concern.occurredAt'));
  if (!validSetting(c.setting)) out.push(problem('concern.setting'));
  if (!validSubject(c.subject)) out.push(problem('concern.subject'));
  for (const key of ['immediateDanger', 'meetsHarmThreshold', 'adultInvolved', 'personalDataBreach']) if (!optBool(c[key])) out.push(problem(`concern.${key}`));
  const k = c.kind;
  if (!validKind(k)) {
    if (!Array.isArray(k)) out.push(problem('concern.kind'));
    else {
      if (k.length === 0) out.push(problem('concern.kind'));
      k.forEach((x, i) => { if (!KINDS.has(x)) out.push(problem(`concern.kind[${i}]`)); });
      if (k.length > 24 && k.every((x) => KINDS.has(x))) out.push(problem('concern.kind'));
    }
  }
  return out;
}

/** Fail closed: a concern or bank holidays the library would refuse give a route from the valid fields, whose reasons say what was not valid. */
export const routeBaseline = (c, P, bankHolidays) => {
  const holidays = new Set(validHolidays(bankHolidays) ? bankHolidays : []);
  return isObj(c) && validConcern(c) && validHolidays(bankHolidays) ? route(c, P, holidays) : salvage(c, P, holidays, problemsOf(c, bankHolidays));
};

/** What a route and its baseline must share: the steps (recipient, kind, urgency, deadline, contacts), in order, and the rules fired. */
export const routeKey = (r) => [
  ...r.steps.map((s) => `${s.to}|${s.kind}|${s.immediately}|${s.by ?? ''}|${(s.contacts ?? []).length}`),
  ...r.actions.map((f) => f.rule), ...r.reasons.map((f) => f.rule), r.contactsPublished ?? '',
].join(',');
