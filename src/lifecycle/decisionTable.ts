import type { Facts } from '../rules/compile.js';
import type { CompiledRule } from '../rules/ruleSet.js';
import type { AreaSpec } from '../rules/types.js';

/**
 * Which of `rules` fire for some facts, remembered per combination of fact
 * values. Rules are pure functions of the facts, so a sweep over millions of
 * records, whose facts fall into a few hundred combinations, evaluates each
 * combination once. Only areas whose facts are all booleans or enumerations
 * are remembered; a value outside its fact's domain is evaluated directly.
 *
 * @example
 * ```ts
 * const fired = decisionTable(retentionArea, ruleSet.byArea.get('retention')!.root);
 * fired(facts); // indices into the rules that fire, e.g. [3, 9]
 * ```
 */
export function decisionTable(area: AreaSpec, rules: readonly CompiledRule[], limit = 50_000): (facts: Facts) => readonly number[] {
  const evaluate = (facts: Facts) => {
    const out: number[] = [];
    for (let i = 0; i < rules.length; i++) if (rules[i]!.test(facts, facts)) out.push(i);
    return out;
  };
  const domains: [string, readonly unknown[]][] = [];
  let size = 1;
  for (const [name, spec] of Object.entries(area.facts)) {
    const values = spec.type === 'boolean' ? [false, true] : spec.type === 'string' && spec.values ? spec.values : undefined;
    if (!values || spec.each) return evaluate;
    domains.push([name, values]);
    size *= values.length;
  }
  if (size > Number.MAX_SAFE_INTEGER) return evaluate;
  const memo = new Map<number, readonly number[]>();
  return (facts) => {
    let key = 0;
    for (const [name, values] of domains) {
      const i = values.indexOf(facts[name]);
      if (i < 0) return evaluate(facts);
      key = key * values.length + i;
    }
    let fired = memo.get(key);
    if (fired === undefined) {
      if (memo.size >= limit) memo.clear();
      fired = evaluate(facts);
      memo.set(key, fired);
    }
    return fired;
  };
}
