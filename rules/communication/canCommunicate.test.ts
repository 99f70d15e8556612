import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFailsClosed } from '../../test/support/failsClosed.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { people } from '../vocabulary.js';
import { channels, commActions, counterparts } from './schema.js';
import { canCommunicate } from './canCommunicate.js';

const request = fc.record({
  sender: fc.constantFrom(...people), channel: fc.constantFrom(...channels), counterpart: fc.constantFrom(...counterparts),
  action: fc.constantFrom(...commActions), purpose: fc.constantFrom('professional', 'personal') as fc.Arbitrary<'professional' | 'personal'>,
  workingHours: fc.option(fc.boolean(), { nil: undefined }), onSettingEquipment: fc.option(fc.boolean(), { nil: undefined }),
});
const preset = fc.constantFrom(...presetIds);

describe('canCommunicate properties', () => {
  it('fails closed: any malformed request is denied naming a field, never throws', () => expectFailsClosed(canCommunicate));
  it('a staff friend request to a child is never allowed, under any preset', () => {
    fc.assert(fc.property(request, preset, fc.constantFrom('child', 'former-child') as fc.Arbitrary<'child' | 'former-child'>, (q, policy, counterpart) => {
      expect(canCommunicate({ ...q, sender: 'staff', action: 'friend-request', counterpart }, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('staff never use a personal channel for professional contact with a child or family', () => {
    fc.assert(fc.property(request, preset, fc.constantFrom('personal-email', 'personal-phone', 'social-network', 'messaging-app') as fc.Arbitrary<'personal-email'>, (q, policy, channel) => {
      fc.pre(q.counterpart !== 'colleague');
      expect(canCommunicate({ ...q, sender: 'staff', purpose: 'professional', channel }, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('a personal message from staff to a child they have no prior relationship with is never allowed, under any preset', () => {
    fc.assert(fc.property(request, preset, (q, policy) => {
      fc.pre(q.action !== 'friend-request' && q.action !== 'browse-social-network');
      expect(canCommunicate({ ...q, sender: 'staff', purpose: 'personal', counterpart: 'child' }, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
});
