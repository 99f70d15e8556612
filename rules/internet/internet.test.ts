import { describe, expect, it } from 'vitest';
import { canChildUseInternet } from './canChildUseInternet.js';
import type { InternetSession } from './schema.js';
import { presetIds, presetInfo, type PresetId } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';

const safe: InternetSession = {
  deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'bookmarked-site', writtenParentalPermission: true,
  inAreaVisibleToStaff: true, contentChecked: true, filteringActive: true, secondHandDevice: false, plannedCurriculumActivity: false,
  taughtStaySafe: true,
};
const at = (q: Partial<InternetSession>): InternetSession => ({ ...safe, ...q });
const rules = (q: InternetSession, policy: PresetId) => canChildUseInternet(q, { policy }).reasons.map((r) => r.rule);
const sources = (q: InternetSession, policy: PresetId) => canChildUseInternet(q, { policy }).reasons.map((r) => r.clause.source);
const own = (p: Exclude<PresetId, 'baseline'>) => presetInfo[p].source!;
const presets = presetIds.filter((p): p is Exclude<PresetId, 'baseline'> => p !== 'baseline');

// A social network, for a 9-year-old whose parent consented to it (so the consent-age rule stays quiet).
const social = { activity: 'social-networking', childAge: 9, parentalConsentToService: true } as const;
const curriculum = { ...social, plannedCurriculumActivity: true } as const;
const gaming = { activity: 'non-educational-site' } as const;
const signUp = { activity: 'learning-app', serviceAsksConsent: true } as const;

