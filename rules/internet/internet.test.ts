import { describe, expect, it } from 'vitest';
import { canChildUseInternet } from './canChildUseInternet.js';
import type { InternetSession } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';

const safe: InternetSession = {
  deviceOwner: 'setting', supervision: 'adult-sitting-with', activity: 'bookmarked-site', writtenParentalPermission: true,
  inAreaVisibleToStaff: true, contentChecked: true, filteringActive: true, secondHandDevice: false, plannedCurriculumActivity: false,
};
const at = (q: Partial<InternetSession>): InternetSession => ({ ...safe, ...q });
const rules = (q: InternetSession, policy: PresetId) => canChildUseInternet(q, { policy }).reasons.map((r) => r.rule);

// For every rule: a session that fires it with the effect its clause gives, and near misses (one per condition).
const scenarios: RuleScenario<InternetSession, PresetId>[] = [
  { rule: 'internet.supervision.none', policy: 'baseline', effect: 'block', fires: at({ supervision: 'none' }), nearMisses: [at({ supervision: 'adult-in-room' })] },
  { rule: 'internet.search.not-sitting-with', policy: 'homerton-early-years', effect: 'block', fires: at({ activity: 'search', supervision: 'adult-in-room' }),
    nearMisses: [at({ activity: 'search' }), at({ activity: 'watch-content', supervision: 'adult-in-room' })], elsewhere: ['barnet-early-years'] },
  { rule: 'internet.search.not-allowed', policy: 'cambridgeshire-early-years', effect: 'block', fires: at({ activity: 'install' }),
    nearMisses: [at({ activity: 'watch-content' })], elsewhere: ['homerton-early-years'] },
  { rule: 'internet.area.not-visible', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ inAreaVisibleToStaff: undefined }), nearMisses: [at({})] },
  { rule: 'internet.permission.missing', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ writtenParentalPermission: false }), nearMisses: [at({})] },
  { rule: 'internet.device.not-setting-owned', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ deviceOwner: 'child' }), nearMisses: [at({})] },
  { rule: 'internet.device.second-hand-unchecked', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ secondHandDevice: true }),
    nearMisses: [at({ secondHandDevice: true, secondHandDeviceChecked: true }), at({ secondHandDevice: false })] },
  { rule: 'internet.filtering.missing', policy: 'baseline', effect: 'block', fires: at({ filteringActive: undefined }), nearMisses: [at({})] },
  { rule: 'internet.content.unchecked', policy: 'homerton-early-years', effect: 'block', fires: at({ contentChecked: false }), nearMisses: [at({})], elsewhere: ['kirklees-primary'] },
  { rule: 'internet.content.unchecked-encouraged', policy: 'kirklees-primary', effect: 'warn', fires: at({ contentChecked: false }), nearMisses: [at({})], elsewhere: ['homerton-early-years'] },
  { rule: 'internet.social-networking', policy: 'kirklees-primary', effect: 'block', fires: at({ activity: 'social-networking' }), nearMisses: [at({ activity: 'learning-app' })] },
  { rule: 'internet.email.child', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ activity: 'email' }), nearMisses: [at({ activity: 'video-call' })], elsewhere: ['kirklees-primary'] },
  { rule: 'internet.public-posting', policy: 'kirklees-primary', effect: 'block', fires: at({ activity: 'public-posting' }), nearMisses: [at({ activity: 'public-posting', plannedCurriculumActivity: true }), at({ activity: 'video-call' })] },
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
