import { describe, expect, it } from 'vitest';
import { buildRoute, concernFacts, routeConcern, type Route, type RouteOptions } from './routeConcern.js';
import { readConcern } from './salvage.js';
import { concernKinds } from './vocabulary.js';
import type { Concern } from './schema.js';

// Issue 13, item 5: a concern is never dropped. Safeguarding practice in every policy is "tell the designated person
// now" (000: "Any concern in a child care setting should in the first instance be reported to the Manager or Designated
// Safeguarding Officer"; 002: "Our designated person’s responsible for co-ordinating action taken to protect children";
// statutory facts: "Report to the DSL immediately"). An invalid or partial concern still goes to the first contact at
// once, naming each invalid field, and routes as far as its valid fields allow.
const AT = '2026-11-20T10:00:00Z';
const route = (raw: unknown, options?: RouteOptions) => routeConcern(raw as Concern, options);
const view = (r: Route) => r.steps.map((s) => `${s.to} ${s.kind} ${s.immediately ? 'now' : 'later'} ${s.finding.code}`);
const invalid = (r: Route) => r.reasons.filter((f) => f.rule === 'input.invalid').map((f) => [f.subject, f.message]);
const first = (r: Route) => r.steps[0]!;
const KINDS = concernKinds.map((k) => `"${k}"`).join(', ');

