// Blur hints: the children whose obscuring alone would make a photo allowed, read from the rules that fired.
import type { Outcome } from '../../src/core/area.js';
import { toDecision, type Decision, type Finding } from '../../src/core/findings.js';
import { fire, type FactSets, type Fired, type RuleSet } from '../../src/core/rules/ruleSet.js';
import { obscuredFacts } from './facts.js';
import type { ImagePolicy } from './policy.js';

/** The answer of `canPublishImage`: a decision, with the children whose obscuring alone would make it allowed. */
export interface ImageDecision extends Decision {
  /**
   * The ids of the children to obscure (blur, crop out) so that the photo is allowed, and no fewer: empty when the
   * photo is allowed already, or when obscuring cannot help (a personal phone, a child named with the photo, a
   * policy asking consent for every child visible, invalid input).
   */
  obscure: string[];
}

/** Children to obscure, and the photo-wide blocks that made more of them need obscuring (a lone identifiable child). */
export interface Obscuring {
  ids: string[];
  because: Fired[];
}

const blocking = (fired: readonly Fired[]) => fired.filter((f) => f.rule.event.type === 'block');
const allowedWith = (sets: FactSets, ids: ReadonlySet<string>, ruleSet: RuleSet) => blocking(fire(ruleSet, 'image', obscuredFacts(sets, ids)));
const inOrder = (sets: FactSets, ids: ReadonlySet<string>) => sets.items.map((i) => i.subject).filter((s) => ids.has(s));

/**
 * The children whose obscuring alone would make the photo allowed, from the findings that blocked it: each child a
 * block names must be obscured (a block about a child does not go away otherwise); the rules are then run once more
 * on the facts with those children obscured, to confirm that nothing blocks. Where that leaves a block on the whole
 * photo that one more child's obscuring removes (one identifiable child alone, where the policy forbids it), that
 * child is added. Undefined where obscuring cannot make it allowed. Nothing is run for an allowed photo.
 *
 * @example
 * ```ts
 * const onlyLeo = consents.filter((c) => c.childId === 'child-leo');
 * const decision = canPublishImage(photo, onlyLeo, { at, policy });
 * decision.reasons.map((r) => [r.code, r.subject]); // [['CONSENT_MISSING', 'child-mia']]
 * obscuring(decision.reasons, imageFacts(photo, onlyLeo, { at, policy }).sets!, shippedRuleSet())?.ids; // ['child-mia']
 * ```
 */
export function obscuring(findings: readonly Finding[], sets: FactSets, ruleSet: RuleSet): Obscuring | undefined {
  const ids = new Set<string>();
  let whole = false;
  for (const f of findings) {
    if (f.effect !== 'block') continue;
    if (f.subject === undefined) whole = true; else ids.add(f.subject);
  }
  if (ids.size === 0 && !whole) return undefined;
  const left = ids.size ? allowedWith(sets, ids, ruleSet) : undefined;
  if (left?.length === 0) return { ids: inOrder(sets, ids), because: [] };
  // A child's block that obscuring did not remove: obscuring cannot help.
  if (left?.some((f) => f.subject !== undefined)) return undefined;
  const rest = sets.items.filter((i) => !ids.has(i.subject) && i.facts.childIdentifiable === true);
  if (rest.length !== 1) return undefined;
  const more = new Set([...ids, rest[0]!.subject]);
  if (allowedWith(sets, more, ruleSet).length) return undefined;
  return { ids: inOrder(sets, more), because: left ?? blocking(fire(ruleSet, 'image', sets)) };
}

/**
 * The image area's finish: the decision the findings mean, with `obscure` from {@link obscuring}.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { invalid } from '../../src/core/findings.js';
 * import { imageArea } from './area.js';
 * const ctx = readOptions(imageArea, { at, policy });
 * finishImage({ findings: [], policy: ctx.ref, ctx, args: [photo, consents] }).allowed; // true
 * const bad = finishImage({ findings: [invalid('photo.takenAt', 'photo.takenAt is missing')], policy: ctx.ref, ctx, args: [photo, consents] });
 * [bad.allowed, bad.obscure]; // [false, []]: invalid input, so nothing to obscure
 * ```
 */
export function finishImage({ findings, policy, facts, ctx }: Outcome<ImagePolicy>): ImageDecision {
  const d = toDecision(findings, policy);
  const obscure = d.allowed || !facts ? [] : (obscuring(d.reasons, facts, ctx.ruleSet)?.ids ?? []);
  return { allowed: d.allowed, reasons: d.reasons, policy: d.policy, obscure };
}
