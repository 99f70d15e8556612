// classifyMisuse on every examples/misuse input, against a hand-written fail-closed baseline making the same
// classification (the same tier, sanctions, rules fired and, for a misuse that is also a concern, the same route: it
// routes with the concern baseline, as the library routes with routeConcern), in the same run.
import { actorRoles, classifyMisuse, misuseActivities, presetPolicy } from 'esafety-rules';
import { agree, blocksFirst, examples, finding, instant, isDate, only, optBool, optDate, policyAgrees, refusal, rulesOf, texts, vocabularyAgrees } from './baseline.mjs';
import { CONCERN_POLICIES, routeBaseline, routeKey, SETTING_TYPES } from './concern.baseline.mjs';
import { compareDecision } from './lib.mjs';

// ---- The hand-written baseline. ----
const ACTIVITIES = new Set(['access-inappropriate-content', 'offensive-material', 'offensive-or-bullying-message', 'inappropriate-communication-with-pupils',
  'indecent-images-of-children', 'pornography-on-setting-equipment', 'reputation-damage', 'personal-technology-misuse', 'illegitimate-file-sharing',
  'circumvent-filtering', 'chain-messages', 'reveal-personal-information', 'copyright-infringement', 'insecure-data-transfer', 'secret-recording',
  'email-outside-protocols', 'personal-use-in-lessons', 'non-educational-sites', 'share-credentials', 'use-others-credentials', 'access-others-files', 'other']);
const ACTORS = new Set(['staff', 'volunteer', 'manager', 'dsl', 'pupil', 'parent', 'governor', 'visitor']);
vocabularyAgrees([['misuse activities', ACTIVITIES, misuseActivities], ['actor roles', ACTORS, actorRoles]]);
// The misuse sections of the presets the examples use, written out (checked against the presets below). Both classify
// every listed activity (all but `other`).
const LISTED = [...ACTIVITIES].filter((a) => a !== 'other');
const POLICIES = {
  'homerton-early-years': { classifies: LISTED, exemptions: [], lessonTimeOnly: false, sanctions: ['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process'], disciplinaryFor: 'any-misuse' },
  'kirklees-primary': { classifies: LISTED, exemptions: ['planned-curriculum', 'system-administration'], lessonTimeOnly: true,
    sanctions: ['log-incident', 'disciplinary-action', 'report-to-authorities', 'behaviour-procedure', 'anti-bullying-procedure', 'loss-of-privileges'], disciplinaryFor: 'any-misuse' },
};
for (const [id, p] of Object.entries(POLICIES)) { policyAgrees(id, p, presetPolicy(id).misuse); POLICIES[id] = { ...p, ref: { id, version: presetPolicy(id).version }, concern: CONCERN_POLICIES[id] }; }
const T = texts('misuse');

const KEYS = new Set(['activity', 'actor', 'deliberate', 'reported', 'warnedBefore', 'context', 'duringLessons', 'viaEmail', 'reportedAt', 'occurredAt', 'setting', 'immediateDanger', 'meetsHarmThreshold']);
const ACTOR_KEYS = new Set(['role']), SETTING_KEYS = new Set(['type']);
const CONTEXTS = new Set(['none', 'planned-curriculum', 'system-administration']);
const valid = (i) => only(i, KEYS) && ACTIVITIES.has(i.activity) && only(i.actor, ACTOR_KEYS) && ACTORS.has(i.actor.role) && optBool(i.deliberate) &&
  optBool(i.reported) && optBool(i.warnedBefore) && (i.context == null || CONTEXTS.has(i.context)) && optBool(i.duringLessons) && optBool(i.viaEmail) &&
  isDate(i.reportedAt) && optDate(i.occurredAt) && only(i.setting, SETTING_KEYS) && SETTING_TYPES.has(i.setting.type) && optBool(i.immediateDanger) && optBool(i.meetsHarmThreshold);

