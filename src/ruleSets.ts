// Rule sets over every area: the shipped one, and a vendor's own (shipped rules added to, overridden or disabled; facts of its own).
import { compileRuleSet } from './core/rules/compileRuleSet.js';
import { RuleValidationError } from './core/rules/errors.js';
import type { RuleSet, RuleSetOptions } from './core/rules/ruleSet.js';
import type { Condition, Rule, VendorFacts } from './core/rules/types.js';
import { validateRule } from './core/rules/validate.js';
import { checkVendorFacts } from './core/rules/vendorFacts.js';
import { areas, shippedRuleFiles } from './registry.js';

/**
 * Validates and compiles a rule set: the shipped rules, plus yours added,
 * overriding or disabling shipped ones by name, and facts of your own
 * (`facts`: declared like the built-in ones, read from each decision's input or
 * `options.context` by your function; see {@link VendorFact}). Every file goes
 * through the same validation; any problem throws a {@link RuleValidationError}
 * naming the file and the rule.
 *
 * @example
 * ```ts
 * const rules = createRuleSet({
 *   disable: ['image.content.single-child-context'],
 *   facts: {
 *     image: { room: { type: 'string', values: ['baby-room', 'garden'], description: 'The room the photo was taken in', read: ({ context }) => context.room } },
 *   },
 *   add: [{ file: 'our-rules.json', rules: [{
 *     name: 'image.acorn.garden', conditions: { all: [{ fact: 'room', operator: 'equal', value: 'garden' }] },
 *     event: { type: 'block', params: { code: 'ACORN_GARDEN', message: 'No photos in the garden.', clause: { source: 'acorn-policy.pdf', section: '4.2' } } },
 *   }] }],
 * });
 * canPublishImage(photo, consents, { rules, at, policy, context: { room: 'garden' } }).allowed; // false
 * canPublishImage(photo, consents, { rules, at, policy, context: { room: 'baby-room' } }).allowed; // true
 * ```
 */
export function createRuleSet(options: RuleSetOptions = {}): RuleSet {
  return compileRuleSet(options, options.files ?? shippedRuleFiles, areas);
}

let shipped: RuleSet | undefined;
/**
 * The shipped rules of every area, validated and compiled once on first use.
 *
 * @example
 * ```ts
 * const { rule } = shippedRuleSet().rules.find((r) => r.rule.name === 'image.consent.missing')!;
 * rule.event.params.clause.source; // '000_adea60a66085a501.txt' (Barnet's guidance)
 * shippedRuleSet() === shippedRuleSet(); // true: compiled once
 * ```
 */
export function shippedRuleSet(): RuleSet {
  return (shipped ??= createRuleSet());
}

/** Options for {@link defineRules}. */
export interface DefineRulesOptions {
  /** The file's name, for the problems a `RuleValidationError` lists. Default: `rules`. */
  file?: string;
  /** The facts of your own the rules may use: the same object you give `createRuleSet({ facts })`. */
  facts?: VendorFacts;
  /** Shared conditions the rules refer to by `{ "condition": name }`, beside the shipped ones. */
  conditions?: Record<string, Condition>;
}

/**
 * Your rule file (for example JSON you imported, fetched or parsed) checked and typed as rules: each rule validated
 * as `createRuleSet` validates it (its area, facts, operators, values, clause, event), so that a file that type-checks
 * is a file that loads. Throws a {@link RuleValidationError} listing every problem, naming the file and the rule.
 * Whether a name is new or overrides a shipped rule is checked by `createRuleSet`, where you say which.
 *
 * @example
 * ```ts
 * const json = JSON.parse('[{"name":"image.acorn.no-training","conditions":{"all":[{"fact":"audience","operator":"equal","value":"training"}]},'
 *   + '"event":{"type":"block","params":{"code":"ACORN_NO_TRAINING","message":"We do not use photos for training.","clause":{"source":"acorn-policy.pdf","section":"4.2"}}}}]');
 * const acorn = defineRules(json, { file: 'acorn.json' });
 * const rules = createRuleSet({ add: [{ file: 'acorn.json', rules: acorn }] });
 * canPublishImage({ ...photo, audience: 'training' }, consents, { rules, at, policy }).reasons[0]?.code; // 'ACORN_NO_TRAINING'
 * ```
 */
export function defineRules(json: unknown, options: DefineRulesOptions = {}): Rule[] {
  const file = options.file ?? 'rules';
  const { areas: withFacts, problems } = checkVendorFacts(options.facts, areas);
  if (!Array.isArray(json)) problems.push(`${file}: a rule file must be an array of rules`);
  else {
    const conditions: Record<string, Condition> = Object.create(null);
    for (const f of shippedRuleFiles) Object.assign(conditions, f.conditions ?? {});
    Object.assign(conditions, options.conditions ?? {});
    const seen = new Set<string>();
    json.forEach((rule: unknown, i) => {
      const name = (rule as { name?: unknown } | null)?.name;
      const label = `${file}: ${typeof name === 'string' ? name : `rule #${i + 1}`}`;
      problems.push(...validateRule(rule, { areas: withFacts, conditions }).problems.map((p) => `${label}: ${p}`));
      if (typeof name === 'string' && seen.has(name)) problems.push(`${label}: the name is used twice in the file`);
      if (typeof name === 'string') seen.add(name);
    });
  }
  if (problems.length) throw new RuleValidationError(problems);
  return json as Rule[];
}
