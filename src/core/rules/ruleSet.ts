import { marks } from '../brand.js';
import { readOnlyMap } from '../frozen.js';
import { clauseOf, type Finding } from '../findings.js';
import { compileCondition, generateGroup, type Facts, type Test } from './compile.js';
import type { AreaSpec, Condition, Rule, RuleClause, RuleFile, VendorFacts } from './types.js';
import type { FactReader } from './vendorFacts.js';

/**
 * A shipped rule file: its path under `rules/`, its rules and its shared conditions.
 *
 * @example
 * ```ts
 * const file = ruleFile('image/consent.json', []);
 * file.file; // 'rules/image/consent.json'
 * 'conditions' in file; // false
 * ```
 */
export const ruleFile = (name: string, rules: unknown, conditions?: unknown): RuleFile => ({
  file: `rules/${name}`,
  rules: rules as Rule[],
  ...(conditions ? { conditions: conditions as Record<string, Condition> } : {}),
});

/** A rule after validation, ready to evaluate. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly area: string;
  /** `each` rules run once per item (e.g. per child); `root` rules once per decision. */
  readonly scope: 'root' | 'each';
  readonly test: Test;
  /** The rule as it fires once per decision (made once). */
  readonly fired: Fired;
}

/** One area's rules in a rule set: once per decision, once per item, and all of them compiled into one function. */
export interface AreaRules {
  readonly root: readonly CompiledRule[];
  readonly each: readonly CompiledRule[];
  /** The rules that fire on the area's fact sets, in evaluation order (see {@link fire}). */
  readonly fire: (sets: FactSets) => Fired[];
}

/** A validated, compiled set of rules: the shipped ones, or yours. */
export interface RuleSet {
  /** Every rule, in evaluation order (priority high to low, then load order). */
  readonly rules: readonly CompiledRule[];
  /** Shared conditions, by name. */
  readonly conditions: Readonly<Record<string, Condition>>;
  /** The areas (fact catalogues) the rules were checked against. */
  readonly areas: ReadonlyMap<string, AreaSpec>;
  /** Rules by area, split by scope. */
  readonly byArea: ReadonlyMap<string, AreaRules>;
  /** Your own facts (`createRuleSet({ facts })`) by area, read from each decision's input; none in the shipped set. */
  readonly vendorFacts?: ReadonlyMap<string, readonly FactReader[]>;
}

/** Options for {@link createRuleSet}. */
export interface RuleSetOptions {
  /** The base rule files. Default: the shipped rules in `rules/`. */
  files?: RuleFile[];
  /** Extra rule files; a name already in use is an error (use `override`). */
  add?: RuleFile[];
  /** Rules that replace base rules of the same name. */
  override?: RuleFile[];
  /** Names of rules to drop. */
  disable?: string[];
  /**
   * Your own facts, by area: declared like the built-in ones and read from the decision's input by your `read`
   * function. Rules in this set may then use them, in both evaluators.
   */
  facts?: VendorFacts;
}

/** Whether a condition reads a per-item fact of the area (then its rule runs once per item). */
function readsItem(cond: unknown, area: AreaSpec, conditions: Readonly<Record<string, Condition>>): boolean {
  if (typeof cond !== 'object' || cond === null) return false;
  const c = cond as Record<string, unknown>;
  if (Array.isArray(c.all)) return c.all.some((x) => readsItem(x, area, conditions));
  if (Array.isArray(c.any)) return c.any.some((x) => readsItem(x, area, conditions));
  if (c.not !== undefined) return readsItem(c.not, area, conditions);
  if (typeof c.condition === 'string') return readsItem(conditions[c.condition], area, conditions);
  const value = c.value as { fact?: unknown } | undefined;
  return area.facts[c.fact as string]?.each === true || (typeof value?.fact === 'string' && area.facts[value.fact]?.each === true);
}

/**
 * Compiles rules already known to be valid (the shipped files, or files `compileRuleSet` has checked) into a rule set:
 * each rule's conditions become a function, ordered by priority then load order, grouped by area and scope.
 *
 * @example
 * ```ts
 * import { imageArea } from '../../../rules/image/area.js';
 * const set = buildRuleSet(imageArea.rules, new Map([['image', imageArea]]));
 * const image = set.byArea.get('image')!;
 * image.each.some((r) => r.rule.name === 'image.consent.missing'); // true: it runs once per child
 * image.root.length + image.each.length === set.rules.length; // true
 * ```
 */
