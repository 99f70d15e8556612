// A route from the concern rules that fired: steps ordered and merged per recipient, deadlines, contacts; never the subject.
// A concern is never dropped: an invalid or partial one still goes to the setting's first contact, at once.
import type { Context, Outcome } from '../../src/core/area.js';
import { clauseOf, FAIL_CLOSED, sortFindings, type Finding, type PolicyRef } from '../../src/core/findings.js';
import { findingsOf } from '../../src/core/pipeline.js';
import { clauseFor, fire } from '../../src/core/rules/ruleSet.js';
import type { Rule } from '../../src/core/rules/types.js';
import { addExactHours, addLondonDays, endOfWorkingDays } from '../../src/core/time/workingDays.js';
import { contactFindings, directoryOf } from './contacts.js';
import { rootFacts, type ConcernTiming } from './facts.js';
import type { Contact, ConcernPolicy } from './policy.js';
import { readConcern } from './salvage.js';
import { recipientsWhoAreSubject, type DeadlineKind, type Recipient, type SettingType, type SubjectRole } from './vocabulary.js';
import general from './general.json';

/**
 * One step of a route: whom to tell, whether at once, by when, and the rule behind it.
 *
 * @example
 * ```ts
 * const [first]: RouteStep[] = routeConcern({ ...concern, subject: { role: 'staff' } }, { policy: 'barnet-early-years' }).steps;
 * first?.to; // 'manager'
 * first?.or; // ['dsl'] (Barnet: "the Manager or Designated Safeguarding Officer")
 * ```
 */
export interface RouteStep {
  /** The role told (DSL, LADO, MASH…): always named, whether or not the setting has a contact for it. */
  to: Recipient;
  /** Tell them at once (also where a deadline has already passed, or cannot be counted). */
  immediately: boolean;
  /** The latest moment (ISO 8601, UTC) to tell them, where a deadline applies (it may be past: then `immediately`). */
  by?: string;
  /**
   * `step`: report to them; `advice`: seek their advice (Barnet's "seek advice from the Local Authority Designated
   * Officer"); `consider`: decide whether to (someone must); `signpost`: a source of help to pass on.
   */
  kind: 'step' | 'advice' | 'consider' | 'signpost';
  /** The rule that put this step in the route (other rules naming the same recipient are in `reasons`). */
  finding: Finding;
  /** Who the policy allows to be told instead (e.g. Kirklees' "their line manager or head teacher"); never the subject. */
  or?: Recipient[];
  /** Numbers and addresses for this recipient (and for `or`) from the setting's contact directory. */
  contacts?: Contact[];
}

/**
 * Whom to tell about a concern, in order and by when, and what to do and not do now.
 *
 * @example
 * ```ts
 * const route: Route = routeConcern(concern, { policy: 'homerton-early-years' });
 * route.actions.filter((a) => a.effect === 'block').map((a) => a.rule); // ['concern.subject.do-not-tell']
 * ```
 */
export interface Route {
  /** Never empty: at least one step to tell someone at once who is not the subject. */
  steps: RouteStep[];
  /** What to do and not do now (block: forbidden, e.g. viewing the images or telling the subject). */
  actions: Finding[];
  /** Every rule that fired, the input problems (each invalid field), and what the contact directory lacks. */
  reasons: Finding[];
  policy: PolicyRef;
  /** When the contact directory was published, where the policy lists contacts (or adopts a local authority's). */
  contactsPublished?: string;
}

const RANK = { step: 0, advice: 1, consider: 2, signpost: 3 } as const;
type StepKind = keyof typeof RANK;

/** How a step names its recipient in a sentence. */
const LABEL: Partial<Record<Recipient, string>> = {
  dsl: 'the designated safeguarding lead', manager: 'the manager', 'esafety-coordinator': 'the eSafety coordinator',
  'registered-person': 'the next person up (the registered person, the chair of the committee or of the governors)',
  lado: 'the Local Authority Designated Officer', ofsted: 'Ofsted', ico: 'the ICO',
};
const labelOf = (to: Recipient) => LABEL[to] ?? to;

