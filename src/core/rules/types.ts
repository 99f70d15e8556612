import type { Effect } from '../findings.js';

/** A rule's clause as its file gives it: the policy file, the section, and (for your own policy) its name in words. */
export interface RuleClause {
  /** The policy file name, e.g. `001_37d62a2ef733a813.txt`, or your own (`acorn-policy.pdf`). */
  source: string;
  /** The heading of the section, or a short quote from it. */
  section: string;
  /** The policy's name in words; the shipped sources' titles are known, so their rules leave it out. */
  title?: string;
}

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
      clause: RuleClause;
      /** The same requirement as other policies state it: a finding cites the clause of the policy in force. */
      clauses?: RuleClause[];
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

/**
 * What a vendor fact's `read` is given: the area's inputs exactly as the caller passed them, by name (`photo` and
 * `consents` for `image`, `device` and `trip` for `device`, …), the decision's `options.context`, and, for a
 * per-item fact, the item's id (`subject`, e.g. the child's id). Data of your own reaches it in `options.context`, or
 * as a field of your own on a database row (`extraFields: 'ignore'`).
 */
export interface VendorFactInput {
  readonly [input: string]: any;
  /** The decision's `options.context`: your own data, as you passed it. */
  readonly context?: any;
  /** The id of the item (e.g. the child) a per-item fact (`each: true`) is read for. */
  readonly subject?: string;
}

/**
 * A fact of your own, declared as the built-in ones are (type, allowed values, description; `each` for one value per
 * item, e.g. per child), with the function that reads it from the decision's input. A value that does not fit the
 * declaration, or a `read` that throws, makes the decision invalid input: it never reads as a safe answer.
 */
export interface VendorFact extends FactSpec {
  read: (input: VendorFactInput) => unknown;
}

/** Your own facts, by area and then by name: `{ image: { room: { type: 'string', values: [...], description, read } } }`. */
export type VendorFacts = { readonly [area: string]: { readonly [fact: string]: VendorFact } };

/** An area of the rule set (image, retention, …): its facts, rules and shared conditions. */
export interface AreaSpec {
  /** The first segment of every rule name in this area. */
  id: string;
  /** What one item is, where the area has per-item facts, e.g. `child`. */
  item?: string;
  facts: Readonly<Record<string, FactSpec>>;
  /** Extra event params this area's rules may carry, e.g. `{ to: { type: 'string', values: recipients } }`. */
  eventParams?: Readonly<Record<string, ParamSpec>>;
  /** The area's policy section: a rule's message may name one of its values as `{policy.<field>}`. */
  readonly policy?: { readonly baseline: object };
}

/** A rule file as shipped or supplied: its name (for error messages) and its rules. */
export interface RuleFile {
  file: string;
  rules: Rule[];
  /** Shared conditions referenced by `{ "condition": name }`. */
  conditions?: Record<string, Condition>;
}
