import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFailsClosed } from '../../test/support/failsClosed.js';
import { presetIds, type PresetId } from '../../src/core/policy/presets.js';
import { valuesOf } from '../../src/core/policy/section.js';
import { internetPolicy } from './policy.js';
import { activities, type InternetSession } from './schema.js';
import { canChildUseInternet } from './canChildUseInternet.js';

const yesNo = fc.option(fc.boolean(), { nil: undefined });
const session: fc.Arbitrary<InternetSession> = fc.record({
  deviceOwner: fc.constantFrom('setting', 'personal', 'child'), supervision: fc.constantFrom('adult-sitting-with', 'adult-in-room', 'none'),
  activity: fc.constantFrom(...activities), writtenParentalPermission: yesNo, inAreaVisibleToStaff: yesNo, contentChecked: yesNo,
  filteringActive: yesNo, secondHandDevice: yesNo, secondHandDeviceChecked: yesNo, plannedCurriculumActivity: yesNo,
  childAge: fc.option(fc.integer({ min: 0, max: 18 }), { nil: undefined }), parentalConsentToService: yesNo, taughtStaySafe: yesNo,
}, { requiredKeys: ['deviceOwner', 'supervision', 'activity'] }) as fc.Arbitrary<InternetSession>;
const preset = fc.constantFrom(...presetIds);

describe('canChildUseInternet properties', () => {
  it('fails closed: any malformed session is denied naming a field, never throws', () => expectFailsClosed(canChildUseInternet));
  // Each preset asks for the answers its own policy names (issue 13, item 8): a missing one is never read as yes.
  const asked: Record<string, (p: PresetId) => boolean> = {
    writtenParentalPermission: (p) => valuesOf(internetPolicy, p).parentalPermission !== 'not-stated',
    inAreaVisibleToStaff: (p) => valuesOf(internetPolicy, p).childDeviceLocation === 'visible-to-staff',
    filteringActive: () => true,
    secondHandDevice: (p) => valuesOf(internetPolicy, p).secondHandCheck === 'manager-checks',
  };
  it('missing yes/no facts never allow where the preset asks for them: recorded permission, visibility, filtering, second hand', () => {
    fc.assert(fc.property(session, preset, fc.constantFrom(...Object.keys(asked)), (s, policy, field) => {
      fc.pre(asked[field]!(policy));
      const q = { ...s };
      delete q[field as keyof InternetSession];
      if (field === 'secondHandDevice') delete q.secondHandDeviceChecked;
      expect(canChildUseInternet(q, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  const exempts = (p: PresetId) => valuesOf(internetPolicy, p).childSocialNetworking === 'planned-curriculum';
  it('an unsupervised child is never allowed; nor social networking unless the policy accepts it as planned curriculum activity; nor a device the policy does not allow', () => {
    fc.assert(fc.property(session, preset, fc.integer({ min: 0, max: 2 }), (s, policy, k) => {
      const q = k === 0 ? { ...s, supervision: 'none' as const }
        : k === 1 ? { ...s, activity: 'social-networking' as const, plannedCurriculumActivity: exempts(policy) ? false : s.plannedCurriculumActivity }
          : { ...s, deviceOwner: 'child' as const };
      fc.pre(k !== 2 || valuesOf(internetPolicy, policy).childDevice === 'setting-owned');
      expect(canChildUseInternet(q, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('a child under 13 (or of unstated age) never uses a social network without a parent\'s consent to it, under any preset', () => {
    fc.assert(fc.property(session, preset, fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }), (s, policy, childAge) => {
      expect(canChildUseInternet({ ...s, activity: 'social-networking', childAge, parentalConsentToService: undefined }, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
});