// For every rule: a session that fires it with the effect its clause gives, and near misses (one per condition).
const scenarios: RuleScenario<InternetSession, PresetId>[] = [
  { rule: 'internet.supervision.none', policy: 'baseline', effect: 'block', fires: at({ supervision: 'none' }), nearMisses: [at({ supervision: 'adult-in-room' })] },
  { rule: 'internet.search.not-sitting-with', policy: 'homerton-early-years', effect: 'block', fires: at({ activity: 'search', supervision: 'adult-in-room' }),
    nearMisses: [at({ activity: 'search' }), at({ activity: 'watch-content', supervision: 'adult-in-room' })], elsewhere: ['barnet-early-years'] },
  { rule: 'internet.search.not-allowed', policy: 'cambridgeshire-early-years', effect: 'block', fires: at({ activity: 'install' }),
    nearMisses: [at({ activity: 'watch-content' })], elsewhere: ['homerton-early-years'] },
  // 001 "installing/downloading of new programs and applications is restricted to authorised staff members only"; 004 only
  // technical staff. Barnet and Two Mile Ash do not say who installs (as the equipment area's installBy).
  { rule: 'internet.install.child', policy: 'homerton-early-years', effect: 'block', fires: at({ activity: 'install' }), nearMisses: [at({ activity: 'learning-app' })],
    elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
  // 002: "All computers for use by children are located in an area clearly visible to staff." The others do not say where.
  { rule: 'internet.area.not-visible', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ inAreaVisibleToStaff: undefined }), nearMisses: [at({})],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
  // 002: "written permission is gained from parents who are shown this policy". Barnet, Homerton and Cambridgeshire ask none.
  { rule: 'internet.permission.missing', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ writtenParentalPermission: false }), nearMisses: [at({})],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
  // 004: "We will ask all parents to discuss the pupil's AUP with their child and return a signed copy to the school."
  { rule: 'internet.permission.aup-unsigned', policy: 'kirklees-primary', effect: 'block', fires: at({ writtenParentalPermission: undefined }), nearMisses: [at({})],
    elsewhere: ['two-mile-ash-pre-school', 'barnet-early-years'] },
  // 002: "Children are taught the following stay safe principles in an age appropriate way prior to using the internet".
  { rule: 'internet.stay-safe.not-taught', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ taughtStaySafe: undefined }), nearMisses: [at({})],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
  // 002 and 003: only the setting's own equipment. Barnet, Homerton and Kirklees do not limit children to it.
  { rule: 'internet.device.not-setting-owned', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ deviceOwner: 'child' }), nearMisses: [at({})],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'kirklees-primary'] },
  // 001: "Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre."
  { rule: 'internet.device.personal-unauthorised', policy: 'homerton-early-years', effect: 'block', fires: at({ deviceOwner: 'personal' }),
    nearMisses: [at({ deviceOwner: 'personal', personalDeviceAuthorised: true }), at({ deviceOwner: 'child' })],
    elsewhere: ['kirklees-primary', 'two-mile-ash-pre-school'] },
  { rule: 'internet.device.second-hand-unchecked', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ secondHandDevice: true }),
    nearMisses: [at({ secondHandDevice: true, secondHandDeviceChecked: true }), at({ secondHandDevice: false })],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
  { rule: 'internet.filtering.missing', policy: 'baseline', effect: 'block', fires: at({ filteringActive: undefined }), nearMisses: [at({})] },
  { rule: 'internet.content.unchecked', policy: 'homerton-early-years', effect: 'block', fires: at({ contentChecked: false }), nearMisses: [at({})],
    elsewhere: ['kirklees-primary', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'internet.content.unchecked-encouraged', policy: 'kirklees-primary', effect: 'warn', fires: at({ contentChecked: false }), nearMisses: [at({})], elsewhere: ['homerton-early-years'] },
  // 002: "Children are not allowed to access social networking sites." Kirklees allows it as planned curriculum activity.
  { rule: 'internet.social-networking', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ ...curriculum }), nearMisses: [at({ ...curriculum, activity: 'learning-app' })],
    elsewhere: ['kirklees-primary', 'baseline'] },
  // 004: social networking in lesson time "would normally be unacceptable; however ... may be allowed e.g. as part of planned curriculum activity".
  { rule: 'internet.social-networking.not-curriculum', policy: 'kirklees-primary', effect: 'block', fires: at({ ...social }),
    nearMisses: [at({ ...curriculum }), at({ ...social, activity: 'learning-app' })], elsewhere: ['two-mile-ash-pre-school', 'barnet-early-years'] },
  { rule: 'internet.non-educational.not-curriculum', policy: 'kirklees-primary', effect: 'block', fires: at({ ...gaming }),
    nearMisses: [at({ ...gaming, plannedCurriculumActivity: true }), at({ activity: 'bookmarked-site' })], elsewhere: ['two-mile-ash-pre-school', 'homerton-early-years'] },
  { rule: 'internet.curriculum.exempt', policy: 'kirklees-primary', effect: 'warn', fires: at({ ...curriculum }),
    nearMisses: [at({ ...social }), at({ ...curriculum, activity: 'learning-app' })], elsewhere: ['two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'internet.curriculum.exempt', policy: 'kirklees-primary', effect: 'warn', fires: at({ ...gaming, plannedCurriculumActivity: true }),
    nearMisses: [at({ ...gaming })], elsewhere: ['barnet-early-years'] },
  { rule: 'internet.email.child', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ activity: 'email' }), nearMisses: [at({ activity: 'video-call' })],
    elsewhere: ['kirklees-primary', 'barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years'] },
  { rule: 'internet.public-posting', policy: 'kirklees-primary', effect: 'block', fires: at({ activity: 'public-posting' }),
    nearMisses: [at({ activity: 'public-posting', plannedCurriculumActivity: true }), at({ activity: 'video-call' })],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  // statutory-facts.md: "Digital consent age: 13 in the UK (Data Protection Act 2018, s.9)". Below it a parent consents.
  { rule: 'internet.consent-age.no-parental-consent', policy: 'kirklees-primary', effect: 'block', fires: at({ ...curriculum, parentalConsentToService: undefined }),
    nearMisses: [at({ ...curriculum }), at({ ...curriculum, parentalConsentToService: undefined, childAge: 13 }), at({ activity: 'learning-app', childAge: 9 })] },
  { rule: 'internet.consent-age.no-parental-consent', policy: 'homerton-early-years', effect: 'block', fires: at({ ...signUp }),
    nearMisses: [at({ ...signUp, parentalConsentToService: true }), at({ ...signUp, childAge: 14 }), at({ ...signUp, serviceAsksConsent: false })] },
];

