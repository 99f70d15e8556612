import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, decide, type Change } from './helpers.js';

// 001: "personal use whilst on or off site is not permitted unless authorised by the Head of Centre" and "used by the
// authorised person only"; 003: "personal use whilst off site is not permitted unless authorised by the
// provider/manager", "Setting issued devices only should be used for work purposes", "used by the authorised person
// only"; 004: "staff and pupils will be expected to agree to them [the AUPs]". Each forbids, so each blocks.
const laptop: Change['device'] = { id: 'lap-2', kind: 'laptop', assignment: 'issued', authorisedUsers: ['s-14'], virusProtected: true };
const personal: Change = { device: laptop, purpose: 'personal', place: 'off-site' };
const scenarios: RuleScenario<Change, PolicyOption>[] = [
  { rule: 'equipment.personal-use.unauthorised', policy: 'homerton-early-years', effect: 'block', fires: { ...personal, place: 'staff-room' },
    nearMisses: [{ ...personal, place: 'staff-room', personalUseAuthorisedBy: 'head-of-setting' }, { ...personal, place: 'staff-room', purpose: 'work' }],
    elsewhere: ['kirklees-primary', 'barnet-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'equipment.personal-use.unauthorised', policy: 'cambridgeshire-early-years', effect: 'block', fires: personal,
    nearMisses: [{ ...personal, personalUseAuthorisedBy: 'manager' }, { ...personal, purpose: 'work' }, { ...personal, place: 'office' }],
    elsewhere: ['kirklees-primary', 'barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'equipment.personal-use.work-only', policy: 'cambridgeshire-early-years', effect: 'block', fires: { ...personal, place: 'office', personalUseAuthorisedBy: 'manager' },
    nearMisses: [{ ...personal, personalUseAuthorisedBy: 'manager' }, { ...personal, place: 'office', purpose: 'work' }],
    elsewhere: ['homerton-early-years', 'kirklees-primary', 'barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'equipment.user.unauthorised', policy: 'homerton-early-years', effect: 'block', fires: { device: laptop, user: { id: 's-20' } },
    nearMisses: [{ device: laptop }, { device: { ...laptop, assignment: 'shared' }, user: { id: 's-20' } }, { device: { ...laptop, authorisedUsers: ['s-14', 's-20'] }, user: { id: 's-20' } }],
    elsewhere: ['kirklees-primary', 'barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'equipment.aup.not-agreed', policy: 'kirklees-primary', effect: 'block', fires: { user: { acceptableUseAgreed: undefined } },
    nearMisses: [{}],
    elsewhere: ['homerton-early-years', 'cambridgeshire-early-years', 'barnet-early-years', 'two-mile-ash-pre-school'] },
];

describe('equipment use rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('equipment: personal use, the authorised person, acceptable use (001 l.35; 003 l.16, l.20; 004 l.126)', () => {
  it('001: personal use on or off site needs the Head of Centre, not the manager', () => {
    for (const place of ['off-site', 'staff-room'] as const) {
      expect(check({ ...personal, place }, 'homerton-early-years')).toMatchObject({ allowed: false, cites: ['001'] });
      expect(check({ ...personal, place, personalUseAuthorisedBy: 'manager' }, 'homerton-early-years').allowed).toBe(false);
      expect(check({ ...personal, place, personalUseAuthorisedBy: 'head-of-setting' }, 'homerton-early-years').allowed).toBe(true);
    }
  });
  it('003: off site with the provider/manager\'s authorisation; on the premises for work purposes only, authorised or not', () => {
    expect(check({ ...personal, personalUseAuthorisedBy: 'manager' }, 'cambridgeshire-early-years').allowed).toBe(true);
    expect(check(personal, 'cambridgeshire-early-years')).toMatchObject({ allowed: false, rules: ['equipment.personal-use.unauthorised'], cites: ['003'] });
    expect(check({ ...personal, place: 'staff-room', personalUseAuthorisedBy: 'manager' }, 'cambridgeshire-early-years'))
      .toMatchObject({ allowed: false, rules: ['equipment.personal-use.work-only'], cites: ['003'] });
  });
  it('the baseline: the strictest of both (work only on the premises; off site with a leader\'s authorisation)', () => {
    expect(check({ ...personal, place: 'office', personalUseAuthorisedBy: 'head-of-setting' }).rules).toEqual(['equipment.personal-use.work-only']);
    expect(check({ ...personal, personalUseAuthorisedBy: 'head-of-setting' }).allowed).toBe(true);
    expect(check(personal).rules).toEqual(['equipment.personal-use.unauthorised']);
  });
  it('Barnet, Two Mile Ash and Kirklees do not restrict personal use or who uses an issued device', () => {
    for (const p of ['barnet-early-years', 'two-mile-ash-pre-school', 'kirklees-primary'] as const) {
      expect(check({ ...personal, user: { id: 's-20' } }, p).allowed).toBe(true);
    }
  });
  it('001/003: a child on a member of staff\'s laptop is not its authorised person; a shared device has no named user', () => {
    expect(check({ device: laptop, user: { id: 'c-7', person: 'child' }, purpose: 'learning' }, 'cambridgeshire-early-years').rules).toEqual(['equipment.user.unauthorised']);
    expect(check({ device: { ...laptop, authorisedUsers: undefined } }, 'homerton-early-years').rules).toEqual(['equipment.user.unauthorised']);
    expect(check({ user: { id: 'c-7', person: 'child' }, purpose: 'learning' }, 'cambridgeshire-early-years').allowed).toBe(true);
  });
  it('004: every user has agreed to (or been made aware of) the acceptable use policy, visitors too', () => {
    expect(check({ user: { acceptableUseAgreed: false } }, 'kirklees-primary')).toMatchObject({ allowed: false, cites: ['004'] });
    expect(check({ user: { person: 'visitor', acceptableUseAgreed: undefined } }, 'kirklees-primary').rules).toEqual(['equipment.aup.not-agreed']);
    expect(check({ user: { person: 'visitor', acceptableUseAgreed: true } }, 'kirklees-primary').allowed).toBe(true);
  });
});
