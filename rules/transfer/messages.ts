// The data transfer rules in plain words, for staff (with the remedy). Parents read the staff text.
import type { Messages } from '../../src/core/messages.js';

/** What each transfer rule means, for staff (see `explain`). */
export const transferMessages: Messages = {
  "transfer.removable.forbidden": {
    staff: "Documents with children's names or photos may not leave the setting on removable media, even encrypted.",
    remedy: "Use the setting's central hosting or platform instead.",
  },
  "transfer.removable.unencrypted": {
    staff: "Personal or sensitive data may go on removable media only if the media is encrypted.",
    remedy: "Use an encrypted memory stick issued by the setting.",
  },
  "transfer.removable.personal-media": {
    staff: "Personal or sensitive data may go only on removable media the setting issued.",
    remedy: "Use an encrypted memory stick issued by the setting.",
  },
  "transfer.email.unencrypted": {
    staff: "Sensitive data may not be sent by email unless it is encrypted.",
    remedy: "Encrypt the email, or use the setting's secure platform.",
  },
  "transfer.email.unencrypted-where-possible": {
    staff: "Personal information should go by encrypted email where possible.",
    remedy: "Encrypt the email, or use the setting's online journal.",
  },
  "transfer.email.non-setting-account": {
    staff: "Work email, including email with families, goes only through the setting's email account.",
    remedy: "Send it from the setting's email account.",
  },
  "transfer.route.not-allowed": {
    staff: "Children's or sensitive data may move only by a route the policy allows.",
    remedy: "Use one of the routes the policy allows.",
  },
  "transfer.audit-log.too-short": {
    staff: "Central hosting must keep its account activity log for at least the period the policy names.",
    remedy: "Keep the log for at least that period, and record it.",
  },
  "transfer.account-admin.unauthorised": {
    staff: "Only the roles the policy names may manage central hosting accounts.",
    remedy: "Limit account management to those roles, and record them.",
  },
  "transfer.platform.unapproved": {
    staff: "The online learning journal must be approved by the role the policy names before it is used.",
    remedy: "Record that approval.",
  },
  "transfer.remote.unauthorised": {
    staff: "Remote access is for authorised staff only, never for unauthorised third parties.",
    remedy: "Give access only to authorised staff under a specific agreement.",
  },
  "transfer.recipient.unauthorised": {
    staff: "Personal or sensitive data goes only to people authorised to see it, and this recipient is not confirmed as one.",
    remedy: "Confirm the recipient is authorised, or do not send it.",
  },
  "transfer.shared.unlabelled": {
    staff: "Sensitive data shared with people entitled to see it should be labelled, to remind them to keep it secure and destroy spare copies.",
    remedy: "Label it before sharing.",
  },
};
