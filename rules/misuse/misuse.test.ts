import { describe, expect, it } from 'vitest';
import { classifyMisuse } from './classifyMisuse.js';
import type { MisuseIncident } from './schema.js';
import type { MisuseTier } from './vocabulary.js';
import { presetIds, presetInfo, type PresetId } from '../../src/core/policy/presets.js';
import { STATUTORY } from '../../src/core/rules/ruleSet.js';
import { misuseActivities } from './vocabulary.js';
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
    nearMisses: [m({ activity: 'offensive-or-bullying-message', warnedBefore: false }), m({ warnedBefore: true })], elsewhere: ['barnet-early-years'] },
  { rule: 'misuse.illegal.inappropriate-communication', effect: 'block', tier: illegal, fires: m({ activity: 'inappropriate-communication-with-pupils' }),
    nearMisses: [m({ activity: 'email-outside-protocols' })] },
  { rule: 'misuse.illegal.indecent-images', effect: 'block', tier: illegal, fires: m({ activity: 'indecent-images-of-children' }),
    nearMisses: [m({ activity: 'pornography-on-setting-equipment' })] },
  // 000 "Adults should not use equipment belonging to the setting to access pornography".
  { rule: 'misuse.illegal.pornography', effect: 'block', tier: illegal, fires: m({ activity: 'pornography-on-setting-equipment' }),
    nearMisses: [m({ activity: 'indecent-images-of-children' })] },
  // 004 "likely to result in disciplinary action"; 004 "is forbidden" (secret recording); 000 "may lead to disciplinary action" (email).
  { rule: 'misuse.disciplinary.reputation', effect: 'block', tier: 'disciplinary', fires: m({ activity: 'reputation-damage', actor: { role: 'governor' } }),
    nearMisses: [m({ actor: { role: 'governor' } })], elsewhere: ['barnet-early-years'] },
  { rule: 'misuse.disciplinary.accidental-unreported', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'access-inappropriate-content', deliberate: false }),
    nearMisses: [m({ deliberate: false }), m({ activity: 'access-inappropriate-content', deliberate: true }),
      m({ activity: 'access-inappropriate-content', deliberate: false, reported: true })] },
  { rule: 'misuse.disciplinary.personal-technology', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'personal-technology-misuse' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.file-sharing', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'illegitimate-file-sharing' }), nearMisses: [m({})], elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
  // Not warned before (said or unstated): disciplinary; after a warning it is the first list's harassment.
  { rule: 'misuse.disciplinary.offensive-message', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'offensive-or-bullying-message', warnedBefore: false }),
    nearMisses: [m({ activity: 'offensive-or-bullying-message', warnedBefore: true }), m({ warnedBefore: false })], elsewhere: ['barnet-early-years'] },
  { rule: 'misuse.disciplinary.circumvent-filtering', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'circumvent-filtering' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.chain-messages', effect: 'block', tier: 'disciplinary', fires: m({}), nearMisses: [m({ activity: 'copyright-infringement' })],
    elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'misuse.disciplinary.personal-information', effect: 'block', tier: 'disciplinary',
    fires: m({ activity: 'reveal-personal-information' }), nearMisses: [m({})] },
  { rule: 'misuse.disciplinary.copyright', effect: 'block', tier: 'disciplinary', fires: m({ activity: 'copyright-infringement' }), nearMisses: [m({})],
    elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
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
      m({ activity: 'non-educational-sites', duringLessons: true, context: 'planned-curriculum' })], elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'misuse.context.share-credentials', effect: 'block', tier: 'context-dependent', fires: m({ activity: 'share-credentials' }),
    nearMisses: [m({ activity: 'use-others-credentials' }), m({ activity: 'share-credentials', context: 'system-administration' })], elsewhere: ['barnet-early-years'] },
  // A pupil is not a system administrator: the claim does not exempt them.
  { rule: 'misuse.context.use-others-credentials', effect: 'block', tier: 'context-dependent',
    fires: m({ activity: 'use-others-credentials', actor: pupil, context: 'system-administration' }),
    nearMisses: [m({ activity: 'access-others-files', actor: pupil, context: 'system-administration' }),
      m({ activity: 'use-others-credentials', context: 'system-administration' })], elsewhere: ['barnet-early-years'] },
  { rule: 'misuse.context.access-others-files', effect: 'block', tier: 'context-dependent', fires: m({ activity: 'access-others-files' }),
    nearMisses: [m({ activity: 'share-credentials' }), m({ activity: 'access-others-files', context: 'system-administration' })],
    elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
  // "May be allowed": only for the third list, only where the policy accepts the exemption (the school's; no early-years preset).
  { rule: 'misuse.not-misuse.exempt', effect: 'warn', tier: 'not-misuse', policy: 'kirklees-primary',
    fires: m({ activity: 'access-others-files', context: 'system-administration' }),
    nearMisses: [m({ context: 'system-administration' }), m({ activity: 'access-others-files' })], elsewhere: ['homerton-early-years'] },
  // Outside lesson time the lesson-time activities are not on the lists (004's lists are about lesson time; the early-years
  // policies limit personal use by working hours, permission or authorisation, so there it is never "not misuse").
  { rule: 'misuse.not-misuse.outside-lessons', effect: 'warn', tier: 'not-misuse', fires: m({ activity: 'non-educational-sites', duringLessons: false }),
    nearMisses: [m({ activity: 'share-credentials', duringLessons: false }), m({ activity: 'non-educational-sites' })],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  // 004 "serious incidents will be given to a senior member of staff": unlisted, so never allowed without a person's judgement.
  { rule: 'misuse.context.unlisted', effect: 'block', tier: 'context-dependent', fires: m({ activity: 'other' }), nearMisses: [m({})] },
  // 000 "Any concern ... should in the first instance be reported to the Manager": a listed activity the guidance does not
  // speak to (chain messages) is never judged by another setting's list: the manager decides, and it is routed as a concern.
  { rule: 'misuse.context.unclassified', effect: 'block', tier: 'context-dependent', policy: 'barnet-early-years', fires: m({}),
    nearMisses: [m({ activity: 'other' }), m({ activity: 'email-outside-protocols' })],
    elsewhere: ['baseline', 'kirklees-primary', 'homerton-early-years', 'cambridgeshire-early-years'] },
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
  it('per preset: Homerton lists log, disciplinary action, authorities; Two Mile Ash only the allegations process (it names no log)', () => {
    const i = m({ activity: 'access-inappropriate-content', setting: { type: 'nursery' } });
    const earlyYears = ['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process'];
    expect(classifyMisuse(i, { policy: 'homerton-early-years' }).sanctions).toEqual(earlyYears);
    expect(classifyMisuse(i, { policy: 'two-mile-ash-pre-school' }).sanctions).toEqual(['allegations-process']);
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

// Each early-years preset classifies by its own words (001 and 003 through their sanctions lists, 000 and 002 through the
// clauses they have), never by Kirklees' lists; an activity its own policy does not speak to is left to the manager.
const cites = (i: MisuseIncident, policy: PresetId, rule: string) => {
  const f = classify(i, policy).reasons.find((x) => x.rule === rule);
  return f && [f.clause.source.slice(0, 3), f.clause.section];
};
const tierUnder = (i: MisuseIncident, policy: PresetId) => {
  const r = classify(i, policy);
  return [r.tier, r.reasons.filter((f) => f.data?.tier === r.tier).map((f) => f.rule)];
};

describe('each preset classifies misuse by its own policy', () => {
  it('every finding cites the preset\'s own policy or the law, for every activity and circumstance', () => {
    const variants: Partial<MisuseIncident>[] = [{}, { deliberate: false }, { deliberate: false, reported: true }, { warnedBefore: true },
      { duringLessons: false }, { context: 'planned-curriculum' }, { context: 'system-administration' }, { actor: pupil, viaEmail: true }];
    for (const policy of presetIds.filter((p) => p !== 'baseline')) {
      const wrong = new Set<string>();
      for (const activity of misuseActivities) for (const v of variants) {
        for (const f of classify(m({ activity, ...v }), policy).reasons) {
          if (f.rule.startsWith('misuse.') && f.clause.source !== presetInfo[policy].source && f.clause.source !== STATUTORY) wrong.add(`${f.rule} ${f.clause.source}`);
        }
      }
      expect([policy, [...wrong]]).toEqual([policy, []]);
    }
  });
  it('every activity is classified under every preset, by a rule that fired (never "not misuse" for want of one)', () => {
    for (const policy of presetIds) for (const activity of misuseActivities) {
      const r = classify(m({ activity }), policy);
      expect([policy, activity, r.allowed, r.reasons.some((f) => f.data?.tier === r.tier && f.effect === 'block')]).toEqual([policy, activity, false, true]);
    }
  });
  it('Homerton: its sanctions rank the activities; illegal or incongruous activities are the first tier', () => {
    const deliberate = m({ activity: 'access-inappropriate-content' });
    expect(tierUnder(deliberate, 'homerton-early-years')).toEqual([illegal, ['misuse.illegal.inappropriate-content']]);
    expect(cites(deliberate, 'homerton-early-years', 'misuse.illegal.inappropriate-content')).toEqual(['001',
      'SANCTIONS — "reporting of any illegal or incongruous activities to the appropriate authorities"']);
    expect(cites(m({ activity: 'copyright-infringement' }), 'homerton-early-years', 'misuse.disciplinary.copyright')).toEqual(['001',
      'SANCTIONS — "disciplinary action at the discretion of the Head of Centre"']);
  });
  it('Homerton: accidental access reported at once follows its procedure (not misuse); unreported breaks it', () => {
    const accidental = m({ activity: 'access-inappropriate-content', deliberate: false });
    expect(tierUnder({ ...accidental, reported: true }, 'homerton-early-years')).toEqual(['not-misuse', ['misuse.not-misuse.accidental-reported']]);
    expect(cites({ ...accidental, reported: true }, 'homerton-early-years', 'misuse.not-misuse.accidental-reported')).toEqual(['001',
      'A SECURE INFRASTRUCTURE AND INTERNET USE — "In the case of accidental accessing of inappropriate materials adults will pull out the power cable"']);
    expect(tierUnder(accidental, 'homerton-early-years')).toEqual(['disciplinary', ['misuse.disciplinary.accidental-unreported']]);
  });
  it('early years: personal use is misuse at any time, not only in lessons (baseline and Kirklees: not misuse outside lessons)', () => {
    const outside = m({ activity: 'personal-use-in-lessons', duringLessons: false });
    expect(tierUnder(outside, 'kirklees-primary')).toEqual(['not-misuse', ['misuse.not-misuse.outside-lessons']]);
    expect(tierUnder(outside, 'homerton-early-years')).toEqual(['context-dependent', ['misuse.context.personal-use-in-lessons']]);
    expect(cites(outside, 'homerton-early-years', 'misuse.context.personal-use-in-lessons')).toEqual(['001',
      'MOBILE TECHNOLOGY - STAFF — "is strictly prohibited unless permission is given from a member of the Centre Leadership Team"']);
    expect(tierUnder(outside, 'two-mile-ash-pre-school')[0]).toBe('context-dependent');
    expect(tierUnder(outside, 'cambridgeshire-early-years')[0]).toBe('context-dependent');
    expect(tierUnder(outside, 'barnet-early-years')[0]).toBe('context-dependent');
  });
  it('Barnet: what the guidance does not speak to is the manager\'s to decide, and is routed to the manager', () => {
    const bullying = m({ activity: 'offensive-or-bullying-message', warnedBefore: true, setting: { type: 'nursery' } });
    expect(tierUnder(bullying, 'baseline')[0]).toBe(illegal);
    expect(tierUnder(bullying, 'barnet-early-years')).toEqual(['context-dependent', ['misuse.context.unclassified']]);
    const r = classify({ ...bullying, actor: pupil }, 'barnet-early-years');
    expect(cites(bullying, 'barnet-early-years', 'misuse.context.unclassified')).toEqual(['000',
      'Responding to Concerns — "Any concern in a child care setting should in the first instance be reported to the Manager or Designated Safeguarding Officer"']);
    expect([r.concern?.kind, r.route?.steps[0]?.to]).toEqual([['misuse-of-technology'], 'manager']);
  });
  it('Barnet: indecent images are illegal in its own words; pornography on setting equipment is its own clause', () => {
    const images = m({ activity: 'indecent-images-of-children', setting: { type: 'nursery' } });
    expect(cites(images, 'barnet-early-years', 'misuse.illegal.indecent-images')).toEqual(['000',
      'Access to Inappropriate Images and Internet Use — "Accessing, making and storing indecent images of children on the internet are illegal"']);
    expect(cites(m({ activity: 'pornography-on-setting-equipment' }), 'kirklees-primary', 'misuse.illegal.pornography')).toEqual(['004',
      'Section 28 Access to Inappropriate Images and Internet Usage — "Adults should not use equipment belonging to their organisation to access adult pornography"']);
  });
  it('Two Mile Ash: bullying is abuse in its own words; what it does not mention (copyright, file sharing) is the manager\'s', () => {
    expect(cites(m({ activity: 'offensive-or-bullying-message' }), 'two-mile-ash-pre-school', 'misuse.disciplinary.offensive-message')).toEqual(['002',
      'Use and/or distribution of inappropriate images — "all forms of abuse, including bullying/cyberbullying"']);
    expect(tierUnder(m({ activity: 'copyright-infringement' }), 'two-mile-ash-pre-school')).toEqual(['context-dependent', ['misuse.context.unclassified']]);
    expect(cites(m({ activity: 'copyright-infringement' }), 'two-mile-ash-pre-school', 'misuse.context.unclassified')).toEqual(['002',
      'Social media — "Staff should report any concerns or breaches to the Manager in their setting"']);
  });
  it('Cambridgeshire: its sanctions list ranks the activities as Homerton\'s does', () => {
    expect(cites(m({ activity: 'indecent-images-of-children' }), 'cambridgeshire-early-years', 'misuse.illegal.indecent-images')).toEqual(['003',
      '6. Sanctions — "reporting of any illegal or incongruous activities to the appropriate authorities"']);
    expect(tierUnder(m({ activity: 'illegitimate-file-sharing' }), 'cambridgeshire-early-years')).toEqual(['disciplinary', ['misuse.disciplinary.file-sharing']]);
  });
  it('Kirklees: email outside the agreed protocols is its own appendix\'s clause', () => {
    expect(cites(m({ activity: 'email-outside-protocols' }), 'kirklees-primary', 'misuse.disciplinary.email-protocols')?.[0]).toBe('004');
  });
});
