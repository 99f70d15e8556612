import * as z from 'zod/mini';
import { defineSection } from '../core/policy/section.js';
import { recipients, type Recipient } from './vocabulary.js';

/**
 * One entry of a setting's contact directory, verbatim from its policy.
 *
 * @example
 * ```ts
 * const lado: Contact = { to: 'lado', label: 'Local Authority Designated Officer (LADO)', phone: '01223 727967' };
 * ```
 */
export interface Contact {
  to: Recipient;
  /** The name of the service or person, as the policy gives it. */
  label: string;
  name?: string;
  phone?: string;
  url?: string;
  email?: string;
  /** When the number is answered, as the policy says. */
  hours?: string;
}

/**
 * A setting's choices about routing concerns: see `docs/coverage.md` for each preset value's clause.
 *
 * @example
 * ```ts
 * definePolicy({ id: 'acorn', version: '2026-09', concern: { ladoDeadline: { within: 24, unit: 'hours' } } });
 * ```
 */
export interface ConcernPolicy {
  /** Who receives every concern first (unless they are its subject). */
  firstContact: 'manager' | 'dsl' | 'esafety-coordinator';
  /** How soon the LADO must hear of an allegation: working days (skipping weekends and the caller's bank holidays) or hours. */
  ladoDeadline: { within: number; unit: 'working-days' | 'hours' };
  /** Days within which Ofsted must be told (settings under the EYFS). */
  ofstedWithinDays: number;
  /** Whether routing includes deciding on a report to the ICO, and within how many hours. */
  ico: { report: 'when-required' | 'never'; withinHours: number };
  /** The setting's contact directory, and when the policy listing it was published. */
  contacts: { published: string; entries: Contact[] };
}

const contact = z.strictObject({
  to: z.enum(recipients),
  label: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  phone: z.optional(z.string()),
  url: z.optional(z.string()),
  email: z.optional(z.string()),
  hours: z.optional(z.string()),
});

export const concernPolicySchema = z.strictObject({
  firstContact: z.enum(['manager', 'dsl', 'esafety-coordinator']),
  ladoDeadline: z.strictObject({ within: z.number().check(z.int(), z.minimum(0), z.maximum(30)), unit: z.enum(['working-days', 'hours']) }),
  ofstedWithinDays: z.number().check(z.int(), z.minimum(0), z.maximum(14)),
  ico: z.strictObject({ report: z.enum(['when-required', 'never']), withinHours: z.number().check(z.int(), z.minimum(0), z.maximum(720)) }),
  contacts: z.strictObject({ published: z.string(), entries: z.array(contact).check(z.maxLength(200)) }),
});

const NSPCC: Contact = { to: 'nspcc', label: 'NSPCC Helpline', phone: '0808 800 5000', url: 'www.nspcc.org.uk' };

/**
 * The concern section of `SettingPolicy`: the baseline and each preset's differences, with their clauses.
 *
 * @example
 * ```ts
 * concernPolicy.presets['kirklees-primary']?.firstContact; // 'esafety-coordinator'
 * ```
 */
