// The audit record: its schema (zod/mini, published as esafety-rules/schemas/audit-record.json) and its type.
import * as z from 'zod/mini';
import type { Finding, PolicyRef } from '../core/findings.js';
import { decisionFunctions } from '../decisionFunctions.js';
import { outputSchemas, type OutputName } from '../outputs.js';

/** The version of the audit record's shape. A later shape gets a new number; verifyAuditRecord reads this one. */
export const RECORD_VERSION = 1;
/** The library's name, as records carry it. */
export const LIBRARY_NAME = 'esafety-rules';

const sha256 = z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { message: 'must be sha256: and 64 hex digits' }));

/** A digest of the arguments, kept instead of them (`toAuditRecord(…, { digest: true })`). */
const digestSchema = z.strictObject({
  /** `sha256:` and the SHA-256 of the arguments' canonical JSON (keys sorted, no whitespace). */
  arguments: sha256,
  /** The subjects the result's findings name, in order, each once: child ids and paths of fields (`photo.children[0].id`). */
  subjects: z.array(z.string()),
  /** The value of each subject that is a path into the arguments (null where the field is absent). */
  fields: z.record(z.string(), z.unknown()),
});

/** The record's shape around a result schema. */
const recordOf = <R extends z.ZodMiniType>(result: R) => {
  const common = {
    recordVersion: z.literal(RECORD_VERSION),
    function: z.enum([...decisionFunctions.keys()] as [string, ...string[]]),
    /** `options.at` as given: an ISO 8601 string (a Date is written as its ISO string); absent when none was given. */
    at: z.optional(z.string()),
    /** The other JSON options given (`extraFields`, `bankHolidays`): not `policy`, `at`, `rules` or `context`. */
    options: z.optional(z.record(z.string(), z.unknown())),
    policy: z.strictObject({ id: z.string(), version: z.string(), fingerprint: sha256 }),
    library: z.strictObject({ name: z.literal(LIBRARY_NAME), version: z.string() }),
    result,
  };
  return z.union([
    z.strictObject({ ...common, arguments: z.record(z.string(), z.unknown()) }),
    z.strictObject({ ...common, digest: digestSchema }),
  ]);
};

/** The results of the decision functions a record may hold. */
const resultNames = [...new Set([...decisionFunctions.values()].map((f) => f.result))];

/**
 * The schema of an audit record (zod/mini, strict): published as `esafety-rules/schemas/audit-record.json`. A record
 * holds either `arguments` (the decision's arguments by name) or `digest` (a digest of them and the fields that
 * decided), never both. See docs/audit.md.
 *
 * @example
 * ```ts
 * const options = { policy: 'homerton-early-years', at } as const;
 * const record = toAuditRecord('canPublishImage', [photo, consents, options], canPublishImage(photo, consents, options));
 * auditRecordSchema.safeParse(record).success; // true
 * auditRecordSchema.safeParse({ ...record, result: { allowed: 'yes' } }).success; // false
 * ```
 */
export const auditRecordSchema = recordOf(z.union(resultNames.map((n) => outputSchemas[n]) as unknown as [z.ZodMiniType, ...z.ZodMiniType[]]));

const byResult = new Map<OutputName, z.ZodMiniType>();
/** The record schema for one function's result (for precise messages when a record is checked). */
export function recordSchemaFor(result: OutputName): z.ZodMiniType {
  let s = byResult.get(result);
  if (!s) byResult.set(result, (s = recordOf(outputSchemas[result])));
  return s;
}

/**
 * A result as an audit record holds it, as JSON: every result has `reasons` (each with its clause and the clause's
 * title) and `policy`; a permission has `allowed`; the rest is the function's own (`obscure`, `steps`, `tier`, …).
 */
export interface RecordedResult {
  reasons: Finding[];
  policy: PolicyRef;
  allowed?: boolean;
  [field: string]: unknown;
}

/**
 * An audit record of one decision: plain JSON (store it as it is; `JSON.parse(JSON.stringify(record))` verifies the
 * same). See `toAuditRecord` and docs/audit.md.
 */
export interface AuditRecord {
  /** The shape's version: 1. */
  recordVersion: 1;
  /** The decision function, e.g. `canPublishImage`. */
  function: string;
  /** `options.at` as given, as an ISO 8601 string; absent when none was given. */
  at?: string;
  /** The arguments by name (`{ photo, consents }`), as JSON; absent when the record holds a `digest` instead. */
  arguments?: Record<string, unknown>;
  /** A digest of the arguments and the fields that decided, instead of the arguments (`{ digest: true }`). */
  digest?: { arguments: string; subjects: string[]; fields: Record<string, unknown> };
  /** The other JSON options given (`extraFields`, `bankHolidays`). */
  options?: Record<string, unknown>;
  /** The policy the decision was made under: the result's own `policy`. */
  policy: { id: string; version: string; fingerprint: string };
  /** The library that decided. */
  library: { name: 'esafety-rules'; version: string };
  /** The result, as JSON. */
  result: RecordedResult;
}
