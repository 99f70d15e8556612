/** Where a rule comes from: a seed policy file and the section (heading or short quote) that states it. */
export interface Clause {
  /** The policy file name, e.g. `001_37d62a2ef733a813.txt`, or `statutory-facts.md`, or `esafety-rules` for the library's own fail-closed checks. */
  source: string;
  /** The heading of the section, or a short quote from it. */
  section: string;
}

/** `block` denies the action; `warn` allows it but asks a person to look. */
export type Effect = 'block' | 'warn';

/** One rule that fired, with everything an auditor needs to trace it. */
export interface Finding {
  /** The rule's stable id, e.g. `image.consent.missing`. */
  rule: string;
  effect: Effect;
  /** A stable machine code, e.g. `CONSENT_MISSING`. */
  code: string;
  /** A human message. */
  message: string;
  clause: Clause;
  /** What the finding is about: a child id, or the path of an invalid field. */
  subject?: string;
  /** What would make it allowed, where something could. */
  remedy?: string;
  /** Area-specific parameters of the rule's event (e.g. a routing step's recipient and deadline). */
  data?: Record<string, unknown>;
}

/** The policy a decision was made under. */
export interface PolicyRef {
  id: string;
  version: string;
}

/** The answer of every decision function. */
export interface Decision {
  /** True only when no rule blocks. */
  allowed: boolean;
  /** Every rule that fired: blocks first, then warnings. */
  reasons: Finding[];
  policy: PolicyRef;
}
