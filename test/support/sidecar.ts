/**
 * A shipped example (`examples/<area>/*.json`) as a request body of the sidecar: its inputs by name, and its options.
 *
 * @example
 * ```ts
 * bodyOf(['request'], example('phone/two-mile-ash-social-worker.json')); // { request: {…}, options: { policy: 'two-mile-ash-pre-school' } }
 * ```
 */
export function bodyOf(inputs: readonly string[], e: Record<string, unknown>): Record<string, unknown> {
  const options = Object.fromEntries(['policy', 'at', 'bankHolidays'].filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));
  return { ...Object.fromEntries(inputs.map((k) => [k, e[k]])), options };
}
