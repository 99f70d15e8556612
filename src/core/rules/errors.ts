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
  /** Each problem, as `file: rule: what is wrong`. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid rules:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}
