// The functions the sidecar serves: every decision function of the registry that answers with one result.
import { COMMON_OPTIONS, decisionFunctions, type DecisionFunction } from '../decisionFunctions.js';
import * as lib from '../index.js';
import { resultOf } from '../outputs.js';
import { registry } from '../registry.js';

/** The options every decision function takes over HTTP. */
export { COMMON_OPTIONS };
/** Options that cannot be sent over HTTP, and why. */
export const LOCAL_OPTIONS = {
  rules: 'a rule set (createRuleSet) is code, not JSON: the sidecar decides with the shipped rules',
  context: 'options.context is read only by a rule set\'s own facts, and a rule set cannot be sent',
} as const;

/** One function served at `POST /v1/<name>`. */
export interface Served extends DecisionFunction {
  call: (...args: unknown[]) => unknown;
}

const functions = lib as unknown as Record<string, unknown>;

/** Every function served, by name. */
export const served: ReadonlyMap<string, Served> = new Map([...decisionFunctions.values()].flatMap((fn): [string, Served][] => {
  const call = functions[fn.name];
  return typeof call === 'function' ? [[fn.name, { ...fn, call: call as Served['call'] }]] : [];
}));

/** The functions of the registry that stream (one result per record): not served; the reason, by name. */
export const notServed: ReadonlyMap<string, string> = new Map(registry.flatMap((a) => a.functions).filter((name) => !served.has(name)).map((name) => [name,
  resultOf[name] && 'each' in resultOf[name]!
    ? `${name} streams one result per record: it is not served over HTTP. Call the single-record function per record, or run the command line in a batch job`
    : `${name} is not served`]));
