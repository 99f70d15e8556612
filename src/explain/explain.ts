// `explain`: any result of a decision function in plain sentences, for staff, a parent or an inspector.
import type { Finding, PolicyRef } from '../core/findings.js';
import { sources } from '../core/policy/presets.js';
import type { Route, RouteStep } from '../../rules/concern/route.js';
import type { RetentionAction } from '../../rules/retention/planPhotoRetention.js';
import { dateInWords, fill } from './dates.js';
import { readExplainOptions, type ExplainOptions, type ReadOptions, type Reader } from './options.js';
import type { Phrases } from './phrases.js';

/**
 * An explanation: the sentences, in order, and the same as text (one line per point: the headline, then each reason
 * with its policy and remedy, or its clause trail). `withheld` is set where the result is not for this reader (a
 * safeguarding route or a misuse classification, for a parent): then there are no sentences at all.
 */
export interface Explanation {
  reader: Reader;
  sentences: string[];
  text: string;
  withheld?: true;
}

/** A result of any decision function: a decision (of any area), a route, or a record of a retention sweep. */
export type Explainable =
  | Route
  | RetentionAction
  | { readonly reasons: readonly Finding[]; readonly allowed?: boolean; readonly policy?: PolicyRef };

type Point = string[];
type Kind = 'route' | 'classification' | 'sweep' | 'decision';
type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null;
const isFinding = (v: unknown): v is Finding => isRec(v) && typeof v.rule === 'string';
const findingsOf = (v: unknown): Finding[] => (Array.isArray(v) ? v.filter(isFinding) : []);
const SOURCE_TITLES: ReadonlyMap<string, string> = new Map(Object.values(sources).map((s) => [s.file, s.title]));

function kindOf(r: Rec): Kind | undefined {
  if (Array.isArray(r.steps) && Array.isArray(r.reasons)) return 'route';
  if (typeof r.tier === 'string' && Array.isArray(r.reasons)) return 'classification';
  if (Array.isArray(r.reasons)) return 'decision';
  if (Array.isArray(r.rules) && typeof r.action === 'string') return 'sweep';
  return undefined;
}

/**
 * Explains any result of a decision function in plain sentences, from the message catalogue (`shippedMessages`, or
 * your `messages` over it):
 * - `staff`: the answer, then every reason with its policy (the policy's title and the clause's section) and remedy;
 *   a route's steps with their deadlines and contacts.
 * - `parent`: with `child`, what concerns that child and what happens next; reasons about other children are never
 *   named or described (one sentence says there are some), and no id or name from the record is ever written. A
 *   safeguarding route or a misuse classification is not for parents: it is `withheld`, with no sentences (telling a
 *   family is for the designated safeguarding lead to decide).
 * - `inspector`: the clause trail: each reason with its rule id, code and effect, the clause's source and section, and
 *   the policy id, version and fingerprint (where the result carries one).
 *
 * Never throws on the result (a value that is not a result is explained as such); throws {@link ExplainOptionsError}
 * for options it cannot use (an unknown reader, an override for a rule id that does not exist).
 *
 * @example
 * ```ts
 * const decision = canPublishImage(
 *   { id: 'p1', takenAt: '2026-11-20T10:00:00Z', audience: 'setting-website', children: [{ id: 'c1' }, { id: 'c2' }],
 *     device: { owner: 'setting' }, appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, purpose: 'display' },
 *   [{ childId: 'c1', audiences: ['setting-website'], written: true, givenBy: 'parent', givenAt: '2026-09-01', implicationsExplained: true },
 *    { childId: 'c2', audiences: ['learning-journal'], written: true, givenBy: 'parent', givenAt: '2026-09-01' }],
 *   { policy: 'homerton-early-years', at: '2026-11-22T09:00:00Z' },
 * );
 * explain(decision, { reader: 'parent', child: 'c2' }).sentences[0]; // 'This will not go ahead as it is.'
 * explain(decision, { reader: 'parent', child: 'c1' }).text.includes('c2'); // false
 * explain(decision, { reader: 'staff' }).sentences[1]; // 'The consent for child c2 does not cover this use.'
 * ```
 */
export function explain(result: Explainable, options: ExplainOptions): Explanation {
  const o = readExplainOptions(options);
  let points: Point[] | 'withheld';
  try {
    points = isRec(result) ? pointsOf(result, kindOf(result), o) : [[o.phrases.unreadable]];
  } catch {
    points = [[o.phrases.unreadable]]; // a value that throws when read (a getter, a revoked proxy)
  }
  if (points === 'withheld') return { reader: o.reader, sentences: [], text: '', withheld: true };
  const kept = points.map((p) => p.filter((s) => s !== '')).filter((p) => p.length);
  return { reader: o.reader, sentences: kept.flat(), text: kept.map((p) => p.join(' ')).join('\n') };
}

