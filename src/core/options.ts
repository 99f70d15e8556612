// Reading a decision's options once: the policy section, the rules, the time and the area's own options.
import type { Area, Context } from './area.js';
import { invalid, type Finding, type PolicyRef } from './findings.js';
import { policyRefOf } from './policy/fingerprint.js';
import { validated } from './policy/merge.js';
import { resolveSection } from './policy/resolve.js';
import { buildRuleSet, isRuleSet, type RuleSet } from './rules/ruleSet.js';
import { instantMs, londonDayNumber } from './time/instant.js';

/** Options every decision function takes. */
export interface DecisionOptions {
  /** A preset id, or the setting's own policy (see `definePolicy`). Default: `baseline`. */
  policy?: import('../policy.js').PolicyOption;
  /** The moment the decision is for: an ISO date-time string or a Date. Required wherever time matters: there is no hidden clock. */
  at?: Date | string;
  /** Your rule set (see `createRuleSet`). Default: the shipped rules. */
  rules?: RuleSet;
  /**
   * What to do with fields the library does not know. `refuse` (the default) denies, naming them. `ignore` is for
   * database rows mapped to the library's field names: extra columns are ignored, every optional field must then be
   * present (`null` meaning none, so a column dropped from a query is refused, not read as none), and a field that
   * looks like a known one misspelt (`withdrawAt`) still denies.
   */
  extraFields?: 'refuse' | 'ignore';
  /**
   * Your own data for your own facts (`createRuleSet({ facts })`): handed to each fact's `read` as `context`, e.g. the
   * room a photo was taken in where your photo record has no such field. The library reads nothing else from it.
   */
  context?: unknown;
}

const compiled = new WeakMap<Area, RuleSet>();

/**
 * An area's shipped rules alone, compiled on first use (then the same rule set every time). They are not validated
 * here: the tests validate every shipped file (`createRuleSet`), and a vendor's files are validated when made.
 *
 * @example
 * ```ts
 * import { imageArea } from '../../rules/image/area.js';
 * areaRules(imageArea) === areaRules(imageArea); // true: compiled once
 * areaRules(imageArea).rules.every((r) => r.area === 'image'); // true
 * ```
 */
export function areaRules(area: Area): RuleSet {
  let set = compiled.get(area);
  if (!set) compiled.set(area, (set = buildRuleSet(area.rules, new Map([[area.id, area]]))));
  return set;
}

/** The policy part of a decision's context: the section in force, what decided it, and the rules. */
interface PolicyInForce<P> { section: P; ref: PolicyRef; source: string | undefined; ruleSet: RuleSet }

/**
 * Policies already read, by option (a preset id, or a policy `definePolicy` made: both frozen), area and rule set. The
 * small decisions spent about a tenth of their time reading the same preset again (bench/communication.bench.mjs).
 * Weak where a key is an object, so a policy defined per request is not kept.
 */
type Kept = WeakMap<Area, WeakMap<RuleSet, PolicyInForce<unknown>>>;
const byPreset = new Map<string | undefined, Kept>();
const byPolicy = new WeakMap<object, Kept>();

/** Where one policy option's readings are kept: a preset id (or none), or a policy definePolicy made; not a plain object. */
function keptFor(policy: unknown, make: boolean): Kept | undefined {
  const preset = policy === undefined || typeof policy === 'string';
  if (!preset && !(typeof policy === 'object' && policy !== null && validated.has(policy))) return undefined;
  let kept = preset ? byPreset.get(policy as string | undefined) : byPolicy.get(policy as object);
  if (!kept && make) {
    kept = new WeakMap();
    if (preset) byPreset.set(policy as string | undefined, kept);
    else byPolicy.set(policy as object, kept);
  }
  return kept;
}

/** The policy and rules options of one decision, read once per preset (or defined policy), area and rule set. */
function policyOf<P>(area: Area<P>, policy: unknown, rules: unknown, findings: Finding[]): PolicyInForce<P> {
  const known = rules === undefined || isRuleSet(rules);
  const ruleSet = known && rules !== undefined ? (rules as RuleSet) : areaRules(area);
  if (!known) findings.push(invalid('options.rules', 'options.rules must be a rule set made by createRuleSet'));
  const found = keptFor(policy, false)?.get(area)?.get(ruleSet);
  if (found) return found as PolicyInForce<P>;
  const { section, ref: named, source, findings: pf } = resolveSection(policy, area.id, area.policy);
  // What decided: the policy's name, and a digest of the section in force and the area's rules (hashed when read).
  const out = { section, ref: policyRefOf(area.id, named, section, ruleSet, source), source, ruleSet };
  // Kept only when read without fault: a string that is not a preset id is refused each time, and never kept (the map
  // would grow with every misspelling).
  if (pf.length) findings.push(...pf);
  else {
    const kept = keptFor(policy, true);
    if (kept) {
      let bySet = kept.get(area);
      if (!bySet) kept.set(area, (bySet = new WeakMap()));
      bySet.set(ruleSet, out);
    }
  }
  return out;
}

/**
 * Checks the options of one area's decision. Never throws: what is wrong becomes findings.
 *
 * @example
 * ```ts
 * import { imageArea } from '../../rules/image/area.js';
 * const { id, version } = readOptions(imageArea, { at, policy: 'kirklees-primary' }).ref;
 * [id, version]; // ['kirklees-primary', '2010-03']
 * readOptions(imageArea, { policy: 'kirklees' }).findings.map((f) => f.subject); // ['options.policy', 'options.at']
 * ```
 */
export function readOptions<P>(area: Area<P>, options: unknown): Context<P> {
  const findings: Finding[] = [];
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  if (options !== undefined && (typeof options !== 'object' || options === null)) findings.push(invalid('options', 'options must be an object'));
  const { section, ref, source, ruleSet } = policyOf(area, o.policy, o.rules, findings);
  const atMs = instantMs(o.at);
  if (Number.isNaN(atMs) && (area.needsAt || o.at !== undefined)) {
    findings.push(invalid('options.at', o.at === undefined
      ? 'options.at is required: the decision depends on the time (there is no hidden clock)'
      : 'options.at must be an ISO 8601 date-time (e.g. 2026-11-22T10:00:00Z) or a valid Date'));
  }
  if (o.extraFields !== undefined && o.extraFields !== 'refuse' && o.extraFields !== 'ignore') {
    findings.push(invalid('options.extraFields', 'options.extraFields must be one of "refuse", "ignore"'));
  }
  const extra = area.readOptions?.(o, findings, section);
  const day = Number.isNaN(atMs) ? Number.NaN : londonDayNumber(atMs);
  return { policy: section, ref, source, ruleSet, atMs, day, rows: o.extraFields === 'ignore', extra, context: o.context, findings };
}
