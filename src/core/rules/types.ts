import type { Clause, Effect } from '../findings.js';

/** A json-rules-engine operator name this library understands. */
export type OperatorName =
  | 'equal' | 'notEqual' | 'in' | 'notIn' | 'contains' | 'doesNotContain'
  | 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive';

/** A reference to a fact, used as a condition's value (fact-to-fact comparison). */
export interface FactReference {
  fact: string;
  path?: string;
  params?: Record<string, unknown>;
}

/** One comparison of a fact against a value. */
export interface FactCondition {
  fact: string;
  operator: OperatorName;
  value: unknown;
  path?: string;
  params?: Record<string, unknown>;
  priority?: number;
}

/** A named, shared condition, as in json-rules-engine's `engine.setCondition`. */
export interface ConditionReference {
  condition: string;
}

/** A json-rules-engine condition: all / any / not, a shared-condition reference, or a fact comparison. */
export type Condition =
  | FactCondition
  | ConditionReference
  | { all: Condition[]; priority?: number }
  | { any: Condition[]; priority?: number }
  | { not: Condition; priority?: number };

export type TopLevelCondition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** A rule in json-rules-engine format, with this library's event params. */
export interface Rule {
  /** Stable id; its first segment is the area, e.g. `image.consent.missing`. */
  name: string;
  priority?: number;
  conditions: TopLevelCondition;
  event: {
    type: Effect;
    params: {
      code: string;
      message: string;
      /** The clause the rule encodes, as the baseline cites it. */
      clause: Clause;
      /** The same requirement as other policies state it: a finding cites the clause of the policy in force. */
      clauses?: Clause[];
      remedy?: string;
      /** Area-specific parameters declared in the area's `eventParams` (e.g. a routing step's recipient). */
      [param: string]: unknown;
    };
  };
}

/** An area-specific event parameter (carried to the finding's `data`). */
export interface ParamSpec {
  type: 'boolean' | 'number' | 'string';
  values?: readonly string[];
  required?: boolean;
  description: string;
}

/** The type of a fact, as the rule validator and the fact-set generator see it. */
export interface FactSpec {
  type: 'boolean' | 'number' | 'string' | 'string[]';
  /** The allowed values of a string (or string[]) fact, where it is an enumeration. */
  values?: readonly string[];
  /** True when the fact is computed once per item (e.g. per child in a photo), not once per decision. */
  each?: boolean;
  description: string;
}

/** An area of the rule set (image, retention, …): its facts, rules and shared conditions. */
export interface AreaSpec {
  /** The first segment of every rule name in this area. */
  id: string;
  /** What one item is, where the area has per-item facts, e.g. `child`. */
  item?: string;
  facts: Readonly<Record<string, FactSpec>>;
  /** Extra event params this area's rules may carry, e.g. `{ to: { type: 'string', values: recipients } }`. */
  eventParams?: Readonly<Record<string, ParamSpec>>;
}

/** A rule file as shipped or supplied: its name (for error messages) and its rules. */
export interface RuleFile {
  file: string;
  rules: Rule[];
  /** Shared conditions referenced by `{ "condition": name }`. */
  conditions?: Record<string, Condition>;
}
