// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
import type { AreaSpec } from '../core/rules/types.js';
import { b, tri, one } from '../core/facts.js';
import { methods, recipients } from './schema.js';


/** The facts transfer rules may use, once per transfer. */
export const transferArea: AreaSpec = {
  id: 'transfer',
  facts: {
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
    emailEncryption: one(['required', 'where-possible'], 'Policy: encryption of personal data sent by email.'),
    platformApprovalRequired: b('Policy: an online platform must be approved before use.'),
    auditLogRequired: b('Policy: central hosting keeps an account audit log for a minimum period.'),
    accountAdminCheck: b('Policy: only named roles manage central hosting user accounts.'),
  },
};
