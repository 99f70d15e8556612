import { describe, expect, it } from 'vitest';
import { checkPhotoRetention } from './checkPhotoRetention.js';
import { planPhotoRetention } from './planPhotoRetention.js';
import { MAX_LIST, photoRecordSchema, purposes } from './schema.js';

const AT = '2026-11-22T10:00:00Z';

// A valid record with every kind of nested field, so one field at a time can be broken.
const valid = () => ({
  id: 'p1', takenAt: '2026-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-device', purposes: ['training'],
  retainUntil: '2027-07-31',
  keepBeyondYearApproval: { approvedBy: 'head-of-setting', approvedAt: '2026-10-02', purpose: 'training' },
  childrenLeft: [{ childId: 'c9', leftAt: '2026-09-01' }],
  consentWithdrawals: [{ childId: 'c9', uses: ['website'], withdrawnAt: '2026-09-01' }],
});
type Rec = Record<string, unknown>;
const withField = (key: string, value: unknown): Rec => ({ ...valid(), [key]: value });
const approval = (over: Rec): Rec => withField('keepBeyondYearApproval', { ...valid().keepBeyondYearApproval, ...over });
const long = (n: number) => 'x'.repeat(n);
const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

/** The schema refuses it, and the check and the sweep both fail closed naming `subject`. */
function expectRefused(record: Rec, subject: string) {
  expect(photoRecordSchema.safeParse(record).success).toBe(false);
  const d = checkPhotoRetention(record as never, { policy: 'homerton-early-years', at: AT });
  expect(d.action).toBe('review');
  expect(d.reasons.map((r) => [r.rule, r.subject])).toContainEqual(['input.invalid', subject]);
  const [a] = [...planPhotoRetention([record], { policy: 'homerton-early-years', at: AT })];
  expect(a?.action).toBe('review');
  expect(a?.rules).toEqual(['input.invalid']);
  expect(a?.problems?.some((p) => p.startsWith(`${subject} `))).toBe(true);
}

/** The schema accepts it, and so does the decision (no invalid input). */
function expectAccepted(record: Rec) {
  expect(photoRecordSchema.safeParse(record).success).toBe(true);
  expect(checkPhotoRetention(record as never, { policy: 'homerton-early-years', at: AT }).reasons.map((r) => r.rule)).not.toContain('input.invalid');
}

