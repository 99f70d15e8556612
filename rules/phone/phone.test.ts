import { describe, expect, it } from 'vitest';
import { canUsePhone } from '../../src/phone/canUsePhone/index.js';
import type { PhoneRequest } from '../../src/phone/schema.js';
import type { PresetId } from '../../src/policy/presets.js';

// Scenario tests written from the clauses: for every rule, a request that fires it and one that does not.
const calm: PhoneRequest = {
  who: 'staff', device: 'personal-phone', purpose: 'call', contactWith: 'dependant', place: 'staff-room',
  childrenPresent: false, sessionRunning: false, workingHours: false, lunchBreak: false, lessonTime: false,
};
const at = (q: Partial<PhoneRequest>): PhoneRequest => ({ ...calm, ...q }) as PhoneRequest;
const rules = (q: PhoneRequest, policy: PresetId) => canUsePhone(q, { policy }).reasons.map((r) => r.rule);
const emergency: Partial<PhoneRequest> = { emergency: true, permissions: [{ from: 'manager', for: 'emergency' }] };

type Case = [rule: string, preset: PresetId, fires: PhoneRequest, quiet: PhoneRequest];
const cases: Case[] = [
  ['phone.personal.children-present', 'baseline', at({ childrenPresent: true }), at({ childrenPresent: false })],
  ['phone.personal.working-hours', 'homerton-early-years', at({ workingHours: true }), at({ workingHours: false })],
  ['phone.personal.staff-room-only', 'homerton-early-years', at({ place: 'learning-space-outdoors' }), at({ place: 'office' })],
  ['phone.personal.on-premises-working-hours', 'two-mile-ash-pre-school', at({ workingHours: true }), at({ workingHours: true, place: 'off-premises' })],
  ['phone.personal.lunch-break', 'two-mile-ash-pre-school', at({ workingHours: true, lunchBreak: true }), at({ workingHours: true, lunchBreak: true, place: 'off-premises' })],
  ['phone.personal.emergency-children-present', 'two-mile-ash-pre-school', at({ ...emergency, childrenPresent: true }), at({ ...emergency, childrenPresent: false })],
  ['phone.personal.emergency-use', 'two-mile-ash-pre-school', at({ ...emergency, workingHours: true }), at({ emergency: true, workingHours: true })],
  ['phone.personal.emergency-use-agreed', 'homerton-early-years', at({ emergency: true, permissions: [{ from: 'leadership-team', for: 'emergency' }] }), at({ ...emergency })],
  ['phone.personal.not-setting-owned', 'cambridgeshire-early-years', at({ place: 'outing' }), at({ place: 'off-premises' })],
  ['phone.personal.lesson-time', 'kirklees-primary', at({ lessonTime: true }), at({ lessonTime: false })],
  ['phone.personal.store-in-locker', 'homerton-early-years', at({ childrenPresent: true }), at({ childrenPresent: false })],
  ['phone.personal.store-in-locked-box', 'two-mile-ash-pre-school', at({ sessionRunning: true }), at({ sessionRunning: true, place: 'off-premises' })],
  ['phone.personal.switch-off-in-session', 'two-mile-ash-pre-school', at({ childrenPresent: true }), at({ childrenPresent: false, sessionRunning: false })],
  ['phone.personal.charging', 'homerton-early-years', at({ purpose: 'charging' }), at({ purpose: 'charging', permissions: [{ from: 'head-of-centre', for: 'charging' }] })],
  ['phone.outing.switch-off', 'two-mile-ash-pre-school', at({ place: 'outing' }), at({ place: 'off-premises' })],
  ['phone.outing.emergency-not-agreed', 'homerton-early-years', at({ place: 'outing' }), at({ place: 'outing', emergency: true, permissions: [{ from: 'leadership-team', for: 'emergency' }] })],
  ['phone.outing.emergency-agreed', 'homerton-early-years', at({ place: 'outing', emergency: true, permissions: [{ from: 'leadership-team', for: 'emergency' }] }), at({ place: 'outing' })],
  ['phone.outing.use-school-phone', 'kirklees-primary', at({ place: 'outing' }), at({ place: 'off-premises' })],
  ['phone.personal.contact-family', 'baseline', at({ contactWith: 'family' }), at({ contactWith: 'dependant' })],
  ['phone.personal.contact-unknown', 'baseline', at({ contactWith: undefined }), at({ contactWith: 'setting' })],
  ['phone.personal.photo-children', 'homerton-early-years', at({ purpose: 'photo-or-video', photoSubject: 'children', secret: false }), at({ purpose: 'photo-or-video', photoSubject: 'no-children', secret: false })],
  ['phone.personal.photo-unauthorised', 'barnet-early-years', at({ purpose: 'photo-or-video', photoSubject: 'children', secret: false }), at({ purpose: 'photo-or-video', photoSubject: 'children', secret: false, permissions: [{ from: 'manager', for: 'photo' }] })],
  ['phone.personal.child-records-app', 'baseline', at({ purpose: 'child-records-app' }), at({ purpose: 'child-records-app', device: 'setting-tablet' })],
  ['phone.camera.personal-not-brought', 'two-mile-ash-pre-school', at({ device: 'personal-camera', purpose: 'photo-or-video', photoSubject: 'no-children', secret: false }), at({ device: 'setting-camera', purpose: 'photo-or-video', photoSubject: 'no-children', secret: false })],
  ['phone.camera.personal-unauthorised', 'barnet-early-years', at({ device: 'personal-camera', purpose: 'photo-or-video', photoSubject: 'children', secret: false }), at({ device: 'personal-camera', purpose: 'photo-or-video', photoSubject: 'children', secret: false, permissions: [{ from: 'manager', for: 'photo' }] })],
  ['phone.camera.personal-not-agreed', 'homerton-early-years', at({ device: 'personal-camera', purpose: 'photo-or-video', photoSubject: 'children', secret: false }), at({ device: 'personal-camera', purpose: 'photo-or-video', photoSubject: 'children', secret: false, permissions: [{ from: 'head-of-centre', for: 'photo' }] })],
  ['phone.photo.secret', 'baseline', at({ device: 'setting-camera', purpose: 'photo-or-video', photoSubject: 'children' }), at({ device: 'setting-camera', purpose: 'photo-or-video', photoSubject: 'children', secret: false })],
  ['phone.parent.outside-building', 'homerton-early-years', at({ who: 'parent-or-carer', place: 'learning-space-outdoors' }), at({ who: 'parent-or-carer', place: 'off-premises' })],
  ['phone.parent.switched-off', 'two-mile-ash-pre-school', at({ who: 'parent-or-carer', place: 'entrance' }), at({ who: 'parent-or-carer', place: 'off-premises' })],
  ['phone.parent.out-of-sight', 'two-mile-ash-pre-school', at({ who: 'parent-or-carer', place: 'entrance' }), at({ who: 'parent-or-carer', place: 'off-premises' })],
  ['phone.parent.meeting-staff', 'two-mile-ash-pre-school', at({ who: 'parent-or-carer', place: 'office', meetingStaff: true }), at({ who: 'parent-or-carer', place: 'office' })],
  ['phone.visitor.hand-in', 'two-mile-ash-pre-school', at({ who: 'contractor', place: 'entrance' }), at({ who: 'lone-working-visitor', place: 'entrance' })],
  ['phone.visitor.call-outside', 'two-mile-ash-pre-school', at({ who: 'visitor', place: 'office' }), at({ who: 'visitor', place: 'office', purpose: 'message' })],
  ['phone.visitor.lone-working', 'two-mile-ash-pre-school', at({ who: 'lone-working-visitor', place: 'office' }), at({ who: 'visitor', place: 'office' })],
  ['phone.parent.photo-without-permission', 'homerton-early-years', at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'photo-or-video', photoSubject: 'no-children', secret: false }), at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'photo-or-video', photoSubject: 'no-children', secret: false, permissions: [{ from: 'leadership-team', for: 'photo' }] })],
  ['phone.parent.photo-other-children', 'two-mile-ash-pre-school', at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'photo-or-video', photoSubject: 'children', secret: false }), at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'photo-or-video', photoSubject: 'own-child-only', secret: false })],
  ['phone.parent.photo-own-child-without-permission', 'two-mile-ash-pre-school', at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'photo-or-video', photoSubject: 'own-child-only', secret: false }), at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'photo-or-video', photoSubject: 'own-child-only', secret: false, permissions: [{ from: 'manager', for: 'photo' }] })],
  ['phone.visitor.photo-never', 'kirklees-primary', at({ who: 'visitor', place: 'off-premises', purpose: 'photo-or-video', photoSubject: 'children', secret: false }), at({ who: 'visitor', place: 'off-premises', purpose: 'photo-or-video', photoSubject: 'no-children', secret: false })],
  ['phone.parent.share-children', 'two-mile-ash-pre-school', at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'social-media', photoSubject: 'children' }), at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'social-media', photoSubject: 'own-child-only' })],
  ['phone.parent.share-without-permission', 'homerton-early-years', at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'social-media', photoSubject: 'children' }), at({ who: 'parent-or-carer', place: 'off-premises', purpose: 'social-media', photoSubject: 'children', permissions: [{ from: 'parent', for: 'photo' }] })],
  ['phone.child.removed-until-collection', 'two-mile-ash-pre-school', at({ who: 'child', place: 'learning-space-indoors' }), at({ who: 'child', place: 'off-premises' })],
  ['phone.child.lesson-without-permission', 'kirklees-primary', at({ who: 'child', place: 'learning-space-indoors', lessonTime: true }), at({ who: 'child', place: 'learning-space-indoors', lessonTime: true, permissions: [{ from: 'teacher', for: 'lesson-use' }] })],
  ['phone.setting.place', 'homerton-early-years', at({ device: 'setting-phone', contactWith: 'family', place: 'learning-space-indoors' }), at({ device: 'setting-phone', contactWith: 'family', place: 'office' })],
  ['phone.outings.place', 'homerton-early-years', at({ device: 'outings-phone', contactWith: 'family', place: 'off-premises' }), at({ device: 'outings-phone', contactWith: 'family', place: 'outing' })],
  ['phone.setting.taken-home', 'homerton-early-years', at({ device: 'setting-phone', contactWith: 'family', place: 'off-premises' }), at({ device: 'setting-phone', contactWith: 'family', place: 'staff-room' })],
  ['phone.setting.off-premises-unencrypted', 'cambridgeshire-early-years', at({ device: 'setting-tablet', purpose: 'child-records-app', place: 'off-premises' }), at({ device: 'setting-tablet', purpose: 'child-records-app', place: 'off-premises', deviceEncrypted: true })],
  ['phone.setting.contact-purpose', 'baseline', at({ device: 'setting-phone', contactWith: 'other' }), at({ device: 'setting-phone', contactWith: 'emergency-services' })],
  ['phone.setting.follows-personal-rules', 'two-mile-ash-pre-school', at({ device: 'setting-phone', contactWith: 'family', place: 'office', workingHours: true }), at({ device: 'setting-phone', contactWith: 'family', place: 'office', workingHours: false })],
];

