// The transfer section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { roleSchema, type Role } from '../vocabulary.js';
import { methods, period, type TransferMethod } from './schema.js';

/**
 * A setting's choices about moving data.
 *
 * @example
 * ```ts
 * transferPolicySchema.safeParse(presetPolicy('baseline').transfer).success; // true
 * ```
 */
export const transferPolicySchema = z.strictObject({
  /**
   * Children's names or images on removable media leaving the setting: forbidden, or encrypted setting media only.
   * Under either, personal data on removable media must be on encrypted media the setting issued.
   */
  removableMedia: z.enum(['forbidden', 'encrypted-only']),
  /** Personal data by email: encryption required (block), where possible (warn), or not required by the policy. */
  emailEncryption: z.enum(['required', 'where-possible', 'not-required']),
  /** Methods personal data may move by. */
  allowedRoutes: z.array(z.enum(methods)),
  /** Roles that must approve an online platform before use; empty: no approval required. */
  platformApprovers: z.array(roleSchema),
  /** Minimum time central hosting keeps its account audit log (ISO period); null: no requirement. */
  auditLogMinimum: z.nullable(period),
  /** Roles that alone may manage central hosting user accounts; empty: not checked. */
  accountAdminRoles: z.array(roleSchema),
  /** Remote access is by authorised personnel only, whatever it reaches (personal data goes only to authorised people under every policy). */
  remoteAccessAuthorisedOnly: z.boolean(),
  /** Personal data shared with others who have a right to see it is labelled to remind them to keep it secure (warn). */
  labelSharedData: z.boolean(),
});

/** A setting's choices about moving data (see {@link transferPolicySchema}). */
export type TransferPolicy = z.output<typeof transferPolicySchema>;

const homertonData = 'DATA STORAGE AND MANAGEMENT';
const homertonHosting = quote('001', homertonData, 'Central Hosting can be used by all staff that need to access electronic work from home');
const kirkleesData = 'Protecting school data and information';
const kirkleesSticks = quote('004', kirkleesData, 'Staff are provided with encrypted USB memory sticks for carrying sensitive data');
const barnetItems = quote('000', 'Data Protection',
  'Any item that can hold information requires controls to be put in place to prevent it being damaged or stolen. This will include CDs, DVDs and memory sticks');
const barnetGuidance = quote('000', 'Data Protection', 'All staff should be aware of the settings guidance regarding storage, transmission and removal to ensure data is kept safe');
const law = quote('statutory', 'Encryption', 'Personal data on laptops and portable devices must be encrypted');
const everyRoute = [...methods] as TransferMethod[];
const silent = (what: string) => `The policy is silent on ${what}, and the law asks nothing of it: no other setting's rule is imposed.`;
const noRouteList = reading(everyRoute,
  'The policy names no list of routes for data: every route is open, each limited by the other values (removable media, email, the recipient).');

/**
 * The transfer section of `SettingPolicy`: the baseline and each preset's values, each with its clause. A preset answers
 * as its own policy and the law do: where both are silent, it imposes nothing its policy never wrote.
 *
 * @example
 * ```ts
 * transferPolicy.presets['barnet-early-years']?.emailEncryption?.value; // 'not-required'
 * ```
 */