// Tiers, most serious first; each rule's tier and concern come with its texts (T[rule].data).
const TIERS = ['illegal-or-always-unacceptable', 'disciplinary', 'context-dependent', 'not-misuse'];
const ILLEGAL = {
  'inappropriate-communication-with-pupils': 'misuse.illegal.inappropriate-communication', 'indecent-images-of-children': 'misuse.illegal.indecent-images',
  'pornography-on-setting-equipment': 'misuse.illegal.pornography',
};
const DISCIPLINARY = {
  'reputation-damage': 'misuse.disciplinary.reputation', 'personal-technology-misuse': 'misuse.disciplinary.personal-technology',
  'illegitimate-file-sharing': 'misuse.disciplinary.file-sharing', 'circumvent-filtering': 'misuse.disciplinary.circumvent-filtering',
  'chain-messages': 'misuse.disciplinary.chain-messages', 'reveal-personal-information': 'misuse.disciplinary.personal-information',
  'copyright-infringement': 'misuse.disciplinary.copyright', 'insecure-data-transfer': 'misuse.disciplinary.insecure-data-transfer',
  'secret-recording': 'misuse.disciplinary.secret-recording', 'email-outside-protocols': 'misuse.disciplinary.email-protocols',
};
const CONTEXT = {
  'personal-use-in-lessons': 'misuse.context.personal-use-in-lessons', 'non-educational-sites': 'misuse.context.non-educational-sites',
  'share-credentials': 'misuse.context.share-credentials', 'use-others-credentials': 'misuse.context.use-others-credentials', 'access-others-files': 'misuse.context.access-others-files',
};
const ADULT_WORKERS = ['staff', 'volunteer', 'manager', 'dsl'];
const SUBJECT = { staff: 'staff', volunteer: 'volunteer', manager: 'manager', dsl: 'dsl', pupil: 'child', parent: 'parent', governor: 'other', visitor: 'other' };

/** The classification itself, trusting its input: the tier rules, then the sanctions the tier brings, then the route. */
function classify(i, P, bankHolidays) {
  if (i.occurredAt != null && instant(i.occurredAt) > instant(i.reportedAt)) return refused(P);
  const fired = [];
  const add = (rule) => fired.push(T[rule]);
  const a = i.activity, role = i.actor.role, classified = P.classifies.includes(a);
  const accidental = (a === 'access-inappropriate-content' || a === 'offensive-material') && i.deliberate === false;
  // illegal.json
  if (classified) {
    if (a === 'access-inappropriate-content' && !accidental) add('misuse.illegal.inappropriate-content');
    if (a === 'offensive-material' && !accidental) add('misuse.illegal.offensive-material');
    if (a === 'offensive-or-bullying-message' && i.warnedBefore === true) add('misuse.illegal.harassment-after-warning');
    if (ILLEGAL[a]) add(ILLEGAL[a]);
  }
  // disciplinary.json (in the file's order: the reputation rule, then accidental access, then the rest)
  if (classified) {
    if (a === 'reputation-damage') add(DISCIPLINARY[a]);
    if (accidental && i.reported !== true) add('misuse.disciplinary.accidental-unreported');
    if (a === 'personal-technology-misuse' || a === 'illegitimate-file-sharing') add(DISCIPLINARY[a]);
    if (a === 'offensive-or-bullying-message' && i.warnedBefore !== true) add('misuse.disciplinary.offensive-message');
    if (DISCIPLINARY[a] && a !== 'reputation-damage' && a !== 'personal-technology-misuse' && a !== 'illegitimate-file-sharing') add(DISCIPLINARY[a]);
    if (accidental && i.reported === true) add('misuse.not-misuse.accidental-reported');
  }
  // context.json
  const exempt = (i.context === 'planned-curriculum' && P.exemptions.includes('planned-curriculum')) ||
    (i.context === 'system-administration' && P.exemptions.includes('system-administration') && (role === 'staff' || role === 'manager' || role === 'dsl'));
  const lessons = a === 'personal-use-in-lessons' || a === 'non-educational-sites';
  if (classified && CONTEXT[a] && !exempt && (!lessons || i.duringLessons !== false || !P.lessonTimeOnly)) add(CONTEXT[a]);
  if (classified && CONTEXT[a] && exempt) add('misuse.not-misuse.exempt');
  if (lessons && i.duringLessons === false && P.lessonTimeOnly) add('misuse.not-misuse.outside-lessons');
  if (a === 'other') add('misuse.context.unlisted');
  if (a !== 'other' && !classified) add('misuse.context.unclassified');
  let best = -1;
  for (const t of fired) { const x = TIERS.indexOf(t.data.tier); if (x >= 0 && (best < 0 || x < best)) best = x; }
  if (best < 0) return refused(P); // no tier rule classifies it: it cannot be judged not misuse
  const tier = TIERS[best];
  // sanctions.json
  const misuse = best < 3, adult = ADULT_WORKERS.includes(role), has = (s) => P.sanctions.includes(s);
  if (misuse && has('log-incident')) add('misuse.sanction.log');
  if (misuse && adult && has('disciplinary-action') && (P.disciplinaryFor === 'any-misuse' || a === 'email-outside-protocols')) add('misuse.sanction.disciplinary');
  if (best === 0 && has('report-to-authorities')) add('misuse.sanction.authorities');
  if (best === 0 && adult && has('allegations-process')) add('misuse.sanction.allegations');
  if (misuse && role === 'pupil' && has('behaviour-procedure')) add('misuse.sanction.behaviour');
  if (misuse && role === 'pupil' && i.viaEmail === true && has('loss-of-privileges')) add('misuse.sanction.loss-of-privileges');
  if (misuse && a === 'offensive-or-bullying-message' && has('anti-bullying-procedure')) add('misuse.sanction.anti-bullying');
  const reasons = blocksFirst(fired.map((t) => finding(t)));
  const sanctions = [], kinds = [];
  for (const f of reasons) {
    if (f.data.sanction && !sanctions.includes(f.data.sanction)) sanctions.push(f.data.sanction);
    if (f.data.concern && !kinds.includes(f.data.concern)) kinds.push(f.data.concern);
  }
  const out = { allowed: !reasons.some((f) => f.effect === 'block'), reasons, policy: P.ref, tier, sanctions };
  if (kinds.length) {
    // The concern it also is: about whoever did it, unless it is not misuse (then about what was seen: no subject).
    const concern = { kind: kinds, reportedAt: i.reportedAt, setting: { type: i.setting.type } };
    if (i.occurredAt != null) concern.occurredAt = i.occurredAt;
    if (best < 3) concern.subject = { role: SUBJECT[role] };
    if (i.immediateDanger != null) concern.immediateDanger = i.immediateDanger;
    if (i.meetsHarmThreshold != null) concern.meetsHarmThreshold = i.meetsHarmThreshold;
    out.concern = concern;
    out.route = routeBaseline(concern, P.concern, bankHolidays);
    const refusedRoute = out.route.reasons.filter((f) => f.rule === 'input.invalid');
    if (refusedRoute.length) return { ...out, allowed: false, reasons: [...refusedRoute, ...out.reasons] };
  }
  return out;
}
/** A refused incident is classified context-dependent, with no sanction, as the library does. */
const refused = (P) => ({ ...refusal(P.ref), tier: 'context-dependent', sanctions: [] });
/** Fail closed: anything the strict schema would refuse is refused (a refused incident is classified context-dependent, with no sanction, as the library does). */
const baseline = (i, P, bankHolidays) => (valid(i) ? classify(i, P, bankHolidays) : refused(P));

