// What the transfer decision reads: the data someone wants to move, and how. The types come from the schemas.
import * as z from 'zod/mini';
import { id, opt, period as isoPeriod } from '../../src/core/schema.js';
import { roleSchema } from '../vocabulary.js';

/**
 * How data moves: removable media, email, central hosting, the setting's platform, remote access, or something else.
 *
 * @example
 * ```ts
 * methods.includes('email'); // true
 * ```
 */
export const methods = Object.freeze(['removable-media', 'email', 'central-hosting', 'setting-platform', 'remote-access', 'other'] as const);
/** How data moves: removable media, email, central hosting, the setting's platform, remote access, or something else. */
export type TransferMethod = (typeof methods)[number];
/**
 * Who receives it.
 *
 * @example
 * ```ts
 * recipients.includes('parent'); // true
 * ```
 */
export const recipients = Object.freeze(['staff', 'parent', 'authorised-third-party', 'other'] as const);

/** An ISO 8601 calendar period such as `P1M` (read by `parsePeriod`; its pattern is the JSON Schemas' too). */
export const period = isoPeriod;

/**
 * Data someone wants to move. Strict: unknown fields are invalid input. Unanswered yes/no fields count as the unsafe answer.
 *
 * @example
 * ```ts
 * transferSchema.safeParse({ method: 'email', leavesSetting: true, recipient: 'parent' }).success; // true
 * ```
 */
export const transferSchema = z.strictObject({
  method: z.enum(methods),
  /** The data leaves the setting's premises or systems. */
  leavesSetting: z.boolean(),
  containsChildNames: opt(z.boolean()),
  containsChildImages: opt(z.boolean()),
  containsSensitiveData: opt(z.boolean()),
  encrypted: opt(z.boolean()),
  /** Who issued the removable media. */
  mediaOwner: opt(z.enum(['setting', 'personal'])),
  /** The email account it is sent from. */
  emailAccount: opt(z.enum(['setting', 'personal'])),
  recipient: z.enum(recipients),
  /** The recipient has a right to see it / is authorised for it. */
  recipientAuthorised: opt(z.boolean()),
  /** Marked to remind the recipient to keep it secure and destroy spare copies. */
  labelled: opt(z.boolean()),
  /** The hosting or platform it goes through. */
  system: opt(z.strictObject({
    name: id,
    /** Role that approved using this platform. */
    approvedBy: opt(roleSchema),
    /** How long its account audit log is kept (ISO period, e.g. P1M). */
    auditLogKeptFor: opt(period),
    /** Roles that can manage its user accounts. */
    accountAdmins: opt(z.array(roleSchema).check(z.maxLength(50))),
  })),
});

/** Data someone wants to move (see {@link transferSchema}). */
export type Transfer = z.input<typeof transferSchema>;