function pointsOf(r: Rec, kind: Kind | undefined, o: ReadOptions): Point[] | 'withheld' {
  if (kind === undefined) return [[o.phrases.unreadable]];
  if (o.reader === 'parent') return kind === 'route' || kind === 'classification' ? 'withheld' : forParent(r, kind, o);
  const out: Point[] = [];
  if (kind === 'route') out.push([o.phrases.route], ...routePoints(r as unknown as Route, o));
  else {
    out.push([headline(r, kind, o)]);
    const reasons = kind === 'sweep' ? sweepFindings(r) : findingsOf(r.reasons);
    for (const f of reasons) out.push(reasonPoint(f, o));
    if (kind === 'classification' && isRec(r.route) && Array.isArray(r.route.steps)) out.push([o.phrases.routeAlso], ...routePoints(r.route as unknown as Route, o));
  }
  if (o.reader === 'inspector') out.push(policyTrail(r.policy, o.phrases));
  return out;
}

/** The answer in one sentence: allowed or not, the retention or take-down action, the misuse tier. */
function headline(r: Rec, kind: Kind, o: ReadOptions): string {
  const p = o.phrases;
  if (kind === 'classification') {
    const tiers: Record<string, string> = { 'illegal-or-always-unacceptable': p.tierIllegal, disciplinary: p.tierDisciplinary, 'not-misuse': p.tierNotMisuse };
    return (Object.prototype.hasOwnProperty.call(tiers, r.tier as string) ? tiers[r.tier as string] : undefined) ?? p.tierContext;
  }
  const action = actionOf(r, o);
  if (action !== undefined) return action;
  const reasons = kind === 'sweep' ? [] : findingsOf(r.reasons);
  // Fail closed: only a result that says it is allowed reads as allowed.
  const allowed = r.allowed === true;
  return !allowed ? p.notAllowed : reasons.length ? p.allowedWithPoints : p.allowed;
}

/** A retention verdict (`keep`, `delete`, `review`) or a consent change's action (`take-down`, `obscure`), with its date. */
function actionOf(r: Rec, o: ReadOptions): string | undefined {
  const p = o.phrases;
  const date = dateInWords(r.deleteBy ?? r.by, p);
  const parent = o.reader === 'parent';
  const pick = (undated: string, dated: string) => (date === undefined ? undated : fill(dated, { date }));
  switch (r.action) {
    case 'keep': return parent ? pick(p.parentKeep, p.parentKeepUntil) : pick(p.keep, p.keepUntil);
    case 'delete': return parent ? pick(p.parentDelete, p.parentDeleteBy) : pick(p.delete, p.deleteBy);
    case 'review': return parent ? p.parentReview : p.review;
    case 'take-down': return parent ? pick(p.parentTakeDown, p.parentTakeDownBy) : pick(p.takeDown, p.takeDownBy);
    case 'obscure': {
      const ids = Array.isArray(r.obscure) ? r.obscure.filter((c): c is string => typeof c === 'string') : [];
      if (parent) return o.child !== undefined && ids.includes(o.child) ? pick(p.parentObscure, p.parentObscureBy) : pick(p.parentChanged, p.parentChangedBy);
      return date === undefined ? fill(p.obscure, { children: ids.join(', ') }) : fill(p.obscureBy, { children: ids.join(', '), date });
    }
    default: return undefined;
  }
}

/** A sweep's record names its rules only: each is a finding without a clause (a malformed record's problems are its message). */
function sweepFindings(r: Rec): Finding[] {
  return (r.rules as unknown[]).filter((x): x is string => typeof x === 'string')
    .map((rule): Finding => ({ rule, effect: 'block', code: '', message: Array.isArray(r.problems) ? r.problems.join('; ') : '', clause: { source: '', section: '', title: '' } }));
}

