// A route from the concern rules that fired: steps ordered and merged per recipient, deadlines, contacts; never the subject.
import type { Outcome } from '../../src/core/area.js';
import { sortFindings, type Finding, type PolicyRef } from '../../src/core/findings.js';
import { addExactHours, addLondonDays, endOfWorkingDays } from '../../src/core/time/workingDays.js';
import type { ConcernTiming } from './facts.js';
import type { Contact, ConcernPolicy } from './policy.js';
import { recipientsWhoAreSubject, type DeadlineKind, type Recipient, type SubjectRole } from './vocabulary.js';

/**
 * One step of a route: whom to tell, whether at once, by when, and the rule behind it.
 *
 * @example
 * ```ts
 * const [first]: RouteStep[] = routeConcern(concern, { policy: 'barnet-early-years' }).steps;
 * first?.to; // 'manager'
 * ```
 */
export interface RouteStep {
  to: Recipient;
  /** Tell them at once. */
  immediately: boolean;
  /** The latest moment (ISO 8601, UTC) to tell them, where a deadline applies. */
  by?: string;
  /** `step`: tell them; `consider`: decide whether to (someone must); `signpost`: a source of help to pass on. */
  kind: 'step' | 'consider' | 'signpost';
  /** The rule that put this step in the route (other rules naming the same recipient are in `reasons`). */
  finding: Finding;
  /** Numbers and addresses for this recipient from the setting's contact directory. */
  contacts?: Contact[];
}

/**
 * Whom to tell about a concern, in order and by when, and what to do and not do now.
 *
 * @example
 * ```ts
 * const route: Route = routeConcern(concern, { policy: 'homerton-early-years' });
 * route.actions.filter((a) => a.effect === 'block'); // what not to do
 * ```
 */
export interface Route {
  steps: RouteStep[];
  /** What to do and not do now (block: forbidden, e.g. viewing the images or telling the subject). */
  actions: Finding[];
  /** Every rule that fired (and input problems, which leave the route empty). */
  reasons: Finding[];
  policy: PolicyRef;
  /** When the contact directory was published, where the policy lists contacts. */
  contactsPublished?: string;
}

const RANK = { step: 0, consider: 1, signpost: 2 } as const;

/**
 * The concern area's finish: the route the rules that fired give; with invalid input, an empty route whose reasons name each invalid field.
 *
 * @example
 * ```ts
 * finishRoute({ findings: fired, policy, ctx, facts, args: [concern] }).steps[0]?.to; // e.g. 'dsl'
 * ```
 */
export function finishRoute({ findings, policy, facts }: Outcome<ConcernPolicy, ConcernTiming>): Route {
  if (!facts?.derived) return { steps: [], actions: [], reasons: findings, policy };
  const timing = facts.derived;
  const never = new Set<string>(recipientsWhoAreSubject(facts.root.subjectRole as SubjectRole | 'none'));
  const byRecipient = new Map<string, { step: RouteStep; order: number; at: number }>();
  const actions: Finding[] = [];
  findings.forEach((f, at) => {
    const d = f.data ?? {};
    const kind = d.kind;
    if (kind === 'action' || typeof d.to !== 'string') { actions.push(f); return; }
    if (never.has(d.to)) return; // a custom rule set may try: the subject is never told
    const k = kind === 'consider' || kind === 'signpost' ? kind : 'step';
    const by = deadline((d.deadline ?? 'none') as DeadlineKind, timing);
    const order = typeof d.order === 'number' ? d.order : 100;
    const step: RouteStep = { to: d.to as Recipient, immediately: d.immediately === true, kind: k, finding: f };
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
  const directory = timing.policy.contacts.entries;
  const steps = [...byRecipient.values()]
    .sort((a, b) => a.order - b.order || RANK[a.step.kind] - RANK[b.step.kind] || Number(b.step.immediately) - Number(a.step.immediately) || a.at - b.at)
    .map(({ step }) => {
      const contacts = directory.filter((c) => c.to === step.to);
      return contacts.length ? { ...step, contacts } : step;
    });
  const route: Route = { steps, actions: sortFindings(actions), reasons: findings, policy };
  if (directory.length) route.contactsPublished = timing.policy.contacts.published;
  return route;
}

function deadline(kind: DeadlineKind, t: ConcernTiming): Date | undefined {
  const p = t.policy;
  switch (kind) {
    case 'lado':
      return p.ladoDeadline.unit === 'hours' ? addExactHours(t.reportedAt, p.ladoDeadline.within) : endOfWorkingDays(t.reportedAt, p.ladoDeadline.within, t.bankHolidays);
    case 'ofsted':
      return addLondonDays(t.eventAt, p.ofstedWithinDays);
    case 'ico':
      return addExactHours(t.reportedAt, p.ico.withinHours);
    default:
      return undefined;
  }
}
