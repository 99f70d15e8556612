import type { ZodMiniType } from 'zod/mini';
import type { Context } from '../../src/core/area.js';
import { inputFindings, invalid, pathOf, type Finding } from '../../src/core/findings.js';
import { parserOf, type ParseResult } from '../../src/core/input.js';
import { readOptions, type DecisionOptions } from '../../src/core/options.js';
import { decideWith } from '../../src/core/pipeline.js';
import { deepFreeze } from '../../src/core/policy/merge.js';
import { lookalikes, rowsOf } from '../../src/core/rows.js';
import { sweep, type Sweep, type SweepSummary, type SyncSweep } from '../../src/core/stream.js';
import { isoDayOfDays } from '../../src/core/time/civil.js';
import { dayNumberOfInput, instantMs } from '../../src/core/time/instant.js';
import { addPeriodToDay, parsePeriod } from '../../src/core/time/periods.js';
import { imageArea } from './area.js';
import type { ImageDecision } from './obscure.js';
import type { ImagePolicy } from './policy.js';
import { publicationSchema, type Publication } from './publication.js';
import { audiences, consentSchema, type Audience, type Consent, type Photo } from './schema.js';

/** What a consent change means for one publication, where it was read. */
interface Planned {
  /** The publication's position in the input (0-based). */
  index: number;
  photoId: string;
  audience: Audience;
  /** Why: the findings of the consent rules the publication now fails, citing the policy in force (frozen). */
  reasons: readonly Finding[];
}

/**
 * What to do with one publication after a consent change: take it down, obscure
 * children in it, keep it (the change does not touch it), or have a person
 * review it (the record is malformed: `reasons` name each invalid field).
 */
export type ConsentChangeAction =
  | (Planned & { action: 'take-down'; /** The London day (`yyyy-MM-dd`) by which it must come down. */ by: string })
  | (Planned & { action: 'obscure'; /** The children to obscure: the child whose consent changed, and any other who would be left alone in it. */ obscure: string[]; by: string })
  | (Planned & { action: 'keep' })
  | { index: number; photoId: string | null; audience: string | null; action: 'review'; reasons: readonly Finding[] };

/** Counts so far, one per action, and the problem that stopped the plan, if one did. */
export interface ConsentChangeSummary extends SweepSummary {
  records: number;
  keep: number;
  takeDown: number;
  obscure: number;
  review: number;
  /** Set when the consent or the options were refused (then nothing is planned), or the publications could not be read. */
  problem?: string;
}

/** A plan over async publications: iterate it once; `summary` is complete when the iteration ends. */
export type ConsentChangeSweep = Sweep<ConsentChangeAction, ConsentChangeSummary>;
/** A plan over in-memory or generated publications: iterate it synchronously or asynchronously. */
export type SyncConsentChangeSweep = SyncSweep<ConsentChangeAction, ConsentChangeSummary>;

type Records<R> = R & (R extends string ? never : unknown);
type Verdict = { action: 'keep'; reasons: readonly Finding[] } | { action: 'take-down'; reasons: readonly Finding[] } | { action: 'obscure'; reasons: readonly Finding[]; others: readonly number[] };

const NONE: readonly Finding[] = Object.freeze([]);
const KEEP: Verdict = Object.freeze({ action: 'keep' as const, reasons: NONE });
const CONSENT_FIELDS = ['childId', 'audiences', 'written', 'givenBy', 'givenAt', 'withdrawnAt', 'reviewBy', 'childObjects', 'implicationsExplained'] as const;
/** The rules about the child's consent and wishes: the ones a consent change can make a publication fail. */
const aboutConsent = (rule: string) => rule.startsWith('image.consent.') || rule === 'image.child.objects';
/** Ids of the stand-ins for the other children of a publication (never the changed child's id). */
const standIn = (child: string) => (j: number) => (child === `~${j}` ? `~~${j}` : `~${j}`);

