/**
 * Thrown when a rule file (shipped or supplied) is invalid: an unknown fact or
 * operator, a missing clause, a malformed condition, a duplicate or unknown name.
 * The only error the rule loading functions throw.
 *
 * @example
 * ```ts
 * let problems: string[] = [];
 * try {
 *   createRuleSet({ add: [{ file: 'mine.json', rules: [{
 *     name: 'image.mine.garden', conditions: { all: [{ fact: 'room', operator: 'equal', value: 'garden' }] },
 *     event: { type: 'block', params: { code: 'MINE_GARDEN', message: 'No photos in the garden.', clause: { source: 'mine.pdf', section: '4' } } },
 *   }] }] });
 * } catch (e) { if (e instanceof RuleValidationError) problems = e.problems; }
 * problems; // ['mine.json: image.mine.garden: conditions.all[0]: unknown fact "room" in area "image"']
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
 * let caught: unknown;
 * try { createRuleSet({ disable: ['image.no-such-rule'] }); } catch (e) { caught = e; }
 * isRuleValidationError(caught); // true
 * isRuleValidationError(new Error('disable: no rule named "image.no-such-rule"')); // false
 * ```
 */
export function isRuleValidationError(v: unknown): v is RuleValidationError {
  return v instanceof Error && v.name === 'RuleValidationError' && Array.isArray((v as { problems?: unknown }).problems);
}
