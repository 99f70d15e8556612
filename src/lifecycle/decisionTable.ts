import type { Facts } from '../core/rules/compile.js';
import type { CompiledRule } from '../core/rules/ruleSet.js';
import type { AreaSpec } from '../core/rules/types.js';

type Key = (facts: Facts) => number;

/**
 * Which of `rules` fire for some facts, remembered per combination of fact
 * values, with what that means (`outcome`, made once per combination). Rules
 * are pure functions of the facts, so a sweep over millions of records, whose
 * facts fall into a few hundred combinations, evaluates each combination once.
 * Only areas whose facts are all booleans or enumerations are remembered; a
 * value outside its fact's domain is evaluated directly.
 *
 * @example
 * ```ts
 * const fired = decisionTable(retentionArea, ruleSet.byArea.get('retention')!.root, (indices) => indices);
 * fired(facts); // indices into the rules that fire, e.g. [3, 9]
 * ```
 */
export function decisionTable<T>(area: AreaSpec, rules: readonly CompiledRule[], outcome: (fired: readonly number[]) => T, limit = 50_000): (facts: Facts) => T {
  const evaluate = (facts: Facts) => {
    const out: number[] = [];
    for (let i = 0; i < rules.length; i++) if (rules[i]!.test(facts, facts)) out.push(i);
    return outcome(out);
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
  const key = generateKey(domains) ?? keyOf(domains);
  const memo = new Map<number, T>();
  return (facts) => {
    const k = key(facts);
    if (k < 0) return evaluate(facts);
    let known = memo.get(k);
    if (known === undefined) {
      if (memo.size >= limit) memo.clear();
      known = evaluate(facts);
      memo.set(k, known);
    }
    return known;
  };
}

/** The combination's number (mixed radix over the domains), or -1 when a value is outside its domain. */
const keyOf = (domains: [string, readonly unknown[]][]): Key => (facts) => {
  let key = 0;
  for (const [name, values] of domains) {
    const i = values.indexOf(facts[name]);
    if (i < 0) return -1;
    key = key * values.length + i;
  }
  return key;
};

/** {@link keyOf} as one generated function (direct property reads); undefined where code generation is refused. */
function generateKey(domains: [string, readonly unknown[]][]): Key | undefined {
  const body = domains.map(([name, values]) => {
    const cases = values.map((v, i) => `case ${JSON.stringify(v)}: k = k * ${values.length} + ${i}; break;`).join(' ');
    return `switch (f[${JSON.stringify(name)}]) { ${cases} default: return -1; }`;
  });
  try {
    return new Function(`"use strict"; return function key(f) { let k = 0;\n${body.join('\n')}\nreturn k; };`)() as Key;
  } catch {
    return undefined;
  }
}
