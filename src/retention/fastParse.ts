import { purposes, roles } from '../lifecycle/vocabulary.js';
import { isInstantString } from '../time/instantMemo.js';
import { MAX_LIST, storageKinds, type PhotoRecord } from './schema.js';

// A sweep-speed reader for the common case of a well-formed record. It only
// ever accepts what `photoRecordSchema` accepts (a property test checks this);
// anything it is unsure of returns undefined and goes through the schema,
// which gives the verdict and names the invalid fields. Each value is read once
// and copied, so getters cannot change a value after it was checked.

const KEYS = new Set(['id', 'takenAt', 'childIds', 'storedOn', 'purposes', 'purposeEndedAt', 'retainUntil',
  'retentionAgreement', 'keepBeyondYearApproval', 'childrenLeft', 'consentWithdrawals']);
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
/** A copy of a plain array of at most MAX_LIST items that all pass `ok`, or undefined. */
function listOf<T>(v: unknown, ok: (x: unknown) => x is T): T[] | undefined {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length > MAX_LIST) return undefined;
  const out = v.slice();
  for (let i = 0; i < out.length; i++) if (!(i in out) || !ok(out[i])) return undefined;
  return out as T[];
}
const isPurpose = (v: unknown): v is PhotoRecord['purposes'][number] => PURPOSES.has(v);
/** An optional, nullable instant: returns [ok, value]. */
const optInstant = (v: unknown): boolean => v === undefined || v === null || isInstantString(v);

const LEFT_KEYS = new Set(['childId', 'leftAt']);
const WITHDRAWAL_KEYS = new Set(['childId', 'uses', 'withdrawnAt']);
const APPROVAL_KEYS = new Set(['approvedBy', 'approvedAt', 'purpose', 'until']);

/**
 * The record, copied, when it is certainly valid; undefined when the schema must decide.
 *
 * @example
 * ```ts
 * fastParse({ id: 'p1', takenAt: '2026-01-05T10:00:00Z', childIds: [], storedOn: 'other', purposes: [] }); // a copy
 * fastParse({ id: 'p1' }); // undefined: let the schema explain
 * ```
 */
export function fastParse(x: unknown): PhotoRecord | undefined {
  if (!isPlain(x) || !onlyKeys(x, KEYS)) return undefined;
  const { id, takenAt, storedOn, purposeEndedAt, retainUntil, retentionAgreement, keepBeyondYearApproval } = x;
  if (!isId(id) || typeof takenAt !== 'string' || !isInstantString(takenAt) || !STORAGE.has(storedOn)) return undefined;
  const childIds = listOf(x.childIds, isId);
  const ps = listOf(x.purposes, isPurpose);
  if (!childIds || !ps || !optInstant(purposeEndedAt) || !optInstant(retainUntil)) return undefined;
  if (retentionAgreement !== undefined && retentionAgreement !== null && retentionAgreement !== 'destroy' && retentionAgreement !== 'retain') return undefined;
  const out: PhotoRecord = { id, takenAt, childIds, storedOn: storedOn as PhotoRecord['storedOn'], purposes: ps };
  if (purposeEndedAt !== undefined) out.purposeEndedAt = purposeEndedAt as string | null;
  if (retainUntil !== undefined) out.retainUntil = retainUntil as string | null;
  if (retentionAgreement !== undefined) out.retentionAgreement = retentionAgreement as 'destroy' | 'retain' | null;
  if (keepBeyondYearApproval !== undefined) {
    if (keepBeyondYearApproval === null) out.keepBeyondYearApproval = null;
    else {
      const a = keepBeyondYearApproval;
      if (!isPlain(a) || !onlyKeys(a, APPROVAL_KEYS)) return undefined;
      const { approvedBy, approvedAt, purpose, until } = a;
      if (!ROLES.has(approvedBy) || typeof approvedAt !== 'string' || !isInstantString(approvedAt) || !isPurpose(purpose) || !optInstant(until)) return undefined;
      out.keepBeyondYearApproval = { approvedBy: approvedBy as never, approvedAt, purpose, ...(until !== undefined ? { until: until as string | null } : {}) };
    }
  }
  if (x.childrenLeft !== undefined) {
    const l = listOf(x.childrenLeft, isPlain);
    if (!l) return undefined;
    const copy: NonNullable<PhotoRecord['childrenLeft']> = [];
    for (const e of l) {
      if (!onlyKeys(e, LEFT_KEYS)) return undefined;
      const { childId, leftAt } = e;
      if (!isId(childId) || typeof leftAt !== 'string' || !isInstantString(leftAt)) return undefined;
      copy.push({ childId, leftAt });
    }
    out.childrenLeft = copy;
  }
  if (x.consentWithdrawals !== undefined) {
    const l = listOf(x.consentWithdrawals, isPlain);
    if (!l) return undefined;
    const copy: NonNullable<PhotoRecord['consentWithdrawals']> = [];
    for (const e of l) {
      if (!onlyKeys(e, WITHDRAWAL_KEYS)) return undefined;
      const { childId, withdrawnAt } = e;
      const uses = listOf(e.uses, isPurpose);
      if (!isId(childId) || !uses || typeof withdrawnAt !== 'string' || !isInstantString(withdrawnAt)) return undefined;
      copy.push({ childId, uses, withdrawnAt });
    }
    out.consentWithdrawals = copy;
  }
  return out;
}
