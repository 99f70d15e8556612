// The decision functions of the registry that answer with one result: their arguments by name, their options and
// their result. The sidecar serves them (src/serve/functions.ts) and audit records name them (src/audit/).
import type { Area } from './core/area.js';
import { resultOf, type OutputName } from './outputs.js';
import { registry } from './registry.js';

/** The options every decision function takes as JSON (over HTTP, in an audit record). */
export const COMMON_OPTIONS = ['policy', 'at', 'extraFields'] as const;
/** Options some functions take beyond the common ones (`RouteOptions`). */
const MORE_OPTIONS: Readonly<Record<string, readonly string[]>> = { routeConcern: ['bankHolidays'], classifyMisuse: ['bankHolidays'] };

/** One decision function that answers with one result. */
export interface DecisionFunction {
  name: string;
  area: Area;
  /** The names of its arguments, in order (the area's inputs): the fields of a sidecar request besides `options`. */
  inputs: readonly string[];
  /** The options it takes as JSON. */
  options: readonly string[];
  /** The name of its result's schema (`outputSchemas`). */
  result: OutputName;
}

/**
 * Every decision function of the registry that answers with one result, by name (a streaming one, such as
 * `planPhotoRetention`, is not among them).
 *
 * @example
 * ```ts
 * decisionFunctions.get('canPublishImage')?.inputs; // ['photo', 'consents']
 * decisionFunctions.get('routeConcern')?.options; // ['policy', 'at', 'extraFields', 'bankHolidays']
 * decisionFunctions.has('planPhotoRetention'); // false
 * ```
 */
export const decisionFunctions: ReadonlyMap<string, DecisionFunction> = new Map(registry.flatMap((area) => area.functions.flatMap((name): [string, DecisionFunction][] => {
  const kind = resultOf[name];
  if (!kind || !('result' in kind)) return [];
  const options = [...COMMON_OPTIONS, ...(MORE_OPTIONS[name] ?? [])];
  return [[name, Object.freeze({ name, area, inputs: Object.freeze(area.inputs.map((i) => i.name)), options: Object.freeze(options), result: kind.result })]];
})));
