import fc from 'fast-check';
import { roles } from '../../rules/vocabulary.js';
import { purposes, storageKinds, type PhotoRecord } from '../../rules/retention/schema.js';

const DAY = 86_400_000;
const from = Date.UTC(2019, 0, 1), to = Date.UTC(2028, 11, 31);
/** An instant between 2019 and 2028: an ISO date-time (UTC or with an offset), a date, or a Date. */
export const isoArb = fc.oneof(
  fc.integer({ min: from, max: to }).map((ms) => new Date(ms).toISOString()),
  fc.integer({ min: from / DAY, max: to / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10)),
  fc.integer({ min: from, max: to }).map((ms) => new Date(ms)), // a Date, as an ORM hands it over
  fc.integer({ min: from, max: to }).map((ms) => new Date(ms).toISOString().slice(0, 19) + '+01:00'),
);
const kids = ['c1', 'c2', 'c3'];
const purposeArb = fc.constantFrom(...purposes);

/** Valid photo records, with every optional field sometimes present. */
export const recordArb: fc.Arbitrary<PhotoRecord> = fc.record({
  id: fc.constantFrom('p1', 'p2', 'photo-3'),
  takenAt: isoArb,
  childIds: fc.subarray(kids),
  storedOn: fc.constantFrom(...storageKinds),
  purposes: fc.subarray([...purposes], { maxLength: 3 }),
  purposeEndedAt: fc.option(isoArb, { nil: undefined }),
  retainUntil: fc.option(fc.option(isoArb), { nil: undefined }),
  retentionAgreement: fc.option(fc.constantFrom('destroy' as const, 'retain' as const, null), { nil: undefined }),
  keepBeyondYearApproval: fc.option(fc.record({ approvedBy: fc.constantFrom(...roles), approvedAt: isoArb, purpose: purposeArb, until: fc.option(isoArb, { nil: undefined }) }, { requiredKeys: ['approvedBy', 'approvedAt', 'purpose'] }), { nil: undefined }),
  childrenLeft: fc.option(fc.array(fc.record({ childId: fc.constantFrom(...kids), leftAt: isoArb }), { maxLength: 3 }), { nil: undefined }),
  consentWithdrawals: fc.option(fc.array(fc.record({ childId: fc.constantFrom(...kids), uses: fc.subarray([...purposes], { maxLength: 3 }), withdrawnAt: isoArb }), { maxLength: 2 }), { nil: undefined }),
  storageAuthorisedBy: fc.option(fc.option(fc.constantFrom(...roles)), { nil: undefined }),
  agreedStorage: fc.option(fc.option(fc.subarray([...storageKinds], { maxLength: 2 })), { nil: undefined }),
  agreedAccess: fc.option(fc.option(fc.subarray([...roles], { maxLength: 2 })), { nil: undefined }),
}, { requiredKeys: ['id', 'takenAt', 'childIds', 'storedOn', 'purposes'] });

const bad = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.constant(''), fc.constant('2026-02-30'), fc.constant([]), fc.constant({}), fc.constant('yesterday'));
const paths = ['id', 'takenAt', 'childIds', 'storedOn', 'purposes', 'purposeEndedAt', 'retainUntil', 'retentionAgreement', 'keepBeyondYearApproval', 'childrenLeft', 'consentWithdrawals', 'extra'] as const;

/** Records with one field broken (wrong type, impossible date, missing, or unknown field), or not a record at all. */
export const malformedArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(recordArb, fc.constantFrom(...paths), bad).map(([r, k, v]) => {
    const out: Record<string, unknown> = { ...r };
    if (k === 'extra') out.extra = v ?? 1;
    else if (v === undefined && ['id', 'takenAt', 'childIds', 'storedOn', 'purposes'].includes(k)) delete out[k];
    else out[k] = v === undefined || v === null ? (k === 'id' ? 7 : 'not valid') : v;
    return out;
  }).filter((x) => x.extra !== undefined || paths.some((k) => k !== 'extra' && x[k] !== undefined)),
  fc.tuple(recordArb, fc.constantFrom('childIds', 'purposes')).map(([r, k]) => ({ ...r, [k]: ['personal-use-only-valid-in-no-list', 5] })),
  fc.tuple(recordArb, isoArb).map(([r, t]) => ({ ...r, childrenLeft: [{ childId: 'c1', leftAt: t, note: 'x' }] })),
  fc.anything(),
);
