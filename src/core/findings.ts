// Findings: what a rule or an input check says, and how findings become a decision.
import { LIBRARY, titleOf } from './policy/presets.js';
import { fieldsAt, resembles } from './rows.js';

/** Where a rule comes from: a seed policy file and the section (heading or short quote) that states it. */
export interface Clause {
  /** The policy file name, e.g. `001_37d62a2ef733a813.txt`, or `statutory-facts.md`, or `esafety-rules` for the library's own fail-closed checks. */
  source: string;
  /** The heading of the section, or a short quote from it. */
  section: string;
  /**
   * The source's name in words, e.g. `Kirklees primary-school eSafety policy`, `Statutory facts: …` or
   * `esafety-rules: the library's own checks`; a vendor rule's own `title`, else its `source`.
   */
  title: string;
}

/**
 * A finding's clause from a rule's (or the library's own) clause: its source, its section and the source's title.
 *
 * @example
 * ```ts
 * clauseOf({ source: '004_fa76751dc5d22203.txt', section: 'Using images' }).title; // 'Kirklees primary-school eSafety policy'
 * clauseOf({ source: 'acorn-policy.pdf', section: '4.2', title: 'Acorn Nursery e-safety policy' }).title; // 'Acorn Nursery e-safety policy'
 * ```
 */
export function clauseOf(c: { readonly source: string; readonly section: string; readonly title?: string | undefined }): Clause {
  return { source: c.source, section: c.section, title: c.title ?? titleOf(c.source) ?? c.source };
}

/** `block` denies the action; `warn` allows it but asks a person to look. */
export type Effect = 'block' | 'warn';

