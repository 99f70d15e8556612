import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/settingPolicy.js';
import { canTransferData } from '../../src/transfer/canTransferData/index.js';
import { AT, check, transfer } from './helpers.js';

const hosting = { method: 'central-hosting' as const, recipient: 'staff' as const, system: { name: 'LA hosting', auditLogKeptFor: 'P1M', accountAdmins: ['head-of-setting' as const, 'ict-technician' as const] } };

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
    const d = check({ ...hosting, system: { ...hosting.system, auditLogKeptFor: 'P30D' } }, 'homerton-early-years', '2026-01-15T10:00:00Z');
    expect(d.rules).toEqual(['transfer.audit-log.too-short']);
    // From 15 April a month is 30 days: P30D is enough.
    expect(check({ ...hosting, system: { ...hosting.system, auditLogKeptFor: 'P30D' } }, 'homerton-early-years', '2026-04-15T10:00:00Z').rules).toEqual([]);
    expect(check({ ...hosting, system: { ...hosting.system, auditLogKeptFor: null } }, 'homerton-early-years').rules).toEqual(['transfer.audit-log.too-short']);
  });
  it('transfer.account-admin.unauthorised: only the Head of Centre, office manager or ICT technician manage accounts', () => {
    expect(check({ ...hosting, system: { ...hosting.system, accountAdmins: ['staff'] } }, 'homerton-early-years').rules).toEqual(['transfer.account-admin.unauthorised']);
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
