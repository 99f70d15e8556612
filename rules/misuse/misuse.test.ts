import { describe, expect, it } from 'vitest';
import { classifyMisuse } from './classifyMisuse.js';
import type { MisuseIncident } from './schema.js';
import type { MisuseTier } from './vocabulary.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { shippedRuleSet } from '../../src/ruleSets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';

// Scenario tests from 004's three lists and 000's and 004's other misuse clauses (the sanctions are in sanctions.test.ts).
const base: MisuseIncident = { activity: 'chain-messages', actor: { role: 'staff' }, reportedAt: '2026-11-18T10:00:00Z', setting: { type: 'school' } };
const m = (over: Partial<MisuseIncident>): MisuseIncident => ({ ...base, ...over });
const pupil = { role: 'pupil' } as const;
const classify = (i: MisuseIncident, policy: PresetId = 'baseline') => classifyMisuse(i, { policy });

// The tier each clause gives: 004's first list is always unacceptable, its second disciplinary, its third context-dependent
// (normally unacceptable); all three block. "May be allowed" and "not on the lists" are not misuse: they warn and allow.
type TierScenario = RuleScenario<MisuseIncident, PresetId> & { tier: MisuseTier };
const illegal = 'illegal-or-always-unacceptable';
const scenarios: TierScenario[] = [
  // 004 "always consider unacceptable (and possible illegal)"; an unstated intent counts as deliberate.
  { rule: 'misuse.illegal.inappropriate-content', effect: 'block', tier: illegal, fires: m({ activity: 'access-inappropriate-content' }),
    nearMisses: [m({ activity: 'access-inappropriate-content', deliberate: false }), m({ activity: 'offensive-material' })] },
  { rule: 'misuse.illegal.offensive-material', effect: 'block', tier: illegal, fires: m({ activity: 'offensive-material', deliberate: true }),
    nearMisses: [m({ activity: 'offensive-material', deliberate: false }), m({ activity: 'access-inappropriate-content', deliberate: true })] },
  { rule: 'misuse.illegal.harassment-after-warning', effect: 'block', tier: illegal,
    fires: m({ activity: 'offensive-or-bullying-message', warnedBefore: true }),
    nearMisses: [m({ activity: 'offensive-or-bullying-message', warnedBefore: false }), m({ warnedBefore: true })] },
  { rule: 'misuse.illegal.inappropriate-communication', effect: 'block', tier: illegal, fires: m({ activity: 'inappropriate-communication-with-pupils' }),
    nearMisses: [m({ activity: 'email-outside-protocols' })] },
  { rule: 'misuse.illegal.indecent-images', effect: 'block', tier: illegal, fires: m({ activity: 'indecent-images-of-children' }),
    nearMisses: [m({ activity: 'pornography-on-setting-equipment' })] },
  // 000 "Adults should not use equipment belonging to the setting to access pornography".
  { rule: 'misuse.illegal.pornography', effect: 'block', tier: illegal, fires: m({ activity: 'pornography-on-setting-equipment' }),
    nearMisses: [m({ activity: 'indecent-images-of-children' })] },
  // 004 "likely to result in disciplinary action"; 004 "is forbidden" (secret recording); 000 "may lead to disciplinary action" (email).
  { rule: 'misuse.disciplinary.reputation', effect: 'block', tier: 'disciplinary', fires: m({ activity: 'reputation-damage', actor: { role: 'governor' } }),
    nearMisses: [m({ actor: { role: 'governor' } })] },
  { rule: 'misuse.disciplinary.accidental-unreported', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'access-inappropriate-content', deliberate: false }),
    nearMisses: [m({ deliberate: false }), m({ activity: 'access-inappropriate-content', deliberate: true }),
      m({ activity: 'access-inappropriate-content', deliberate: false, reported: true })] },
  { rule: 'misuse.disciplinary.personal-technology', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'personal-technology-misuse' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.file-sharing', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'illegitimate-file-sharing' }), nearMisses: [m({})] },
  // Not warned before (said or unstated): disciplinary; after a warning it is the first list's harassment.
  { rule: 'misuse.disciplinary.offensive-message', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'offensive-or-bullying-message', warnedBefore: false }),
    nearMisses: [m({ activity: 'offensive-or-bullying-message', warnedBefore: true }), m({ warnedBefore: false })] },
  { rule: 'misuse.disciplinary.circumvent-filtering', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'circumvent-filtering' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.chain-messages', effect: 'block', tier: 'disciplinary', fires: m({}), nearMisses: [m({ activity: 'copyright-infringement' })] },
  { rule: 'misuse.disciplinary.personal-information', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'reveal-personal-information' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.copyright', effect: 'block', tier: 'disciplinary', fires: m({ activity: 'copyright-infringement' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.insecure-data-transfer', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'insecure-data-transfer' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.secret-recording', effect: 'block', tier: 'disciplinary', fires: m({ activity: 'secret-recording' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.email-protocols', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'email-outside-protocols' }), nearMisses: [m({})] },
  // Accidental access reported at once is not on the lists: a warning (still an accidental-access concern).
  { rule: 'misuse.not-misuse.accidental-reported', effect: 'warn', tier: 'not-misuse',
    fires: m({ activity: 'access-inappropriate-content', deliberate: false, reported: true }),
    nearMisses: [m({ deliberate: false, reported: true }), m({ activity: 'access-inappropriate-content', deliberate: true, reported: true }),
      m({ activity: 'access-inappropriate-content', deliberate: false })] },
  // 004 "would normally be unacceptable": blocks unless a planned curriculum activity or system administration the policy accepts.
  // Lesson time unstated counts as during lessons.
  { rule: 'misuse.context.personal-use-in-lessons', effect: 'block', tier: 'context-dependent',
    fires: m({ activity: 'personal-use-in-lessons', actor: pupil }),
    nearMisses: [m({ activity: 'non-educational-sites', actor: pupil }), m({ activity: 'personal-use-in-lessons', actor: pupil, duringLessons: false }),
      m({ activity: 'personal-use-in-lessons', actor: pupil, context: 'planned-curriculum' })] },
  { rule: 'misuse.context.non-educational-sites', effect: 'block', tier: 'context-dependent',
    fires: m({ activity: 'non-educational-sites', duringLessons: true }),
    nearMisses: [m({ activity: 'personal-use-in-lessons', duringLessons: true }), m({ activity: 'non-educational-sites', duringLessons: false }),
      m({ activity: 'non-educational-sites', duringLessons: true, context: 'planned-curriculum' })] },
  { rule: 'misuse.context.share-credentials', effect: 'block', tier: 'context-dependent', fires: m({ activity: 'share-credentials' }),
    nearMisses: [m({ activity: 'use-others-credentials' }), m({ activity: 'share-credentials', context: 'system-administration' })] },
  // A pupil is not a system administrator: the claim does not exempt them.
  { rule: 'misuse.context.use-others-credentials', effect: 'block', tier: 'context-dependent',
    fires: m({ activity: 'use-others-credentials', actor: pupil, context: 'system-administration' }),
    nearMisses: [m({ activity: 'access-others-files', actor: pupil, context: 'system-administration' }),
      m({ activity: 'use-others-credentials', context: 'system-administration' })] },
  { rule: 'misuse.context.access-others-files', effect: 'block', tier: 'context-dependent', fires: m({ activity: 'access-others-files' }),
    nearMisses: [m({ activity: 'share-credentials' }), m({ activity: 'access-others-files', context: 'system-administration' })] },
  // "May be allowed": only for the third list, only where the policy accepts the exemption (the school's; no early-years preset).
  { rule: 'misuse.not-misuse.exempt', effect: 'warn', tier: 'not-misuse', policy: 'kirklees-primary',
    fires: m({ activity: 'access-others-files', context: 'system-administration' }),
    nearMisses: [m({ context: 'system-administration' }), m({ activity: 'access-others-files' })], elsewhere: ['homerton-early-years'] },
  // Outside lesson time the lesson-time activities are not on the lists.
  { rule: 'misuse.not-misuse.outside-lessons', effect: 'warn', tier: 'not-misuse', fires: m({ activity: 'non-educational-sites', duringLessons: false }),
    nearMisses: [m({ activity: 'share-credentials', duringLessons: false }), m({ activity: 'non-educational-sites' })] },
  // 004 "serious incidents will be given to a senior member of staff": unlisted, so never allowed without a person's judgement.
  { rule: 'misuse.context.unlisted', effect: 'block', tier: 'context-dependent', fires: m({ activity: 'other' }), nearMisses: [m({})] },
];

