import { describe, expect, it } from 'vitest';
import type { PhoneRequest } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { decide, requestsFrom, rules } from './helpers.js';

// Parents', visitors' and children's phones (visitors.json, children.json), read from the clauses: a "must not", "never" or
// "no right" blocks; a reminder (out of sight, left in the office) or the lone-working exemption warns.
const calm: PhoneRequest = {
  who: 'parent-or-carer', device: 'personal-phone', purpose: 'call', contactWith: 'dependant', place: 'entrance',
  childrenPresent: false, sessionRunning: false, workingHours: false, lunchBreak: false, lessonTime: false,
};
const at = requestsFrom(calm);
const camera: Partial<PhoneRequest> = { device: 'personal-camera' };
const away: Partial<PhoneRequest> = { place: 'off-premises' };
const photo = (q: Partial<PhoneRequest>) => at({ place: 'learning-space-indoors', purpose: 'photo-or-video', secret: false, ...q });
const post = (q: Partial<PhoneRequest>) => at({ place: 'off-premises', purpose: 'social-media', ...q });

const onPremises: RuleScenario<PhoneRequest, PresetId>[] = [
  { rule: 'phone.parent.outside-building', policy: 'homerton-early-years', effect: 'block', fires: at({ place: 'learning-space-outdoors' }),
    nearMisses: [at({ ...away }), at({ place: 'learning-space-outdoors', who: 'staff' }), at({ place: 'learning-space-outdoors', ...camera })],
    elsewhere: ['two-mile-ash-pre-school'] },
  { rule: 'phone.parent.switched-off', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({}),
    nearMisses: [at({ ...away }), at({ who: 'staff' }), at({ ...camera }), at({ who: 'lone-working-visitor' })], elsewhere: ['homerton-early-years'] },
  { rule: 'phone.parent.switched-off', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ who: 'visitor' }),
    nearMisses: [at({ who: 'visitor', ...away })] },
  { rule: 'phone.parent.out-of-sight', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: at({}),
    nearMisses: [at({ ...away }), at({ who: 'visitor' }), at({ ...camera })], elsewhere: ['homerton-early-years'] },
  { rule: 'phone.parent.meeting-staff', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: at({ place: 'office', meetingStaff: true }),
    nearMisses: [at({ place: 'office' }), at({ place: 'office', meetingStaff: true, who: 'visitor' }), at({ place: 'office', meetingStaff: true, ...camera })],
    elsewhere: ['homerton-early-years'] },
  { rule: 'phone.visitor.hand-in', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ who: 'contractor' }),
    nearMisses: [at({ who: 'lone-working-visitor' }), at({}), at({ who: 'contractor', ...away }), at({ who: 'contractor', ...camera })] },
  { rule: 'phone.visitor.call-outside', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ who: 'visitor', place: 'office' }),
    nearMisses: [at({ who: 'visitor', place: 'office', purpose: 'message' }), at({ who: 'lone-working-visitor', place: 'office' }), at({ place: 'office' }),
      at({ who: 'visitor', place: 'office', ...camera }), at({ who: 'visitor', ...away })] },
  { rule: 'phone.visitor.lone-working', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: at({ who: 'lone-working-visitor', place: 'office' }),
    nearMisses: [at({ who: 'visitor', place: 'office' }), at({ who: 'lone-working-visitor', ...away }),
      at({ who: 'lone-working-visitor', place: 'office', ...camera })] },
];

