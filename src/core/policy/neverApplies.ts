// Settings that can never apply: a value the rules never read while the section's other values are as they are.
import { invalid, type Finding } from '../findings.js';

/**
 * A value of a policy section that can never apply while others are as they are: who may authorise personal devices,
 * where personal devices are never allowed. An area lists its own in its section (`neverApplies`); a policy that sets
 * one is refused (`definePolicy` throws, a decision denies), naming the value and why.
 */
export interface NeverApplies<T> {
  /** The value that would never apply. */
  readonly field: keyof T & string;
  /** True when the value is set (not empty, not false, not null) and can never apply, given the whole section. */
  readonly when: (section: T) => boolean;
  /** Why, in words: what makes it never apply, and what to do. */
  readonly because: string;
}

/**
 * The findings for the values of a section that can never apply, among those the setting wrote itself (`written`: the
 * section as the setting gave it). A value that never applies only because of the preset the policy is based on is not
 * the setting's doing, and is left alone.
 *
 * @example
 * ```ts
 * const checks = [{ field: 'approvers', when: (s: { allowed: boolean; approvers: string[] }) => !s.allowed && s.approvers.length > 0, because: 'allowed is false' }] as const;
 * neverAppliesFindings('options.policy.image', checks, { allowed: false, approvers: ['manager'] }, { approvers: ['manager'] })[0]!.subject;
 * // 'options.policy.image.approvers'
 * ```
 */
export function neverAppliesFindings<T>(path: string, checks: readonly NeverApplies<T>[] | undefined, section: T, written: unknown): Finding[] {
  if (!checks?.length || typeof written !== 'object' || written === null) return [];
  const out: Finding[] = [];
  for (const c of checks) {
    if (!Object.prototype.hasOwnProperty.call(written, c.field) || !c.when(section)) continue;
    const at = `${path}.${c.field}`;
    out.push(invalid(at, `${at} can never apply: ${c.because}`));
  }
  return out;
}
