import { describe, expect, it } from 'vitest';
import { definePolicy, type PolicyOption } from '../../src/policy.js';
import { canTransferData } from './canTransferData.js';
import type { Transfer } from './schema.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { AT, check, transfer } from './helpers.js';

const hosting = {
  method: 'central-hosting' as const, recipient: 'staff' as const,
  system: { name: 'LA hosting', auditLogKeptFor: 'P1M', accountAdmins: ['head-of-setting' as const, 'ict-technician' as const] },
};
const noPersonalData = { containsChildNames: false, containsChildImages: false, containsSensitiveData: false };
const decide = (q: Partial<Transfer>, policy?: PolicyOption) => canTransferData(transfer(q), { policy, at: AT });
const shortLog = { ...hosting.system, auditLogKeptFor: 'P30D' };
const staffAdmins = { ...hosting.system, accountAdmins: ['staff' as const] };
const byManager = { name: 'Babys Days', approvedBy: 'manager' as const };

// The allowed routes, "kept for a minimum of one month", "Only the Head of Centre ... can manage" and "must seek
// permission from the Committee" each forbid the other way, so each blocks.
const scenarios: RuleScenario<Partial<Transfer>, PolicyOption>[] = [
  // Barnet, Cambridgeshire and Kirklees name no list of routes: another route is limited by the other rules only.
  { rule: 'transfer.route.not-allowed', policy: 'baseline', effect: 'block', fires: { method: 'other' },
    nearMisses: [{ method: 'other', ...noPersonalData }, { method: 'central-hosting' }],
    elsewhere: ['barnet-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] },
  { rule: 'transfer.route.not-allowed', policy: 'homerton-early-years', effect: 'block', fires: { method: 'other' },
    nearMisses: [{ method: 'other', ...noPersonalData }, { method: 'setting-platform' }] },
  { rule: 'transfer.route.not-allowed', policy: 'two-mile-ash-pre-school', effect: 'block', fires: { method: 'central-hosting' },
    nearMisses: [{ method: 'central-hosting', ...noPersonalData }, { method: 'email', emailAccount: 'setting', system: { name: 'x', approvedBy: 'committee' } }] },
  { rule: 'transfer.audit-log.too-short', policy: 'homerton-early-years', effect: 'block', fires: { ...hosting, system: shortLog },
    nearMisses: [{ ...hosting }, { ...hosting, method: 'setting-platform', system: shortLog }], elsewhere: ['baseline'] },
  { rule: 'transfer.account-admin.unauthorised', policy: 'homerton-early-years', effect: 'block', fires: { ...hosting, system: staffAdmins },
    nearMisses: [{ ...hosting }, { ...hosting, method: 'setting-platform', system: staffAdmins }], elsewhere: ['baseline'] },
  { rule: 'transfer.platform.unapproved', policy: 'two-mile-ash-pre-school', effect: 'block', fires: { system: byManager },
    nearMisses: [{ system: { name: 'Babys Days', approvedBy: 'committee' } }, { method: 'email', emailAccount: 'setting', system: byManager }],
    elsewhere: ['baseline'] },
];

describe('transfer route rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
  it('an unrecorded log period, admin list or approval counts as the unsafe answer', () => {
    const H = 'homerton-early-years';
    expect(check({ ...hosting, system: { ...hosting.system, auditLogKeptFor: undefined } }, H).rules).toEqual(['transfer.audit-log.too-short']);
    expect(check({ ...hosting, system: { ...hosting.system, accountAdmins: [] } }, H).rules).toEqual(['transfer.account-admin.unauthorised']);
    expect(check({ system: { name: 'Babys Days' } }, 'two-mile-ash-pre-school').rules).toEqual(['transfer.platform.unapproved']);
  });
});

describe('transfer: routes, hosting, platform (001 DATA STORAGE AND MANAGEMENT; 002 BabysDays)', () => {
  it('transfer.route.not-allowed: a route the policy does not name is blocked', () => {
    expect(check({ method: 'other' }).rules).toEqual(['transfer.route.not-allowed']);
    expect(check({ method: 'central-hosting' }, 'two-mile-ash-pre-school').rules).toEqual(['transfer.route.not-allowed']);
    expect(check({ method: 'other', containsChildImages: false, containsChildNames: false }).rules).toEqual([]);
  });
  it('Homerton: central hosting with a month of audit log and the named admins is allowed', () => {
    expect(check(hosting, 'homerton-early-years').rules).toEqual([]);
  });
  it('transfer.audit-log.too-short: at least one calendar month (30 days is short of a 31-day month)', () => {
    const d = check({ ...hosting, system: shortLog }, 'homerton-early-years', '2026-01-15T10:00:00Z');
    expect(d.rules).toEqual(['transfer.audit-log.too-short']);
    // From 15 April a month is 30 days: P30D is enough.
    expect(check({ ...hosting, system: shortLog }, 'homerton-early-years', '2026-04-15T10:00:00Z').rules).toEqual([]);
    const unrecorded = { ...hosting, system: { ...hosting.system, auditLogKeptFor: null } };
    expect(check(unrecorded, 'homerton-early-years').rules).toEqual(['transfer.audit-log.too-short']);
  });
  it('transfer.account-admin.unauthorised: only the Head of Centre, office manager or ICT technician manage accounts', () => {
    expect(check({ ...hosting, system: staffAdmins }, 'homerton-early-years').rules).toEqual(['transfer.account-admin.unauthorised']);
    expect(check(hosting, 'baseline').rules).toEqual([]);
  });
  it('transfer.platform.unapproved: Two Mile Ash needs the Committee\'s permission for an online journal', () => {
    expect(check({}, 'two-mile-ash-pre-school').rules).toEqual(['transfer.platform.unapproved']);
    expect(check({ system: { name: 'Babys Days', approvedBy: 'committee' } }, 'two-mile-ash-pre-school').rules).toEqual([]);
    expect(check({ system: { name: 'Babys Days', approvedBy: 'manager' } }, 'two-mile-ash-pre-school').rules).toEqual(['transfer.platform.unapproved']);
  });
  it('a setting policy can name its own audit period', () => {
    const policy = definePolicy({ id: 'acorn', version: '1', basedOn: 'homerton-early-years', transfer: { auditLogMinimum: 'P3M' } });
    const d = canTransferData(transfer(hosting), { policy, at: AT });
    expect(d.reasons.map((r) => r.rule)).toEqual(['transfer.audit-log.too-short']);
  });
});

describe('transfer routes: each preset\'s finding cites its own policy', () => {
  it.each([
    ['homerton-early-years', 'other', '001_37d62a2ef733a813.txt'],
    ['two-mile-ash-pre-school', 'remote-access', '002_ed2002546c8e0053.txt'],
  ] as const)('transfer.route.not-allowed under %s (%s) cites %s', (policy, method, source) => {
    expect(check({ method }, policy).reasons.find((f) => f.rule === 'transfer.route.not-allowed')?.clause.source).toBe(source);
  });
  it('Barnet, Cambridgeshire and Kirklees: another route for personal data is open, to an authorised recipient', () => {
    for (const p of ['barnet-early-years', 'cambridgeshire-early-years', 'kirklees-primary'] as const) expect(check({ method: 'other' }, p).rules, p).toEqual([]);
  });
});