/** The shipped rule that sends a concern to each possible first contact: its clause is the one a first step cites. */
const FIRST_RULE: Partial<Record<Recipient, string>> = {
  dsl: 'concern.first-contact.dsl', manager: 'concern.first-contact.manager', 'esafety-coordinator': 'concern.first-contact.esafety-coordinator',
  'registered-person': 'concern.subject.next-person-up', lado: 'concern.subject.lado',
};
const shipped = new Map((general as unknown as Rule[]).map((r) => [r.name, r]));

function deadline(kind: DeadlineKind, t: ConcernTiming, p: ConcernPolicy): Date | undefined {
  switch (kind) {
    case 'lado':
      if (!t.reportedAt) return undefined;
      return p.ladoDeadline.unit === 'hours' ? addExactHours(t.reportedAt, p.ladoDeadline.within) : endOfWorkingDays(t.reportedAt, p.ladoDeadline.within, t.bankHolidays);
    case 'ofsted':
      return t.eventAt && addLondonDays(t.eventAt, p.ofstedWithinDays);
    case 'ico':
      return t.reportedAt && addExactHours(t.reportedAt, p.ico.withinHours);
    default:
      return undefined;
  }
}

/**
 * Who the setting tells first: the policy's first contact, or the next person up when the concern is about the first
 * contact (a childminder, who has no one above them: the LADO). Never the subject.
 */
function firstContactOf(root: Record<string, unknown>, policy: ConcernPolicy, never: ReadonlySet<string>): Recipient {
  const first: Recipient = root.firstContactIsSubject === true ? (root.settingType === 'childminder' ? 'lado' : 'registered-person') : policy.firstContact;
  return never.has(first) ? 'lado' : first;
}

/** A finding made by the route itself (not by a rule file), citing the clause in force of the rule that gives the same step. */
function routeFinding(rule: string, code: string, message: string, to: Recipient, source: string | undefined, extra: Partial<Finding> = {}): Finding {
  const r = shipped.get(FIRST_RULE[to] ?? '');
  const clause = r ? clauseFor(r.event.params, source) : { source: 'esafety-rules', section: 'A concern is never dropped: it goes to the setting\'s first contact at once' };
  return { rule, effect: 'warn', code, message, clause: clauseOf(clause), ...extra, data: { kind: 'step', to, immediately: true, deadline: 'none', order: 0 } };
}

/** What was wrong with the input, for the first step's finding: each invalid field, once. */
const fieldsOf = (findings: readonly Finding[]) => [...new Set(findings.filter((f) => f.rule === 'input.invalid').map((f) => f.subject ?? 'input'))];

interface Built { steps: RouteStep[]; actions: Finding[]; extra: Finding[] }

/** The steps and actions the findings give, merged per recipient, with deadlines (a passed or unknown one is now). */
function stepsOf(findings: readonly Finding[], never: ReadonlySet<string>, timing: ConcernTiming, ctx: Context<ConcernPolicy>): Built {
  const policy = ctx.policy;
  const byRecipient = new Map<string, { step: RouteStep; order: number; at: number }>();
  const actions: Finding[] = [];
  findings.forEach((f, at) => {
    const d = f.data ?? {};
    const kind = d.kind;
    if (kind === 'action' || typeof d.to !== 'string') { if (f.rule !== 'input.invalid') actions.push(f); return; }
    if (never.has(d.to)) return; // a custom rule set may try: the subject is never told
    const k: StepKind = kind === 'consider' || kind === 'signpost' || kind === 'advice' ? kind : 'step';
    const dk = (d.deadline ?? 'none') as DeadlineKind;
    const by = deadline(dk, timing, policy);
    const order = typeof d.order === 'number' ? d.order : 100;
    // A deadline that cannot be counted (no valid report time) is now.
    const step: RouteStep = { to: d.to as Recipient, immediately: d.immediately === true || (dk !== 'none' && by === undefined && k === 'step'), kind: k, finding: f };
    if (by) step.by = by.toISOString();
    const prev = byRecipient.get(d.to);
    if (!prev) { byRecipient.set(d.to, { step, order, at }); return; }
    // The same recipient twice (a concern of several kinds): keep one step, the most urgent of both.
    const p = prev.step;
    const stronger = RANK[k] < RANK[p.kind] || (k === p.kind && step.immediately && !p.immediately) ? step : p;
    const merged: RouteStep = { ...stronger, immediately: p.immediately || step.immediately, kind: RANK[k] < RANK[p.kind] ? k : p.kind };
    const earliest = [p.by, step.by].filter((x): x is string => x !== undefined).sort()[0];
    if (earliest) merged.by = earliest; else delete merged.by;
    byRecipient.set(d.to, { step: merged, order: Math.min(prev.order, order), at: prev.at });
  });
  // A deadline already passed (at the decision's time, else at the report) means now, and says it is late.
  const now = Number.isFinite(ctx.atMs) ? ctx.atMs : timing.reportedAt?.getTime();
  const extra: Finding[] = [];
  for (const entry of byRecipient.values()) {
    const s = entry.step;
    if (now === undefined || s.by === undefined || Date.parse(s.by) >= now) continue;
    const late: Finding = {
      rule: 'concern.deadline.passed', effect: 'warn', code: 'DEADLINE_PASSED', subject: s.to,
      message: `The deadline to tell ${labelOf(s.to)} (${s.by}) has already passed: tell them now, and record why it is late.`,
      clause: { ...s.finding.clause }, data: { kind: 'action', to: s.to, by: s.by },
    };
    entry.step = { ...s, immediately: true };
    actions.push(late);
    extra.push(late);
  }
  const steps = [...byRecipient.values()]
    .sort((a, b) => a.order - b.order || RANK[a.step.kind] - RANK[b.step.kind] || Number(b.step.immediately) - Number(a.step.immediately) || a.at - b.at)
    .map(({ step }) => step);
  return { steps, actions, extra };
}