const sameClassification = (a, b) => a.allowed === b.allowed && rulesOf(a) === rulesOf(b) && a.tier === b.tier && a.sanctions.join() === b.sanctions.join() &&
  (a.route === undefined) === (b.route === undefined) && (a.route === undefined || routeKey(a.route) === routeKey(b.route));

// ---- Agreement, then timing, on every example. ----
const cases = [];
let variants = 0, nRefused = 0;
for (const [name, ex] of Object.entries(examples('misuse'))) {
  const P = POLICIES[ex.policy];
  const opts = { policy: ex.policy };
  const ours = (i) => classifyMisuse(i, opts);
  const theirs = (i) => baseline(i, P, undefined);
  const a = agree(`classifyMisuse ${name}`, ours, theirs, [ex.incident], sameClassification);
  variants += a.variants; nRefused += a.refused;
  const r = ours(ex.incident);
  if (r.tier !== ex.expectTier) throw new Error(`${name}: expected ${ex.expectTier}, got ${r.tier}`);
  cases.push({ name, answer: `${r.allowed ? 'allowed' : 'denied'}, ${r.tier}${r.route ? ', routed' : ''}`, ours: () => ours(ex.incident), failClosed: () => theirs(ex.incident), bare: () => classify(ex.incident, P, undefined) });
}
compareDecision('classifyMisuse', `classifyMisuse vs hand-written baseline (examples/misuse; the same tier, sanctions, rules and route on each, and on ${variants} variants of them, ${nRefused} of them malformed and refused by both)`, cases);
