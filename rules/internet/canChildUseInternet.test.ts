import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFailsClosed } from '../../test/support/failsClosed.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { activities, type InternetSession } from './schema.js';
import { canChildUseInternet } from './canChildUseInternet.js';

const yesNo = fc.option(fc.boolean(), { nil: undefined });
const session: fc.Arbitrary<InternetSession> = fc.record({
  deviceOwner: fc.constantFrom('setting', 'personal', 'child'), supervision: fc.constantFrom('adult-sitting-with', 'adult-in-room', 'none'),
  activity: fc.constantFrom(...activities), writtenParentalPermission: yesNo, inAreaVisibleToStaff: yesNo, contentChecked: yesNo,
  filteringActive: yesNo, secondHandDevice: yesNo, secondHandDeviceChecked: yesNo, plannedCurriculumActivity: yesNo,
}, { requiredKeys: ['deviceOwner', 'supervision', 'activity'] }) as fc.Arbitrary<InternetSession>;
const preset = fc.constantFrom(...presetIds);

describe('canChildUseInternet properties', () => {
  it('fails closed: any malformed session is denied naming a field, never throws', () => expectFailsClosed(canChildUseInternet));
  it('missing yes/no facts never allow: no recorded permission, visibility, filtering or second-hand answer means denied', () => {
    fc.assert(fc.property(session, preset, fc.constantFrom('writtenParentalPermission', 'inAreaVisibleToStaff', 'filteringActive', 'secondHandDevice'), (s, policy, field) => {
      const q = { ...s };
      delete q[field as keyof InternetSession];
      if (field === 'secondHandDevice') delete q.secondHandDeviceChecked;
      expect(canChildUseInternet(q, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('an unsupervised child, social networking or a non-setting device is never allowed', () => {
    fc.assert(fc.property(session, preset, fc.integer({ min: 0, max: 2 }), (s, policy, k) => {
      const q = k === 0 ? { ...s, supervision: 'none' as const } : k === 1 ? { ...s, activity: 'social-networking' as const } : { ...s, deviceOwner: 'child' as const };
      expect(canChildUseInternet(q, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
});
