import { describe, expect, it } from 'vitest';
import { AT, photo } from './helpers.js';
import { checkPhotoRetention } from './checkPhotoRetention.js';

// What a person reads when a record or a policy is wrong: it names the form expected.
const messages = (record: unknown, policy: unknown = 'baseline') =>
  checkPhotoRetention(record as never, { policy: policy as never, at: AT }).reasons.map((r) => r.message);

describe('retention: invalid input and policy messages', () => {
  it('an impossible date in a record', () => {
    expect(messages({ ...photo(), takenAt: '2026-02-30' })).toEqual(['photo.takenAt must be an ISO 8601 date (2026-11-22) or date-time with Z or an offset (2026-11-22T10:00:00Z), naming a real moment']);
  });
  it('a policy period that is not an ISO 8601 period', () => {
    expect(messages(photo(), { id: 'acorn', version: '1', retention: { childLeavingPeriod: 'a month' } }))
      .toEqual(['options.policy.retention.childLeavingPeriod must be an ISO 8601 period such as P1M or P30D']);
  });
  it('a purge date that is not a month and day', () => {
    expect(messages(photo(), { id: 'acorn', version: '1', retention: { yearlyPurgeDate: '13-40' } }))
      .toEqual(['options.policy.retention.yearlyPurgeDate must be a month and day such as 09-01']);
  });
});