describe('an invalid concern still goes to the first contact at once, naming each invalid field', () => {
  it('no setting and a mistyped kind (baseline): the DSL now, both fields named, the accepted kinds listed', () => {
    const r = route({ kind: 'alegation-against-staff', reportedAt: AT });
    expect(view(r)).toEqual(['dsl step now INCOMPLETE_CONCERN']);
    expect(invalid(r)).toEqual([
      ['concern.setting', 'concern.setting is required (object)'],
      ['concern.kind', `concern.kind must be one of ${KINDS}, or a list of them`],
    ]);
    expect(first(r).finding).toMatchObject({ rule: 'concern.input.incomplete', effect: 'warn', subject: 'concern.setting, concern.kind' });
    expect(first(r).finding.message).toBe('concern.setting, concern.kind are not valid: tell the designated safeguarding lead now all the same, with what is known. '
      + 'The rest of the route comes from the valid fields only; correct the fields and route the concern again.');
    // Under the baseline the first step cites the first-contact clause in force (the baseline's own: 002's words).
    expect(first(r).finding.clause.source).toBe('002_ed2002546c8e0053.txt');
  });

  it('each preset: its own first contact, citing its own clause (Barnet the manager or DSO, Kirklees the eSafety coordinator)', () => {
    const bad = { kind: 'gossip', reportedAt: AT, setting: { type: 'nursery' } };
    const firsts = (['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] as const)
      .map((policy) => { const s = first(route(bad, { policy })); return [policy, s.to, s.immediately, s.finding.clause.source.slice(0, 3), s.or]; });
    expect(firsts).toEqual([
      ['barnet-early-years', 'manager', true, '000', ['dsl']],
      ['homerton-early-years', 'dsl', true, '001', undefined],
      ['two-mile-ash-pre-school', 'dsl', true, '002', ['deputy-dsl']],
      ['cambridgeshire-early-years', 'dsl', true, '003', undefined],
      ['kirklees-primary', 'esafety-coordinator', true, '004', ['line-manager', 'head-teacher']],
    ]);
  });

  it('a list of kinds with several wrong entries: each is named with the accepted values, and the valid ones still route', () => {
    const r = route({ kind: ['gossip', 'online-grooming', 7, 'nudes-shared'], reportedAt: AT, setting: { type: 'pre-school' } }, { policy: 'two-mile-ash-pre-school' });
    expect(invalid(r)).toEqual([
      ['concern.kind[0]', `concern.kind[0] must be one of ${KINDS}`],
      ['concern.kind[2]', `concern.kind[2] must be one of ${KINDS}`],
    ]);
    expect(view(r)).toEqual(['dsl step now INCOMPLETE_CONCERN', 'ceop step now REPORT_CEOP']);
    expect(r.actions.map((a) => a.code)).toEqual(['DO_NOT_VIEW_NUDES', 'CHECK_IMMEDIATE_DANGER', 'NUDES_ADULT_UNKNOWN']);
  });

  it('an empty list of kinds, or one too long, says so', () => {
    expect(invalid(route({ kind: [], reportedAt: AT, setting: { type: 'nursery' } }))).toEqual([['concern.kind', 'concern.kind must list at least one kind']]);
    const long = route({ kind: [...concernKinds, ...concernKinds, 'cyberbullying'], reportedAt: AT, setting: { type: 'nursery' } });
    expect(invalid(long)).toEqual([['concern.kind', `concern.kind lists more than ${concernKinds.length * 2} kinds (each kind at most twice)`]]);
    expect(long.steps.map((s) => s.to)).toContain('ceop'); // its kinds are all valid: they all route
  });

  it('a valid immediateDanger still routes 999 first (dial 999 before anything else), then the first contact', () => {
    const r = route({ kind: 'gossip', immediateDanger: true });
    expect(view(r)).toEqual(['emergency-services step now CALL_999', 'dsl step now INCOMPLETE_CONCERN']);
    expect(invalid(r).map(([s]) => s)).toEqual(['concern.reportedAt', 'concern.setting', 'concern.kind']);
  });

  it('a concern about the manager with an invalid field goes to the next person up, never the manager', () => {
    const r = route({ kind: 'misuse-of-technology', subject: { role: 'manager' }, reportedAt: AT, setting: { type: 'bakery' } }, { policy: 'barnet-early-years' });
    expect(r.steps.map((s) => s.to)).toEqual(['registered-person', 'lado', 'ofsted']);
    expect(first(r)).toMatchObject({ immediately: true, finding: { code: 'INCOMPLETE_CONCERN', subject: 'concern.setting.type' } });
    expect(first(r).finding.clause.source).toBe('statutory-facts.md');
    expect(r.actions.map((a) => a.code)).toContain('DO_NOT_TELL_SUBJECT');
  });

  it('a subject whose role is not valid is someone unknown: the first contact per the policy', () => {
    const r = route({ kind: 'cyberbullying', subject: { role: 'boss' }, reportedAt: AT, setting: { type: 'nursery' } }, { policy: 'barnet-early-years' });
    expect(first(r)).toMatchObject({ to: 'manager', immediately: true });
    expect(invalid(r).map(([s]) => s)).toEqual(['concern.subject.role']);
  });

  it('a childminder concern about the childminder with an invalid field: the LADO, the childminder being everyone else', () => {
    const r = route({ kind: 'gossip', subject: { role: 'childminder' }, reportedAt: AT, setting: { type: 'childminder' } }, { policy: 'homerton-early-years' });
    expect(first(r)).toMatchObject({ to: 'lado', immediately: true, kind: 'step' });
    expect(r.steps.map((s) => s.to)).not.toContain('dsl');
  });

  it('without a valid report time every deadline is now; without a valid event time, Ofsted is now', () => {
    const allegation = { kind: 'allegation-against-staff', subject: { role: 'staff' }, setting: { type: 'nursery' } };
    const noTime = route({ ...allegation, reportedAt: 'yesterday' });
    expect(noTime.steps.map((s) => [s.to, s.immediately, s.by])).toEqual([['dsl', true, undefined], ['lado', true, undefined], ['ofsted', true, undefined]]);
    expect(first(noTime).finding.message).toContain('without a valid report time, every deadline is now');
    const noEvent = route({ ...allegation, reportedAt: AT, occurredAt: 'last week' });
    expect(noEvent.steps.map((s) => [s.to, s.immediately, s.by])).toEqual([['dsl', true, undefined], ['lado', false, '2026-11-23T23:59:59.999Z'], ['ofsted', true, undefined]]);
    // An event after its report is not a time to count from either (the report's is still valid).
    const after = route({ ...allegation, reportedAt: AT, occurredAt: '2026-11-21T10:00:00Z' });
    expect(after.steps.find((s) => s.to === 'ofsted')).toMatchObject({ immediately: true });
    expect(invalid(after).map(([s]) => s)).toEqual(['concern.occurredAt']);
  });

  it('invalid options: an unknown policy routes under the baseline, naming the option', () => {
    const r = route({ kind: 'cyberbullying', reportedAt: AT, setting: { type: 'nursery' } }, { policy: 'nowhere' as never });
    expect(first(r)).toMatchObject({ to: 'dsl', immediately: true, finding: { subject: 'options.policy' } });
    expect(r.policy).toMatchObject({ id: 'nowhere', version: 'invalid' });
    expect(r.steps.map((s) => s.to)).toContain('parents'); // the concern is valid: its route is computed (under the baseline)
  });

  it('anything at all: the first contact now, and no throw (undefined, null, a number, text, a list, a function)', () => {
    for (const raw of [undefined, null, 42, 'help', [], () => 1, Symbol('x'), 10n]) {
      const r = route(raw);
      expect([String(typeof raw), first(r).to, first(r).immediately]).toEqual([String(typeof raw), 'dsl', true]);
    }
  });

  it('values that throw when read (a getter, a revoked proxy, options that throw): still the first contact now', () => {
    const getter = { reportedAt: AT, setting: { type: 'nursery' }, get kind(): never { throw new Error('no'); } };
    const g = route(getter);
    expect(first(g)).toMatchObject({ to: 'dsl', immediately: true });
    expect(invalid(g).map(([s]) => s)).toContain('concern.kind');
    const { proxy, revoke } = Proxy.revocable({ kind: 'cyberbullying' }, {});
    revoke();
    expect(first(route(proxy))).toMatchObject({ to: 'dsl', immediately: true });
    const hostile = new Proxy({}, { get() { throw new Error('no'); }, has() { throw new Error('no'); }, ownKeys() { throw new Error('no'); } });
    expect(first(route(hostile))).toMatchObject({ to: 'dsl', immediately: true });
    const kinds = new Proxy(['cyberbullying'], { get(t, k) { if (k === '0') throw new Error('no'); return Reflect.get(t, k); } });
    expect(first(route({ kind: kinds, reportedAt: AT, setting: { type: 'nursery' } }))).toMatchObject({ to: 'dsl', immediately: true });
    const options = { get policy(): never { throw new Error('no'); } };
    const o = route({ kind: 'cyberbullying', reportedAt: AT, setting: { type: 'nursery' } }, options as never);
    expect(first(o)).toMatchObject({ to: 'dsl', immediately: true });
  });

  it('the json-rules-engine route finishes the same way: an invalid concern gives the same route from buildRoute', () => {
    const raw = { kind: ['gossip', 'online-grooming'], reportedAt: AT };
    const prepared = concernFacts(raw, { policy: 'two-mile-ash-pre-school' });
    expect(prepared.sets).toBeUndefined();
    expect(buildRoute(prepared, [])).toEqual(route(raw, { policy: 'two-mile-ash-pre-school' }));
  });
});

describe('readConcern: what an invalid concern still says', () => {
  it('keeps each valid field; an invalid setting is unknown, a subject without a valid role is unknown', () => {
    expect(readConcern({ kind: ['gossip', 'data-loss', 'data-loss'], setting: { type: 'house' }, subject: {}, immediateDanger: 'yes', adultInvolved: false }).parts).toEqual({
      kinds: ['data-loss'], settingType: 'unknown', role: 'unknown',
      immediateDanger: undefined, meetsHarmThreshold: undefined, adultInvolved: false, personalDataBreach: undefined,
    });
    expect(readConcern({ setting: { type: 'school', extra: 1 }, subject: { role: 'dsl', x: 1 } }).parts).toMatchObject({ settingType: 'school', role: 'dsl' });
    expect(readConcern(undefined).parts).toMatchObject({ kinds: [], settingType: 'unknown', role: 'none' });
  });
  it('times: missing is undefined, invalid is NaN', () => {
    const t = readConcern({ reportedAt: AT, occurredAt: '2026-02-30' });
    expect([t.reportedAt, t.occurredAt]).toEqual([Date.parse(AT), Number.NaN]);
    expect(readConcern({}).reportedAt).toBeUndefined();
    expect(readConcern({ reportedAt: new Date(AT) }).reportedAt).toBe(Date.parse(AT)); // a Date is an instant too
  });
  it('names at most 50 wrong kinds, then counts the rest', () => {
    const k = readConcern({ kind: Array.from({ length: 60 }, () => 'gossip') }).kindFindings;
    expect(k).toHaveLength(51);
    expect(k.at(-1)!.message).toBe('concern.kind has 10 more entries that are not kinds of concern');
  });
});
