// verifyAuditRecord: re-decides a stored record with the rules of today and says whether it still decides the same.
import type { Area } from '../core/area.js';
import type { DecisionOptions } from '../core/options.js';
import { decide } from '../core/pipeline.js';
import { isPresetId } from '../core/policy/presets.js';
import { decisionFunctions } from '../decisionFunctions.js';
import { plainJson } from './json.js';
import { RECORD_VERSION, recordSchemaFor, type AuditRecord } from './schema.js';

/** What a record cannot hold, passed again to re-decide it: the setting's own policy, a rule set, the context. */
export type VerifyOptions = Pick<DecisionOptions, 'policy' | 'rules' | 'context'>;

/** The answer of `verifyAuditRecord`. */
export interface AuditVerification {
  /** True only when the record is well formed and re-deciding it gives its stored result, under the same fingerprint. */
  matches: boolean;
  /** The result re-decided now; null when the record could not be re-decided (malformed, or a digest only). */
  now: unknown;
  /** When it does not match: what differs, or why it could not be re-decided, each starting with the field. */
  differences?: string[];
}

const MAX_DIFFERENCES = 20;

/**
 * Re-decides an audit record (`toAuditRecord`) from its arguments and says whether the result is still the stored
 * one: `{ matches, now, differences? }`. A tampered result, a record whose `policy` is not its result's, or a policy
 * value or rule that decides differently today (a different `policy.fingerprint`, or a different result) gives
 * `matches: false`, with each difference named.
 *
 * The record names its policy by id: a preset is re-read by that id. A setting's own policy (`definePolicy`) and a
 * rule set of your own (`createRuleSet`) are not in the record: pass them in `options` as you decided with them; a
 * policy or rule set that is not the one of the record shows as a different fingerprint. A record holding only a
 * digest of its arguments cannot be re-decided: `matches: false`, saying so. Never throws: a malformed record gives
 * `matches: false` naming the field.
 *
 * @example
 * ```ts
 * import { canPublishImage, createRuleSet, toAuditRecord, verifyAuditRecord } from 'esafety-rules';
 * const options = { policy: 'homerton-early-years', at } as const;
 * const record = toAuditRecord('canPublishImage', [photo, [], options], canPublishImage(photo, [], options));
 * verifyAuditRecord(record).matches; // true
 *
 * // The stored result changed: no longer what the rules decide.
 * const tampered = { ...record, result: { ...record.result, allowed: true } };
 * verifyAuditRecord(tampered).differences; // ['result.allowed: stored true, now false']
 *
 * // A rule disabled since: the fingerprint differs.
 * const rules = createRuleSet({ disable: ['image.consent.missing'] });
 * verifyAuditRecord(record, { rules }).matches; // false
 *
 * // A setting's own policy is passed again.
 * const own = toAuditRecord('canPublishImage', [photo, consents, { policy, at }], canPublishImage(photo, consents, { policy, at }));
 * verifyAuditRecord(own).differences; // ['policy: the record was decided under the setting\'s own policy "acorn-nursery" (2026-09): pass it as options.policy to re-decide']
 * verifyAuditRecord(own, { policy }).matches; // true
 * ```
 */
export function verifyAuditRecord(record: unknown, options?: VerifyOptions): AuditVerification {
  try {
    return verify(record, options);
  } catch {
    return refused('record: could not be read (pass the record as stored: plain JSON)');
  }
}

const refused = (...differences: string[]): AuditVerification => ({ matches: false, now: null, differences });

