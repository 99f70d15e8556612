// `esafety-rules check <area>`: every area of the registry, read from a JSON file naming its inputs.
import type { Area } from '../core/area.js';
import { decide } from '../core/pipeline.js';
import { registry } from '../registry.js';

/** One `esafety-rules check <area>`: what it asks, what its input file holds, and how to run it. */
export interface Check {
  question: string;
  /** The input file's shape, for `--help`. */
  input: string;
  /** False where the answer grants nothing (a route, a classification): exit 0 unless the input is invalid. */
  grants: boolean;
  /** True where the decision depends on the time (the CLI then defaults `--at` to now). */
  needsAt: boolean;
  run(input: Record<string, unknown>, options: Record<string, unknown>): unknown;
}

const checkOf = (a: Area): Check => ({
  question: a.question,
  input: `{ ${a.inputs.map((i) => `"${i.name}": …`).join(', ')}, "at"?: ISO, "policy"?: preset id or policy }`,
  grants: a.grants !== false,
  needsAt: a.needsAt,
  run: (input, options) => decide(a, a.inputs.map((i) => input[i.name]), options),
});

/** Every `check` kind: one per area, by its id. */
export const checks: Readonly<Record<string, Check>> = Object.fromEntries(registry.map((a) => [a.id, checkOf(a)]));
