import type { Finding } from '../findings.js';
import { compileTest, type Facts, type Test } from './compile.js';
import { RuleValidationError } from './errors.js';
import { validateRule } from './validate.js';
import type { AreaSpec, Condition, Rule, RuleFile } from './types.js';

/**
 * A shipped rule file: its path under `rules/`, its rules and its shared conditions.
 *
 * @example
 * ```ts
 * ruleFile('image/consent.json', consentRules, imageConditions).file; // 'rules/image/consent.json'
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
  readonly byArea: ReadonlyMap<string, { root: readonly CompiledRule[]; each: readonly CompiledRule[] }>;
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
}

/**
 * Validates and compiles rule files against the areas given: `base` plus
 * `options.add`, `options.override` and `options.disable`. Any problem throws a
 * {@link RuleValidationError} naming the file and the rule. `createRuleSet` is
 * this over the shipped rules and every area; each decision's own default is
 * this over its area's rules alone.
 *
 * @example
 * ```ts
 * const set = compileRuleSet({}, imageRules.files, new Map([['image', imageArea]]));
 * set.byArea.get('image')?.each.length; // the image rules that run once per child
 * ```
 */
export function compileRuleSet(options: RuleSetOptions, base: readonly RuleFile[], areas: ReadonlyMap<string, AreaSpec>): RuleSet {
  const files = [...base, ...(options.add ?? []), ...(options.override ?? [])];
  const problems: string[] = [];
  const conditions: Record<string, Condition> = Object.create(null);
  for (const f of files) {
    for (const [name, c] of Object.entries(f.conditions ?? {})) {
      if (name in conditions) problems.push(`${f.file}: shared condition "${name}" is defined twice`);
      conditions[name] = c;
    }
  }
  const ctx = { areas, conditions };
  const byName = new Map<string, { rule: Rule; file: string; shape: { area: AreaSpec; each: boolean } }>();
  const load = (f: RuleFile, mode: 'base' | 'add' | 'override') => {
    if (!Array.isArray(f.rules)) { problems.push(`${f.file}: a rule file must be an array of rules`); return; }
    f.rules.forEach((rule, i) => {
      const label = `${f.file}: ${typeof rule?.name === 'string' ? rule.name : `rule #${i + 1}`}`;
      const { problems: p, shape } = validateRule(rule, ctx);
      if (!shape) { problems.push(...p.map((x) => `${label}: ${x}`)); return; }
      const exists = byName.has(rule.name);
      if (mode === 'override' && !exists) problems.push(`${label}: overrides a rule that does not exist`);
      else if (mode !== 'override' && exists) problems.push(`${label}: the name is already used by ${byName.get(rule.name)!.file}`);
      else byName.set(rule.name, { rule, file: f.file, shape });
    });
  };
  base.forEach((f) => load(f, 'base'));
  (options.add ?? []).forEach((f) => load(f, 'add'));
  (options.override ?? []).forEach((f) => load(f, 'override'));
  for (const name of options.disable ?? []) {
    if (!byName.delete(name)) problems.push(`disable: no rule named "${name}"`);
  }
  if (problems.length) throw new RuleValidationError(problems);

  const rules: CompiledRule[] = [...byName.values()]
    .map(({ rule, shape }) => ({
      rule,
      area: shape.area.id,
      scope: shape.each ? ('each' as const) : ('root' as const),
      test: compileTest(rule.conditions as Condition, conditions, (fact) => shape.area.facts[fact]?.each === true),
    }))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.rule.priority ?? 1) - (a.r.rule.priority ?? 1) || a.i - b.i)
    .map(({ r }) => r);
  const byArea = new Map<string, { root: CompiledRule[]; each: CompiledRule[] }>();
  for (const id of areas.keys()) byArea.set(id, { root: [], each: [] });
  for (const r of rules) byArea.get(r.area)![r.scope].push(r);
  const set: RuleSet = Object.freeze({ rules, conditions, areas, byArea });
  made.add(set);
  return set;
}

const made = new WeakSet<object>();
/** True for a rule set made by {@link createRuleSet}. */
export const isRuleSet = (v: unknown): v is RuleSet => typeof v === 'object' && v !== null && made.has(v);

/** The facts of one decision: once for the decision, and once per item (e.g. per child). */
export interface FactSets {
  root: Facts;
  items: { subject: string; facts: Facts }[];
}

/** Builds a fresh finding for a rule that fired (fresh, so callers may mutate it safely). */
export function findingOf(rule: Rule, subject?: string): Finding {
  const p = rule.event.params;
  const f: Finding = {
    rule: rule.name,
    effect: rule.event.type,
    code: p.code,
    message: p.message,
    clause: { source: p.clause.source, section: p.clause.section },
  };
  if (subject !== undefined) f.subject = subject;
  if (p.remedy !== undefined) f.remedy = p.remedy;
  let data: Record<string, unknown> | undefined;
  for (const key of Object.keys(p)) {
    if (key === 'code' || key === 'message' || key === 'clause' || key === 'remedy') continue;
    (data ??= {})[key] = p[key];
  }
  if (data) f.data = data;
  return f;
}

/** Evaluates an area's rules over its fact sets, synchronously. */
export function evaluateArea(ruleSet: RuleSet, area: string, sets: FactSets): Finding[] {
  const group = ruleSet.byArea.get(area);
  if (!group) return [];
  const out: Finding[] = [];
  const { root, items } = sets;
  for (const r of group.root) if (r.test(root, root)) out.push(findingOf(r.rule));
  if (group.each.length) {
    for (const item of items) for (const r of group.each) if (r.test(root, item.facts)) out.push(findingOf(r.rule, item.subject));
  }
  return out;
}