describe('misuse tier rules: each fires on its clause, with its effect and tier, and not on a near miss', () => {
  it('covers every shipped misuse tier rule', () => {
    const names = shippedRuleSet().rules.filter((r) => r.area === 'misuse' && !r.rule.name.startsWith('misuse.sanction.')).map((r) => r.rule.name);
    expect(scenarios.map((s) => s.rule).sort()).toEqual(names.sort());
  });
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => {
    expectScenario((i, policy) => classify(i, policy), s);
    const r = classify(s.fires, s.policy);
    // A block is misuse: denied, with the clause's tier. A warning here is "not misuse": allowed, with nothing to follow.
    expect([r.allowed, r.tier]).toEqual([s.effect === 'warn', s.tier]);
    if (s.effect === 'warn') expect(r.sanctions).toEqual([]);
  });
  it('presets without the exemptions: the same claims still block', () => {
    const claims = [m({ activity: 'access-others-files', context: 'system-administration' }),
      m({ activity: 'personal-use-in-lessons', context: 'planned-curriculum' })];
    for (const i of claims) {
      const r = classify(i, 'homerton-early-years');
      expect([r.allowed, r.tier]).toEqual([false, 'context-dependent']);
    }
  });
});

describe('tiers and sanctions', () => {
  it('indecent images by a member of staff: illegal, every sanction for staff, routed to police and LADO', () => {
    const r = classifyMisuse(m({ activity: 'indecent-images-of-children', setting: { type: 'nursery' } }), { policy: 'cambridgeshire-early-years' });
    expect(r.tier).toBe('illegal-or-always-unacceptable');
    expect(r.allowed).toBe(false);
    expect(r.sanctions).toEqual(['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process']);
    expect(r.route?.steps.map((s) => s.to)).toEqual(expect.arrayContaining(['police', 'lado', 'ofsted']));
  });
  it('the manager as actor: the route never goes to the manager', () => {
    const i = m({ activity: 'pornography-on-setting-equipment', actor: { role: 'manager' }, setting: { type: 'nursery' } });
    const r = classifyMisuse(i, { policy: 'barnet-early-years' });
    expect(r.route?.steps.map((s) => s.to)).not.toContain('manager');
    expect(r.route?.steps.map((s) => s.to)).toEqual(expect.arrayContaining(['registered-person', 'lado']));
  });
  it('per preset: Homerton lists log, disciplinary action, authorities; Two Mile Ash only the log and allegations process', () => {
    const i = m({ activity: 'access-inappropriate-content', setting: { type: 'nursery' } });
    const earlyYears = ['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process'];
    expect(classifyMisuse(i, { policy: 'homerton-early-years' }).sanctions).toEqual(earlyYears);
    expect(classifyMisuse(i, { policy: 'two-mile-ash-pre-school' }).sanctions).toEqual(['log-incident', 'allegations-process']);
    expect(classifyMisuse(i, { policy: 'barnet-early-years' }).sanctions).not.toContain('log-incident');
  });
  it('a pupil misusing email in a school: behaviour procedure and loss of privileges', () => {
    const r = classifyMisuse(m({ actor: { role: 'pupil' }, viaEmail: true }), { policy: 'kirklees-primary' });
    expect(r.tier).toBe('disciplinary');
    expect(r.sanctions).toEqual(['log-incident', 'behaviour-procedure', 'loss-of-privileges']);
    expect(r.route).toBeUndefined();
  });
  it('highest tier wins: never both "not misuse" and a misuse tier', () => {
    const r = classifyMisuse(m({ activity: 'personal-use-in-lessons', context: 'planned-curriculum' }), { policy: 'kirklees-primary' });
    expect(r.tier).toBe('not-misuse');
    expect(r.allowed).toBe(true);
    expect(r.sanctions).toEqual([]);
  });
});

describe('accidental access to offensive material', () => {
  it('reported: not misuse; unreported: disciplinary', () => {
    expect(classifyMisuse(m({ activity: 'offensive-material', deliberate: false, reported: true })).tier).toBe('not-misuse');
    expect(classifyMisuse(m({ activity: 'offensive-material', deliberate: false })).tier).toBe('disciplinary');
  });
});