export function buildRuleSet(files: readonly RuleFile[], areas: ReadonlyMap<string, AreaSpec>, vendorFacts?: ReadonlyMap<string, readonly FactReader[]>): RuleSet {
  const conditions: Record<string, Condition> = Object.create(null);
  for (const f of files) Object.assign(conditions, f.conditions ?? {});
  const byName = new Map<string, Rule>();
  for (const f of files) for (const rule of f.rules) byName.set(rule.name, rule);
  const rules: CompiledRule[] = [...byName.values()]
    .map((rule) => {
      const area = areas.get(rule.name.slice(0, rule.name.indexOf('.')))!;
      const each = readsItem(rule.conditions, area, conditions);
      return Object.freeze({
        rule,
        fired: Object.freeze({ rule }),
        area: area.id,
        scope: each ? ('each' as const) : ('root' as const),
        test: compileCondition(rule.conditions as Condition, conditions, (fact) => area.facts[fact]?.each === true),
      });
    })
    // Array sort is stable (ES2019), so rules of equal priority keep their load order.
    .sort((a, b) => (b.rule.priority ?? 1) - (a.rule.priority ?? 1));
  const groups = new Map<string, { root: CompiledRule[]; each: CompiledRule[] }>();
  for (const id of areas.keys()) groups.set(id, { root: [], each: [] });
  for (const r of rules) groups.get(r.area)![r.scope].push(r);
  const byArea = new Map<string, AreaRules>();
  for (const [id, g] of groups) {
    byArea.set(id, Object.freeze({ root: Object.freeze(g.root), each: Object.freeze(g.each), fire: fireOf(g, conditions, areas.get(id)!) }));
  }
  // Frozen, and its maps read-only: a rule set handed out (the shipped one to every caller) cannot be changed by one.
  const set: RuleSet = Object.freeze({
    rules: Object.freeze(rules), conditions: Object.freeze(conditions), areas: readOnlyMap(new Map(areas)), byArea: readOnlyMap(byArea),
    ...(vendorFacts?.size ? { vendorFacts: readOnlyMap(new Map(vendorFacts)) } : {}),
  });
  marks().ruleSets.add(set);
  return set;
}

/**
 * True for a rule set made by {@link createRuleSet} (by any copy of the library in this process).
 *
 * @example
 * ```ts
 * isRuleSet(shippedRuleSet()); // true
 * isRuleSet({ ...shippedRuleSet() }); // false: a copy is not checked
 * ```
 */
export const isRuleSet = (v: unknown): v is RuleSet => typeof v === 'object' && v !== null && marks().ruleSets.has(v);

/** The facts of one decision: once for the decision, and once per item (e.g. per child). */
export interface FactSets {
  root: Facts;
  items: { subject: string; facts: Facts }[];
}

/** The statutory facts: cited under any policy that has no clause of its own for a requirement the law makes. */
export const STATUTORY = 'statutory-facts.md';

/**
 * The clause a finding cites under the policy in force (`source`: the seed file of the preset the policy is, or is
 * based on): that policy's own clause where the rule has one, else the law's, else the rule's primary clause.
 *
 * @example
 * ```ts
 * const { params } = shippedRuleSet().rules.find((r) => r.rule.name === 'image.consent.missing')!.rule.event;
 * clauseFor(params, '001_37d62a2ef733a813.txt').source; // '001_37d62a2ef733a813.txt': Homerton's own clause
 * clauseFor(params, 'acorn-policy.pdf').source; // 'statutory-facts.md': no clause of its own, so the law's
 * clauseFor(params, undefined).source; // '000_adea60a66085a501.txt': the rule's primary clause
 * ```
 */
export function clauseFor(p: Rule['event']['params'], source: string | undefined): RuleClause {
  if (source === undefined || !p.clauses || p.clause.source === source) return p.clause;
  // The first clause of the policy in force, else the first of the law (statutory-facts.md), else the rule's own.
  let law = p.clause.source === STATUTORY ? p.clause : undefined;
  for (const c of p.clauses) {
    if (c.source === source) return c;
    if (law === undefined && c.source === STATUTORY) law = c;
  }
  return law ?? p.clause;
}

