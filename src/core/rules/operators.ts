import type { OperatorName } from './types.js';

const isNumeric = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== 'NaN';

/**
 * The built-in json-rules-engine operators, with the same fact-value guards
 * (arrays for `contains`, numbers for comparisons), so both evaluators agree.
 */
export const operators: Readonly<Record<OperatorName, (a: unknown, b: unknown) => boolean>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

export const operatorNames = Object.keys(operators) as OperatorName[];
