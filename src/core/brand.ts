// Objects this library made and checked (rule sets, validated policies), known to every copy of it loaded in one
// process (its ESM and CommonJS builds side by side): the marks are kept in one place reached through a global symbol.
const KEY = Symbol.for('esafety-rules.marks');

interface Marks {
  ruleSets: WeakSet<object>;
  policies: WeakSet<object>;
}

/**
 * The process-wide marks, made by whichever copy asks first.
 *
 * @example
 * ```ts
 * marks() === marks(); // true
 * marks().ruleSets.has(shippedRuleSet()); // true: a rule set the library made
 * ```
 */
export function marks(): Marks {
  const g = globalThis as unknown as Record<symbol, Marks | undefined>;
  return (g[KEY] ??= { ruleSets: new WeakSet(), policies: new WeakSet() });
}
