// Checking rule files before they are compiled: a vendor's own, added to, overriding or disabling the shipped ones.
import { RuleValidationError } from './errors.js';
import { buildRuleSet, type RuleSet, type RuleSetOptions } from './ruleSet.js';
import type { AreaSpec, Condition, Rule, RuleFile } from './types.js';
import { validateRule } from './validate.js';
import { checkVendorFacts } from './vendorFacts.js';
import { snapshot } from '../frozen.js';

/** A rule file as the rule set keeps it: frozen data, read once; what is not data is a problem, and an empty file. */
function keep(f: RuleFile, problems: string[]): RuleFile {
  try { return snapshot(f); } catch (e) {
    const file = typeof (f as { file?: unknown })?.file === 'string' ? f.file : 'a rule file';
    problems.push(`${file}: is not JSON data (${(e as Error).message})`);
    return { file, rules: [] };
  }
}

/**
 * Validates and compiles rule files against the areas given: `base` plus
 * `options.add`, `options.override` and `options.disable`. Any problem throws a
 * {@link RuleValidationError} naming the file and the rule. `createRuleSet` is
 * this over the shipped rules and every area.
 *
 * @example
 * ```ts
 * import { imageArea } from '../../../rules/image/area.js';
 * const image = new Map([['image', imageArea]]);
 * const has = (set: RuleSet) => set.rules.some((r) => r.rule.name === 'image.content.purpose');
 * has(compileRuleSet({}, imageArea.rules, image)); // true
 * has(compileRuleSet({ disable: ['image.content.purpose'] }, imageArea.rules, image)); // false
 * ```
 */
export function compileRuleSet(options: RuleSetOptions, base: readonly RuleFile[], shippedAreas: ReadonlyMap<string, AreaSpec>): RuleSet {
  // Your own facts first: the rules are then checked against each area's catalogue with them added.
  const { areas, readers, problems } = checkVendorFacts(options.facts, shippedAreas);
  // Each file read once, into frozen data (the shipped files already are): changing a file after the rule set is
  // made, or a getter answering differently on a second read, changes nothing.
  const kept = (list: readonly RuleFile[] | undefined) => (list ?? []).map((f) => keep(f, problems));
  const [baseFiles, added, overrides] = [kept(base), kept(options.add), kept(options.override)];
  const files = [...baseFiles, ...added, ...overrides];
  const conditions: Record<string, Condition> = Object.create(null);
  for (const f of files) {
    for (const [name, c] of Object.entries(f.conditions ?? {})) {
      if (name in conditions) problems.push(`${f.file}: shared condition "${name}" is defined twice`);
      conditions[name] = c;
    }
  }
  const ctx = { areas, conditions };
  const byName = new Map<string, { rule: Rule; file: string }>();
  const load = (f: RuleFile, mode: 'base' | 'add' | 'override') => {
    if (!Array.isArray(f.rules)) { problems.push(`${f.file}: a rule file must be an array of rules`); return; }
    f.rules.forEach((rule, i) => {
      const label = `${f.file}: ${typeof rule?.name === 'string' ? rule.name : `rule #${i + 1}`}`;
      const { problems: p, shape } = validateRule(rule, ctx);
      if (!shape) { problems.push(...p.map((x) => `${label}: ${x}`)); return; }
      const exists = byName.has(rule.name);
      if (mode === 'override' && !exists) problems.push(`${label}: overrides a rule that does not exist`);
      else if (mode !== 'override' && exists) problems.push(`${label}: the name is already used by ${byName.get(rule.name)!.file}`);
      else byName.set(rule.name, { rule, file: f.file });
    });
  };
  baseFiles.forEach((f) => load(f, 'base'));
  added.forEach((f) => load(f, 'add'));
  overrides.forEach((f) => load(f, 'override'));
  for (const name of options.disable ?? []) {
    if (!byName.delete(name)) problems.push(`disable: no rule named "${name}"`);
  }
  if (problems.length) throw new RuleValidationError(problems);
  return buildRuleSet([{ file: 'checked', rules: [...byName.values()].map((x) => x.rule), conditions }], areas, readers);
}
