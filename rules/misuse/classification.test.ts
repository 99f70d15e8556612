import { describe, expect, it } from 'vitest';
import { routeConcern, type RouteOptions } from '../concern/routeConcern.js';
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

// Issue 13, item 7: one route for one event. The route that comes with a classification is routeConcern's route for the
// concern the event is; accidental access reported at once is not misuse (004 lists only access "accidentally and failing
// to report this"; 001 "pull out the power cable ... and report"), so it is no allegation against the person who reported it.
describe('classifyMisuse: one route for one event', () => {
  const accidental = { activity: 'access-inappropriate-content', deliberate: false, reported: true, setting: { type: 'nursery' } };
  const tos = (r: { route?: { steps: { to: string }[] } }) => r.route?.steps.map((s) => s.to);
  it('accidental access reported at once, by staff: not misuse, routed as accidental access (no subject), never to the LADO or Ofsted', () => {
    for (const policy of ['baseline', 'homerton-early-years', 'two-mile-ash-pre-school', 'barnet-early-years', 'cambridgeshire-early-years'] as const) {
      const r = classify(accidental, { policy });
      expect([r.tier, r.allowed, r.sanctions]).toEqual(['not-misuse', true, []]);
      expect(r.concern).toEqual({ kind: ['accidental-access'], reportedAt: base.reportedAt, setting: { type: 'nursery' } });
      expect(r.route).toEqual(routeConcern({ kind: 'accidental-access', reportedAt: base.reportedAt, setting: { type: 'nursery' } }, { policy }));
      if (policy === 'homerton-early-years') expect(tos(r)).toContain('leadership-team');
      expect(tos(r)).not.toContain('lado');
      expect(tos(r)).not.toContain('ofsted');
    }
  });
  it('accidental access NOT reported: misuse by staff, so a concern about them (the allegation route, unless a low-level concern)', () => {
    const unreported = { ...accidental, reported: false };
    const r = classify(unreported, { policy: 'two-mile-ash-pre-school' });
    expect([r.tier, r.concern?.subject]).toEqual(['disciplinary', { role: 'staff' }]);
    expect(tos(r)).toEqual(expect.arrayContaining(['lado', 'ofsted']));
    const low = classify({ ...unreported, meetsHarmThreshold: false }, { policy: 'two-mile-ash-pre-school' });
    expect(low.concern?.meetsHarmThreshold).toBe(false);
    expect(tos(low)).not.toContain('lado');
    expect(tos(low)).not.toContain('ofsted');
    expect(low.route?.actions.map((f) => f.code)).toContain('LOW_LEVEL_CONCERN');
    expect(low.route).toEqual(routeConcern(low.concern!, { policy: 'two-mile-ash-pre-school' }));
  });
  it('the harm-threshold judgement and the time of the event reach the route (Ofsted counts 14 days from the event)', () => {
    const leak = { activity: 'reveal-personal-information', setting: { type: 'nursery' }, occurredAt: '2026-11-10T09:00:00Z' };
    const r = classify(leak, { policy: 'cambridgeshire-early-years' });
    expect(r.concern).toMatchObject({ kind: ['data-loss'], subject: { role: 'staff' }, occurredAt: '2026-11-10T09:00:00Z' });
    expect(r.route?.steps.find((s) => s.to === 'ofsted')?.by).toBe('2026-11-24T09:00:00.000Z');
    expect(tos(classify({ ...leak, meetsHarmThreshold: false }, { policy: 'cambridgeshire-early-years' }))).not.toContain('ofsted');
  });
  it('a misuse that is no concern carries neither a concern nor a route', () => {
    const r = classify({ activity: 'chain-messages' });
    expect([r.concern, r.route]).toEqual([undefined, undefined]);
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
  // Since issue 13 (item 5) the concern route is never dropped: with options it refuses, it still starts with the setting's
  // first contact, now; the classification is denied all the same and says why.
  it('options the concern route refuses deny the classification and say why; the tier stays, and the route still tells someone now', () => {
    const images = { activity: 'indecent-images-of-children', actor: { role: 'staff' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } };
    for (const options of [{ bankHolidays: ['2026-02-30'] }, { bankHolidays: 'x' }, { at: '2026-11-19T10:00:00Z' }] as RouteOptions[]) {
      const r = classify(images, options);
      expect([r.allowed, r.tier, r.route?.steps[0]?.immediately]).toEqual([false, 'illegal-or-always-unacceptable', true]);
      expect(r.reasons[0]?.rule).toBe('input.invalid');
      expect(r.reasons[0]).toEqual(r.route?.reasons[0]);
    }
  });
});

describe('the shipped examples', () => {
  it('staff-unreported-low-level: disciplinary, logged, a concern about the member of staff, but no LADO or Ofsted step', async () => {
    const { example } = await import('../../test/support/examples.js');
    const e = example('misuse/staff-unreported-low-level.json') as { policy: 'homerton-early-years'; incident: MisuseIncident; expectTier: string };
    const r = classifyMisuse(e.incident, { policy: e.policy });
    expect([r.tier, r.sanctions, r.concern?.subject, r.concern?.meetsHarmThreshold]).toEqual([e.expectTier,
      ['log-incident', 'disciplinary-action'], { role: 'staff' }, false]);
    expect(r.route?.steps.map((s) => s.to).filter((to) => to === 'lado' || to === 'ofsted')).toEqual([]);
  });
});
