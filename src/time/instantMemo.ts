import { toInstant } from './instant.js';

const LIMIT = 20_000;
const memo = new Map<string, number>();

/**
 * {@link toInstant} in epoch milliseconds (NaN when not an instant), memoised
 * for the many repeated values of a sweep (date-only values cost a time-zone
 * lookup each). Pure, so one bounded memo serves every caller.
 *
 * @example
 * ```ts
 * instantMs('2026-09-01'); // 1756681200000 (midnight in London, BST)
 * instantMs('not a date'); // NaN
 * ```
 */
export function instantMs(value: string): number {
  let ms = memo.get(value);
  if (ms === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    ms = toInstant(value)?.getTime() ?? Number.NaN;
    memo.set(value, ms);
  }
  return ms;
}

/** True when `value` is a string {@link toInstant} reads (memoised). */
export const isInstantString = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(instantMs(value));
