import { purposes, roles } from '../lifecycle/vocabulary.js';
import { instantMs, isInstantString } from '../core/time/instant.js';
import { MAX_LIST, storageKinds, type PhotoRecord } from './schema.js';

// A sweep-speed reader for the common case of a well-formed record. It only
// ever accepts what `photoRecordSchema` accepts (a property test checks this);
// anything it is unsure of returns undefined and goes through the schema,
// which gives the verdict and names the invalid fields. Each value is read once
// and copied, so getters cannot change a value after it was checked.

/** Only a record's own fields (for…in, inherited ones too, as zod finds them). */
const recordKeysOnly = (o: Record<string, unknown>): boolean => {
  for (const k in o) {
    switch (k) {
      case 'id': case 'takenAt': case 'childIds': case 'storedOn': case 'purposes': case 'purposeEndedAt': case 'retainUntil':
      case 'retentionAgreement': case 'keepBeyondYearApproval': case 'childrenLeft': case 'consentWithdrawals': break;
      default: return false;
    }
  }
  return true;
};
const PURPOSES = new Set<unknown>(purposes);
const STORAGE = new Set<unknown>(storageKinds);
const ROLES = new Set<unknown>(roles);

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 200;
const onlyKeys = (o: Record<string, unknown>, keys: ReadonlySet<string>) => {
  for (const k in o) if (!keys.has(k)) return false;
  return true;
};
/** A copy of a plain array of at most MAX_LIST items that all pass `ok` (which refuses undefined, so a hole fails), or undefined. */
function listOf<T>(v: unknown, ok: (x: unknown) => x is T): T[] | undefined {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length > MAX_LIST) return undefined;
  const n = v.length;
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const x: unknown = v[i];
    if (!ok(x)) return undefined;
    out.push(x);
  }
  return out;
}
const isPurpose = (v: unknown): v is PhotoRecord['purposes'][number] => typeof v === 'string' && PURPOSES.has(v);
/** An optional, nullable instant: returns [ok, value]. */
const optInstant = (v: unknown): boolean => v === undefined || v === null || isInstantString(v);

const LEFT_KEYS = new Set(['childId', 'leftAt']);
const WITHDRAWAL_KEYS = new Set(['childId', 'uses', 'withdrawnAt']);
const APPROVAL_KEYS = new Set(['approvedBy', 'approvedAt', 'purpose', 'until']);

/** A record read by {@link fastParse}: the record, and its `takenAt` and `purposeEndedAt` in epoch milliseconds (NaN when absent). */
export type ParsedRecord = PhotoRecord & { takenMs?: number; endedMs?: number };

/**
 * The record, copied, when it is certainly valid; undefined when the schema must decide.
 *
 * @example
 * ```ts
 * fastParse({ id: 'p1', takenAt: '2026-01-05T10:00:00Z', childIds: [], storedOn: 'other', purposes: [] }); // a copy
 * fastParse({ id: 'p1' }); // undefined: let the schema explain
 * ```
 */
export function fastParse(x: unknown): ParsedRecord | undefined {
  if (!isPlain(x) || !recordKeysOnly(x)) return undefined;
  const { id, takenAt, storedOn, purposeEndedAt, retainUntil, retentionAgreement, keepBeyondYearApproval, childrenLeft, consentWithdrawals } = x;
  if (!isId(id) || typeof takenAt !== 'string' || typeof storedOn !== 'string' || !STORAGE.has(storedOn)) return undefined;
  const takenMs = instantMs(takenAt);
  if (Number.isNaN(takenMs)) return undefined;
  const childIds = listOf(x.childIds, isId);
  const ps = listOf(x.purposes, isPurpose);
  const endedMs = typeof purposeEndedAt === 'string' ? instantMs(purposeEndedAt) : Number.NaN;
  if (!childIds || !ps || !(purposeEndedAt == null || !Number.isNaN(endedMs)) || !optInstant(retainUntil)) return undefined;
  if (retentionAgreement !== undefined && retentionAgreement !== null && retentionAgreement !== 'destroy' && retentionAgreement !== 'retain') return undefined;
  const approval = keepBeyondYearApproval == null ? keepBeyondYearApproval : approvalOf(keepBeyondYearApproval);
  const left = childrenLeft === undefined ? undefined : leftOf(childrenLeft);
  const withdrawals = consentWithdrawals === undefined ? undefined : withdrawalsOf(consentWithdrawals);
  if (approval === false || left === false || withdrawals === false) return undefined;
  // One literal with every field (absent ones undefined): one object shape for every record read here.
  return {
    id, takenAt, childIds, storedOn: storedOn as PhotoRecord['storedOn'], purposes: ps,
    purposeEndedAt: purposeEndedAt as string | null | undefined,
    retainUntil: retainUntil as string | null | undefined,
    retentionAgreement: retentionAgreement as 'destroy' | 'retain' | null | undefined,
    keepBeyondYearApproval: approval,
    childrenLeft: left,
    consentWithdrawals: withdrawals,
    takenMs,
    endedMs,
  };
}

type Approval = NonNullable<PhotoRecord['keepBeyondYearApproval']>;
function approvalOf(a: unknown): Approval | false {
  if (!isPlain(a) || !onlyKeys(a, APPROVAL_KEYS)) return false;
  const { approvedBy, approvedAt, purpose, until } = a;
  if (!ROLES.has(approvedBy) || typeof approvedAt !== 'string' || !isInstantString(approvedAt) || !isPurpose(purpose) || !optInstant(until)) return false;
  return { approvedBy: approvedBy as Approval['approvedBy'], approvedAt, purpose, ...(until !== undefined ? { until: until as string | null } : {}) };
}

/** A copy of a list of plain objects with only `keys`, each read by `read` (undefined: not certainly valid), or false. */
function entriesOf<T>(v: unknown, keys: ReadonlySet<string>, read: (e: Record<string, unknown>) => T | undefined): T[] | false {
  const l = listOf(v, isPlain);
  if (!l) return false;
  const copy: T[] = [];
  for (const e of l) {
    const x = onlyKeys(e, keys) ? read(e) : undefined;
    if (x === undefined) return false;
    copy.push(x);
  }
  return copy;
}

type Left = NonNullable<PhotoRecord['childrenLeft']>[number];
const leftOf = (v: unknown) => entriesOf<Left>(v, LEFT_KEYS, ({ childId, leftAt }) =>
  (isId(childId) && typeof leftAt === 'string' && isInstantString(leftAt) ? { childId, leftAt } : undefined));

type Withdrawal = NonNullable<PhotoRecord['consentWithdrawals']>[number];
const withdrawalsOf = (v: unknown) => entriesOf<Withdrawal>(v, WITHDRAWAL_KEYS, (e) => {
  const { childId, withdrawnAt } = e;
  const uses = listOf(e.uses, isPurpose);
  return isId(childId) && uses && typeof withdrawnAt === 'string' && isInstantString(withdrawnAt) ? { childId, uses, withdrawnAt } : undefined;
});
