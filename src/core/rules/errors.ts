/**
 * Thrown when a rule file (shipped or supplied) is invalid: an unknown fact or
 * operator, a missing clause, a malformed condition, a duplicate or unknown name.
 * The only error the rule loading functions throw.
 *
 * @example
 * ```ts
 * try { createRuleSet({ add: [{ file: 'mine.json', rules: [badRule] }] }); }
 * catch (e) { if (e instanceof RuleValidationError) console.error(e.problems); }
 * ```
 */
export class RuleValidationError extends Error {
  override readonly name = 'RuleValidationError';
  /** `instanceof` holds for this error from any copy of the library (its ESM and CommonJS builds in one process). */
  static override [Symbol.hasInstance](v: unknown): boolean { return isRuleValidationError(v); }
  /** Each problem, as `file: rule: what is wrong`. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid rules:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

/**
 * True for a {@link RuleValidationError} from any copy of the library loaded in this process.
 *
 * @example
 * ```ts
 * try { createRuleSet({ add: [bad] }); } catch (e) { if (isRuleValidationError(e)) console.error(e.problems); }
 * ```
 */
export function isRuleValidationError(v: unknown): v is RuleValidationError {
  return v instanceof Error && v.name === 'RuleValidationError' && Array.isArray((v as { problems?: unknown }).problems);
}
