import { describe, expect, it } from 'vitest';
import { AT, consent, consents, photo } from '../../test/support/image.js';
import { canPublishImage } from './canPublishImage.js';
import { audiences } from './schema.js';
import { consentSchema, photoSchema } from './schema.js';

const reasonFor = (d: ReturnType<typeof canPublishImage>, subject: string) => d.reasons.find((r) => r.subject === subject)?.message;

describe('the photo and consent schemas', () => {
  it('say whether a date is not ISO 8601 at all, or names a day that does not exist', () => {
    expect(reasonFor(canPublishImage(photo({ takenAt: 'yesterday' }), consents(), { at: AT }), 'photo.takenAt')).toBe('photo.takenAt must be an ISO 8601 date (2026-11-22) or date-time with Z or an offset (2026-11-22T10:00:00Z), naming a real moment');
    expect(reasonFor(canPublishImage(photo({ takenAt: '2026-02-30' }), consents(), { at: AT }), 'photo.takenAt')).toBe('photo.takenAt must be an ISO 8601 date (2026-11-22) or date-time with Z or an offset (2026-11-22T10:00:00Z), naming a real moment');
  });

  it('accept every device kind, consent giver and audience they name', () => {
    for (const kind of ['camera', 'tablet', 'phone', 'other'] as const) expect(photoSchema.safeParse(photo({ device: { owner: 'setting', kind } })).success, kind).toBe(true);
    for (const givenBy of ['parent', 'carer', 'guardian', 'other'] as const) expect(consentSchema.safeParse(consent('c1', { givenBy })).success, givenBy).toBe(true);
    for (const audience of audiences) expect(photoSchema.safeParse(photo({ audience })).success, audience).toBe(true);
    expect(photoSchema.safeParse(photo({ device: { owner: 'setting', kind: 'drone' as never } })).success).toBe(false);
  });

  it('a guardian\'s written consent is accepted where the policy accepts guardians', () => {
    expect(canPublishImage(photo(), consents({ givenBy: 'guardian' }), { at: AT, policy: 'baseline' })).toMatchObject({ allowed: true });
    expect(canPublishImage(photo(), consents({ givenBy: 'guardian' }), { at: AT, policy: 'two-mile-ash-pre-school' })).toMatchObject({ allowed: true });
  });
});