/**
 * Builds the route: the steps, the first contact at once where the input is incomplete or no rule tells anyone at once,
 * who may be told instead, the contacts, and what the directory lacks.
 */
function routeOf(findings: Finding[], root: Record<string, unknown>, timing: ConcernTiming, ctx: Context<ConcernPolicy>, ref: PolicyRef, incomplete: boolean): Route {
  const policy = ctx.policy;
  const never = new Set<string>(recipientsWhoAreSubject(root.subjectRole as SubjectRole | 'none', { dslIsManager: root.dslIsManager === true, type: root.settingType as SettingType | 'unknown' }));
  const { steps, actions, extra } = stepsOf(findings, never, timing, ctx);
  const fields = fieldsOf(findings);
  if (incomplete || fields.length || !steps.some((s) => s.immediately)) {
    const to = firstContactOf(root, policy, never);
    const finding = fields.length
      ? routeFinding('concern.input.incomplete', 'INCOMPLETE_CONCERN',
        `${fields.join(', ')} ${fields.length > 1 ? 'are' : 'is'} not valid: tell ${labelOf(to)} now all the same, with what is known. `
          + `The rest of the route comes from the valid fields only${timing.reportedAt ? '' : ' (without a valid report time, every deadline is now)'}; correct the fields and route the concern again.`,
        to, ctx.source, { subject: fields.join(', '), remedy: `Correct ${fields.join(', ')} and route the concern again.` })
      : routeFinding('concern.first-contact.fallback', 'TELL_FIRST_CONTACT', `No rule sends this concern to anyone at once: tell ${labelOf(to)} now.`, to, ctx.source);
    const at = steps.findIndex((s) => s.to === to);
    const prev = at >= 0 ? steps.splice(at, 1)[0] : undefined;
    const first: RouteStep = { to, immediately: true, kind: 'step', finding };
    if (prev?.by) first.by = prev.by;
    steps.splice(steps[0]?.to === 'emergency-services' ? 1 : 0, 0, first); // dial 999 before anything else
    extra.push(finding);
  }
  const { entries, published } = directoryOf(policy);
  const alternatives = policy.firstContactAlternatives;
  const withContacts = steps.map((step) => {
    // Who may be told instead of the first contact, and the directory's contacts for whoever is told.
    const or: Recipient[] = step.to === policy.firstContact ? alternatives.filter((r) => r !== step.to && !never.has(r)) : [];
    const contacts = entries.filter((c) => c.to === step.to || or.includes(c.to));
    if (!or.length && !contacts.length) return step;
    // Copied, not spread: steps differ in shape, and a spread site that sees many shapes is slow (bench/concern.bench.mjs).
    const s = Object.assign({}, step);
    if (or.length) s.or = or;
    if (contacts.length) s.contacts = contacts;
    return s;
  });
  const route: Route = {
    steps: withContacts,
    actions: sortFindings(actions),
    reasons: sortFindings([...findings, ...extra, ...contactFindings(withContacts, policy, ctx)]),
    policy: ref,
  };
  if (published !== undefined) route.contactsPublished = published;
  return route;
}

