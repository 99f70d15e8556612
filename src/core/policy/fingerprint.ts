// A decision's fingerprint: a digest of what decided it (the policy section in force and the area's rules), made once.
import { canonicalJson, sha256 } from '../hash.js';
import type { PolicyRef } from '../findings.js';
import type { RuleSet } from '../rules/ruleSet.js';

/** A vendor fact as a rule set holds it (`createRuleSet({ facts })`): its declaration and how it is read. */
interface OwnFact { readonly name: string; readonly spec: unknown; readonly read: unknown }

/** The shared conditions the rules name, and the ones those name, by name. */
function conditionsUsed(rules: readonly unknown[], shared: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    const name = (v as { condition?: unknown }).condition;
    if (typeof name === 'string' && !(name in out) && Object.prototype.hasOwnProperty.call(shared, name)) {
      out[name] = shared[name];
      visit(shared[name]);
    }
    for (const x of Object.values(v)) visit(x);
  };
  rules.forEach(visit);
  return out;
}

const byRuleSet = new WeakMap<RuleSet, Map<string, string>>();

/**
 * The digest of one area's part of a rule set: its rules in evaluation order (each as written: conditions, priority,
 * effect, code, message, clauses), the shared conditions they use, and the rule set's own facts for the area.
 *
 * @example
 * ```ts
 * rulesDigest(shippedRuleSet(), 'image') === rulesDigest(createRuleSet({ disable: ['image.content.purpose'] }), 'image'); // false
 * ```
 */
export function rulesDigest(ruleSet: RuleSet, area: string): string {
  let byArea = byRuleSet.get(ruleSet);
  if (!byArea) byRuleSet.set(ruleSet, (byArea = new Map()));
  let digest = byArea.get(area);
  if (digest === undefined) {
    const rules = ruleSet.rules.filter((r) => r.area === area).map((r) => r.rule);
    const own = (ruleSet as { vendorFacts?: ReadonlyMap<string, readonly OwnFact[]> }).vendorFacts?.get(area) ?? [];
    const facts = own.map((f) => ({ name: f.name, spec: f.spec, read: String(f.read) }));
    byArea.set(area, (digest = sha256(canonicalJson({ rules, conditions: conditionsUsed(rules, ruleSet.conditions), facts }))));
  }
  return digest;
}

const made = new WeakMap<object, WeakMap<RuleSet, Map<string, string>>>();

/**
 * The fingerprint of a decision (its `policy.fingerprint`): a SHA-256 digest of the area, the policy section in force
 * (every value, in any key order), the source policy its findings cite, and the area's rules in the rule set used.
 * Made once per section, rule set and source, so a decision does not hash again.
 *
 * @example
 * ```ts
 * import { presetSection } from './resolve.js';
 * import { imagePolicy } from '../../../rules/image/policy.js';
 * const fp = fingerprintOf('image', presetSection(imagePolicy, 'baseline'), shippedRuleSet(), undefined);
 * /^sha256:[0-9a-f]{64}$/.test(fp); // true
 * fp === canPublishImage(photo, consents, { at }).policy.fingerprint; // true: the baseline and the shipped rules decided
 * ```
 */
export function fingerprintOf(area: string, section: unknown, ruleSet: RuleSet, source: string | undefined): string {
  if (typeof section !== 'object' || section === null) return compute(area, section, ruleSet, source);
  let bySet = made.get(section);
  if (!bySet) made.set(section, (bySet = new WeakMap()));
  let bySource = bySet.get(ruleSet);
  if (!bySource) bySet.set(ruleSet, (bySource = new Map()));
  const key = source === undefined ? area : `${area}\n${source}`;
  let fp = bySource.get(key);
  if (fp === undefined) bySource.set(key, (fp = compute(area, section, ruleSet, source)));
  return fp;
}

const compute = (area: string, section: unknown, ruleSet: RuleSet, source: string | undefined): string =>
  `sha256:${sha256(canonicalJson({ v: 1, area, source: source ?? null, policy: section, rules: rulesDigest(ruleSet, area) }))}`;

const refs = new WeakMap<object, WeakMap<RuleSet, { area: string; source: string | undefined; ref: PolicyRef }[]>>();

/**
 * The `policy` of a decision: its id, version and fingerprint, one frozen object per section, rule set, source and
 * name. The fingerprint is hashed when first read, not when the first decision is made: hashing an area's rules cold
 * was a third of a fresh process's first decision (bench/startup.mjs). `JSON.stringify` and spreads read it as a value.
 *
 * @example
 * ```ts
 * import { presetSection } from './resolve.js';
 * import { imagePolicy } from '../../../rules/image/policy.js';
 * const section = presetSection(imagePolicy, 'baseline');
 * const ref = policyRefOf('image', { id: 'baseline', version: '1' }, section, shippedRuleSet(), undefined);
 * ref.fingerprint === fingerprintOf('image', section, shippedRuleSet(), undefined); // true
 * Object.isFrozen(ref); // true
 * ```
 */
export function policyRefOf(area: string, name: { readonly id: string; readonly version: string }, section: unknown, ruleSet: RuleSet, source: string | undefined): PolicyRef {
  if (typeof section !== 'object' || section === null) return newRef(area, name, section, ruleSet, source);
  let bySet = refs.get(section);
  if (!bySet) refs.set(section, (bySet = new WeakMap()));
  let entries = bySet.get(ruleSet);
  if (!entries) bySet.set(ruleSet, (entries = []));
  // Mostly one entry: a section belongs to one area and policy (a policy based on a preset may share its section).
  for (const m of entries) if (m.area === area && m.source === source && m.ref.id === name.id && m.ref.version === name.version) return m.ref;
  const ref = newRef(area, name, section, ruleSet, source);
  entries.push({ area, source, ref });
  return ref;
}

/** A frozen policy reference whose fingerprint is hashed on first read (fingerprintOf keeps it). */
function newRef(area: string, name: { readonly id: string; readonly version: string }, section: unknown, ruleSet: RuleSet, source: string | undefined): PolicyRef {
  const ref = { id: name.id, version: name.version } as PolicyRef;
  Object.defineProperty(ref, 'fingerprint', { enumerable: true, get: () => fingerprintOf(area, section, ruleSet, source) });
  return Object.freeze(ref);
}
