import { describe, expect, it } from 'vitest';
import { canChildUseInternet } from './canChildUseInternet.js';
import type { InternetSession } from './schema.js';
import { classifyMisuse } from '../misuse/classifyMisuse.js';
import type { MisuseIncident } from '../misuse/schema.js';
import { presetIds } from '../../src/core/policy/presets.js';

// Issue 13, item 4: 004 lists pupils "accessing social networking sites ... during lesson time" among activities that
// "would normally be unacceptable; however in some circumstances they may be allowed e.g. as part of planned curriculum
// activity". classifyMisuse (after the event) and canChildUseInternet (before it) must give one answer for one activity,
// under every preset: allowed exactly when it is not misuse.
const session = (planned: boolean): InternetSession => ({
  deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'social-networking', plannedCurriculumActivity: planned,
  // Everything else the internet area asks is in place, so only the exemption decides.
  writtenParentalPermission: true, inAreaVisibleToStaff: true, contentChecked: true, filteringActive: true, secondHandDevice: false,
  taughtStaySafe: true, childAge: 9, parentalConsentToService: true,
});
const incident = (planned: boolean, duringLessons: boolean | undefined): MisuseIncident => ({
  activity: 'personal-use-in-lessons', actor: { role: 'pupil' }, context: planned ? 'planned-curriculum' : 'none', duringLessons,
  reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' },
});

describe('a pupil\'s social networking in lesson time: canChildUseInternet and classifyMisuse agree under every preset', () => {
  const cases = presetIds.flatMap((policy) => [true, false].flatMap((planned) => [true, undefined].map((duringLessons) => [policy, planned, duringLessons] as const)));
  it.each(cases)('%s, planned curriculum activity: %s, during lessons: %s', (policy, planned, duringLessons) => {
    const allowed = canChildUseInternet(session(planned), { policy }).allowed;
    const tier = classifyMisuse(incident(planned, duringLessons), { policy, at: '2026-11-20T10:00:00Z' }).tier;
    expect(tier === 'not-misuse', `canChildUseInternet allowed: ${allowed}; classifyMisuse tier: ${tier}`).toBe(allowed);
  });
  it('the exemption is what decides: Kirklees allows it only as planned curriculum activity; Two Mile Ash never', () => {
    expect(canChildUseInternet(session(true), { policy: 'kirklees-primary' }).allowed).toBe(true);
    expect(canChildUseInternet(session(false), { policy: 'kirklees-primary' }).allowed).toBe(false);
    expect(canChildUseInternet(session(true), { policy: 'two-mile-ash-pre-school' }).allowed).toBe(false);
  });
});
