import * as z from 'zod/mini';
import { isPeriod } from '../core/time/periods.js';
import { roles, type Role } from '../lifecycle/vocabulary.js';

/** How data moves. */
export const methods = ['removable-media', 'email', 'central-hosting', 'setting-platform', 'remote-access', 'other'] as const;
/** How data moves: removable media, email, central hosting, the setting's platform, remote access, or something else. */
export type TransferMethod = (typeof methods)[number];
/** Who receives it. */
export const recipients = ['staff', 'parent', 'authorised-third-party', 'other'] as const;

/** Data someone wants to move. Unanswered yes/no fields count as the unsafe answer. */
export interface Transfer {
  method: TransferMethod;
  /** The data leaves the setting's premises or systems. */
  leavesSetting: boolean;
  containsChildNames?: boolean;
  containsChildImages?: boolean;
  containsSensitiveData?: boolean;
  encrypted?: boolean;
  /** Who issued the removable media. */
  mediaOwner?: 'setting' | 'personal';
  /** The email account it is sent from. */
  emailAccount?: 'setting' | 'personal';
  recipient: (typeof recipients)[number];
  /** The recipient has a right to see it / is authorised for it. */
  recipientAuthorised?: boolean;
  /** Marked to remind the recipient to keep it secure and destroy spare copies. */
  labelled?: boolean;
  /** The hosting or platform it goes through. */
  system?: {
    name: string;
    /** Role that approved using this platform. */
    approvedBy?: Role | null;
    /** How long its account audit log is kept (ISO period, e.g. P1M). */
    auditLogKeptFor?: string | null;
    /** Roles that can manage its user accounts. */
    accountAdmins?: Role[];
  };
}

/**
 * Strict schema of a {@link Transfer}.
 *
 * @example
 * ```ts
 * transferSchema.safeParse({ method: 'email', leavesSetting: true, recipient: 'parent' }).success; // true
 * ```
 */
export const transferSchema = z.strictObject({
  method: z.enum(methods),
  leavesSetting: z.boolean(),
  containsChildNames: z.optional(z.boolean()),
  containsChildImages: z.optional(z.boolean()),
  containsSensitiveData: z.optional(z.boolean()),
  encrypted: z.optional(z.boolean()),
  mediaOwner: z.optional(z.enum(['setting', 'personal'])),
  emailAccount: z.optional(z.enum(['setting', 'personal'])),
  recipient: z.enum(recipients),
  recipientAuthorised: z.optional(z.boolean()),
  labelled: z.optional(z.boolean()),
  system: z.optional(z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    approvedBy: z.optional(z.nullable(z.enum(roles))),
    auditLogKeptFor: z.optional(z.nullable(z.string().check(z.refine(isPeriod, { message: 'must be an ISO 8601 period such as P1M' })))),
    accountAdmins: z.optional(z.array(z.enum(roles)).check(z.maxLength(50))),
  })),
});
