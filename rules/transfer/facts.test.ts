import { describe, expect, it } from 'vitest';
import { canTransferData, transferFacts } from './canTransferData.js';
import type { Transfer } from './schema.js';

// The facts the transfer rules read, field by field: three-valued answers, the platform, its audit log and its admins.
type System = NonNullable<Transfer['system']>;
const AT = '2026-01-15T12:00:00Z';
const base: Transfer = { method: 'setting-platform', leavesSetting: true, recipient: 'parent' };
const prepare = (t: Partial<Transfer> = {}, policy: unknown = 'baseline') => transferFacts({ ...base, ...t }, { policy: policy as never, at: AT });
const root = (t: Partial<Transfer> = {}, policy: unknown = 'baseline') => {
  const p = prepare(t, policy);
  expect(p.findings).toEqual([]);
  return p.sets!.root as Record<string, unknown>;
};
const hosting = (system: Omit<System, 'name'>, policy = 'homerton-early-years') =>
  root({ method: 'central-hosting', system: { name: 'hosting', ...system } }, policy);

describe('transferFacts', () => {
  it('the policy facts follow each preset\'s own policy', () => {
    const pick = (policy: string) => {
      const r = root({ method: 'other' }, policy);
      return [r.emailEncryption, r.routeAllowed, r.remoteAccessAuthorisedOnly, r.labelSharedData];
    };
    expect(pick('baseline')).toEqual(['required', false, true, true]);
    expect(pick('barnet-early-years')).toEqual(['not-required', true, false, false]);
    expect(pick('homerton-early-years')).toEqual(['not-required', false, false, false]);
    expect(pick('two-mile-ash-pre-school')).toEqual(['where-possible', false, false, false]);
    expect(pick('cambridgeshire-early-years')).toEqual(['not-required', true, false, false]);
    expect(pick('kirklees-primary')).toEqual(['required', true, true, true]);
  });
  it('yes, no or unknown: encrypted, recipient authorised, labelled', () => {
    const three = (v?: boolean) => { const r = root({ encrypted: v, recipientAuthorised: v, labelled: v }); return [r.encrypted, r.recipientAuthorised, r.labelled]; };
    expect(three(true)).toEqual(['yes', 'yes', 'yes']);
    expect(three(false)).toEqual(['no', 'no', 'no']);
    expect(three(undefined)).toEqual(['unknown', 'unknown', 'unknown']);
  });
  it('child and personal data: yes if any part says yes, no only when every part says no, else unknown', () => {
    const data = (names?: boolean, images?: boolean, sensitive?: boolean) => {
      const r = root({ containsChildNames: names, containsChildImages: images, containsSensitiveData: sensitive });
      return [r.childData, r.personalData];
    };
    expect(data(true, undefined, undefined)).toEqual(['yes', 'yes']);
    expect(data(undefined, true, false)).toEqual(['yes', 'yes']);
    expect(data(false, false, true)).toEqual(['no', 'yes']);
    expect(data(false, false, false)).toEqual(['no', 'no']);
    expect(data(false, undefined, false)).toEqual(['unknown', 'unknown']);
    expect(data(false, false, undefined)).toEqual(['no', 'unknown']);
    expect(data()).toEqual(['unknown', 'unknown']);
  });
  it('who issued the media and the email account are unknown when not said', () => {
    expect(root().mediaOwner).toBe('unknown');
    expect(root().emailAccount).toBe('unknown');
    expect(root({ mediaOwner: 'personal', emailAccount: 'setting' })).toMatchObject({ mediaOwner: 'personal', emailAccount: 'setting' });
  });
  it('the platform is approved only by a role the policy names; unknown when no approver is recorded', () => {
    const approved = (approvedBy?: System['approvedBy']) => root({ system: { name: 'journal', approvedBy } }, 'two-mile-ash-pre-school');
    expect(approved('committee').platformApproved).toBe('yes');
    expect(approved('manager').platformApproved).toBe('no');
    expect(approved(null).platformApproved).toBe('unknown');
    expect(approved(undefined).platformApproved).toBe('unknown');
    expect(root().platformApproved).toBe('unknown');
    expect(approved('committee').platformApprovalRequired).toBe(true);
    expect(root({ system: { name: 'journal', approvedBy: 'committee' } }).platformApproved).toBe('no');
    expect(root().platformApprovalRequired).toBe(false);
  });
  it('the audit log is long enough when kept at least the policy minimum from the moment of the decision', () => {
    expect(hosting({ auditLogKeptFor: 'P1M' }).auditLogLongEnough).toBe('yes');
    expect(hosting({ auditLogKeptFor: 'P1Y' }).auditLogLongEnough).toBe('yes');
    expect(hosting({ auditLogKeptFor: 'P30D' }).auditLogLongEnough).toBe('no');
    expect(hosting({ auditLogKeptFor: 'P2W' }).auditLogLongEnough).toBe('no');
    expect(hosting({ auditLogKeptFor: null }).auditLogLongEnough).toBe('unknown');
    expect(hosting({}).auditLogLongEnough).toBe('unknown');
    expect(hosting({ auditLogKeptFor: 'P1Y' }).auditLogRequired).toBe(true);
    expect(hosting({ auditLogKeptFor: 'P1Y' }, 'baseline')).toMatchObject({ auditLogLongEnough: 'unknown', auditLogRequired: false });
  });
  it('account admins are authorised only when every one of them holds a role the policy names', () => {
    expect(hosting({ accountAdmins: ['head-of-setting', 'ict-technician'] }).accountAdminsAuthorised).toBe('yes');
    expect(hosting({ accountAdmins: ['head-of-setting', 'staff'] }).accountAdminsAuthorised).toBe('no');
    expect(hosting({ accountAdmins: ['staff', 'office-manager'] }).accountAdminsAuthorised).toBe('no');
    expect(hosting({ accountAdmins: ['staff'] }).accountAdminsAuthorised).toBe('no');
    // No administrators listed at all is not established: unknown, as when the list is not given (fail closed).
    expect(hosting({ accountAdmins: [] }).accountAdminsAuthorised).toBe('unknown');
    expect(hosting({}).accountAdminsAuthorised).toBe('unknown');
    expect(root().accountAdminsAuthorised).toBe('unknown');
    expect(hosting({}).accountAdminCheck).toBe(true);
    expect(hosting({}, 'baseline').accountAdminCheck).toBe(false);
  });
  it('the route and the policy choices come from the policy', () => {
    expect(root({ method: 'removable-media' }, 'homerton-early-years')).toMatchObject({ routeAllowed: false, removableMedia: 'forbidden' });
    expect(root({ method: 'removable-media' })).toMatchObject({ routeAllowed: true, removableMedia: 'encrypted-only', emailEncryption: 'required' });
    expect(root({}, 'two-mile-ash-pre-school').emailEncryption).toBe('where-possible');
    expect(root({ method: 'other' }).routeAllowed).toBe(false);
    expect(root({ leavesSetting: false, recipient: 'staff' })).toMatchObject({ method: 'setting-platform', leavesSetting: false, recipient: 'staff' });
  });
  it('transfer facts are about the transfer alone: there are no item fact sets', () => {
    expect(prepare().sets!.items).toEqual([]);
    expect(prepare({ method: 'central-hosting', system: { name: 'hosting', accountAdmins: ['staff'] } }, 'homerton-early-years').sets!.items).toEqual([]);
  });
  it('invalid input names the field under "transfer", and an invalid period says what a period looks like', () => {
    expect(prepare({ method: 'fax' as never }).findings.map((f) => f.subject)).toEqual(['transfer.method']);
    expect(prepare({ system: { name: 'hosting', auditLogKeptFor: 'a month' } }).findings.map((f) => [f.subject, f.message])).toEqual([
      ['transfer.system.auditLogKeptFor', 'transfer.system.auditLogKeptFor must be an ISO 8601 period such as P1M or P30D'],
    ]);
    const policy = { id: 'our-setting', version: '1', transfer: { auditLogMinimum: 'one month' } };
    expect(prepare({}, policy).findings.map((f) => [f.subject, f.message])).toEqual([
      ['options.policy.transfer.auditLogMinimum', 'options.policy.transfer.auditLogMinimum must be an ISO 8601 period such as P1M or P30D'],
    ]);
    expect(root({}, { ...policy, transfer: { auditLogMinimum: 'P2M' } }).auditLogRequired).toBe(true);
  });
});

describe('canTransferData with no account administrators listed', () => {
  it('is refused at Homerton, as when the list is not given: nobody is shown to manage the accounts', () => {
    const t = { method: 'central-hosting', leavesSetting: true, containsChildNames: true, containsChildImages: true, containsSensitiveData: false,
      encrypted: true, recipient: 'staff', recipientAuthorised: true, system: { name: 'h', auditLogKeptFor: 'P1M', accountAdmins: [] } } as const;
    const d = canTransferData(t as never, { policy: 'homerton-early-years', at: '2026-01-15T12:00:00Z' });
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((f) => f.rule)).toContain('transfer.account-admin.unauthorised');
  });
});