describe('the photo record schema, at its limits', () => {
  it('the base record is valid', () => {
    expectAccepted(valid());
    expect(checkPhotoRetention(valid() as never, { policy: 'homerton-early-years', at: AT }).action).toBe('keep');
  });

  it.each<[string, Rec, string]>([
    ['an empty id', withField('id', ''), 'photo.id'],
    ['an id of 201 characters', withField('id', long(201)), 'photo.id'],
    ['an empty child id', withField('childIds', ['']), 'photo.childIds[0]'],
    ['a child id of 201 characters', withField('childIds', [long(201)]), 'photo.childIds[0]'],
    [`more than ${MAX_LIST} children`, withField('childIds', many(MAX_LIST + 1, (i) => `c${i}`)), 'photo.childIds'],
    ['a purpose not in the vocabulary', withField('purposes', ['nonsense']), 'photo.purposes[0]'],
    [`more than ${MAX_LIST} purposes`, withField('purposes', many(MAX_LIST + 1, () => 'training')), 'photo.purposes'],
    ['an approval with an extra key', approval({ note: 'ok' }), 'photo.keepBeyondYearApproval'],
    ['an approval by an unknown role', approval({ approvedBy: 'cook' }), 'photo.keepBeyondYearApproval.approvedBy'],
    ['an approval without approvedAt', approval({ approvedAt: undefined }), 'photo.keepBeyondYearApproval.approvedAt'],
    ['an approval whose approvedAt is a number', approval({ approvedAt: 20261002 }), 'photo.keepBeyondYearApproval.approvedAt'],
    ['an approval whose approvedAt is an impossible day', approval({ approvedAt: '2026-02-30' }), 'photo.keepBeyondYearApproval.approvedAt'],
    ['an approval for an unknown purpose', approval({ purpose: 'nonsense' }), 'photo.keepBeyondYearApproval.purpose'],
    ['a child who left with an empty id', withField('childrenLeft', [{ childId: '', leftAt: '2026-09-01' }]), 'photo.childrenLeft[0].childId'],
    ['a child who left with a numeric leftAt', withField('childrenLeft', [{ childId: 'c1', leftAt: 20260901 }]), 'photo.childrenLeft[0].leftAt'],
    ['a child who left on an impossible day', withField('childrenLeft', [{ childId: 'c1', leftAt: '2026-02-30' }]), 'photo.childrenLeft[0].leftAt'],
    ['a withdrawal with an empty child id', withField('consentWithdrawals', [{ childId: '', uses: ['website'], withdrawnAt: '2026-09-01' }]), 'photo.consentWithdrawals[0].childId'],
    ['a withdrawal without uses', withField('consentWithdrawals', [{ childId: 'c1', withdrawnAt: '2026-09-01' }]), 'photo.consentWithdrawals[0].uses'],
    ['a withdrawal for an unknown use', withField('consentWithdrawals', [{ childId: 'c1', uses: ['nonsense'], withdrawnAt: '2026-09-01' }]), 'photo.consentWithdrawals[0].uses[0]'],
    ['a withdrawal on an impossible day', withField('consentWithdrawals', [{ childId: 'c1', uses: ['website'], withdrawnAt: '2026-02-30' }]), 'photo.consentWithdrawals[0].withdrawnAt'],
    ['a storage place not in the vocabulary', withField('storedOn', 'cloud'), 'photo.storedOn'],
    ['an authorisation by an unknown role', withField('storageAuthorisedBy', 'cook'), 'photo.storageAuthorisedBy'],
    ['an authorisation that is a list', withField('storageAuthorisedBy', ['manager']), 'photo.storageAuthorisedBy'],
    ['an agreed place not in the vocabulary', withField('agreedStorage', ['setting-device', 'cloud']), 'photo.agreedStorage[1]'],
    ['an agreed place that is not a list', withField('agreedStorage', 'setting-device'), 'photo.agreedStorage'],
    ['more agreed places than there are places', withField('agreedStorage', many(7, () => 'setting-device')), 'photo.agreedStorage'],
    ['an agreed access by an unknown role', withField('agreedAccess', ['teacher', 'cook']), 'photo.agreedAccess[1]'],
  ])('refuses %s, and the decision fails closed', (_, record, subject) => {
    expectRefused(record, subject);
  });

  it.each<[string, Rec]>([
    ['an id of 1 character', withField('id', 'p')],
    ['an id of 200 characters', withField('id', long(200))],
    ['child ids of 1 and 200 characters', withField('childIds', ['c', long(200)])],
    [`exactly ${MAX_LIST} children`, withField('childIds', many(MAX_LIST, (i) => `c${i}`))],
    [`exactly ${MAX_LIST} purposes`, withField('purposes', many(MAX_LIST, (i) => purposes[i % purposes.length]))],
    [`exactly ${MAX_LIST} children who left`, withField('childrenLeft', many(MAX_LIST, (i) => ({ childId: `c${i}`, leftAt: '2026-09-01' })))],
    [`a withdrawal of exactly ${MAX_LIST} uses`, withField('consentWithdrawals', [{ childId: 'c1', uses: many(MAX_LIST, () => 'website'), withdrawnAt: '2026-09-01' }])],
    ['no authorisation, agreed place or agreed access (null)', { ...withField('storageAuthorisedBy', null), agreedStorage: null, agreedAccess: null }],
    ['an authorisation, every place agreed, and an agreed access', { ...withField('storageAuthorisedBy', 'head-of-setting'),
      agreedStorage: ['setting-device', 'setting-platform', 'central-hosting', 'removable-media', 'personal-device', 'other'], agreedAccess: ['teacher', 'parent'] }],
  ])('accepts %s, as the schema does', (_, record) => {
    expectAccepted(record);
  });
});