/** Reads one input, strictly or as a database row (extra columns ignored, misspelt ones refused). */
function reader<T>(schema: ZodMiniType, rows: boolean): (name: string, v: unknown) => { data: T } | Finding[] {
  const parse = parserOf(rows ? rowsOf(schema) : schema) as (v: unknown) => ParseResult<unknown>;
  return (name, v) => {
    const r = parse(v);
    if (!r.success) return inputFindings(name, v, r.error.issues, rows ? rowsOf(schema) : schema);
    const misspelt = rows ? lookalikes(schema, v) : [];
    if (!misspelt.length) return { data: r.data as T };
    return misspelt.map(({ path, like }) => {
      const at = pathOf(name, path);
      return invalid(at, `${at} is not a field: did you mean "${like}"? A misspelt field is never read as absent`);
    });
  };
}

/**
 * Plans what a change to one child's consent means for the photos already
 * published: one action per publication, in order, in constant memory.
 *
 * - `consent` is the child's consent record as it now stands (withdrawn, or
 *   narrowed to fewer audiences), in the shape `canPublishImage` reads.
 * - A publication showing the child, identifiable, where the consent no longer
 *   holds (withdrawn at `options.at`, not covering the audience, the child
 *   objects, or anything else the image consent rules block on) must come down
 *   by `by`: the policy's `takeDownPeriod` (ICO: "about one month") from the
 *   change, counted in London days from the withdrawal, or, for a narrowed
 *   consent, from the day it was given. `options.at` is the moment the consent is
 *   read at; it is required (there is no hidden clock).
 * - `obscure` instead of `take-down` where obscuring the child suffices, as
 *   `canPublishImage` reads it (not where the policy asks consent of every child
 *   visible): then `obscure` lists the child, and another child who would
 *   otherwise be the one identifiable child left where the policy forbids that.
 *   A publication record carries no caption, file name or tags, so it cannot
 *   show the child is not named with the photo: obscuring is offered only for
 *   audiences where the policy forbids every name (`anyNameForbiddenIn`), and
 *   elsewhere the publication comes down.
 * - Every other publication yields `keep` with no reasons: each one is
 *   accounted for. `keep` says only that this change does not touch it.
 * - A malformed publication is a `review` whose reasons name each invalid field
 *   (`publications[3].audience`); never a `keep`. A consent or options it
 *   refuses stop the plan before any publication, with `summary.problem`.
 * - A string, something not iterable, or a source that breaks ends the plan
 *   with `summary.problem`. Never throws. Reasons are frozen and shared between
 *   actions with the same reasons.
 *
 * @example
 * ```ts
 * const plan = planConsentChange(
 *   { childId: 'c1', audiences: ['learning-journal'], written: true, givenBy: 'parent', givenAt: '2026-11-20' },
 *   [
 *     { photoId: 'p1', audience: 'setting-website', publishedAt: '2026-10-01', children: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }] },
 *     { photoId: 'p2', audience: 'setting-display', publishedAt: '2026-10-02', children: [{ id: 'c1' }] },
 *     { photoId: 'p3', audience: 'learning-journal', publishedAt: '2026-10-03', children: [{ id: 'c1' }] },
 *   ],
 *   { policy: 'baseline', at: '2026-11-22T09:00:00Z' },
 * );
 * const actions = [...plan];
 * actions.map((a) => a.action); // ['obscure', 'take-down', 'keep']
 * const { reasons, ...first } = actions[0]!;
 * first; // { index: 0, photoId: 'p1', audience: 'setting-website', action: 'obscure', obscure: ['c1'], by: '2026-12-20' }
 * reasons.map((r) => r.code); // ['CONSENT_AUDIENCE_NOT_COVERED', 'CONSENT_NOT_INFORMED']
 * plan.summary; // { records: 3, keep: 1, takeDown: 1, obscure: 1, review: 0 }
 * ```
 */