/** One reason: what it means, then its policy and remedy (staff), or its clause trail (inspector). */
function reasonPoint(f: Finding, o: ReadOptions): Point {
  const p = o.phrases;
  const m = o.message(f.rule);
  const values = { subject: typeof f.subject === 'string' ? f.subject : p.unnamed, message: typeof f.message === 'string' ? f.message : '' };
  const text = m?.staff !== undefined ? fill(m.staff, values) : values.message;
  const clause = isRec(f.clause) && typeof f.clause.source === 'string' && f.clause.source !== '' ? f.clause : undefined;
  const policy = clause === undefined ? '' : clause.source === 'esafety-rules' ? p.libraryPolicy
    : typeof clause.title === 'string' && clause.title !== '' ? clause.title : SOURCE_TITLES.get(clause.source) ?? clause.source;
  if (o.reader === 'inspector') {
    const trail = clause === undefined
      ? fill(p.trailRule, { rule: f.rule })
      : fill(p.trail, { rule: f.rule, code: String(f.code), effect: String(f.effect), source: clause.source, policy, section: String(clause.section) });
    return [text, trail, typeof f.subject === 'string' ? fill(p.trailSubject, { subject: f.subject }) : ''];
  }
  const remedy = typeof f.remedy === 'string' ? (m?.remedy !== undefined ? fill(m.remedy, values) : f.remedy) : undefined;
  return [
    text,
    clause === undefined ? '' : fill(p.policy, { policy, section: String(clause.section) }),
    remedy === undefined ? '' : fill(p.remedy, { remedy }),
  ];
}

/** A route for staff or an inspector: each step (with its deadline and contacts), what to do and not do, the rest. */
function routePoints(route: Route, o: ReadOptions): Point[] {
  const shown = new Set<Finding>();
  const out: Point[] = [];
  for (const s of (Array.isArray(route.steps) ? route.steps : []) as RouteStep[]) {
    if (!isRec(s) || !isFinding(s.finding)) continue;
    shown.add(s.finding);
    const point = reasonPoint(s.finding, o);
    const by = s.immediately ? undefined : dateInWords(s.by, o.phrases);
    if (by !== undefined) point.splice(1, 0, fill(o.phrases.stepBy, { date: by }));
    if (o.reader === 'staff' && Array.isArray(s.contacts)) {
      for (const c of s.contacts) if (isRec(c)) point.push(fill(o.phrases.contact, { contact: contactOf(c) }));
    }
    out.push(point);
  }
  const same = (a: Finding, b: Finding) => a.rule === b.rule && a.subject === b.subject;
  for (const f of [...findingsOf(route.actions), ...findingsOf(route.reasons)]) {
    if ([...shown].some((x) => x === f || same(x, f))) continue;
    shown.add(f);
    out.push(reasonPoint(f, o));
  }
  return out;
}

const contactOf = (c: Rec) => {
  const parts = [c.label, c.phone, c.email, c.url].filter((x): x is string => typeof x === 'string' && x !== '');
  return parts.join(', ') + (typeof c.hours === 'string' && c.hours !== '' ? ` (${c.hours})` : '');
};

/** For inspectors: the policy the result was decided under, and its fingerprint where it carries one. */
function policyTrail(policy: unknown, p: Readonly<Phrases>): Point {
  if (!isRec(policy) || typeof policy.id !== 'string') return [];
  return [
    fill(p.trailPolicy, { id: policy.id, version: String(policy.version) }),
    typeof policy.fingerprint === 'string' ? fill(p.trailFingerprint, { fingerprint: policy.fingerprint }) : '',
  ];
}

/**
 * For a parent: the answer, then what concerns their own child and the photo or request as a whole, in the words the
 * catalogue has for parents. Reasons about anyone else become one sentence that names nothing; no value from the
 * result but a date is ever written.
 */
function forParent(r: Rec, kind: Kind, o: ReadOptions): Point[] {
  const p = o.phrases;
  const reasons = kind === 'sweep' ? sweepFindings(r) : findingsOf(r.reasons);
  const mine = (f: Finding) => o.child !== undefined && f.subject === o.child;
  const general = (f: Finding) => f.subject === undefined || f.rule === 'input.invalid';
  const others = reasons.some((f) => f.effect === 'block' && !mine(f) && !general(f));
  const action = actionOf(r, o);
  const allowed = r.allowed === true;
  const out: Point[] = [[action ?? (allowed ? p.parentAllowed : p.parentNotAllowed)]];
  if (Array.isArray(r.obscure) && r.action === undefined && o.child !== undefined && r.obscure.includes(o.child)) out.push([p.parentObscure]);
  const said = new Set<string>();
  for (const f of reasons) {
    if (!mine(f) && !general(f)) continue;
    const text = parentText(f.rule, o);
    if (!said.has(text)) { said.add(text); out.push([text]); }
  }
  if (others && !action) out.push([p.parentOthers]);
  return out;
}

/** A rule's words for a parent: its parent text, else its staff text where that holds no placeholder, else a phrase. */
function parentText(rule: string, o: ReadOptions): string {
  const m = o.message(rule);
  if (m?.parent !== undefined) return m.parent;
  if (m?.staff !== undefined && !/\{[^{}]*\}/.test(m.staff)) return m.staff;
  return o.phrases.parentUnexplained;
}
