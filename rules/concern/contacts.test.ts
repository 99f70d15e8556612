import { describe, expect, it } from 'vitest';
import { routeConcern, type Route } from './routeConcern.js';
import { publishedDay } from './contacts.js';
import { concernPolicy, localAuthorityContacts } from './policy.js';
import { concernArea } from './area.js';
import { definePolicy, PolicyValidationError, presetPolicy, type SettingPolicyInput } from '../../src/policy.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { quoteProblems, sourcesPresent } from '../../test/support/sources.js';
import type { Concern } from './schema.js';

// A setting's own contacts (issue 13): contacts are the setting's own data. A policy based on a preset inherits no named
// person and no setting-specific number; a setting may adopt its local authority's published services; a route names
// the role, carries the setting's contact where it has one, and says so where it has none; an old directory is flagged.
const AT = '2026-11-20T10:00:00Z';
const allegation: Concern = { kind: 'allegation-against-staff', reportedAt: AT, setting: { type: 'nursery' }, subject: { role: 'staff' }, immediateDanger: false };
const own = (concern: Partial<SettingPolicyInput['concern']> & object, basedOn: SettingPolicyInput['basedOn'] = 'barnet-early-years') =>
  definePolicy({ id: 'acorn', version: '2026-09', basedOn, concern } as SettingPolicyInput);
const NATIONAL = new Set(['emergency-services', 'nspcc', 'childline', 'ceop', 'iwf']);
const step = (r: Route, to: string) => r.steps.find((s) => s.to === to);
const missing = (r: Route) => r.reasons.filter((f) => f.code === 'NO_CONTACT_ON_FILE').map((f) => [f.subject, f.message]);
const stale = (r: Route) => r.reasons.filter((f) => f.code === 'CONTACTS_MAY_BE_STALE').map((f) => f.message);

describe('a policy based on a preset inherits none of its contacts', () => {
  it('based on Barnet: the LADO step names the role, carries no Barnet number, and says there is none on file', () => {
    const r = routeConcern(allegation, { policy: own({}) });
    expect(step(r, 'lado')).toMatchObject({ to: 'lado', kind: 'step' });
    expect('contacts' in step(r, 'lado')!).toBe(false);
    expect(missing(r)).toEqual([['lado', 'No LADO contact on file: add your local authority\'s number.']]);
    expect(JSON.stringify(r)).not.toContain('020 8359');
    expect(r.contactsPublished).toBeUndefined();
    // The preset itself keeps Barnet's numbers (it is the policy Barnet wrote).
    expect(step(routeConcern(allegation, { policy: 'barnet-early-years' }), 'lado')!.contacts!.map((x) => x.phone)).toEqual(['020 8359 6056']);
  });
  it('no preset\'s named people or numbers reach a policy based on it', () => {
    for (const id of presetIds) {
      const policy = definePolicy({ id: 'acorn', version: '1', basedOn: id });
      expect([id, policy.concern.contacts.entries]).toEqual([id, []]);
      // Named people, and the numbers of the setting or its local authority (national helplines, in rule messages, aside).
      const names = presetPolicy(id).concern.contacts.entries.filter((x) => !NATIONAL.has(x.to)).flatMap((x) => [x.name, x.phone].filter((v): v is string => v !== undefined));
      const text = JSON.stringify(routeConcern({ ...allegation, kind: ['allegation-against-staff', 'child-protection', 'cyberbullying'] }, { policy }));
      for (const n of names) expect(text).not.toContain(n);
    }
  });
  it('the setting\'s own entries are carried on the steps they are for, and nothing is said missing', () => {
    const r = routeConcern(allegation, { policy: own({ contacts: { published: '2026-09-01', entries: [{ to: 'lado', label: 'Acorn borough LADO', phone: '01234 567890' }] } }) });
    expect(step(r, 'lado')!.contacts).toEqual([{ to: 'lado', label: 'Acorn borough LADO', phone: '01234 567890' }]);
    expect([missing(r), r.contactsPublished]).toEqual([[], '2026-09-01']);
  });
  it('every local service a step goes to without a number is named: MASH, children\'s social care, police, the childminding team', () => {
    const grooming = routeConcern({ ...allegation, kind: 'online-grooming', subject: { role: 'dsl' } }, { policy: own({}, 'two-mile-ash-pre-school') });
    expect(missing(grooming).map(([s]) => s)).toEqual(['mash', 'lado', 'police']);
    const childminder = routeConcern({ ...allegation, kind: 'child-protection', subject: { role: 'child' }, setting: { type: 'childminder' } }, { policy: own({}) });
    expect(missing(childminder).map(([s]) => s)).toEqual(['childrens-social-care', 'childminding-team']);
  });
});