describe('internet rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario((q, policy) => canChildUseInternet(q, { policy }), s));
});

describe('the same session, answered by each preset from its own policy', () => {
  it('a child searches with an adult in the room, not sitting by them', () => {
    const q = at({ activity: 'search', supervision: 'adult-in-room' });
    expect(rules(q, 'homerton-early-years')).toEqual(['internet.search.not-sitting-with']);
    expect(rules(q, 'cambridgeshire-early-years')).toEqual(['internet.search.not-allowed']);
    for (const p of ['barnet-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] as const) expect(canChildUseInternet(q, { policy: p }).allowed).toBe(true);
  });
  it('unchecked content: Homerton and Barnet block, Kirklees warns and allows, Two Mile Ash and Cambridgeshire ask no check', () => {
    const q = at({ contentChecked: false });
    expect(canChildUseInternet(q, { policy: 'homerton-early-years' }).allowed).toBe(false);
    expect(sources(q, 'barnet-early-years')).toEqual([own('barnet-early-years')]);
    expect(canChildUseInternet(q, { policy: 'kirklees-primary' })).toMatchObject({ allowed: true, reasons: [{ effect: 'warn', clause: { source: '004_fa76751dc5d22203.txt' } }] });
    for (const p of ['two-mile-ash-pre-school', 'cambridgeshire-early-years'] as const) expect(canChildUseInternet(q, { policy: p })).toMatchObject({ allowed: true, reasons: [] });
  });
  it('a pupil emails: Kirklees allows the school account; Two Mile Ash forbids email for children', () => {
    const q = at({ activity: 'email' });
    expect(canChildUseInternet(q, { policy: 'kirklees-primary' }).allowed).toBe(true);
    expect(canChildUseInternet(q, { policy: 'two-mile-ash-pre-school' }).allowed).toBe(false);
  });
  it('a child installs an app: Homerton, Cambridgeshire and Kirklees refuse it, each citing its own clause; Barnet and Two Mile Ash do not say', () => {
    const q = at({ activity: 'install' });
    for (const p of ['homerton-early-years', 'kirklees-primary'] as const) expect(canChildUseInternet(q, { policy: p }).reasons.map((r) => [r.rule, r.clause.source])).toEqual([['internet.install.child', own(p)]]);
    expect(rules(q, 'cambridgeshire-early-years')).toEqual(['internet.search.not-allowed', 'internet.install.child']);
    expect(new Set(sources(q, 'cambridgeshire-early-years'))).toEqual(new Set([own('cambridgeshire-early-years')]));
    for (const p of ['barnet-early-years', 'two-mile-ash-pre-school'] as const) expect(canChildUseInternet(q, { policy: p }).allowed).toBe(true);
  });
  it('an unsupervised child, with no filtering: every preset refuses it, each citing its own policy', () => {
    const q = at({ supervision: 'none', filteringActive: false });
    for (const p of presets) {
      expect(rules(q, p)).toEqual(expect.arrayContaining(['internet.supervision.none', 'internet.filtering.missing']));
      expect(new Set(sources(q, p)), p).toEqual(new Set([own(p)]));
    }
  });
  it('a child on their own tablet: Two Mile Ash and Cambridgeshire allow only the setting\'s equipment; the others do not say so', () => {
    const q = at({ deviceOwner: 'child' });
    expect(sources(q, 'two-mile-ash-pre-school')).toEqual([own('two-mile-ash-pre-school')]);
    expect(sources(q, 'cambridgeshire-early-years')).toEqual([own('cambridgeshire-early-years')]);
    for (const p of ['barnet-early-years', 'homerton-early-years', 'kirklees-primary'] as const) expect(canChildUseInternet(q, { policy: p }).allowed).toBe(true);
  });
  it('a staff member\'s own iPad: Barnet and Homerton need the authorisation their policy names, and allow it once given', () => {
    const q = at({ deviceOwner: 'personal' });
    expect(sources(q, 'barnet-early-years')).toEqual([own('barnet-early-years')]);
    expect(sources(q, 'homerton-early-years')).toEqual([own('homerton-early-years')]);
    for (const p of ['barnet-early-years', 'homerton-early-years'] as const) expect(canChildUseInternet(at({ deviceOwner: 'personal', personalDeviceAuthorised: true }), { policy: p }).allowed).toBe(true);
    expect(rules(q, 'cambridgeshire-early-years')).toEqual(['internet.device.not-setting-owned']);
  });
  it('a stated "no" or an unstated answer where the policy asks nothing: no finding (Barnet: no permission, visibility or second-hand check)', () => {
    const q = at({ writtenParentalPermission: undefined, inAreaVisibleToStaff: undefined, secondHandDevice: undefined, taughtStaySafe: undefined });
    expect(canChildUseInternet(q, { policy: 'barnet-early-years' })).toMatchObject({ allowed: true, reasons: [] });
    expect(rules(q, 'two-mile-ash-pre-school')).toEqual(['internet.area.not-visible', 'internet.permission.missing', 'internet.stay-safe.not-taught', 'internet.device.second-hand-unchecked']);
  });
});

describe('planned curriculum activity and the digital consent age (issue 13, item 4)', () => {
  it('Kirklees: a pupil\'s social networking as planned curriculum activity is allowed, supervised, with a warning that cites the exemption', () => {
    const d = canChildUseInternet(at({ ...curriculum, supervision: 'adult-in-room' }), { policy: 'kirklees-primary' });
    expect(d).toMatchObject({ allowed: true, reasons: [{ rule: 'internet.curriculum.exempt', effect: 'warn', clause: { source: own('kirklees-primary') } }] });
    expect(d.reasons[0]!.clause.section).toContain('planned curriculum activity');
  });
  it('Kirklees: not as planned curriculum activity, or unsupervised, it is refused', () => {
    expect(rules(at({ ...social }), 'kirklees-primary')).toEqual(['internet.social-networking.not-curriculum']);
    expect(rules(at({ ...social, plannedCurriculumActivity: undefined }), 'kirklees-primary')).toEqual(['internet.social-networking.not-curriculum']);
    expect(rules(at({ ...curriculum, supervision: 'none' }), 'kirklees-primary')).toContain('internet.supervision.none');
  });
  it('every other preset refuses it even as planned curriculum activity, citing its own policy', () => {
    for (const p of ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] as const) {
      expect(canChildUseInternet(at({ ...curriculum }), { policy: p })).toMatchObject({ allowed: false, reasons: [{ rule: 'internet.social-networking', clause: { source: own(p) } }] });
    }
  });
  it('a child under 13 needs a parent\'s consent to the service, under every preset; an unstated age counts as under 13', () => {
    for (const p of presetIds) {
      const d = canChildUseInternet(at({ ...curriculum, parentalConsentToService: false }), { policy: p });
      expect(d.allowed).toBe(false);
      expect(d.reasons.find((r) => r.rule === 'internet.consent-age.no-parental-consent')?.clause).toMatchObject({ source: 'statutory-facts.md', section: expect.stringContaining('13 in the UK') });
      expect(rules(at({ ...curriculum, childAge: undefined, parentalConsentToService: undefined }), p)).toContain('internet.consent-age.no-parental-consent');
    }
    expect(canChildUseInternet(at({ ...curriculum, childAge: 12.9, parentalConsentToService: false }), { policy: 'kirklees-primary' }).allowed).toBe(false);
    expect(canChildUseInternet(at({ ...curriculum, childAge: 13, parentalConsentToService: false }), { policy: 'kirklees-primary' }).allowed).toBe(true);
  });
  it('the age matters only for consent-based services: a bookmarked site needs no consent, an app the child signs up to does', () => {
    expect(canChildUseInternet(at({ childAge: 4 }), { policy: 'homerton-early-years' })).toMatchObject({ allowed: true, reasons: [] });
    expect(rules(at({ ...signUp, childAge: 4 }), 'homerton-early-years')).toEqual(['internet.consent-age.no-parental-consent']);
  });
  it('an age outside 0 to 18 is invalid input', () => {
    for (const childAge of [-1, 19, Number.NaN]) expect(canChildUseInternet(at({ childAge }), { policy: 'baseline' }).reasons.map((r) => r.subject)).toContain('session.childAge');
  });
});