describe('phone rules: each fires on its clause and not otherwise', () => {
  it.each(cases)('%s (%s)', (rule, preset, fires, quiet) => {
    expect(rules(fires, preset)).toContain(rule);
    expect(rules(quiet, preset)).not.toContain(rule);
  });
});

describe('the same request, answered by each preset from its own policy', () => {
  const ids = (q: PhoneRequest, p: PresetId) => { const d = canUsePhone(q, { policy: p }); return { allowed: d.allowed, rules: d.reasons.map((r) => r.rule), sources: d.reasons.map((r) => r.clause.source), conditions: d.conditions }; };
  it('staff personal phone in the staff room on a lunch break, no children present', () => {
    const q = at({ workingHours: true, lunchBreak: true, sessionRunning: true });
    expect(ids(q, 'barnet-early-years').allowed).toBe(true);
    const hom = ids(q, 'homerton-early-years');
    expect(hom).toMatchObject({ allowed: false, rules: ['phone.personal.working-hours'], sources: ['001_37d62a2ef733a813.txt'] });
    const tma = ids(q, 'two-mile-ash-pre-school');
    expect(tma.allowed).toBe(false);
    expect(tma.rules).toContain('phone.personal.lunch-break');
    expect(tma.conditions).toEqual(expect.arrayContaining(['leave-the-building', 'store-in-locked-box', 'switch-off']));
    expect(ids(q, 'cambridgeshire-early-years')).toMatchObject({ allowed: false, sources: ['003_20a7bc9faa9d6812.txt'], conditions: ['use-setting-phone'] });
    expect(ids({ ...q, lessonTime: true }, 'kirklees-primary')).toMatchObject({ allowed: false, rules: ['phone.personal.lesson-time'] });
    expect(ids(at({ workingHours: true, lunchBreak: true, lessonTime: false }), 'kirklees-primary').allowed).toBe(true);
  });
  it('staff personal phone on an outing, no emergency', () => {
    const q = at({ place: 'outing', childrenPresent: true });
    expect(ids(q, 'homerton-early-years').conditions).toContain('agreed-emergency-use-only');
    expect(ids(q, 'two-mile-ash-pre-school')).toMatchObject({ allowed: false, conditions: ['switch-off'] });
    expect(ids(q, 'kirklees-primary').conditions).toEqual(['use-setting-phone']);
    expect(ids(q, 'cambridgeshire-early-years').rules).toEqual(['phone.personal.not-setting-owned']);
    for (const p of ['homerton-early-years', 'two-mile-ash-pre-school', 'kirklees-primary', 'cambridgeshire-early-years'] as const) expect(ids(q, p).allowed).toBe(false);
  });
  it('a parent at collection with a phone: leave the building (Homerton) or switch off, out of sight (Two Mile Ash)', () => {
    const q = at({ who: 'parent-or-carer', place: 'entrance', childrenPresent: true });
    expect(ids(q, 'homerton-early-years')).toMatchObject({ allowed: false, rules: ['phone.parent.outside-building'], conditions: ['leave-the-building'] });
    expect(ids(q, 'two-mile-ash-pre-school')).toMatchObject({ allowed: false, conditions: ['switch-off', 'out-of-sight'] });
  });
  it('a social worker keeps a phone; an ordinary visitor hands it in', () => {
    expect(ids(at({ who: 'lone-working-visitor', place: 'office', purpose: 'message', contactWith: 'other' }), 'two-mile-ash-pre-school').allowed).toBe(true);
    expect(ids(at({ who: 'visitor', place: 'office', purpose: 'message', contactWith: 'other' }), 'two-mile-ash-pre-school')).toMatchObject({ allowed: false, conditions: ['switch-off', 'hand-in-to-office'] });
  });
  it('a staff photo of children on a personal phone with the manager\'s authorisation: Barnet allows, the others never', () => {
    const q = at({ purpose: 'photo-or-video', photoSubject: 'children', secret: false, permissions: [{ from: 'manager', for: 'photo' }] });
    expect(ids(q, 'barnet-early-years').allowed).toBe(true);
    for (const p of ['homerton-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] as const) expect(ids(q, p).rules).toContain('phone.personal.photo-children');
  });
  it('the setting phone in a learning space: Homerton blocks, Cambridgeshire allows', () => {
    const q = at({ device: 'setting-phone', contactWith: 'family', place: 'learning-space-indoors', childrenPresent: true });
    expect(ids(q, 'homerton-early-years').rules).toEqual(['phone.setting.place']);
    expect(ids(q, 'cambridgeshire-early-years').allowed).toBe(true);
  });
  it('a child with a phone: kept in the office (Two Mile Ash) or allowed outside lessons (Kirklees)', () => {
    const q = at({ who: 'child', place: 'learning-space-indoors', lessonTime: false });
    expect(ids(q, 'two-mile-ash-pre-school')).toMatchObject({ allowed: false, conditions: ['keep-in-office-until-collection'] });
    expect(ids(q, 'kirklees-primary').allowed).toBe(true);
  });
});