function verify(record: unknown, options: VerifyOptions | undefined): AuditVerification {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return refused('record: must be an object (an audit record)');
  const r = record as Record<string, unknown>;
  if (r.recordVersion !== RECORD_VERSION) return refused(`recordVersion: must be ${RECORD_VERSION}, not ${show(r.recordVersion)}`);
  const fn = typeof r.function === 'string' ? decisionFunctions.get(r.function) : undefined;
  if (!fn) return refused(`function: ${show(r.function)} is not a decision function (known: ${[...decisionFunctions.keys()].join(', ')})`);
  const parsed = recordSchemaFor(fn.result).safeParse(record);
  if (!parsed.success) return refused(...malformed(r, parsed.error.issues));
  const valid = record as AuditRecord;
  if (!valid.arguments) {
    return refused('arguments: the record holds only a digest of its arguments (digest.arguments), so it cannot be re-decided: keep the arguments in the record to verify it');
  }
  const policy = options?.policy ?? policyOf(valid);
  if (policy === undefined) {
    return refused(`policy: the record was decided under the setting's own policy ${JSON.stringify(valid.policy.id)} (${valid.policy.version}): pass it as options.policy to re-decide`);
  }
  const decisionOptions: Record<string, unknown> = { ...valid.options, policy };
  if (valid.at !== undefined) decisionOptions.at = valid.at;
  if (options?.rules !== undefined) decisionOptions.rules = options.rules;
  if (options?.context !== undefined) decisionOptions.context = options.context;
  let now: unknown;
  try {
    now = decide(fn.area as Area, fn.inputs.map((k) => valid.arguments![k]), decisionOptions);
  } catch {
    return refused(`function: ${fn.name} could not re-decide the record's arguments`);
  }
  const differences: string[] = [];
  const stored = valid.result as { policy?: unknown };
  if (JSON.stringify(valid.policy) !== JSON.stringify(plainJson(stored.policy))) differences.push(`policy: the record's policy is not its result's policy`);
  const nowRef = (now as { policy?: AuditRecord['policy'] }).policy;
  if (nowRef?.fingerprint !== valid.policy.fingerprint) {
    differences.push('policy.fingerprint: the policy values or rules in force now are not those of the record');
  }
  compare(valid.result, plainJson(now), 'result', differences);
  const shown = differences.length > MAX_DIFFERENCES ? [...differences.slice(0, MAX_DIFFERENCES), `… and ${differences.length - MAX_DIFFERENCES} more`] : differences;
  return differences.length ? { matches: false, now, differences: shown } : { matches: true, now };
}

/** The policy to re-decide with when none is passed: a preset by its id (or a policy that was refused, as given). */
function policyOf(record: AuditRecord): string | undefined {
  const { id, version } = record.policy;
  return isPresetId(id) || version === 'invalid' ? id : undefined;
}

interface Issue { path: readonly PropertyKey[]; message: string; code?: string; errors?: unknown; expected?: unknown; keys?: unknown; values?: unknown; input?: unknown }

/** What is wrong, in words (zod/mini carries no messages of its own, only the schema's). */
function said(i: Issue, record: unknown): string {
  if (i.message && i.message !== 'Invalid input') return i.message;
  if (!('input' in i)) i = { ...i, input: i.path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined), record) };
  if (i.code === 'invalid_type') return i.input === undefined ? `is missing (must be ${String(i.expected)})` : `must be ${String(i.expected)}, not ${show(i.input)}`;
  if (i.code === 'unrecognized_keys' && Array.isArray(i.keys)) return `has unknown field(s) ${i.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  if (i.code === 'invalid_value' && Array.isArray(i.values)) return `must be ${i.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${show(i.input)}`;
  return 'is not valid here';
}

/** The fields of a malformed record, each with what is wrong (the first few). */
function malformed(r: Record<string, unknown>, issues: readonly Issue[]): string[] {
  // A union of the two shapes (arguments or digest): name the one the record tried.
  const shape = 'digest' in r && !('arguments' in r) ? 1 : 0;
  const inner = issues.length === 1 && issues[0]!.code === 'invalid_union' && Array.isArray(issues[0]!.errors)
    ? ((issues[0]!.errors as unknown[][])[shape] as typeof issues | undefined) ?? issues : issues;
  const out = inner.slice(0, 5).map((i) => `${pathText(i.path) || 'record'}: ${said(i, r)}`);
  if ('digest' in r && 'arguments' in r) return ['arguments: a record holds its arguments or a digest of them, not both'];
  return out.length ? out : ['record: is not an audit record'];
}

/** Every place where the stored value and the value now differ, as `path: stored …, now …`. */
function compare(stored: unknown, now: unknown, path: string, out: string[]): void {
  if (out.length > MAX_DIFFERENCES) return;
  if (Array.isArray(stored) && Array.isArray(now)) {
    if (stored.length !== now.length) { out.push(`${path}: stored ${stored.length} item(s), now ${now.length}`); return; }
    stored.forEach((s, i) => compare(s, now[i], `${path}[${i}]`, out));
    return;
  }
  if (isObject(stored) && isObject(now)) {
    for (const k of new Set([...Object.keys(stored), ...Object.keys(now)])) compare(stored[k], now[k], `${path}.${k}`, out);
    return;
  }
  if (JSON.stringify(stored) !== JSON.stringify(now)) out.push(`${path}: stored ${show(stored)}, now ${show(now)}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function show(v: unknown): string {
  const text = v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
