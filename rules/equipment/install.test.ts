import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, childInstall, decide, staffInstall, type Change } from './helpers.js';

// 001 and 003: "installing/downloading of new programs and applications is restricted to authorised staff members
// only"; 003: "Children should not be able to search or install anything on a setting device"; 004: "We do not allow
// anyone except technical staff to download and install software onto the network. Staff are allowed administrator
// rights to download software on school provided laptops"; 001: "Software or apps used must be from a pre-approved
// selection checked and agreed by the ICT coordinator or Head of Centre". Each forbids, so each blocks.
const desktop: Change['device'] = { id: 'pc-12', kind: 'desktop', assignment: 'shared', virusProtected: true };
const scenarios: RuleScenario<Change, PolicyOption>[] = [
  { rule: 'equipment.install.child', policy: 'cambridgeshire-early-years', effect: 'block', fires: childInstall,
    nearMisses: [{ ...childInstall, action: 'use' }, { ...childInstall, user: { id: 's-14', person: 'staff', authorisedToInstall: true } }],
    elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'equipment.install.not-authorised', policy: 'homerton-early-years', effect: 'block', fires: staffInstall,
    nearMisses: [{ ...staffInstall, user: { authorisedToInstall: true } }, { ...staffInstall, action: 'use' }, childInstall],
    elsewhere: ['kirklees-primary', 'barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'equipment.install.not-technical', policy: 'kirklees-primary', effect: 'block', fires: { ...staffInstall, device: desktop },
    nearMisses: [{ ...staffInstall, device: desktop, user: { roles: ['ict-technician'] } }, { ...staffInstall, device: { ...desktop, kind: 'laptop' } },
      { ...staffInstall, device: desktop, action: 'use' }, { ...childInstall, device: desktop }],
    elsewhere: ['baseline', 'homerton-early-years', 'cambridgeshire-early-years', 'barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'equipment.software.not-approved', policy: 'homerton-early-years', effect: 'block', fires: { software: { name: 'Photo Collage Free' } },
    nearMisses: [{ software: { name: 'Photo Collage Free', approvedBy: 'head-of-setting' } }, {}],
    elsewhere: ['cambridgeshire-early-years', 'kirklees-primary', 'barnet-early-years', 'two-mile-ash-pre-school'] },
];

describe('equipment install rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('equipment: installing and approved software (001 l.39, l.45; 003 l.22; 004 l.151)', () => {
  it('issue 13 item 3: a child installing is denied under every preset whose policy restricts installing, citing its own clause', () => {
    expect(check(childInstall, 'baseline')).toMatchObject({ allowed: false, rules: ['equipment.install.child'], cites: ['003'] });
    expect(check(childInstall, 'homerton-early-years')).toMatchObject({ allowed: false, rules: ['equipment.install.child'], cites: ['001'] });
    expect(check(childInstall, 'cambridgeshire-early-years')).toMatchObject({ allowed: false, rules: ['equipment.install.child'], cites: ['003'] });
    expect(check({ ...childInstall, device: { kind: 'laptop' } }, 'kirklees-primary')).toMatchObject({ allowed: false, rules: ['equipment.install.child'], cites: ['004'] });
  });
  it('Barnet and Two Mile Ash are silent on installing: their presets impose no other setting\'s restriction', () => {
    expect(check(childInstall, 'barnet-early-years')).toMatchObject({ allowed: true, rules: [] });
    expect(check(childInstall, 'two-mile-ash-pre-school')).toMatchObject({ allowed: true, rules: [] });
  });
  it('001/003: authorised staff members only; a visitor is never one of them, even when marked authorised', () => {
    expect(check({ ...staffInstall, user: { authorisedToInstall: true } }, 'homerton-early-years').allowed).toBe(true);
    expect(check({ ...staffInstall, user: { authorisedToInstall: false } }, 'cambridgeshire-early-years')).toMatchObject({ allowed: false, cites: ['003'] });
    expect(check({ ...staffInstall, user: { person: 'contractor', authorisedToInstall: true } }, 'homerton-early-years').rules).toEqual(['equipment.install.not-authorised']);
    expect(check({ ...staffInstall, user: { person: 'volunteer', authorisedToInstall: true } }, 'homerton-early-years').allowed).toBe(true);
  });
  it('004: technical staff install anywhere; other staff only on a school laptop; a parent not even there', () => {
    expect(check({ ...staffInstall, device: { kind: 'desktop' }, user: { roles: ['ict-technician'] } }, 'kirklees-primary').allowed).toBe(true);
    expect(check({ ...staffInstall, device: { kind: 'tablet' } }, 'kirklees-primary').rules).toEqual(['equipment.install.not-technical']);
    expect(check({ ...staffInstall, device: { kind: 'laptop' } }, 'kirklees-primary').allowed).toBe(true);
    expect(check({ ...staffInstall, device: { kind: 'laptop' }, user: { person: 'parent-or-carer' } }, 'kirklees-primary').rules).toEqual(['equipment.install.not-technical']);
    // A contractor holding the technician role is not staff: technical staff are members of staff.
    expect(check({ ...staffInstall, device: { kind: 'desktop' }, user: { person: 'contractor', roles: ['ict-technician'] } }, 'kirklees-primary').rules).toEqual(['equipment.install.not-technical']);
  });
  it('001: the selection is checked and agreed by the ICT coordinator or the Head of Centre, not any role; installing always names the app', () => {
    expect(check({ software: { name: 'x', approvedBy: 'ict-coordinator' } }, 'homerton-early-years').allowed).toBe(true);
    expect(check({ software: { name: 'x', approvedBy: 'manager' } }, 'homerton-early-years').rules).toEqual(['equipment.software.not-approved']);
    expect(check({ software: { name: 'x', approvedBy: null } }, 'homerton-early-years').rules).toEqual(['equipment.software.not-approved']);
    expect(check({ action: 'install', user: { authorisedToInstall: true } }, 'homerton-early-years').rules).toEqual(['equipment.software.not-approved']);
    expect(check({ software: { name: 'x' } }, 'baseline').rules).toEqual(['equipment.software.not-approved']);
  });
});
