import { describe, expect, it } from 'vitest';
import type { PhoneRequest } from './schema.js';
import { presetInfo, type PresetId } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { decide, requestsFrom, rules } from './helpers.js';

// Each preset answers as its own policy (issue 13): a rule fires under a preset only where that policy (or the law)
// states the requirement, and its finding cites that policy's own words. Written from the clauses of each policy.
const calm: PhoneRequest = {
  who: 'staff', device: 'personal-phone', purpose: 'call', contactWith: 'dependant', place: 'staff-room',
  childrenPresent: false, sessionRunning: false, workingHours: false, lunchBreak: false, lessonTime: false,
};
const at = requestsFrom(calm);
const parent: Partial<PhoneRequest> = { who: 'parent-or-carer' };
const presets = ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] as const;
const LAW = 'statutory-facts.md';
/** The clause a rule's finding cites under a preset (undefined where the rule does not fire). */
const cites = (q: PhoneRequest, p: PresetId, rule: string) => decide(q, p).reasons.find((r) => r.rule === rule)?.clause.source;
const own = (p: Exclude<PresetId, 'baseline'>) => presetInfo[p].source;

// 000: "Do Not … Use mobile phones or other devices to take photographs, (unless you have specific authorisation)".
describe('Barnet: a photo on a personal phone with the manager\'s specific authorisation is allowed, children present', () => {
  const photoNearChildren = at({
    purpose: 'photo-or-video', photoSubject: 'children', secret: false, place: 'learning-space-indoors',
    childrenPresent: true, sessionRunning: true, workingHours: true,
  });
  const authorised = (q: PhoneRequest): PhoneRequest => ({ ...q, permissions: [{ from: 'manager', for: 'photo' }] });

  it('the authorised photo is allowed, with no finding (the authorisation the clause provides for is usable)', () => {
    const d = decide(authorised(photoNearChildren), 'barnet-early-years');
    expect(d.allowed).toBe(true);
    expect(d.reasons).toEqual([]);
  });
  it('on an outing with the children too', () => {
    expect(decide(authorised({ ...photoNearChildren, place: 'outing' }), 'barnet-early-years').allowed).toBe(true);
  });
  it('without the authorisation it is refused twice over: the photo, and the phone near children, each citing Barnet', () => {
    const d = decide(photoNearChildren, 'barnet-early-years');
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((r) => [r.rule, r.clause.source])).toEqual([
      ['phone.personal.children-present', own('barnet-early-years')],
      ['phone.personal.photo-unauthorised', own('barnet-early-years')],
    ]);
  });
  it('everything else about a personal phone near children still holds', () => {
    // the authorisation is for photos: a call, a post or a records app near children is still refused
    for (const q of [at({ childrenPresent: true }), at({ purpose: 'social-media', photoSubject: 'children', childrenPresent: true }),
      at({ purpose: 'child-records-app', childrenPresent: true })]) {
      expect(rules(authorised(q), 'barnet-early-years')).toContain('phone.personal.children-present');
    }
    // it is the manager's: the same permission from anyone else is not the authorisation
    expect(rules({ ...photoNearChildren, permissions: [{ from: 'leadership-team', for: 'photo' }] }, 'barnet-early-years'))
      .toEqual(['phone.personal.children-present', 'phone.personal.photo-unauthorised']);
    // and it is for a photo: a permission for something else is not it
    expect(rules({ ...photoNearChildren, permissions: [{ from: 'manager', for: 'charging' }] }, 'barnet-early-years'))
      .toContain('phone.personal.children-present');
    // an authorised photo is still never taken in secret (or not said to be open)
    expect(rules(authorised({ ...photoNearChildren, secret: undefined }), 'barnet-early-years')).toEqual(['phone.photo.secret']);
  });
  it('under a preset that never allows it, the same authorised photo is refused, citing that preset\'s own clause', () => {
    const q = authorised(photoNearChildren);
    for (const p of ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] as const) {
      expect(decide(q, p).allowed, p).toBe(false);
      expect(cites(q, p, 'phone.personal.photo-children'), p).toBe(own(p));
    }
    expect(decide(q, 'baseline').allowed).toBe(false);
    expect(rules(q, 'homerton-early-years')).toContain('phone.personal.children-present');
  });

  const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
    { rule: 'phone.personal.children-present', policy: 'barnet-early-years', effect: 'block', fires: photoNearChildren,
      nearMisses: [authorised(photoNearChildren), { ...photoNearChildren, childrenPresent: false }, { ...photoNearChildren, ...parent },
        { ...photoNearChildren, emergency: true, permissions: [{ from: 'manager', for: 'emergency' }] }],
      elsewhere: ['kirklees-primary', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  ];
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('staff personal phones: each preset\'s own rule, or none', () => {
  const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
    // 004 names no presence rule for staff phones: only lesson time.
    { rule: 'phone.personal.children-present', policy: 'baseline', effect: 'block', fires: at({ childrenPresent: true }),
      nearMisses: [at({})], elsewhere: ['kirklees-primary'] },
    // 000 "Use personal ICT equipment, unless with specific authorisation": the manager's, in an emergency.
    { rule: 'phone.personal.emergency-use-agreed', policy: 'barnet-early-years', effect: 'warn',
      fires: at({ emergency: true, permissions: [{ from: 'manager', for: 'emergency' }], childrenPresent: true }),
      nearMisses: [at({ emergency: true, childrenPresent: true }), at({ emergency: true, permissions: [{ from: 'manager', for: 'emergency' }], ...parent })],
      elsewhere: ['two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
    // 004: personal use in lesson time "would normally be unacceptable; however in some circumstances they may be allowed".
    { rule: 'phone.personal.emergency-use-agreed', policy: 'kirklees-primary', effect: 'warn',
      fires: at({ emergency: true, permissions: [{ from: 'head-teacher', for: 'emergency' }], lessonTime: true }),
      nearMisses: [at({ emergency: true, permissions: [{ from: 'manager', for: 'emergency' }], lessonTime: true }),
        at({ emergency: true, permissions: [{ from: 'line-manager', for: 'charging' }], lessonTime: true })],
      elsewhere: ['two-mile-ash-pre-school'] },
    // Only Homerton (001) asks permission to charge a phone.
    { rule: 'phone.personal.charging', policy: 'homerton-early-years', effect: 'block', fires: at({ purpose: 'charging' }),
      nearMisses: [at({ purpose: 'charging', place: 'off-premises' })],
      elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] },
    // Lockers are Homerton's (001); Barnet and Kirklees name no place to keep a phone.
    { rule: 'phone.personal.store-in-locker', policy: 'homerton-early-years', effect: 'warn', fires: at({ childrenPresent: true }),
      nearMisses: [at({})], elsewhere: ['barnet-early-years', 'kirklees-primary'] },
    // 000: "nor should personal equipment containing such images be brought into the workplace" (004 appendix, section 28, too).
    { rule: 'phone.personal.adult-content', policy: 'barnet-early-years', effect: 'block', fires: at({ holdsAdultContent: true }),
      nearMisses: [at({ holdsAdultContent: false }), at({}), at({ holdsAdultContent: true, place: 'off-premises' }), at({ holdsAdultContent: true, ...parent }),
        at({ holdsAdultContent: true, device: 'setting-phone', contactWith: 'family' })],
      elsewhere: ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
    { rule: 'phone.personal.adult-content', policy: 'kirklees-primary', effect: 'block', fires: at({ holdsAdultContent: true, device: 'personal-camera', purpose: 'photo-or-video', photoSubject: 'no-children', secret: false }),
      nearMisses: [at({ device: 'personal-camera', purpose: 'photo-or-video', photoSubject: 'no-children', secret: false })] },
    // Switching off on outings is Two Mile Ash's (002); Barnet names no outing rule.
    { rule: 'phone.outing.switch-off', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ place: 'outing' }),
      nearMisses: [at({ place: 'off-premises' })], elsewhere: ['barnet-early-years'] },
  ];
  it.each(scenarios.map((s) => [`${s.rule} (${s.policy})`, s] as const))('%s', (_, s) => expectScenario(decide, s));

  it('Kirklees: a staff call outside lesson time is allowed, children about or not; in lesson time it is refused', () => {
    expect(decide(at({ childrenPresent: true, place: 'learning-space-outdoors' }), 'kirklees-primary').allowed).toBe(true);
    expect(decide(at({ childrenPresent: undefined }), 'kirklees-primary').allowed).toBe(true);
    expect(rules(at({ childrenPresent: true, lessonTime: true }), 'kirklees-primary')).toEqual(['phone.personal.lesson-time']);
  });
  it('Barnet: an emergency call near children with the manager\'s permission is allowed (Barnet names no place for it)', () => {
    const q = at({ emergency: true, permissions: [{ from: 'manager', for: 'emergency' }], childrenPresent: true });
    expect(decide(q, 'barnet-early-years')).toMatchObject({ allowed: true });
    expect(cites(q, 'barnet-early-years', 'phone.personal.emergency-use-agreed')).toBe(own('barnet-early-years'));
    expect(rules(q, 'two-mile-ash-pre-school')).toContain('phone.personal.emergency-children-present');
  });
  it('personal equipment holding adult content: Barnet and Kirklees each cite their own clause', () => {
    for (const p of ['barnet-early-years', 'kirklees-primary'] as const) expect(cites(at({ holdsAdultContent: true }), p, 'phone.personal.adult-content'), p).toBe(own(p));
  });
  it('contacting a family on a personal phone is refused under every preset, citing its own clause', () => {
    for (const p of presets) {
      expect(cites(at({ contactWith: 'family' }), p, 'phone.personal.contact-family'), p).toBe(own(p));
      expect(cites(at({ contactWith: undefined }), p, 'phone.personal.contact-unknown'), p).toBe(own(p));
    }
  });
  it('a personal phone photo of children is refused under every preset but Barnet, citing its own clause', () => {
    const q = at({ purpose: 'photo-or-video', photoSubject: 'children', secret: false });
    for (const p of presets.filter((x) => x !== 'barnet-early-years')) expect(cites(q, p, 'phone.personal.photo-children'), p).toBe(own(p));
    expect(rules(q, 'barnet-early-years')).not.toContain('phone.personal.photo-children');
  });
});