/** One rule that fired, with everything an auditor needs to trace it. */
export interface Finding {
  /** The rule's stable id, e.g. `image.consent.missing`. */
  rule: string;
  effect: Effect;
  /**
   * A stable machine code, e.g. `CONSENT_MISSING`: one code, one meaning. Shipped rules share a code only when they
   * have the same effect, message and remedy (a test keeps it so). To translate each rule's own text, key by `rule`.
   */
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

/**
 * The policy a decision was made under. Frozen: one object is shared by the decisions made under the same policy
 * and rules; its `fingerprint` is hashed the first time it is read (an enumerable getter, so JSON and spreads hold it).
 */
export interface PolicyRef {
  id: string;
  version: string;
  /**
   * A SHA-256 digest (`sha256:` and 64 hex digits) of what decided: the area's section of the policy in force (every
   * value), the source policy its findings cite, and the area's rules in the rule set used (added, overridden and
   * disabled ones included). Changing a policy value or a rule changes it; the same policy and rules give the same
   * fingerprint in every process and build.
   */
  fingerprint: string;
}

/** The answer of every permission function. */
export interface Decision {
  /** True only when no rule blocks. */
  allowed: boolean;
  /** Every rule that fired: blocks first, then warnings. */
  reasons: Finding[];
  policy: PolicyRef;
}

/**
 * Blocks first, then warnings; otherwise the order the rules fired in.
 *
 * @example
 * ```ts
 * const warning: Finding = { ...invalid('photo.caption', 'Check the caption.'), effect: 'warn' };
 * sortFindings([warning, invalid('photo.takenAt', 'photo.takenAt is required')]).map((f) => f.effect); // ['block', 'warn']
 * ```
 */
export function sortFindings(findings: Finding[]): Finding[] {
  // Already in order (no block after a warning): the same list, made nothing.
  let warned = false;
  for (const f of findings) {
    if (f.effect !== 'block') warned = true;
    else if (warned) return [...findings.filter((x) => x.effect === 'block'), ...findings.filter((x) => x.effect !== 'block')];
  }
  return findings;
}

/**
 * The decision some findings mean: allowed only when none blocks.
 *
 * @example
 * ```ts
 * const ref = { id: 'baseline', version: '2026-09', fingerprint: 'sha256:…' };
 * const warning: Finding = { ...invalid('photo.caption', 'Check the caption.'), effect: 'warn' };
 * toDecision([warning], ref).allowed; // true: a warning does not deny
 * toDecision([warning, invalid('photo.takenAt', 'photo.takenAt is required')], ref).allowed; // false
 * ```
 */
export function toDecision(findings: Finding[], policy: PolicyRef): Decision {
  const reasons = sortFindings(findings);
  return { allowed: !reasons.some((f) => f.effect === 'block'), reasons, policy };
}

/** The clause cited by input checks: the library's own fail-closed rule. */
export const FAIL_CLOSED = Object.freeze({ source: LIBRARY.file, section: 'Fail closed: a permission needs complete, valid input', title: LIBRARY.title });

/**
 * A block finding for one invalid or missing field.
 *
 * @example
 * ```ts
 * const f = invalid('photo.takenAt', 'photo.takenAt is required');
 * [f.effect, f.code, f.subject]; // ['block', 'INVALID_INPUT', 'photo.takenAt']
 * f.remedy; // 'Correct photo.takenAt and ask again.'
 * ```
 */
export function invalid(subject: string, message: string): Finding {
  return {
    rule: 'input.invalid',
    effect: 'block',
    code: 'INVALID_INPUT',
    message,
    clause: { source: FAIL_CLOSED.source, section: FAIL_CLOSED.section, title: FAIL_CLOSED.title },
    subject,
    remedy: `Correct ${subject} and ask again.`,
  };
}

/**
 * The denial for inputs that answered differently on a second read, or threw (a getter, a proxy): they are not data.
 *
 * @example
 * ```ts
 * changedWhileRead(['device', 'trip']).message; // 'device and trip changed or could not be read while the facts were computed: pass plain data'
 * ```
 */
export function changedWhileRead(names: readonly string[]): Finding {
  return invalid(names[0] ?? 'input', `${names.join(' and ')} changed or could not be read while the facts were computed: pass plain data`);
}

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  /** For a value no option of a union accepts: each option's own issues. */
  errors?: readonly (readonly Issue[])[];
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  message?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/**
 * Formats a path such as `photo.children[2].id`.
 *
 * @example
 * ```ts
 * pathOf('photo', ['children', 2, 'id']); // 'photo.children[2].id'
 * ```
 */
export function pathOf(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}

/** Stands for a value that throws when read or inspected (a revoked proxy, a throwing getter). */
const UNREADABLE = Symbol('unreadable');

const typeOf = (v: unknown) => {
  if (v === UNREADABLE) return 'a value that cannot be read';
  try { return v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isNaN(v) ? 'NaN' : typeof v; } catch { return 'a value that cannot be read'; }
};

function describe(issue: Issue, received: unknown, known: readonly string[]): string {
  switch (issue.code) {
    case 'invalid_type':
      return received === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}, not ${typeOf(received)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      const like = keys.map((k) => known.find((f) => resembles(k, f))).filter((f): f is string => f !== undefined);
      return `has unknown field(s) ${keys.map((k) => JSON.stringify(k)).join(', ')}${like.length ? ` (did you mean ${like.map((f) => JSON.stringify(f)).join(', ')}?)` : ''}`
        + (known.length ? '; to pass database rows, map their columns to these fields and use { extraFields: \'ignore\' }' : '');
    }
    case 'too_small':
      return `is too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `is too big (maximum ${String(issue.maximum)})`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

const get = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let v = root;
  try {
    for (const p of path) {
      if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, p)) return undefined;
      v = (v as Record<PropertyKey, unknown>)[p];
    }
  } catch { return UNREADABLE; }
  return v;
};

/** The most invalid fields one denial lists; the rest are counted in one more finding. */
export const MAX_INPUT_FINDINGS = 50;

/** How far an option of a union got into the value: the depth of its deepest issue (a wrong kind of value at its root: -1). */
const reach = (issues: readonly Issue[]) => Math.max(...issues.map((i) => (i.code === 'invalid_type' && i.path.length === 0 ? -1 : i.path.length)));

/**
 * A union's issue as the issues of the option the value was meant for (the one that got furthest into it), at their
 * own paths: a list with two bad entries is two findings, each listing the accepted values, not "is not valid".
 */
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
    // A value of a kind no option takes: say which kinds would do.
    if (issue.errors.every((e) => reach(e) === -1)) {
      const kinds = [...new Set(issue.errors.flatMap((e) => e.map((i) => i.expected)))];
      return [{ code: 'invalid_type', path: issue.path, expected: kinds.join(' or ') }];
    }
    const best = issue.errors.reduce((a, b) => (reach(b) > reach(a) ? b : a));
    return flatten(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}

/**
 * Turns schema issues into block findings, one per invalid field (at most {@link MAX_INPUT_FINDINGS}). Given the
 * schema, an unknown field that looks like a known one is named ("did you mean …?").
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const parsed = z.strictObject({ id: z.string() }).safeParse({ id: 7, kind: 'x' });
 * inputFindings('photo', { id: 7, kind: 'x' }, parsed.error!.issues).map((f) => f.message); // ['photo.id must be string, not number', 'photo has unknown field(s) "kind"']
 * ```
 */
export function inputFindings(root: string, value: unknown, issues: readonly Issue[], schema?: unknown): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  let more = 0;
  for (const issue of flatten(issues)) {
    const subject = pathOf(root, issue.path);
    if (seen.has(subject)) continue; // one finding per field: the first thing wrong with it
    seen.add(subject);
    const known = issue.code === 'unrecognized_keys' && schema !== undefined ? fieldsAt(schema, issue.path) : [];
    if (out.length < MAX_INPUT_FINDINGS) out.push(invalid(subject, `${subject} ${describe(issue, get(value, issue.path), known)}`));
    else more++;
  }
  if (more) out.push(invalid(root, `${root} has ${more} more invalid fields`));
  return out;
}
