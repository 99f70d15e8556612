import { describe, expect, it } from 'vitest';
import type { RouteOptions } from '../concern/routeConcern.js';
import { createRuleSet } from '../../src/ruleSets.js';
import type { Rule } from '../../src/core/rules/types.js';
import type { MisuseIncident } from './schema.js';
import type { ActorRole } from './vocabulary.js';
import { classifyMisuse } from './classifyMisuse.js';

// What classifyMisuse gives back: the tier, the sanctions, and the concern route built from the incident (who, when, danger).
const base: MisuseIncident = { activity: 'indecent-images-of-children', actor: { role: 'staff' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } };
const classify = (i: Record<string, unknown> = {}, o?: RouteOptions) => classifyMisuse({ ...base, ...i } as MisuseIncident, o);
const outcome = (i: Record<string, unknown> = {}, o?: RouteOptions) => {
  const r = classify(i, o);
  return { allowed: r.allowed, tier: r.tier, sanctions: r.sanctions, routed: r.route !== undefined };
};
const steps = (role: ActorRole) => classify({ actor: { role } }).route!.steps.map((s) => s.to);
const codes = (i: Record<string, unknown>) => classify(i).route!.reasons.map((f) => f.code);
const note = { name: 'misuse.local.note', conditions: { all: [{ fact: 'activity', operator: 'equal', value: 'chain-messages' }] },
  event: { type: 'warn', params: { code: 'LOCAL_NOTE', message: 'Tell the office.', clause: { source: 'acorn.pdf', section: '1' } } } } as unknown as Rule;

describe('classifyMisuse: tier, sanctions and route', () => {
  it('indecent images by staff: illegal, every sanction for staff, and routed', () => {
    expect(outcome()).toEqual({ allowed: false, tier: 'illegal-or-always-unacceptable', routed: true,
      sanctions: ['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process'] });
  });
  it('a pupil bullying again after a warning, at Kirklees: the pupil sanctions, routed to the eSafety coordinator first', () => {
    const r = classify({ activity: 'offensive-or-bullying-message', actor: { role: 'pupil' }, warnedBefore: true }, { policy: 'kirklees-primary' });
    expect([r.tier, r.sanctions, r.route?.steps[0]?.to]).toEqual(['illegal-or-always-unacceptable',
      ['log-incident', 'report-to-authorities', 'behaviour-procedure', 'anti-bullying-procedure'], 'esafety-coordinator']);
  });
  it('a misuse that is no concern has no route; one that is not misuse is allowed, with no sanctions', () => {
    expect(outcome({ activity: 'chain-messages' })).toEqual({ allowed: false, tier: 'disciplinary', sanctions: ['log-incident', 'disciplinary-action'], routed: false });
    expect(outcome({ activity: 'non-educational-sites', duringLessons: false })).toEqual({ allowed: true, tier: 'not-misuse', sanctions: [], routed: false });
    expect(outcome({ activity: 'access-inappropriate-content', deliberate: false, reported: true })).toEqual({ allowed: true, tier: 'not-misuse', sanctions: [], routed: true });
  });
  it('the concern route knows who did it: every actor role is a valid subject of the concern', () => {
    expect(steps('staff')).toEqual(['dsl', 'lado', 'police']);
    expect(steps('volunteer')).toEqual(['dsl', 'lado', 'police']);
    expect(steps('manager')).toEqual(['registered-person', 'lado', 'police']);
    expect(steps('dsl')).toEqual(['registered-person', 'lado', 'police']);
    for (const role of ['pupil', 'parent', 'governor', 'visitor'] as const) expect(steps(role)).toEqual(['dsl', 'police', 'lado']);
  });
  it('the concern route knows whether a child is in immediate danger (and asks when nobody said)', () => {
    const danger = (immediateDanger?: boolean) => ['CALL_999', 'CHECK_IMMEDIATE_DANGER'].filter((c) => codes({ immediateDanger }).includes(c));
    expect(danger(true)).toEqual(['CALL_999']);
    expect(danger(false)).toEqual([]);
    expect(danger(undefined)).toEqual(['CHECK_IMMEDIATE_DANGER']);
  });
  it('the route counts from the report, for the setting the incident happened in (Ofsted for a nursery)', () => {
    const by = (reportedAt: string) => classify({ reportedAt, setting: { type: 'nursery' } }, { policy: 'cambridgeshire-early-years' }).route!.steps.map((s) => [s.to, s.by]);
    expect(by('2026-11-20T10:00:00Z')).toEqual([['dsl', undefined], ['lado', '2026-11-23T23:59:59.999Z'], ['police', undefined], ['ofsted', '2026-12-04T10:00:00.000Z']]);
    expect(by('2026-11-23T10:00:00Z')).toEqual([['dsl', undefined], ['lado', '2026-11-24T23:59:59.999Z'], ['police', undefined], ['ofsted', '2026-12-07T10:00:00.000Z']]);
  });
});

describe('classifyMisuse: refusals and rule sets of its own', () => {
  it('an invalid incident is refused: context-dependent, no sanctions, no route, and the field named', () => {
    const r = classify({ activity: 'napping' });
    expect([r.allowed, r.tier, r.sanctions, r.route, r.reasons.map((f) => f.subject)]).toEqual([false, 'context-dependent', [], undefined, ['incident.activity']]);
    expect(outcome({ reportedAt: 'soon' })).toEqual({ allowed: false, tier: 'context-dependent', sanctions: [], routed: false });
  });
  it('bad options refuse even a valid incident the same way', () => {
    const r = classify({}, { policy: 'nowhere' as never });
    expect([r.allowed, r.tier, r.sanctions, r.route, r.reasons.map((f) => f.subject)]).toEqual([false, 'context-dependent', [], undefined, ['options.policy']]);
  });
  it('a rule of its own with no tier, sanction or concern is a reason like any other, and changes nothing else', () => {
    const r = classify({ activity: 'chain-messages' }, { rules: createRuleSet({ add: [{ file: 'mine.json', rules: [note] }] }) });
    expect([r.tier, r.sanctions, r.route]).toEqual(['disciplinary', ['log-incident', 'disciplinary-action'], undefined]);
    expect(r.reasons.map((f) => f.code)).toEqual(['CHAIN_MESSAGES', 'SANCTION_LOG', 'SANCTION_DISCIPLINARY', 'LOCAL_NOTE']);
  });
  it('with no tier rule for the activity, it is denied (never allowed), context-dependent, with no sanctions', () => {
    const r = classify({ activity: 'other' }, { rules: createRuleSet({ disable: ['misuse.context.unlisted'] }) });
    expect([r.allowed, r.tier, r.sanctions, r.route, r.reasons.map((f) => f.subject)]).toEqual([false, 'context-dependent', [], undefined, ['options.rules']]);
  });
  it('options the concern route refuses deny the classification and say why; the tier stays', () => {
    const images = { activity: 'indecent-images-of-children', actor: { role: 'staff' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } };
    for (const options of [{ bankHolidays: ['2026-02-30'] }, { bankHolidays: 'x' }, { at: '2026-11-19T10:00:00Z' }] as RouteOptions[]) {
      const r = classify(images, options);
      expect([r.allowed, r.tier, r.route?.steps]).toEqual([false, 'illegal-or-always-unacceptable', []]);
      expect(r.reasons[0]?.rule).toBe('input.invalid');
      expect(r.reasons[0]).toEqual(r.route?.reasons[0]);
    }
  });
});