describe('personal cameras and child-records apps', () => {
  const camera: Partial<PhoneRequest> = { device: 'personal-camera', purpose: 'photo-or-video', secret: false };
  const records: Partial<PhoneRequest> = { purpose: 'child-records-app' };
  const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
    // 003: "Staff taking photographs or recording with technology not owned by our setting is specifically not allowed".
    { rule: 'phone.camera.personal-not-brought', policy: 'cambridgeshire-early-years', effect: 'block', fires: at({ ...camera, photoSubject: 'no-children', place: 'office' }),
      nearMisses: [at({ ...camera, photoSubject: 'no-children', place: 'off-premises' }), at({ ...camera, photoSubject: 'no-children', device: 'setting-camera' })],
      elsewhere: ['kirklees-primary', 'barnet-early-years'] },
    // 004: staff "never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils".
    { rule: 'phone.camera.personal-photo-children', policy: 'kirklees-primary', effect: 'block', fires: at({ ...camera, photoSubject: 'children' }),
      nearMisses: [at({ ...camera, photoSubject: 'no-children' }), at({ ...camera, photoSubject: 'children', device: 'setting-camera' }),
        at({ ...camera, photoSubject: 'children', ...parent })],
      elsewhere: ['baseline', 'two-mile-ash-pre-school', 'barnet-early-years'] },
    { rule: 'phone.camera.personal-photo-children', policy: 'kirklees-primary', effect: 'block', fires: at({ ...camera }),
      nearMisses: [at({ ...camera, photoSubject: 'no-children' })] },
    // 001: personal devices "should not be used for any apps which record and store children's personal details…" (staff).
    { rule: 'phone.personal.child-records-app', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ ...records }),
      nearMisses: [at({ ...records, ...parent }), at({ ...records, device: 'setting-tablet' })], elsewhere: ['barnet-early-years'] },
    // 000: "Use personal ICT equipment, unless with specific authorisation".
    { rule: 'phone.personal.child-records-app-unauthorised', policy: 'barnet-early-years', effect: 'block', fires: at({ ...records }),
      nearMisses: [at({ ...records, permissions: [{ from: 'manager', for: 'photo' }] }), at({ ...records, device: 'setting-tablet' }),
        at({ ...records, ...parent }), at({ purpose: 'browsing' })],
      elsewhere: ['homerton-early-years', 'kirklees-primary'] },
    { rule: 'phone.personal.child-records-app-unauthorised', policy: 'barnet-early-years', effect: 'block', fires: at({ ...records, device: 'personal-camera' }),
      nearMisses: [at({ ...records, device: 'personal-camera', permissions: [{ from: 'manager', for: 'photo' }] })] },
  ];
  it.each(scenarios.map((s) => [`${s.rule} (${s.policy})`, s] as const))('%s', (_, s) => expectScenario(decide, s));

  it('a child-records app on a personal device cites each preset\'s own clause; Barnet allows it with the manager\'s authorisation', () => {
    for (const p of presets.filter((x) => x !== 'barnet-early-years')) expect(cites(at({ ...records }), p, 'phone.personal.child-records-app'), p).toBe(own(p));
    expect(decide(at({ ...records, permissions: [{ from: 'manager', for: 'photo' }] }), 'barnet-early-years').allowed).toBe(true);
  });
  it('the Homerton camera value is named for the head of the setting', () => {
    expect(rules(at({ ...camera, photoSubject: 'no-children' }), 'homerton-early-years')).toEqual(['phone.camera.personal-not-agreed']);
  });
});

