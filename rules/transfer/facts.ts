// The transfer facts: what each is (the specs rules are checked against), and how they are computed from a transfer.
import type { Computed, Context } from '../../src/core/area.js';
import { anyOf, b, one, tri, triOf } from '../../src/core/facts.js';
import { comparePeriods, parsePeriod } from '../../src/core/time/periods.js';
import type { TransferPolicy } from './policy.js';
import { methods, recipients, type Transfer } from './schema.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts transfer rules may use, once per transfer. */
export const transferFactSpecs = {
  method: one(methods, 'How the data moves.'),
  leavesSetting: b('The data leaves the setting.'),
  recipient: one(recipients, 'Who receives it.'),
  childData: tri('It includes children\'s names or images.'),
  personalData: tri('It includes children\'s names or images, or other sensitive data.'),
  encrypted: tri('It is encrypted in transit or on the media.'),
  mediaOwner: one(['setting', 'personal', 'unknown'], 'Who issued the removable media.'),
  emailAccount: one(['setting', 'personal', 'unknown'], 'The email account it is sent from.'),
  recipientAuthorised: tri('The recipient is authorised to see it.'),
  labelled: tri('It is labelled as needing to be kept secure.'),
  routeAllowed: b('Policy: this method is one of the allowed routes.'),
  platformApproved: tri('The platform was approved by a role the policy names.'),
  auditLogLongEnough: tri('The hosting keeps its account audit log at least as long as the policy requires.'),
  accountAdminsAuthorised: tri('Only roles the policy names can manage the hosting\'s user accounts.'),
  removableMedia: one(['forbidden', 'encrypted-only'], 'Policy: children\'s data on removable media leaving the setting.'),
  emailEncryption: one(['required', 'where-possible', 'not-required'], 'Policy: encryption of personal data sent by email.'),
  platformApprovalRequired: b('Policy: an online platform must be approved before use.'),
  auditLogRequired: b('Policy: central hosting keeps an account audit log for a minimum period.'),
  accountAdminCheck: b('Policy: only named roles manage central hosting user accounts.'),
  remoteAccessAuthorisedOnly: b('Policy: remote access is by authorised personnel only, whatever it reaches.'),
  labelSharedData: b('Policy: personal data shared with others who may see it is labelled.'),
} as const;

/**
 * The transfer facts of one transfer, at the moment of the decision (the audit log's period is counted from its London day).
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { transferArea } from './area.js';
 * const ctx = readOptions(transferArea, { policy: 'homerton-early-years', at });
 * // Homerton requires the hosting's audit log to be kept a month:
 * const hosting: Transfer = { method: 'central-hosting', leavesSetting: true, recipient: 'staff', system: { name: 'LA hosting', auditLogKeptFor: 'P2W' } };
 * computeTransferFacts([hosting], ctx).root.auditLogLongEnough; // 'no'
 * ```
 */
export function computeTransferFacts([t]: [Transfer], ctx: Context<TransferPolicy>): Computed {
  const policy = ctx.policy;
  const sys = t.system;
  const minimum = policy.auditLogMinimum === null ? undefined : parsePeriod(policy.auditLogMinimum);
  const kept = sys?.auditLogKeptFor != null ? parsePeriod(sys.auditLogKeptFor) : undefined;
  const admins = sys?.accountAdmins;
  const root = {
    method: t.method,
    leavesSetting: t.leavesSetting,
    recipient: t.recipient,
    childData: anyOf(t.containsChildNames, t.containsChildImages),
    personalData: anyOf(t.containsChildNames, t.containsChildImages, t.containsSensitiveData),
    encrypted: triOf(t.encrypted),
    mediaOwner: t.mediaOwner ?? 'unknown',
    emailAccount: t.emailAccount ?? 'unknown',
    recipientAuthorised: triOf(t.recipientAuthorised),
    labelled: triOf(t.labelled),
    routeAllowed: policy.allowedRoutes.includes(t.method),
    platformApproved: sys?.approvedBy == null ? 'unknown' : policy.platformApprovers.includes(sys.approvedBy) ? 'yes' : 'no',
    auditLogLongEnough: kept === undefined || minimum === undefined ? 'unknown' : comparePeriods(kept, minimum, ctx.atMs) >= 0 ? 'yes' : 'no',
    // No administrators listed is not established: unknown, as when the list is not given.
    accountAdminsAuthorised: admins == null || admins.length === 0 ? 'unknown' : admins.every((r) => policy.accountAdminRoles.includes(r)) ? 'yes' : 'no',
    removableMedia: policy.removableMedia,
    emailEncryption: policy.emailEncryption,
    platformApprovalRequired: policy.platformApprovers.length > 0,
    auditLogRequired: minimum !== undefined,
    accountAdminCheck: policy.accountAdminRoles.length > 0,
    remoteAccessAuthorisedOnly: policy.remoteAccessAuthorisedOnly,
    labelSharedData: policy.labelSharedData,
  };
  return { root, items: [] };
}
