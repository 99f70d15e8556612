import * as z from 'zod/mini';
import { defineSection } from '../core/policy/section.js';
import { roles, type Role } from '../lifecycle/vocabulary.js';
import { isPeriod } from '../core/time/periods.js';
import { methods, type TransferMethod } from './schema.js';

/** A setting's choices about moving data: see `docs/coverage.md` for each preset value's clause. */
export interface TransferPolicy {
  /**
   * Children's names or images on removable media leaving the setting: forbidden, or encrypted setting media only.
   * Under either, personal data on removable media must be on encrypted media the setting issued.
   */
  removableMedia: 'forbidden' | 'encrypted-only';
  /** Personal data by email: encryption required (block), or where possible (warn). */
  emailEncryption: 'required' | 'where-possible';
  /** Methods personal data may move by. */
  allowedRoutes: TransferMethod[];
  /** Roles that must approve an online platform before use; empty: no approval required. */
  platformApprovers: Role[];
  /** Minimum time central hosting keeps its account audit log (ISO period); null: no requirement. */
  auditLogMinimum: string | null;
  /** Roles that alone may manage central hosting user accounts; empty: not checked. */
  accountAdminRoles: Role[];
}

/**
 * The zod/mini schema of the transfer section.
 *
 * @example
 * ```ts
 * transferPolicySchema.safeParse(presetPolicy('baseline').transfer).success; // true
 * ```
 */
export const transferPolicySchema = z.strictObject({
  removableMedia: z.enum(['forbidden', 'encrypted-only']),
  emailEncryption: z.enum(['required', 'where-possible']),
  allowedRoutes: z.array(z.enum(methods)),
  platformApprovers: z.array(z.enum(roles)),
  auditLogMinimum: z.nullable(z.string().check(z.refine(isPeriod, { message: 'must be an ISO 8601 period such as P1M' }))),
  accountAdminRoles: z.array(z.enum(roles)),
});

/** The transfer section of `SettingPolicy`: the baseline and each preset's differences, with their clauses. */
export const transferPolicy = defineSection<TransferPolicy>({
  schema: transferPolicySchema,
  baseline: {
    removableMedia: 'encrypted-only', // 004 l.243 "encrypted USB memory sticks"; statutory-facts.md "Encryption"
    emailEncryption: 'required', // 004 l.251 "sensitive data is not sent via emailed unless encrypted"
    allowedRoutes: ['central-hosting', 'setting-platform', 'email', 'removable-media', 'remote-access'],
    platformApprovers: [],
    auditLogMinimum: null,
    accountAdminRoles: [],
  },
  presets: {
    'homerton-early-years': {
      removableMedia: 'forbidden', // 001 l.95 "No electronic documents ... will be transported out of the centre e.g. on Fobs"
      allowedRoutes: ['central-hosting', 'setting-platform', 'email'], // 001 l.95 "Central Hosting can be used"; l.60 professional email
      auditLogMinimum: 'P1M', // 001 l.97 "logged and kept for a minimum of one month"
      accountAdminRoles: ['head-of-setting', 'office-manager', 'ict-technician'], // 001 l.97
    },
    'two-mile-ash-pre-school': {
      emailEncryption: 'where-possible', // 002 l.79 "by encrypted email where possible"
      allowedRoutes: ['setting-platform', 'email'], // 002 l.80 "encrypted secure emails or messaging using their online journal"
      platformApprovers: ['committee'], // 002 l.126 "seek permission from the Committee prior to using any online learning journal"
    },
    'cambridgeshire-early-years': {
      removableMedia: 'forbidden', // 003 l.28 "e.g. on Fobs, memory sticks"
    },
  },
});
