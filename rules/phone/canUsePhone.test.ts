import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFailsClosed } from '../../test/support/failsClosed.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { people } from '../vocabulary.js';
import { phoneDevices, phonePurposes, places } from './schema.js';
import { canUsePhone } from './canUsePhone.js';

const request = fc.record({
  who: fc.constantFrom(...people), device: fc.constantFrom(...phoneDevices), purpose: fc.constantFrom(...phonePurposes), place: fc.constantFrom(...places),
  childrenPresent: fc.option(fc.boolean(), { nil: undefined }), workingHours: fc.option(fc.boolean(), { nil: undefined }),
  sessionRunning: fc.option(fc.boolean(), { nil: undefined }), lessonTime: fc.option(fc.boolean(), { nil: undefined }),
  emergency: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: ['who', 'device', 'purpose', 'place'] });
const preset = fc.constantFrom(...presetIds);

describe('canUsePhone properties', () => {
  it('fails closed: any malformed request is denied with a finding naming a field, never throws', () => expectFailsClosed(canUsePhone));
  it('fails closed: an unknown who, device, purpose or place is denied naming that field', () => {
    fc.assert(fc.property(request, fc.constantFrom('who', 'device', 'purpose', 'place'), fc.string(), (q, field, bad) => {
      fc.pre(!(people as readonly string[]).concat(phoneDevices, phonePurposes, places).includes(bad));
      const d = canUsePhone({ ...q, [field]: bad } as never);
      expect(d.allowed).toBe(false);
      expect(d.reasons.map((r) => r.subject)).toContain(`request.${field}`);
    }), { numRuns: 300 });
  });
  // Kirklees names no presence rule for staff phones, only lesson time: there it holds while it may be lesson time.
  it('on the premises, a staff personal phone is never allowed while children may be present unless it is a permitted emergency (Kirklees: in lesson time)', () => {
    fc.assert(fc.property(request, preset, fc.constantFrom('learning-space-indoors', 'learning-space-outdoors', 'staff-room', 'office', 'entrance') as fc.Arbitrary<'office'>, (q, policy, place) => {
      fc.pre(policy !== 'kirklees-primary' || q.lessonTime !== false);
      const r = { ...q, place, who: 'staff' as const, device: 'personal-phone' as const, purpose: 'call' as const, contactWith: 'dependant' as const, childrenPresent: undefined, emergency: false };
      expect(canUsePhone(r, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('a personal phone is never allowed to photograph children or contact families, under any preset but Barnet\'s authorisation', () => {
    fc.assert(fc.property(request, preset, fc.boolean(), (q, policy, photo) => {
      const r = photo
        ? { ...q, who: 'staff' as const, device: 'personal-phone' as const, purpose: 'photo-or-video' as const, photoSubject: 'children' as const }
        : { ...q, who: 'staff' as const, device: 'personal-phone' as const, purpose: 'call' as const, contactWith: 'family' as const };
      expect(canUsePhone(r, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('conditions are exactly the condition params of the rules that fired', () => {
    fc.assert(fc.property(request, preset, (q, policy) => {
      const d = canUsePhone(q, { policy });
      const expected = [...new Set(d.reasons.map((r) => r.data?.condition).filter((c) => c !== undefined))];
      expect(d.conditions).toEqual(expected);
    }), { numRuns: 300 });
  });
});