export const concernPolicy = defineSection<ConcernPolicy>({
  schema: concernPolicySchema,
  baseline: {
    firstContact: 'dsl', // SF; 000 l.108 "Manager or Designated Safeguarding Officer"
    ladoDeadline: { within: 1, unit: 'working-days' }, // SF "within one working day" (configurable)
    ofstedWithinDays: 14, // SF EYFS 3.8; 000 l.113 "not later than 14 days"
    ico: { report: 'when-required', withinHours: 72 }, // no seed or SF clause: UK GDPR art. 33, unconfirmed
    contacts: { published: 'none: the baseline lists no contacts', entries: [] },
  },
  presets: {
    'barnet-early-years': {
      firstContact: 'manager', // 000 l.108-109 "reported to the Manager … The Manager will consider"
      contacts: {
        // 000 l.115-159; the guidance is undated and cites the 2012 EYFS framework (l.160).
        published: 'undated (cites the Statutory Framework for the EYFS 2012)',
        entries: [
          { to: 'childrens-social-care', label: "Barnet Children's Service Consultation Line", phone: '020 8359 4336', hours: '9.30-11.30 Tuesday and Wed' },
          { to: 'childrens-social-care', label: 'Referral and Assessment Team', phone: '020 8359 4066/4097', hours: 'during office hours' },
          { to: 'childrens-social-care', label: 'Out of Hours Emergency Team', phone: '020 8359 2000', hours: 'after 5.15 pm Monday to Thursday, 5pm Friday and weekends and public holidays' },
          { to: 'police', label: 'Police Child Protection Team (Child Abuse Investigation Command)', phone: '020 8733 5070' },
          { to: 'police', label: 'Police Child Protection Team, Out of Hours', phone: '020 8200 1212' },
          { to: 'emergency-services', label: 'In an emergency contact your local Police Station or Dial 999', phone: '999' },
          { to: 'lado', label: 'Local Authority Designated Officer for Allegations', phone: '020 8359 6056' },
          { to: 'ofsted', label: 'Ofsted Helpline', phone: '0845 601 4771', url: 'www.ofsted.gov.uk' },
          { to: 'childline', label: 'Childline', url: 'http://www.childline.org.uk' },
          { to: 'ceop', label: 'Child Exploitation & Online Protection Centre', url: 'http://www.ceop.gov.uk' },
          NSPCC,
        ],
      },
    },
    'homerton-early-years': {
      firstContact: 'dsl', // 001 l.99-104 Designated Child Protection Officers
      contacts: {
        published: 'undated (cites the EYFS framework 2012)', // 001 l.113
        entries: [
          { to: 'dsl', label: 'Designated Child Protection Officer (Acting Head of Centre)', name: 'Alex Pearson' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Outreach manager)', name: 'Rachel Currie' },
          { to: 'dsl', label: "Designated Child Protection Officer (Children's Centre Manager)", name: 'Claire Brackley' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Owlets manager)', name: 'Melody Wright' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Nest Room Leader)', name: 'Harriet Riches' },
        ],
      },
    },
    'two-mile-ash-pre-school': {
      firstContact: 'dsl', // 002 l.44-46 "Our designated person"
      contacts: {
        published: 'undated (cites Safeguarding Children 2013)', // 002 l.156
        entries: [
          { to: 'dsl', label: 'Designated person (Manager)', name: 'Gemma Hill' }, // l.46; l.49 names "The Manager Lisa White"
          { to: 'deputy-dsl', label: 'Designated person (Deputy Manager)', name: 'Jane Stringer' },
          { to: 'registered-person', label: 'Nominated Person, Committee Trustee', name: 'Tracy Fenton' },
          { to: 'iwf', label: 'Internet Watch Foundation', url: 'www.iwf.org.uk' }, // l.69
          { to: 'ceop', label: "National Crime Agency's Child Exploitation and Online Protection Centre", url: 'www.ceop.police.uk' }, // l.70
          NSPCC, // l.73
          { to: 'childline', label: 'Childline', phone: '0800 1111', url: 'www.childline.org.uk' }, // l.73
        ],
      },
    },
    'cambridgeshire-early-years': {
      contacts: {
        published: 'undated ("Date:" left blank; cites EYFS 2017)', // 003 l.89, l.92
        entries: [
          { to: 'childrens-social-care', label: 'Education Safeguarding Team', email: 'ecps.general@cambridgeshire.gov.uk' },
          { to: 'childrens-social-care', label: 'Early Years Safeguarding Manager', phone: '01223 714760' },
          { to: 'lado', label: 'Local Authority Designated Officer (LADO)', phone: '01223 727967' },
        ],
      },
    },
    'kirklees-primary': {
      firstContact: 'esafety-coordinator', // 004 l.61 "Be the first point of contact in school on all eSafety matters"
      contacts: {
        published: 'January 2010 (approved March 2010)', // 004 l.8-9
        entries: [{ to: 'esafety-coordinator', label: 'eSafety coordinator', name: 'Rachel Hibbert' }], // 004 l.6
      },
    },
  },
});