/** The timing of a concern that could not be read in full: only the valid times, in order (an event before its report). */
function salvagedTiming(reportedMs: number | undefined, occurredMs: number | undefined, ctx: Context<ConcernPolicy>): ConcernTiming {
  const bankHolidays = ctx.extra instanceof Set ? (ctx.extra as ReadonlySet<string>) : new Set<string>();
  const reported = reportedMs !== undefined && Number.isFinite(reportedMs) && !(reportedMs > ctx.atMs) ? reportedMs : undefined;
  const occurredValid = occurredMs !== undefined && Number.isFinite(occurredMs) && !(reported !== undefined && occurredMs > reported) && !(occurredMs > ctx.atMs);
  const event = occurredMs === undefined ? reported : occurredValid ? occurredMs : undefined;
  const timing: ConcernTiming = { bankHolidays, policy: ctx.policy };
  if (reported !== undefined) timing.reportedAt = new Date(reported);
  if (event !== undefined) timing.eventAt = new Date(event);
  return timing;
}

/** The route of a concern that could not be read in full: as much as its valid fields allow, first contact first. */
function salvageRoute({ findings, policy: ref, ctx, args }: Outcome<ConcernPolicy, ConcernTiming>): Route {
  const read = readConcern(args[0]);
  // The schema's union names only `concern.kind`: where the kind is wrong, name each wrong entry and the accepted values.
  const input = read.kindFindings.length ? [...findings.filter((f) => !(f.subject ?? '').startsWith('concern.kind')), ...read.kindFindings] : findings;
  const root = rootFacts(read.parts, ctx.policy);
  const fired = findingsOf(fire(ctx.ruleSet, 'concern', { root, items: [] }), ctx.source);
  return routeOf(sortFindings([...input, ...fired]), root, salvagedTiming(read.reportedAt, read.occurredAt, ctx), ctx, ref, true);
}

/**
 * The route when even reading what is valid fails: the first contact of the policy in force, at once, and why.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { concernArea } from './area.js';
 * const ctx = readOptions(concernArea, { policy: 'baseline' });
 * lastResortRoute(ctx.policy, ctx.ref, []).steps[0]?.to; // 'dsl' (the baseline's first contact)
 * ```
 */
export function lastResortRoute(policy: ConcernPolicy, ref: PolicyRef, findings: readonly Finding[], source?: string): Route {
  const problem: Finding = {
    rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT', subject: 'concern',
    message: 'concern could not be read (a value that throws when read): pass plain data', clause: { ...FAIL_CLOSED },
    remedy: 'Correct concern and ask again.',
  };
  const to = policy.firstContact;
  const finding = routeFinding('concern.input.incomplete', 'INCOMPLETE_CONCERN', `The concern could not be read: tell ${labelOf(to)} now all the same, with what is known.`, to, source, { subject: 'concern' });
  return { steps: [{ to, immediately: true, kind: 'step', finding }], actions: [], reasons: sortFindings([...findings, problem, finding]), policy: ref };
}

/**
 * The concern area's finish: the route the rules that fired give. An invalid or partial concern (or invalid options)
 * still gets a route: its first step is the setting's first contact, at once, naming each invalid field, and the rest
 * comes from the fields that are valid. Never throws.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { concernArea } from './area.js';
 * const ctx = readOptions(concernArea, { policy: 'barnet-early-years', at });
 * // No facts: the concern was invalid (no time, no setting). It still gets a route: the first contact, at once.
 * finishRoute({ findings: [], policy: ctx.ref, ctx, args: [{ kind: 'cyberbullying' }] }).steps.map((s) => s.to); // ['manager']
 * ```
 */
export function finishRoute(o: Outcome<ConcernPolicy, ConcernTiming>): Route {
  try {
    return o.facts?.derived ? routeOf(o.findings, o.facts.root, o.facts.derived, o.ctx, o.policy, false) : salvageRoute(o);
  } catch {
    return lastResortRoute(o.ctx.policy, o.policy, o.findings.filter((f) => f.rule === 'input.invalid'), o.ctx.source);
  }
}
