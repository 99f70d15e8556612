import { parserOf } from '../../core/input.js';
import type { DecisionOptions, PreparedFacts } from '../../core/options.js';
import { prepareFacts } from '../../core/pipeline.js';
import { transferRules } from '../rules.js';
import type { FactSets } from '../../core/rules/ruleSet.js';
import { comparePeriods, parsePeriod } from '../../core/time/periods.js';
import type { TransferPolicy } from '../policy.js';
import { transferSchema, type Transfer } from '../schema.js';

const tri = (v: boolean | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');
const any = (...v: (boolean | undefined)[]) => (v.includes(true) ? 'yes' : v.every((x) => x === false) ? 'no' : 'unknown');

const parseTransfer = parserOf(transferSchema);

/**
 * The facts the transfer rules decide on, for one transfer at `options.at`.
 * `canTransferData` evaluates them itself; pass them to `decideWithEngine` for json-rules-engine.
 *
 * @example
 * ```ts
 * const prepared = transferFacts(transfer, { policy: 'homerton-early-years', at: '2026-11-22T10:00:00Z' });
 * prepared.sets?.root.auditLogLongEnough; // 'yes', 'no' or 'unknown'
 * ```
 */
export function transferFacts(transfer: unknown, options?: DecisionOptions): PreparedFacts {
  return prepareFacts<TransferPolicy, [Transfer]>(options, true, transferRules.decision, [
    { name: 'transfer', value: transfer, parse: parseTransfer },
  ], ([t], ctx) => factSets(t, ctx.policy, ctx.at));
}

function factSets(t: Transfer, policy: TransferPolicy, at: Date): FactSets {
  const sys = t.system;
  const minimum = policy.auditLogMinimum === null ? undefined : parsePeriod(policy.auditLogMinimum);
  const kept = sys?.auditLogKeptFor != null ? parsePeriod(sys.auditLogKeptFor) : undefined;
  const admins = sys?.accountAdmins;
  const root = {
    method: t.method,
    leavesSetting: t.leavesSetting,
    recipient: t.recipient,
    childData: any(t.containsChildNames, t.containsChildImages),
    personalData: any(t.containsChildNames, t.containsChildImages, t.containsSensitiveData),
    encrypted: tri(t.encrypted),
    mediaOwner: t.mediaOwner ?? 'unknown',
    emailAccount: t.emailAccount ?? 'unknown',
    recipientAuthorised: tri(t.recipientAuthorised),
    labelled: tri(t.labelled),
    routeAllowed: policy.allowedRoutes.includes(t.method),
    platformApproved: sys?.approvedBy == null ? 'unknown' : policy.platformApprovers.includes(sys.approvedBy) ? 'yes' : 'no',
    auditLogLongEnough: kept === undefined || minimum === undefined ? 'unknown' : comparePeriods(kept, minimum, at) >= 0 ? 'yes' : 'no',
    accountAdminsAuthorised: admins === undefined || admins.length === 0 ? 'unknown' : admins.every((r) => policy.accountAdminRoles.includes(r)) ? 'yes' : 'no',
    removableMedia: policy.removableMedia,
    emailEncryption: policy.emailEncryption,
    platformApprovalRequired: policy.platformApprovers.length > 0,
    auditLogRequired: minimum !== undefined,
    accountAdminCheck: policy.accountAdminRoles.length > 0,
  };
  return { root, items: [] };
}