const NOT_DATA = new Set(['code', 'message', 'clause', 'clauses', 'remedy']);
const dataKeys = new WeakMap<object, readonly string[]>();
/** The keys of a rule's params that a finding carries as `data`: read once per rule where the rule is frozen. */
function dataKeysOf(p: object): readonly string[] {
  let keys = dataKeys.get(p);
  if (keys === undefined) {
    keys = Object.keys(p).filter((k) => !NOT_DATA.has(k));
    if (Object.isFrozen(p)) dataKeys.set(p, keys);
  }
  return keys;
}

/**
 * Builds a fresh finding for a rule that fired, citing the clause of the policy in force (fresh, so callers may mutate it safely).
 *
 * @example
 * ```ts
 * const { rule } = shippedRuleSet().rules.find((r) => r.rule.name === 'image.consent.missing')!;
 * const f = findingOf(rule, 'child-mia', '001_37d62a2ef733a813.txt');
 * [f.code, f.subject, f.clause.title]; // ['CONSENT_MISSING', 'child-mia', 'Homerton Early Years Centre e-safety policy']
 * ```
 */
export function findingOf(rule: Rule, subject?: string, source?: string): Finding {
  const p = rule.event.params;
  const c = clauseFor(p, source);
  const f: Finding = {
    rule: rule.name,
    effect: rule.event.type,
    code: p.code,
    message: p.message,
    clause: clauseOf(c),
  };
  if (subject !== undefined) f.subject = subject;
  if (p.remedy !== undefined) f.remedy = p.remedy;
  const keys = dataKeysOf(p);
  if (keys.length) {
    const data: Record<string, unknown> = {};
    for (const key of keys) data[key] = p[key];
    f.data = data;
  }
  return f;
}

/** A rule that fired, and the item it fired for (none for a rule that runs once per decision). */
export interface Fired {
  readonly rule: Rule;
  readonly subject?: string;
}

/**
 * The rules of an area that fire on its fact sets, in evaluation order: each once-per-decision rule, then each item's
 * rules. A rule that fires once per decision is the same `Fired` object every time (nothing is made per decision).
 *
 * @example
 * ```ts
 * const sets = imageFacts({ ...photo, audience: 'setting-website' }, consents, { at, policy }).sets!;
 * const fired = fire(shippedRuleSet(), 'image', sets);
 * fired.map((f) => f.subject); // ['child-leo', 'child-mia']
 * fired[0]!.rule.name; // 'image.consent.audience-not-covered'
 * ```
 */
export function fire(ruleSet: RuleSet, area: string, sets: FactSets): Fired[] {
  return ruleSet.byArea.get(area)?.fire(sets) ?? [];
}

/**
 * An area's rules as one function: generated code where it is allowed (a benchmark asks for it: see
 * docs/benchmarks.md), else each rule's closures in turn, with the same answers.
 */
function fireOf(g: { root: readonly CompiledRule[]; each: readonly CompiledRule[] }, shared: Readonly<Record<string, Condition>>, area: AreaSpec): (sets: FactSets) => Fired[] {
  const rule = (r: CompiledRule) => ({ conditions: r.rule.conditions as Condition, fired: r.fired });
  const generated = generateGroup(g.root.map(rule), g.each.map(rule), shared, (fact) => area.facts[fact]?.each === true);
  if (generated) return (sets) => generated(sets.root, sets.items) as Fired[];
  return ({ root, items }) => {
    const out: Fired[] = [];
    for (const r of g.root) if (r.test(root, root)) out.push(r.fired);
    if (g.each.length) for (const item of items) for (const r of g.each) if (r.test(root, item.facts)) out.push({ rule: r.rule, subject: item.subject });
    return out;
  };
}

/**
 * Evaluates an area's rules over its fact sets, synchronously: a finding for each rule that fired.
 *
 * @example
 * ```ts
 * const sets = imageFacts({ ...photo, audience: 'setting-website' }, consents, { at, policy }).sets!;
 * evaluateArea(shippedRuleSet(), 'image', sets).map((f) => f.code); // ['CONSENT_AUDIENCE_NOT_COVERED', 'CONSENT_AUDIENCE_NOT_COVERED']
 * ```
 */
export function evaluateArea(ruleSet: RuleSet, area: string, sets: FactSets): Finding[] {
  return fire(ruleSet, area, sets).map((f) => findingOf(f.rule, f.subject));
}
