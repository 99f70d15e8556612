// toAuditRecord: one decision as a plain-JSON record that can be stored and re-decided later (verifyAuditRecord).
import { canonicalJson, sha256 } from '../core/hash.js';
import { libraryVersion } from '../core/version.js';
import { decisionFunctions } from '../decisionFunctions.js';
import { plainJson } from './json.js';
import { LIBRARY_NAME, RECORD_VERSION, type AuditRecord, type RecordedResult } from './schema.js';

/** Options of `toAuditRecord`. */
export interface AuditRecordOptions {
  /**
   * Keep a digest of the arguments instead of the arguments themselves (children's data need not be stored twice):
   * `sha256:` of their canonical JSON, the subjects the result's findings name, and the value of each subject that is
   * a field of the arguments. Such a record cannot be re-decided (`verifyAuditRecord` says so). Default: false.
   */
  digest?: boolean;
}

/** The options a record keeps apart from `at` and `policy`: the JSON ones the function takes (not `rules`, `context`). */
const KEPT_APART = new Set(['policy', 'at']);

/**
 * An audit record of one decision: plain JSON (Dates become ISO strings, nothing is `undefined`) holding the function
 * name, its arguments by name (or, with `{ digest: true }`, a digest of them and the fields that decided), `at`, the
 * other JSON options, the result, the library's name and version, the policy's id, version and fingerprint, and
 * `recordVersion`. Store it as it is; `verifyAuditRecord` re-decides it later.
 *
 * `args` are the arguments as the function was called, options last (`[photo, consents, options]`), or by name as
 * the sidecar takes them (`{ photo, consents, options }`). A setting's own policy (`definePolicy`) is recorded by its
 * id, version and fingerprint only: pass it again to `verifyAuditRecord`. Never throws: what it cannot read it
 * records as it can, and verifying such a record then says what differs.
 *
 * @example
 * ```ts
 * import { canPublishImage, toAuditRecord, verifyAuditRecord } from 'esafety-rules';
 * const options = { policy: 'homerton-early-years', at: new Date('2026-11-22T10:00:00Z') } as const;
 * const decision = canPublishImage(photo, consents, options);
 * const record = toAuditRecord('canPublishImage', [photo, consents, options], decision);
 * record.at; // '2026-11-22T10:00:00.000Z'
 * Object.keys(record.arguments ?? {}); // ['photo', 'consents']
 * record.policy.id; // 'homerton-early-years'
 * record.policy.fingerprint === decision.policy.fingerprint; // true
 * verifyAuditRecord(JSON.parse(JSON.stringify(record))).matches; // true
 *
 * // Only a digest of the arguments, and the fields that decided:
 * const denied = canPublishImage(photo, [], options);
 * const digested = toAuditRecord('canPublishImage', [photo, [], options], denied, { digest: true });
 * digested.arguments; // undefined
 * digested.digest?.subjects; // ['child-leo', 'child-mia']
 * ```
 */
export function toAuditRecord(name: string, args: readonly unknown[] | Readonly<Record<string, unknown>>, result: unknown, options?: AuditRecordOptions): AuditRecord {
  const fn = decisionFunctions.get(name);
  const { named, given } = namedArguments(fn?.inputs ?? [], fn?.options ?? [], args);
  const json = (plainJson(result) ?? {}) as unknown as RecordedResult;
  const ref = (typeof json.policy === 'object' && json.policy !== null ? json.policy : {}) as unknown as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const at = plainJson(given.at);
  const kept = Object.fromEntries((fn?.options ?? []).filter((k) => !KEPT_APART.has(k) && given[k] !== undefined)
    .map((k) => [k, plainJson(given[k]) ?? null]));
  const argumentsJson = (plainJson(named) ?? {}) as Record<string, unknown>;
  return {
    recordVersion: RECORD_VERSION,
    function: name,
    ...(at === undefined ? {} : { at: typeof at === 'string' ? at : canonicalJson(at) }),
    ...(options?.digest === true ? { digest: digestOf(argumentsJson, json) } : { arguments: argumentsJson }),
    ...(Object.keys(kept).length ? { options: kept } : {}),
    policy: { id: text(ref.id), version: text(ref.version), fingerprint: text(ref.fingerprint) },
    library: { name: LIBRARY_NAME, version: libraryVersion },
    result: json,
  };
}

/** The arguments by name, and the options (from the last position, or `options`), whichever way they were given. */
function namedArguments(inputs: readonly string[], optionNames: readonly string[], args: unknown): { named: Record<string, unknown>; given: Record<string, unknown> } {
  const read = (k: string | number): unknown => { try { return (args as Record<string | number, unknown>)[k]; } catch { return undefined; } };
  const list = Array.isArray(args);
  const named = Object.fromEntries(inputs.map((k, i) => [k, read(list ? i : k)]));
  const o = typeof args === 'object' && args !== null ? read(list ? inputs.length : 'options') : undefined;
  const given: Record<string, unknown> = {};
  if (typeof o === 'object' && o !== null) for (const k of optionNames) { try { given[k] = (o as Record<string, unknown>)[k]; } catch { /* unreadable: left out */ } }
  return { named, given };
}

/** The digest of the arguments, the subjects the findings name, and the value of each that is a field of the arguments. */
function digestOf(args: Record<string, unknown>, result: RecordedResult): NonNullable<AuditRecord['digest']> {
  const subjects: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (typeof v !== 'object' || v === null) return;
    const s = (v as { subject?: unknown }).subject;
    if (typeof s === 'string' && typeof (v as { rule?: unknown }).rule === 'string' && !subjects.includes(s)) subjects.push(s);
    for (const x of Object.values(v)) visit(x);
  };
  visit(result);
  const fields: Record<string, unknown> = {};
  for (const s of subjects) {
    const path = pathOf(s);
    if (path && Object.prototype.hasOwnProperty.call(args, path[0]!)) fields[s] = valueAt(args, path) ?? null;
  }
  return { arguments: `sha256:${sha256(canonicalJson(args))}`, subjects, fields };
}

/** The segments of a path such as `photo.children[0].id`, or undefined when the text is not one (a child id). */
function pathOf(text: string): (string | number)[] | undefined {
  const m = /^[A-Za-z_$][\w$]*/.exec(text);
  if (!m) return undefined;
  const out: (string | number)[] = [m[0]];
  const rest = text.slice(m[0].length);
  for (const p of rest.matchAll(/\.([^.[\]]+)|\[(\d+)\]|(.)/g)) {
    if (p[3] !== undefined) return undefined;
    out.push(p[1] ?? Number(p[2]));
  }
  return out;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const p of path) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, p)) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}
