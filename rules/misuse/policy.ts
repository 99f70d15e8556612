// The misuse section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { sanctions, type Sanction } from './vocabulary.js';

/** A setting's choices about misuse: the exemptions it accepts and the sanctions its policy lists. */
export const misusePolicySchema = z.strictObject({
  /** Circumstances that may allow a context-dependent activity (004). */
  exemptions: z.array(z.enum(['planned-curriculum', 'system-administration'])),
  /** The sanctions the policy lists. */
  sanctions: z.array(z.enum(sanctions)),
});

/**
 * A setting's choices about misuse (see {@link misusePolicySchema}).
 *
 * @example
 * ```ts
 * definePolicy({ id: 'acorn', version: '2026-09', basedOn: 'homerton-early-years', misuse: { sanctions: ['log-incident'] } });
 * ```
 */
export type MisusePolicy = z.output<typeof misusePolicySchema>;

type Exemption = MisusePolicy['exemptions'][number];

const EARLY_YEARS: Sanction[] = ['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process'];
const homerton = (words: string) => quote('001', 'SANCTIONS', words);
const cambs = (words: string) => quote('003', '6. Sanctions', words);
const kirklees = (words: string) => quote('004', 'Dealing with eSafety incidents', words);
const kirkleesLog = kirklees('All eSafety incidents are recorded in the School eSafety Log');
const kirkleesProcedures = kirklees('will be dealt with following the school’s normal behaviour or disciplinary procedures');
const kirkleesBullying = kirklees('Instances of cyberbullying will be taken very seriously by the school and dealt with using the schools anti-bullying procedures');
const kirkleesEmail = quote('004', 'Using email', 'Pupils are informed that misuse of email will result in a loss of privileges');
const kirkleesPolice = quote('004', 'Dealing with complaints and breaches of conduct by pupils:', 'There may be occasions when the police must be contacted');
const noExemption = (who: string) => reading<Exemption[]>([], `${who} names no circumstance that allows a listed activity.`);

/**
 * The misuse section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause.
 *
 * @example
 * ```ts
 * misusePolicy.baseline.exemptions.value; // ['planned-curriculum', 'system-administration']
 * ```
 */
export const misusePolicy = defineSection({
  schema: misusePolicySchema,
  baseline: {
    exemptions: sourced<Exemption[]>(['planned-curriculum', 'system-administration'], quote('004', 'Dealing with complaints and breaches of conduct by pupils:',
      'in some circumstances they may be allowed e.g. as part of planned curriculum activity or as system administrator to problem solve')),
    sanctions: reading<Sanction[]>([...EARLY_YEARS, 'behaviour-procedure', 'anti-bullying-procedure', 'loss-of-privileges'],
      'Every sanction the policies list (001, 003 and 004).',
      homerton('the logging of an incident'), homerton('disciplinary action at the discretion of the Head of Centre'),
      homerton('reporting of any illegal or incongruous activities to the appropriate authorities'), cambs('allegations process being followed'),
      kirkleesProcedures, kirkleesBullying, kirkleesEmail),
  },
  presets: {
    'barnet-early-years': {
      exemptions: noExemption('The guidance'),
      sanctions: reading<Sanction[]>(['disciplinary-action', 'report-to-authorities', 'allegations-process'],
        'Disciplinary action, a criminal investigation, and the LADO for the behaviour of staff; the guidance names no incident log.',
        quote('000', 'Communication with Children through technology', 'E mail communications outside of the agreed protocols may lead to disciplinary action'),
        quote('000', 'Access to Inappropriate Images and Internet Use', 'will be subject to a criminal investigation that if proven will result in them being barred from working with children'),
        quote('000', 'Responding to Concerns', 'If the concern is about the behaviour of staff or volunteers then it should be reported to the Local Authority Designated Officer')),
    },
    'homerton-early-years': {
      exemptions: noExemption('The policy'),
      sanctions: reading<Sanction[]>(EARLY_YEARS, 'Its three sanctions, and the Allegations of Abuse process it names for material on phones.',
        homerton('the logging of an incident'), homerton('disciplinary action at the discretion of the Head of Centre'),
        homerton('reporting of any illegal or incongruous activities to the appropriate authorities'),
        quote('001', 'MOBILE TECHNOLOGY - STAFF', 'the ‘Allegations of Abuse’ process will be followed')),
    },
    'two-mile-ash-pre-school': {
      exemptions: noExemption('The policy'),
      sanctions: reading<Sanction[]>(['log-incident', 'allegations-process'],
        'No list of sanctions: the allegations procedure it names, and incidents logged as in the baseline.',
        quote('002', 'Use and/or distribution of inappropriate images', 'in relation to allegations against staff and/or responding to suspicions of abuse, is followed'),
        quote('002', 'Use and/or distribution of inappropriate images', 'staff advise the designated person who follow procedure, Allegations against staff, volunteers or agency staff')),
    },
    'cambridgeshire-early-years': {
      exemptions: noExemption('The template'),
      sanctions: sourced<Sanction[]>(EARLY_YEARS, cambs('the logging of an incident'), cambs('disciplinary action'),
        cambs('reporting of any illegal or incongruous activities to the appropriate authorities'), cambs('allegations process being followed')),
    },
    'kirklees-primary': {
      sanctions: reading<Sanction[]>(['log-incident', 'disciplinary-action', 'report-to-authorities', 'behaviour-procedure', 'anti-bullying-procedure', 'loss-of-privileges'],
        'The school policy names no allegations process of its own (the Kirklees safeguarding procedures apply).',
        kirkleesLog, kirkleesProcedures, kirkleesBullying, kirkleesEmail, kirkleesPolice,
        quote('004', '1. Kirklees LCSB Guidance', 'Kirklees Safeguarding procedures will be followed where an eSafety issue occurs which gives rise to any concerns related to Child Protection')),
    },
  },
});