export function planConsentChange<R extends Iterable<unknown>>(consent: Consent, publications: Records<R>, options: DecisionOptions): SyncConsentChangeSweep;
export function planConsentChange(consent: Consent, publications: AsyncIterable<unknown>, options: DecisionOptions): ConsentChangeSweep;
export function planConsentChange(consent: Consent, publications: unknown, options: DecisionOptions): ConsentChangeSweep {
  const ctx = readOptions(imageArea, options);
  const refusals = ctx.findings.slice();
  const read = reader<Consent>(consentSchema, ctx.rows)('consent', consent);
  if (Array.isArray(read)) refusals.push(...read);
  else if (!refusals.length && instantMs(read.data.givenAt) > ctx.atMs) {
    refusals.push(invalid('consent.givenAt', 'consent.givenAt is after options.at: a consent cannot be given after the moment it is read at'));
  }
  const summaryOf = (): ConsentChangeSummary => ({ records: 0, keep: 0, takeDown: 0, obscure: 0, review: 0 });
  if (refusals.length || Array.isArray(read)) {
    const why = refusals.map((f) => f.message).join('; ');
    const refused = `the consent or the options were refused, so no publication was planned: ${why}`;
    // A refused plan reads no publication: `plan` is never called.
    return sweep<ConsentChangeAction, ConsentChangeSummary>(publications, { start: summaryOf, plan: (_, index) => ({ index, photoId: null, audience: null, action: 'review', reasons: NONE }), refused });
  }
  const plan = planner(clean(read.data), ctx);
  return sweep<ConsentChangeAction, ConsentChangeSummary>(publications, { start: summaryOf, plan });
}

/** The consent as `canPublishImage` takes it: its own fields only, none null. */
function clean(c: Consent): Consent {
  const out: Record<string, unknown> = {};
  for (const k of CONSENT_FIELDS) if (c[k] != null) out[k] = c[k];
  return out as Consent;
}

/** The plan of one publication, for a consent read and options accepted. */
function planner(consent: Consent, ctx: Context<ImagePolicy>) {
  const child = consent.childId;
  const readPublication = reader<Publication>(publicationSchema, ctx.rows);
  const withdrawn = consent.withdrawnAt != null && instantMs(consent.withdrawnAt) <= ctx.atMs;
  const from = dayNumberOfInput(withdrawn ? consent.withdrawnAt! : consent.givenAt);
  const by = isoDayOfDays(addPeriodToDay(from, parsePeriod(ctx.policy.takeDownPeriod)!));
  const verdicts = new Map<number, Verdict>();
  const verdictOf = verdicts.get.bind(verdicts);

  return (record: unknown, index: number, summary: ConsentChangeSummary): ConsentChangeAction => {
    summary.records++;
    const read = readPublication(`publications[${index}]`, record);
    let p: Publication | undefined;
    let problems: Finding[] | undefined;
    if (Array.isArray(read)) problems = read;
    else if (instantMs(read.data.publishedAt) > ctx.atMs) problems = [invalid(`publications[${index}].publishedAt`, `publications[${index}].publishedAt is after options.at: it cannot have been published after the moment of the plan`)];
    else p = read.data;
    if (!p) {
      summary.review++;
      const r = record as Record<string, unknown> | null;
      const field = (k: string) => { try { const v = typeof r === 'object' && r !== null ? r[k] : undefined; return typeof v === 'string' ? v : null; } catch { return null; } };
      return { index, photoId: field('photoId'), audience: field('audience'), action: 'review', reasons: problems! };
    }
    // The changed child (identifiable unless every entry says not; objecting if any entry does), and how many
    // other children can be identified.
    let shown = false, identifiable = false, objects = false, others = 0;
    const kids = p.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.id === child) { shown = true; if (c.identifiable !== false) identifiable = true; if (c.objects === true) objects = true; continue; }
      if (c.identifiable === false) continue;
      let again = false;
      for (let j = 0; j < i && !again; j++) again = kids[j]!.id === c.id && kids[j]!.identifiable !== false;
      if (!again) others++;
    }
    const key = ((audiences.indexOf(p.audience) * 4 + (identifiable ? 2 : 0) + (objects ? 1 : 0)) * 1024) + others;
    const v = shown ? (verdictOf(key) ?? verdicts.set(key, judge(consent, ctx, p.audience, identifiable, objects, others)).get(key)!) : KEEP;
    if (v.action === 'keep') {
      summary.keep++;
      return { index, photoId: p.photoId, audience: p.audience, action: 'keep', reasons: NONE };
    }
    if (v.action === 'take-down') {
      summary.takeDown++;
      return { index, photoId: p.photoId, audience: p.audience, action: 'take-down', by, reasons: v.reasons };
    }
    summary.obscure++;
    return { index, photoId: p.photoId, audience: p.audience, action: 'obscure', obscure: [child, ...othersAt(kids, child, v.others)], by, reasons: v.reasons };
  };
}