const pictures: RuleScenario<PhoneRequest, PresetId>[] = [
  { rule: 'phone.parent.photo-without-permission', policy: 'homerton-early-years', effect: 'block', fires: photo({ photoSubject: 'no-children' }),
    nearMisses: [photo({ photoSubject: 'no-children', permissions: [{ from: 'leadership-team', for: 'photo' }] }),
      photo({ photoSubject: 'no-children', who: 'staff' }),
      post({ photoSubject: 'no-children' })], elsewhere: ['two-mile-ash-pre-school', 'baseline'] },
  // Visitors need the same permission as parents.
  { rule: 'phone.parent.photo-without-permission', policy: 'homerton-early-years', effect: 'block',
    fires: photo({ photoSubject: 'no-children', who: 'visitor' }),
    nearMisses: [photo({ photoSubject: 'no-children', who: 'visitor', permissions: [{ from: 'leadership-team', for: 'photo' }] })] },
  { rule: 'phone.parent.photo-other-children', policy: 'two-mile-ash-pre-school', effect: 'block', fires: photo({ photoSubject: 'children' }),
    nearMisses: [photo({ photoSubject: 'own-child-only' }), photo({ photoSubject: 'children', who: 'staff' }), post({ photoSubject: 'children' })],
    elsewhere: ['homerton-early-years', 'baseline'] },
  { rule: 'phone.parent.photo-own-child-without-permission', policy: 'two-mile-ash-pre-school', effect: 'block',
    fires: photo({ photoSubject: 'own-child-only' }),
    nearMisses: [photo({ photoSubject: 'own-child-only', permissions: [{ from: 'manager', for: 'photo' }] }), photo({ photoSubject: 'children' }),
      photo({ photoSubject: 'own-child-only', who: 'staff' }), post({ photoSubject: 'own-child-only' })], elsewhere: ['homerton-early-years'] },
  { rule: 'phone.visitor.photo-never', policy: 'kirklees-primary', effect: 'block', fires: photo({ photoSubject: 'children', who: 'visitor' }),
    nearMisses: [photo({ photoSubject: 'no-children', who: 'visitor' }), photo({ photoSubject: 'children', who: 'staff' }),
      post({ photoSubject: 'children', who: 'visitor' })],
    elsewhere: ['homerton-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'phone.parent.share-children', policy: 'two-mile-ash-pre-school', effect: 'block', fires: post({ photoSubject: 'children' }),
    nearMisses: [post({ photoSubject: 'own-child-only' }), post({ photoSubject: 'children', who: 'visitor' }), photo({ photoSubject: 'children' })],
    elsewhere: ['homerton-early-years'] },
  { rule: 'phone.parent.share-without-permission', policy: 'homerton-early-years', effect: 'block', fires: post({ photoSubject: 'children' }),
    nearMisses: [post({ photoSubject: 'children', permissions: [{ from: 'parent', for: 'photo' }] }), post({ photoSubject: 'own-child-only' }),
      post({ photoSubject: 'children', who: 'visitor' }), photo({ photoSubject: 'children' })], elsewhere: ['two-mile-ash-pre-school'] },
];

const child = (q: Partial<PhoneRequest>) => at({ who: 'child', place: 'learning-space-indoors', ...q });
const children: RuleScenario<PhoneRequest, PresetId>[] = [
  { rule: 'phone.child.removed-until-collection', policy: 'two-mile-ash-pre-school', effect: 'block', fires: child({}),
    nearMisses: [child({ ...away }), child({ who: 'staff' })], elsewhere: ['kirklees-primary'] },
  { rule: 'phone.child.lesson-without-permission', policy: 'kirklees-primary', effect: 'block', fires: child({ lessonTime: true }),
    nearMisses: [child({ lessonTime: true, permissions: [{ from: 'teacher', for: 'lesson-use' }] }), child({ lessonTime: false }),
      child({ lessonTime: true, who: 'staff' })],
    elsewhere: ['two-mile-ash-pre-school'] },
];

describe('parents\' and visitors\' phones on the premises: each rule fires on its clause, with its effect, not on a near miss', () => {
  it.each(onPremises.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('parents\' and visitors\' photos and posts: each rule fires on its clause, with its effect, not on a near miss', () => {
  it.each(pictures.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('children\'s phones: each rule fires on its clause, with its effect, not on a near miss', () => {
  it.each(children.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('an unstated subject or lesson time counts against the request', () => {
  it('a parent\'s photo or post that does not say who it shows', () => {
    expect(rules(photo({}), 'two-mile-ash-pre-school')).toContain('phone.parent.photo-other-children');
    expect(rules(post({}), 'homerton-early-years')).toContain('phone.parent.share-without-permission');
    expect(rules(photo({ who: 'visitor' }), 'kirklees-primary')).toContain('phone.visitor.photo-never');
  });
  it('a pupil\'s phone when lesson time is not stated', () => {
    expect(rules(child({ lessonTime: undefined }), 'kirklees-primary')).toContain('phone.child.lesson-without-permission');
  });
});