export const transferPolicy = defineSection({
  schema: transferPolicySchema,
  // The baseline: the strictest common reading of the five policies.
  baseline: {
    removableMedia: sourced('encrypted-only' as const, kirkleesSticks, law),
    emailEncryption: sourced('required' as const, quote('004', kirkleesData, 'sensitive data is not sent via emailed unless encrypted')),
    allowedRoutes: reading(['central-hosting', 'setting-platform', 'email', 'removable-media', 'remote-access'] as TransferMethod[],
      'Every route the policies name; the other values limit each one. Anything else (`other`) is not a route.'),
    platformApprovers: reading([] as Role[], 'No approval is required: only Two Mile Ash asks for one.'),
    auditLogMinimum: reading(null as string | null, 'No minimum: only Homerton names one.'),
    accountAdminRoles: reading([] as Role[], 'Not checked: only Homerton names who manages the accounts.'),
    remoteAccessAuthorisedOnly: sourced(true, quote('004', kirkleesData, 'Remote access to computers is by authorised personnel only'),
      quote('004', 'Access', 'Remote access to school systems is covered by specific agreements and is never allowed to unauthorised third party users')),
    labelSharedData: sourced(true, quote('004', kirkleesData,
      'we label the material appropriately to remind them of their duty to keep it secure and securely destroy any spare copies')),
  },
  presets: {
    'barnet-early-years': {
      removableMedia: reading('encrypted-only' as const,
        'Memory sticks are items that need controls against loss or theft; the law asks that personal data on portable devices be encrypted.', barnetItems, law),
      emailEncryption: reading('not-required' as const,
        'The guidance names no email encryption rule; it points to the setting\'s own guidance on transmission, which a setting gives in its own policy.', barnetGuidance),
      allowedRoutes: noRouteList,
      remoteAccessAuthorisedOnly: reading(false, silent('remote access to the setting\'s systems (personal data still goes only to authorised people)')),
      labelSharedData: reading(false, silent('labelling data shared with others')),
    },
    'homerton-early-years': {
      removableMedia: sourced('forbidden' as const,
        quote('001', homertonData, "No electronic documents that include children's names or digital images will be transported out of the centre e.g. on Fobs")),
      emailEncryption: reading('not-required' as const, silent('encrypting email (it asks for the Centre\'s professional email account, which is checked)')),
      allowedRoutes: reading(['central-hosting', 'setting-platform', 'email'] as TransferMethod[],
        'The routes the policy names (central hosting, the professional email account) and the setting\'s own platform; not removable media.',
        homertonHosting,
        quote('001', 'EMAIL', 'the Centre provides all staff with access to a professional email account to use for all work related business, including communication with parents or carers')),
      auditLogMinimum: reading('P1M' as string | null, 'One month, counted as a calendar month from the day of the decision.',
        quote('001', homertonData, 'All activity in this user tool will be logged and kept for a minimum of one month')),
      accountAdminRoles: sourced(['head-of-setting', 'office-manager', 'ict-technician'] as Role[],
        quote('001', homertonData, 'Only the Head of Centre, the Office manager or ICT service technician can manage the user accounts on Centrally Hosted emails and MIS systems')),
      remoteAccessAuthorisedOnly: reading(false, silent('remote access beyond central hosting for staff (personal data still goes only to authorised people)'), homertonHosting),
      labelSharedData: reading(false, silent('labelling data shared with others')),
    },
    'two-mile-ash-pre-school': {
      removableMedia: reading('encrypted-only' as const, 'The policy names no removable media; the law asks that personal data on portable devices be encrypted.', law),
      emailEncryption: sourced('where-possible' as const, quote('002', 'Email', 'Staff send personal information by encrypted email where possible')),
      allowedRoutes: reading(['setting-platform', 'email'] as TransferMethod[], 'Encrypted email and the online journal (the setting\'s platform).',
        quote('002', 'Email', "encrypted secure emails or messaging using their online journal Baby's Days")),
      platformApprovers: sourced(['committee'] as Role[], quote('002', "Electronic learning journals for recording children's progress - BabysDays",
        'Managers must seek permission from the Committee prior to using any online learning journal')),
      remoteAccessAuthorisedOnly: reading(false, silent('remote access to the setting\'s systems (personal data still goes only to authorised people)')),
      labelSharedData: reading(false, silent('labelling data shared with others')),
    },
    'cambridgeshire-early-years': {
      removableMedia: sourced('forbidden' as const, quote('003', '3. Data Storage and Management',
        "No electronic documents that include children's names or digital images will be transported out of the setting e.g. on Fobs, memory sticks")),
      emailEncryption: reading('not-required' as const, silent('encrypting email (it asks for the setting\'s professional email account, which is checked)')),
      allowedRoutes: noRouteList,
      remoteAccessAuthorisedOnly: reading(false, silent('remote access to the setting\'s systems (personal data still goes only to authorised people)')),
      labelSharedData: reading(false, silent('labelling data shared with others')),
    },
    'kirklees-primary': {
      allowedRoutes: reading(everyRoute, 'The policy follows the Kirklees procedures for transmitting data, which are not part of it: every route is open, each limited by the other values.',
        quote('004', kirkleesData, 'We follow Kirklees procedures for transmitting data securely')),
    },
  },
});