/** The ids of the other identifiable children at these positions (in the order the publication lists them). */
function othersAt(kids: Publication['children'], child: string, positions: readonly number[]): string[] {
  if (!positions.length) return [];
  const ids: string[] = [];
  for (const c of kids) if (c.id !== child && c.identifiable !== false && !ids.includes(c.id)) ids.push(c.id);
  return positions.map((n) => ids[n]!);
}

/**
 * What the consent means for a publication of this kind (audience, the child identifiable or not, objecting or not,
 * and `others` other identifiable children): the image rules decide a stand-in photo with everything else about it
 * confirmed and every other child consenting, so that only the child's consent and wishes can block it.
 */
function judge(consent: Consent, ctx: Context<ImagePolicy>, audience: Audience, identifiable: boolean, objects: boolean, others: number): Verdict {
  const child = consent.childId;
  const id = standIn(child);
  const giver = ctx.policy.acceptedConsentGivers[0] ?? 'parent';
  const photo = (hidden: boolean): Photo => ({
    id: 'publication', takenAt: consent.givenAt, audience,
    children: [
      { id: child, agreed: true, ...(hidden || !identifiable ? { identifiable: false } : {}), ...(objects ? { objects: true } : {}) },
      ...Array.from({ length: others }, (_, j) => ({ id: id(j), agreed: true })),
    ],
    device: { owner: 'setting', kind: 'camera' }, appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, takenForPersonalUse: false,
    oneToOne: false, showsSurroundingContext: true, brandedClothing: false, approvedBy: 'moderator', socialMediaAccount: { closed: true, moderated: true },
  });
  const consents: Consent[] = [consent, ...Array.from({ length: others }, (_, j): Consent => ({
    childId: id(j), audiences: [...audiences], written: true, givenBy: giver, givenAt: consent.givenAt, implicationsExplained: true,
  }))];
  const strict = { ...ctx, rows: false, findings: [] };
  const d = decideWith(imageArea, strict, [photo(false), consents]) as ImageDecision;
  const blocks = d.reasons.filter((f) => f.effect === 'block' && f.subject === child && aboutConsent(f.rule));
  if (!blocks.length) return KEEP;
  const standInsBlocked = d.reasons.some((f) => f.effect === 'block' && f.subject !== undefined && f.subject !== child);
  const nameFree = ctx.policy.anyNameForbiddenIn.includes(audience);
  if (standInsBlocked || !nameFree || !d.obscure.includes(child)) return deepFreeze({ action: 'take-down', reasons: blocks });
  const more = d.obscure.filter((x) => x !== child).map((x) => Number(x.replace(/^~+/, '')));
  // Why more children are obscured: the blocks on the whole photo once the child alone is obscured.
  const because = more.length ? (decideWith(imageArea, strict, [photo(true), consents]) as ImageDecision).reasons.filter((f) => f.effect === 'block' && f.subject === undefined) : [];
  return deepFreeze({ action: 'obscure', reasons: [...blocks, ...because], others: more });
}