describe('secret recording', () => {
  const secretly = at({ device: 'setting-camera', purpose: 'photo-or-video', photoSubject: 'children', secret: true });
  const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
    { rule: 'phone.photo.secret', policy: 'barnet-early-years', effect: 'block', fires: secretly,
      nearMisses: [{ ...secretly, secret: false }, { ...secretly, purpose: 'call', contactWith: 'family' }], elsewhere: ['cambridgeshire-early-years'] },
  ];
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
  it('cites each policy\'s own words: Barnet and Kirklees forbid it; Homerton (the child\'s wishes) and Two Mile Ash (monitored by the manager) read protectively', () => {
    for (const p of ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] as const) {
      expect(cites(secretly, p, 'phone.photo.secret'), p).toBe(own(p));
    }
  });
});

describe('the setting\'s own phones', () => {
  const settingPhone: Partial<PhoneRequest> = { device: 'setting-phone', contactWith: 'family' };
  const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
    // 003: "Setting issued devices only should be used for work purposes".
    { rule: 'phone.setting.contact-purpose', policy: 'cambridgeshire-early-years', effect: 'block', fires: at({ ...settingPhone, contactWith: 'dependant' }),
      nearMisses: [at({ ...settingPhone }), at({ ...settingPhone, contactWith: 'dependant', device: 'personal-phone' })],
      elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
    // 001 names the places; the others name none.
    { rule: 'phone.setting.place', policy: 'homerton-early-years', effect: 'block', fires: at({ ...settingPhone, place: 'learning-space-indoors' }),
      nearMisses: [at({ ...settingPhone })], elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school', 'kirklees-primary', 'cambridgeshire-early-years'] },
    { rule: 'phone.outings.place', policy: 'homerton-early-years', effect: 'block', fires: at({ ...settingPhone, device: 'outings-phone', place: 'off-premises' }),
      nearMisses: [at({ ...settingPhone, device: 'outings-phone', place: 'outing' })],
      elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school', 'kirklees-primary', 'cambridgeshire-early-years'] },
    // 001: "these phones may not be taken home"; elsewhere the law's encryption decides.
    { rule: 'phone.setting.taken-home', policy: 'homerton-early-years', effect: 'block', fires: at({ ...settingPhone, place: 'off-premises' }),
      nearMisses: [at({ ...settingPhone, place: 'office' })], elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] },
    // The law (ICO): "Personal data on laptops and portable devices must be encrypted".
    { rule: 'phone.setting.off-premises-unencrypted', policy: 'barnet-early-years', effect: 'block', fires: at({ ...settingPhone, place: 'off-premises' }),
      nearMisses: [at({ ...settingPhone, place: 'off-premises', deviceEncrypted: true }), at({ ...settingPhone, place: 'outing' })],
      elsewhere: ['homerton-early-years'] },
  ];
  it.each(scenarios.map((s) => [`${s.rule} (${s.policy})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
  it('off the premises unencrypted: Cambridgeshire cites its own clause, Barnet, Two Mile Ash and Kirklees the law', () => {
    const q = at({ ...settingPhone, place: 'off-premises' });
    expect(cites(q, 'cambridgeshire-early-years', 'phone.setting.off-premises-unencrypted')).toBe(own('cambridgeshire-early-years'));
    for (const p of ['barnet-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] as const) {
      expect(cites(q, p, 'phone.setting.off-premises-unencrypted'), p).toBe(LAW);
    }
  });
  it('a call to a dependant on the school phone: Kirklees refuses, citing its own clause', () => {
    expect(cites(at({ ...settingPhone, contactWith: 'dependant' }), 'kirklees-primary', 'phone.setting.contact-purpose')).toBe(own('kirklees-primary'));
  });
});

describe('parents\', visitors\' and children\'s phones', () => {
  const visitor = (q: Partial<PhoneRequest> = {}) => at({ who: 'visitor', place: 'office', purpose: 'message', contactWith: 'other', ...q });
  const photo = (q: Partial<PhoneRequest>) => at({ ...parent, purpose: 'photo-or-video', place: 'learning-space-indoors', ...q });
  const post = (q: Partial<PhoneRequest>) => at({ ...parent, purpose: 'social-media', place: 'off-premises', ...q });
  const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
    // 002's hand-in rule is Two Mile Ash's.
    { rule: 'phone.visitor.hand-in', policy: 'two-mile-ash-pre-school', effect: 'block', fires: visitor(),
      nearMisses: [visitor({ who: 'lone-working-visitor' })],
      elsewhere: ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
    // 001: "Staff will help parents and visitors understand the reasons for limiting their uses of technology within the Centre".
    { rule: 'phone.visitor.outside-building', policy: 'homerton-early-years', effect: 'block', fires: visitor(),
      nearMisses: [visitor({ who: 'staff' }), visitor({ ...parent }), visitor({ place: 'off-premises' }), visitor({ device: 'setting-phone' })],
      elsewhere: ['two-mile-ash-pre-school', 'barnet-early-years', 'kirklees-primary', 'baseline'] },
    { rule: 'phone.visitor.outside-building', policy: 'homerton-early-years', effect: 'block', fires: visitor({ who: 'lone-working-visitor', place: 'learning-space-outdoors' }),
      nearMisses: [visitor({ who: 'lone-working-visitor', place: 'off-premises' })] },
    // 003: the policy "applies to everyone" using devices on the premises, and "Only technology owned by the setting will be used".
    { rule: 'phone.others.not-setting-owned', policy: 'cambridgeshire-early-years', effect: 'block', fires: visitor(),
      nearMisses: [visitor({ place: 'off-premises' }), visitor({ device: 'setting-tablet' }), visitor({ who: 'staff' })],
      elsewhere: ['two-mile-ash-pre-school', 'homerton-early-years', 'barnet-early-years', 'kirklees-primary', 'baseline'] },
    { rule: 'phone.others.not-setting-owned', policy: 'cambridgeshire-early-years', effect: 'block', fires: visitor({ ...parent, place: 'entrance' }),
      nearMisses: [visitor({ ...parent, place: 'off-premises' })], elsewhere: ['homerton-early-years'] },
    { rule: 'phone.others.not-setting-owned', policy: 'cambridgeshire-early-years', effect: 'block', fires: visitor({ who: 'child', place: 'outing' }),
      nearMisses: [visitor({ who: 'child', place: 'off-premises' })], elsewhere: ['two-mile-ash-pre-school', 'kirklees-primary'] },
    { rule: 'phone.others.not-setting-owned', policy: 'cambridgeshire-early-years', effect: 'block', fires: photo({ device: 'personal-camera', photoSubject: 'no-children' }),
      nearMisses: [photo({ device: 'setting-camera', photoSubject: 'no-children' })] },
    // Children's phones: Two Mile Ash removes them until collection; Barnet and Homerton name no rule.
    { rule: 'phone.child.removed-until-collection', policy: 'two-mile-ash-pre-school', effect: 'block', fires: visitor({ who: 'child', place: 'learning-space-indoors' }),
      nearMisses: [visitor({ who: 'child', place: 'off-premises' })],
      elsewhere: ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years'] },
    // 000: "It is not appropriate for adults to take photographs of children for their own personal use."
    { rule: 'phone.visitor.photo-never', policy: 'barnet-early-years', effect: 'block', fires: photo({ photoSubject: 'children' }),
      nearMisses: [photo({ photoSubject: 'no-children' }), photo({ photoSubject: 'children', who: 'staff' })],
      elsewhere: ['cambridgeshire-early-years', 'homerton-early-years'] },
    // The law: parents' photos posted on a public account likely go beyond personal or household use.
    { rule: 'phone.parent.share-without-permission', policy: 'barnet-early-years', effect: 'block', fires: post({ photoSubject: 'children' }),
      nearMisses: [post({ photoSubject: 'children', permissions: [{ from: 'parent', for: 'photo' }] }), post({ photoSubject: 'own-child-only' })],
      elsewhere: ['two-mile-ash-pre-school'] },
  ];
  it.each(scenarios.map((s) => [`${s.rule} (${s.policy})`, s] as const))('%s', (_, s) => expectScenario(decide, s));

  it('a parent or visitor with a phone: Barnet and Kirklees name no rule; a child with one under Barnet or Homerton, neither', () => {
    for (const p of ['barnet-early-years', 'kirklees-primary'] as const) {
      expect(decide(visitor(), p).allowed, p).toBe(true);
      expect(decide(visitor({ ...parent, place: 'entrance' }), p).allowed, p).toBe(true);
    }
    for (const p of ['barnet-early-years', 'homerton-early-years'] as const) {
      expect(decide(visitor({ who: 'child', place: 'learning-space-indoors' }), p).allowed, p).toBe(true);
    }
  });
  it('a parent\'s post of other children: Kirklees cites its own clause, Barnet and Cambridgeshire the law', () => {
    const q = post({ photoSubject: 'children' });
    expect(cites(q, 'kirklees-primary', 'phone.parent.share-without-permission')).toBe(own('kirklees-primary'));
    for (const p of ['barnet-early-years', 'cambridgeshire-early-years'] as const) expect(cites(q, p, 'phone.parent.share-without-permission'), p).toBe(LAW);
    expect(cites(q, 'homerton-early-years', 'phone.parent.share-without-permission')).toBe(own('homerton-early-years'));
  });
});
