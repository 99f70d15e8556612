import { describe, expect, it } from 'vitest';
import { classifyMisuse } from '../../src/misuse/classifyMisuse/index.js';
import type { MisuseIncident } from '../../src/misuse/schema.js';
import type { RouteOptions } from '../../src/concern/concernFacts/index.js';
import { shippedRuleSet } from '../../src/rules/ruleSet.js';

// Scenario tests from 004's three lists, 000's and 004's other misuse clauses, and the sanctions lists.
const base: MisuseIncident = { activity: 'chain-messages', actor: { role: 'staff' }, reportedAt: '2026-11-18T10:00:00Z', setting: { type: 'school' } };
const m = (over: Partial<MisuseIncident>): MisuseIncident => ({ ...base, ...over });
const fired = (i: MisuseIncident, options: RouteOptions = {}) => classifyMisuse(i, options).reasons.map((r) => r.rule);

type Case = [rule: string, fires: MisuseIncident, doesNot: MisuseIncident, options?: RouteOptions];
const cases: Case[] = [
  ['misuse.illegal.inappropriate-content', m({ activity: 'access-inappropriate-content' }), m({ activity: 'access-inappropriate-content', deliberate: false })],
  ['misuse.illegal.offensive-material', m({ activity: 'offensive-material', deliberate: true }), m({ activity: 'offensive-material', deliberate: false })],
  ['misuse.illegal.harassment-after-warning', m({ activity: 'offensive-or-bullying-message', warnedBefore: true }), m({ activity: 'offensive-or-bullying-message' })],
  ['misuse.illegal.inappropriate-communication', m({ activity: 'inappropriate-communication-with-pupils' }), m({ activity: 'email-outside-protocols' })],
  ['misuse.illegal.indecent-images', m({ activity: 'indecent-images-of-children' }), m({ activity: 'pornography-on-setting-equipment' })],
  ['misuse.illegal.pornography', m({ activity: 'pornography-on-setting-equipment' }), m({ activity: 'indecent-images-of-children' })],
  ['misuse.disciplinary.reputation', m({ activity: 'reputation-damage', actor: { role: 'governor' } }), m({})],
  ['misuse.disciplinary.accidental-unreported', m({ activity: 'access-inappropriate-content', deliberate: false }), m({ activity: 'access-inappropriate-content', deliberate: false, reported: true })],
  ['misuse.disciplinary.personal-technology', m({ activity: 'personal-technology-misuse' }), m({})],
  ['misuse.disciplinary.file-sharing', m({ activity: 'illegitimate-file-sharing' }), m({})],
  ['misuse.disciplinary.offensive-message', m({ activity: 'offensive-or-bullying-message', warnedBefore: false }), m({ activity: 'offensive-or-bullying-message', warnedBefore: true })],
  ['misuse.disciplinary.circumvent-filtering', m({ activity: 'circumvent-filtering' }), m({})],
  ['misuse.disciplinary.chain-messages', m({}), m({ activity: 'copyright-infringement' })],
  ['misuse.disciplinary.personal-information', m({ activity: 'reveal-personal-information' }), m({})],
  ['misuse.disciplinary.copyright', m({ activity: 'copyright-infringement' }), m({})],
  ['misuse.disciplinary.insecure-data-transfer', m({ activity: 'insecure-data-transfer' }), m({})],
  ['misuse.disciplinary.secret-recording', m({ activity: 'secret-recording' }), m({})],
  ['misuse.disciplinary.email-protocols', m({ activity: 'email-outside-protocols' }), m({})],
  ['misuse.not-misuse.accidental-reported', m({ activity: 'access-inappropriate-content', deliberate: false, reported: true }), m({ activity: 'access-inappropriate-content', deliberate: false })],
  ['misuse.context.personal-use-in-lessons', m({ activity: 'personal-use-in-lessons', actor: { role: 'pupil' } }), m({ activity: 'personal-use-in-lessons', context: 'planned-curriculum' })],
  ['misuse.context.non-educational-sites', m({ activity: 'non-educational-sites' }), m({ activity: 'non-educational-sites', duringLessons: false })],
  ['misuse.context.share-credentials', m({ activity: 'share-credentials' }), m({ activity: 'share-credentials', context: 'system-administration' })],
  ['misuse.context.use-others-credentials', m({ activity: 'use-others-credentials', actor: { role: 'pupil' }, context: 'system-administration' }), m({ activity: 'use-others-credentials', context: 'system-administration' })],
  ['misuse.context.access-others-files', m({ activity: 'access-others-files' }), m({ activity: 'access-others-files', context: 'system-administration' })],
  ['misuse.not-misuse.exempt', m({ activity: 'access-others-files', context: 'system-administration' }), m({ activity: 'access-others-files', context: 'system-administration' }), { policy: 'kirklees-primary' }],
  ['misuse.not-misuse.outside-lessons', m({ activity: 'non-educational-sites', duringLessons: false }), m({ activity: 'non-educational-sites' })],
  ['misuse.context.unlisted', m({ activity: 'other' }), m({})],
  ['misuse.sanction.log', m({}), m({ activity: 'access-others-files', context: 'system-administration' })],
  ['misuse.sanction.disciplinary', m({ actor: { role: 'volunteer' } }), m({ actor: { role: 'pupil' } })],
  ['misuse.sanction.authorities', m({ activity: 'indecent-images-of-children' }), m({})],
  ['misuse.sanction.allegations', m({ activity: 'indecent-images-of-children' }), m({ activity: 'indecent-images-of-children', actor: { role: 'pupil' } })],
  ['misuse.sanction.behaviour', m({ actor: { role: 'pupil' } }), m({ actor: { role: 'staff' } })],
  ['misuse.sanction.loss-of-privileges', m({ actor: { role: 'pupil' }, viaEmail: true }), m({ actor: { role: 'pupil' }, viaEmail: false })],
  ['misuse.sanction.anti-bullying', m({ activity: 'offensive-or-bullying-message' }), m({ activity: 'secret-recording' })],
];

describe('misuse rules: one case that fires each rule and one that does not', () => {
  it('covers every shipped misuse rule', () => {
    const names = shippedRuleSet().rules.filter((r) => r.area === 'misuse').map((r) => r.rule.name).sort();
    expect([...new Set(cases.map((x) => x[0]))].sort()).toEqual(names);
  });
  for (const [rule, yes, no, options] of cases) {
    it(`${rule} fires`, () => expect(fired(yes, options)).toContain(rule));
    if (rule === 'misuse.not-misuse.exempt') {
      // The same incident under a preset without the exemptions (early years: the 004 exemption is the school's).
      it(`${rule} does not fire without the exemption`, () => expect(fired(no, { policy: 'homerton-early-years' })).not.toContain(rule));
    } else it(`${rule} does not fire`, () => expect(fired(no, options)).not.toContain(rule));
  }
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
    const r = classifyMisuse(m({ activity: 'pornography-on-setting-equipment', actor: { role: 'manager' }, setting: { type: 'nursery' } }), { policy: 'barnet-early-years' });
    expect(r.route?.steps.map((s) => s.to)).not.toContain('manager');
    expect(r.route?.steps.map((s) => s.to)).toEqual(expect.arrayContaining(['registered-person', 'lado']));
  });
  it('per preset: Homerton lists log, disciplinary action, authorities; Two Mile Ash only the log and allegations process', () => {
    const i = m({ activity: 'access-inappropriate-content', setting: { type: 'nursery' } });
    expect(classifyMisuse(i, { policy: 'homerton-early-years' }).sanctions).toEqual(['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process']);
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
