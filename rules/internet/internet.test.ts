import { describe, expect, it } from 'vitest';
import { canChildUseInternet } from '../../src/internet/canChildUseInternet/index.js';
import type { InternetSession } from '../../src/internet/schema.js';
import type { PresetId } from '../../src/policy/presets.js';

// Scenario tests written from the clauses: for every rule, a session that fires it and one that does not.
const safe: InternetSession = {
  deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'bookmarked-site', writtenParentalPermission: true,
  inAreaVisibleToStaff: true, contentChecked: true, filteringActive: true, secondHandDevice: false, plannedCurriculumActivity: false,
};
const at = (q: Partial<InternetSession>): InternetSession => ({ ...safe, ...q });
const rules = (q: InternetSession, policy: PresetId) => canChildUseInternet(q, { policy }).reasons.map((r) => r.rule);

type Case = [rule: string, preset: PresetId, fires: InternetSession, quiet: InternetSession];
const cases: Case[] = [
  ['internet.supervision.none', 'baseline', at({ supervision: 'none' }), at({ supervision: 'adult-in-room' })],
  ['internet.search.not-sitting-with', 'homerton-early-years', at({ activity: 'search', supervision: 'adult-in-room' }), at({ activity: 'search' })],
  ['internet.search.not-allowed', 'cambridgeshire-early-years', at({ activity: 'install' }), at({ activity: 'watch-content' })],
  ['internet.area.not-visible', 'two-mile-ash-pre-school', at({ inAreaVisibleToStaff: undefined }), at({})],
  ['internet.permission.missing', 'two-mile-ash-pre-school', at({ writtenParentalPermission: false }), at({})],
  ['internet.device.not-setting-owned', 'two-mile-ash-pre-school', at({ deviceOwner: 'child' }), at({})],
  ['internet.device.second-hand-unchecked', 'two-mile-ash-pre-school', at({ secondHandDevice: true }), at({ secondHandDevice: true, secondHandDeviceChecked: true })],
  ['internet.filtering.missing', 'baseline', at({ filteringActive: undefined }), at({})],
  ['internet.content.unchecked', 'homerton-early-years', at({ contentChecked: false }), at({})],
  ['internet.content.unchecked-encouraged', 'kirklees-primary', at({ contentChecked: false }), at({})],
  ['internet.social-networking', 'kirklees-primary', at({ activity: 'social-networking' }), at({ activity: 'learning-app' })],
  ['internet.email.child', 'two-mile-ash-pre-school', at({ activity: 'email' }), at({ activity: 'video-call' })],
  ['internet.public-posting', 'kirklees-primary', at({ activity: 'public-posting' }), at({ activity: 'public-posting', plannedCurriculumActivity: true })],
];

describe('internet rules: each fires on its clause and not otherwise', () => {
  it.each(cases)('%s (%s)', (rule, preset, fires, quiet) => {
    expect(rules(fires, preset)).toContain(rule);
    expect(rules(quiet, preset)).not.toContain(rule);
  });
});

describe('the same session, answered by each preset from its own policy', () => {
  it('a child searches with an adult in the room, not sitting by them', () => {
    const q = at({ activity: 'search', supervision: 'adult-in-room' });
    expect(rules(q, 'homerton-early-years')).toEqual(['internet.search.not-sitting-with']);
    expect(rules(q, 'cambridgeshire-early-years')).toEqual(['internet.search.not-allowed']);
    for (const p of ['barnet-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] as const) expect(canChildUseInternet(q, { policy: p }).allowed).toBe(true);
  });
  it('unchecked content: Homerton blocks, Kirklees warns and allows', () => {
    const q = at({ contentChecked: false });
    expect(canChildUseInternet(q, { policy: 'homerton-early-years' }).allowed).toBe(false);
    expect(canChildUseInternet(q, { policy: 'kirklees-primary' })).toMatchObject({ allowed: true, reasons: [{ effect: 'warn', clause: { source: '004_fa76751dc5d22203.txt' } }] });
  });
  it('a pupil emails: Kirklees allows the school account; Two Mile Ash forbids email for children', () => {
    const q = at({ activity: 'email' });
    expect(canChildUseInternet(q, { policy: 'kirklees-primary' }).allowed).toBe(true);
    expect(canChildUseInternet(q, { policy: 'two-mile-ash-pre-school' }).allowed).toBe(false);
  });
});