describe('adopting a local authority\'s published contacts', () => {
  it('adopt Barnet: its LADO, children\'s social care, police child protection team and Ofsted helpline; never a setting\'s people', () => {
    const r = routeConcern({ ...allegation, kind: ['allegation-against-staff', 'child-protection'] }, { policy: own({ contacts: { adopt: 'barnet' } }) });
    expect(step(r, 'lado')!.contacts!.map((x) => x.phone)).toEqual(['020 8359 6056']);
    expect(step(r, 'police')!.contacts!.map((x) => x.phone)).toEqual(['020 8733 5070', '020 8200 1212']);
    expect(missing(r)).toEqual([]);
    expect(localAuthorityContacts.barnet.entries.map((x) => x.to)).toEqual(['childrens-social-care', 'childrens-social-care', 'childrens-social-care', 'police', 'police', 'lado', 'ofsted']);
    expect(r.contactsPublished).toBe('undated (cites the Statutory Framework for the EYFS 2012)');
  });
  it('adopt Cambridgeshire (a setting in Cambridgeshire based on Homerton): its LADO; the setting\'s own entries come first', () => {
    const policy = own({ contacts: { published: '2026-09-01', adopt: 'cambridgeshire', entries: [{ to: 'lado', label: 'Our own note for the LADO', phone: '01223 000000' }] } }, 'homerton-early-years');
    expect(step(routeConcern(allegation, { policy }), 'lado')!.contacts!.map((x) => x.phone)).toEqual(['01223 000000', '01223 727967']);
    expect(localAuthorityContacts.cambridgeshire.entries.every((x) => x.name === undefined)).toBe(true);
  });
  it('an unknown local authority is refused', () => {
    expect(() => own({ contacts: { adopt: 'atlantis' } } as never)).toThrow(PolicyValidationError);
  });
  it.skipIf(!sourcesPresent)('each adopted number is quoted from the local authority\'s own policy', () => {
    expect(Object.entries(localAuthorityContacts).flatMap(([k, v]) => v.from.flatMap((q, i) => quoteProblems(q, `${k} #${i}`)))).toEqual([]);
  });
});

describe('a directory that may be stale (with options.at)', () => {
  const dated = (published: string, maxAge?: string) =>
    own({ contacts: { published, entries: [{ to: 'lado', label: 'LADO', phone: '01234 567890' }], ...(maxAge ? { maxAge } : {}) } });
  it('older than its maximum age (a year by default) at the decision\'s day: a warning', () => {
    expect(stale(routeConcern(allegation, { policy: dated('2025-11-19'), at: AT }))).toEqual([
      'The contact directory was published 2025-11-19, more than P1Y before 2026-11-20: it may be stale; check every number is still current.',
    ]);
    expect(stale(routeConcern(allegation, { policy: dated('2025-11-20'), at: AT }))).toEqual([]);
    expect(stale(routeConcern(allegation, { policy: dated('2026-03', 'P6M'), at: AT }))).toHaveLength(1);
    expect(stale(routeConcern(allegation, { policy: dated('2026-06', 'P6M'), at: AT }))).toEqual([]);
  });
  it('without options.at, no staleness check (there is no hidden clock)', () => {
    expect(stale(routeConcern(allegation, { policy: dated('2010') }))).toEqual([]);
  });
  it('undated directories (the presets\') may be stale: a warning; Kirklees\' of January 2010 certainly is', () => {
    expect(stale(routeConcern(allegation, { policy: 'barnet-early-years', at: AT }))).toEqual([
      'The contact directory is undated (undated (cites the Statutory Framework for the EYFS 2012)): it may be stale; check every number is still current and record the date.',
    ]);
    expect(stale(routeConcern(allegation, { policy: 'kirklees-primary', at: AT }))[0]).toMatch(/^The contact directory was published 2010-01, more than P1Y/);
    expect(stale(routeConcern(allegation, { policy: own({ contacts: { adopt: 'barnet' } }), at: AT }))).toEqual([
      'The contacts adopted from barnet is undated (undated (cites the Statutory Framework for the EYFS 2012)): it may be stale; check every number is still current and record the date.',
    ]);
  });
  it('a maximum age that is not a period is refused', () => {
    expect(() => dated('2026-01-01', 'a year')).toThrow(PolicyValidationError);
  });
  it('publishedDay reads a year, a month or a day; anything else is undated', () => {
    expect(['2010', '2010-01', '2010-01-31', '2010-02-30', '2010-13', 'January 2010', ''].map(publishedDay))
      .toEqual([14610, 14610, 14640, undefined, undefined, undefined, undefined]);
  });
});

describe('the concern section declares its contacts the setting\'s own', () => {
  it('`own` is the contacts, and every preset keeps its own', () => {
    expect(concernArea.policy.own).toEqual(['contacts']);
    expect(Object.keys(concernPolicy.presets).every((id) => concernPolicy.presets[id as keyof typeof concernPolicy.presets]?.contacts !== undefined)).toBe(true);
  });
});
