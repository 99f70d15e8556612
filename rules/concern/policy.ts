// The concern section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { recipients } from './vocabulary.js';

/** One entry of a setting's contact directory, verbatim from its policy. */
export const contactSchema = z.strictObject({
  to: z.enum(recipients),
  /** The name of the service or person, as the policy gives it. */
  label: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  phone: z.optional(z.string()),
  url: z.optional(z.string()),
  email: z.optional(z.string()),
  /** When the number is answered, as the policy says. */
  hours: z.optional(z.string()),
});

/**
 * One entry of a setting's contact directory, verbatim from its policy (see {@link contactSchema}).
 *
 * @example
 * ```ts
 * const lado: Contact = { to: 'lado', label: 'Local Authority Designated Officer (LADO)', phone: '01223 727967' };
 * ```
 */
export type Contact = z.output<typeof contactSchema>;

/** A setting's choices about routing concerns. */
export const concernPolicySchema = z.strictObject({
  /** Who receives every concern first (unless they are its subject). */
  firstContact: z.enum(['manager', 'dsl', 'esafety-coordinator']),
  /** How soon the LADO must hear of an allegation: working days (skipping weekends and the caller's bank holidays) or hours. */
  ladoDeadline: z.strictObject({ within: z.number().check(z.int(), z.minimum(0), z.maximum(30)), unit: z.enum(['working-days', 'hours']) }),
  /** Days within which Ofsted must be told (settings under the EYFS). */
  ofstedWithinDays: z.number().check(z.int(), z.minimum(0), z.maximum(14)),
  /** Whether routing includes deciding on a report to the ICO, and within how many hours. */
  ico: z.strictObject({ report: z.enum(['when-required', 'never']), withinHours: z.number().check(z.int(), z.minimum(0), z.maximum(720)) }),
  /** The setting's contact directory, and when the policy listing it was published. */
  contacts: z.strictObject({ published: z.string(), entries: z.array(contactSchema).check(z.maxLength(200)) }),
});

/**
 * A setting's choices about routing concerns (see {@link concernPolicySchema}).
 *
 * @example
 * ```ts
 * definePolicy({ id: 'acorn', version: '2026-09', concern: { ladoDeadline: { within: 24, unit: 'hours' } } });
 * ```
 */
export type ConcernPolicy = z.output<typeof concernPolicySchema>;

type FirstContact = ConcernPolicy['firstContact'];
type Contacts = ConcernPolicy['contacts'];

const barnet = (words: string) => quote('000', 'Responding to Concerns', words);
const NSPCC: Contact = { to: 'nspcc', label: 'NSPCC Helpline', phone: '0808 800 5000', url: 'www.nspcc.org.uk' };

/**
 * The concern section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause.
 *
 * @example
 * ```ts
 * concernPolicy.presets['kirklees-primary']?.firstContact?.value; // 'esafety-coordinator'
 * ```
 */
export const concernPolicy = defineSection({
  schema: concernPolicySchema,
  baseline: {
    firstContact: reading<FirstContact>('dsl', 'The manager or the designated safeguarding lead: the baseline reads the designated lead, whom every setting has.',
      barnet('Any concern in a child care setting should in the first instance be reported to the Manager or Designated Safeguarding Officer'),
      quote('statutory', 'Nudes and semi-nudes (UKCIS, 2024)', 'Report to the DSL immediately')),
    ladoDeadline: reading<ConcernPolicy['ladoDeadline']>({ within: 1, unit: 'working-days' }, 'One working day, configurable (local areas vary).',
      quote('statutory', 'LADO referral', 'The designated officer should be informed "within one working day" of all allegations'),
      quote('statutory', 'LADO referral', 'make it configurable, default one working day')),
    ofstedWithinDays: sourced(14,
      quote('statutory', 'Ofsted notification', 'as soon as is reasonably practicable, but at the latest within 14 days'),
      barnet('Ofsted also need to be notified as soon as reasonably practicable, but not later than 14 days after the event')),
    ico: reading<ConcernPolicy['ico']>({ report: 'when-required', withinHours: 72 },
      'No policy or statutory fact given here sets it: the 72 hours of UK GDPR article 33 are read in, unconfirmed.',
      quote('004', 'Protecting school data and information', 'The school is a registered Data Controller under the Data Protection Act 1998')),
    contacts: reading<Contacts>({ published: 'none: the baseline lists no contacts', entries: [] }, 'The baseline is no one setting: it lists no contacts.'),
  },
  presets: {
    'barnet-early-years': {
      firstContact: reading<FirstContact>('manager', 'The manager or the DSO, and the manager decides on referrals: the manager first.',
        barnet('Any concern in a child care setting should in the first instance be reported to the Manager or Designated Safeguarding Officer'),
        barnet('The Manager will consider whether the concern needs to be referred to The Police and/or Children’s Social Care')),
      contacts: reading<Contacts>({
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
      }, 'The guidance is undated; it cites the 2012 EYFS framework.',
        barnet('Barnet Children’s Service Consultation Line ( 9.30-11.30 Tuesday and Wed) ... 020 8359 4336'),
        barnet('Referral and Assessment Team (during office hours) 020 8359 4066/4097'),
        barnet('Out of Hours Emergency Team 020 8359 2000 (after 5.15 pm Monday to Thursday, 5pm Friday and weekends and public holidays'),
        barnet('Police Child Protection Team (Child Abuse Investigation Command) 020 8733 5070 Out of Hours 020 8200 1212'),
        barnet('In an emergency contact your local Police Station or Dial 999'),
        barnet('Local Authority Designated Officer for Allegations 020 8359 6056 Ofsted Helpline 0845 601 4771'),
        quote('000', 'Further Useful Contacts and Resources', 'Childline http://www.childline.org.uk Child Exploitation & Online Protection Centre http://www.ceop.gov.uk'),
        quote('000', 'Further Useful Contacts and Resources', 'Ofsted Helpline 0845 601 4771 www.ofsted.gov.uk'),
        quote('000', 'Further Useful Contacts and Resources', 'NSPCC Helpline 0808 800 5000 www.nspcc.org.uk'),
        quote('000', 'Further Useful Contacts and Resources', 'Statutory Framework for the Early Years Foundation Stage 2012')),
    },
    'homerton-early-years': {
      firstContact: reading<FirstContact>('dsl', 'The centre names its Designated Child Protection Officers: its designated leads.',
        quote('001', 'Designated Child Protection Officers', 'Designated Child Protection Officers:')),
      contacts: reading<Contacts>({
        published: 'undated (cites the EYFS framework 2012)',
        entries: [
          { to: 'dsl', label: 'Designated Child Protection Officer (Acting Head of Centre)', name: 'Alex Pearson' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Outreach manager)', name: 'Rachel Currie' },
          { to: 'dsl', label: "Designated Child Protection Officer (Children's Centre Manager)", name: 'Claire Brackley' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Owlets manager)', name: 'Melody Wright' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Nest Room Leader)', name: 'Harriet Riches' },
        ],
      }, 'The policy is undated; it cites the 2012 EYFS framework.',
        quote('001', 'Designated Child Protection Officers', 'Acting Head of Centre Alex Pearson Outreach manager Rachel Currie Children’s Centre Manager Claire Brackley Owlets manager Melody Wright Nest Room Leader Harriet Riches'),
        quote('001', 'UNDER SECTION 3 OF THE EYFS FRAMEWORK (2012)', 'UNDER SECTION 3 OF THE EYFS FRAMEWORK (2012)')),
    },
    'two-mile-ash-pre-school': {
      firstContact: sourced<FirstContact>('dsl',
        quote('002', 'Procedures', 'Our designated person’s responsible for co-ordinating action taken to protect children'),
        quote('002', 'Internet access', 'Staff must report any concerns about online grooming to the Designated Safeguarding Lead')),
      contacts: reading<Contacts>({
        published: 'undated (cites Safeguarding Children 2013)',
        entries: [
          { to: 'dsl', label: 'Designated person (Manager)', name: 'Gemma Hill' },
          { to: 'deputy-dsl', label: 'Designated person (Deputy Manager)', name: 'Jane Stringer' },
          { to: 'registered-person', label: 'Nominated Person, Committee Trustee', name: 'Tracy Fenton' },
          { to: 'iwf', label: 'Internet Watch Foundation', url: 'www.iwf.org.uk' },
          { to: 'ceop', label: "National Crime Agency's Child Exploitation and Online Protection Centre", url: 'www.ceop.police.uk' },
          NSPCC,
          { to: 'childline', label: 'Childline', phone: '0800 1111', url: 'www.childline.org.uk' },
        ],
      }, 'The policy is undated; it cites Safeguarding Children (2013). The designated manager is Gemma Hill, though another line names "The Manager Lisa White".',
        quote('002', 'Procedures', 'Gemma Hill Manager, Jane Stringer Deputy Manager, Tracy Fenton Nominated Person Committee Trustee'),
        quote('002', 'Information Communication Technology (ICT) equipment', 'The Manager Lisa White'),
        quote('002', 'Internet access', 'Internet Watch Foundation at www.iwf.org.uk'),
        quote('002', 'Internet access', 'National Crime Agency’s Child Exploitation and Online Protection Centre at www.ceop.police.uk'),
        quote('002', 'Internet access', 'such as the NSPCC on 0808 800 5000 or www.nspcc.org.uk, or Childline on 0800 1111 or www.childline.org.uk'),
        quote('002', 'Other useful Pre-school Learning Alliance publications', 'Safeguarding Children (2013)')),
    },
    'cambridgeshire-early-years': {
      contacts: reading<Contacts>({
        published: 'undated ("Date:" left blank; cites EYFS 2017)',
        entries: [
          { to: 'childrens-social-care', label: 'Education Safeguarding Team', email: 'ecps.general@cambridgeshire.gov.uk' },
          { to: 'childrens-social-care', label: 'Early Years Safeguarding Manager', phone: '01223 714760' },
          { to: 'lado', label: 'Local Authority Designated Officer (LADO)', phone: '01223 727967' },
        ],
      }, 'The template leaves its date blank; it cites the 2017 EYFS framework.',
        quote('003', 'Useful contacts', 'Education Safeguarding Team ecps.general@cambridgeshire.gov.uk Early Years Safeguarding Manager 01223 714760 Local Authority Designated Officer (LADO) 01223 727967'),
        quote('003', 'Useful contacts', 'This policy was adopted by: Date:'),
        quote('003', 'Useful contacts', 'Statutory Framework for the Early Years Foundation Stage (2017)')),
    },
    'kirklees-primary': {
      firstContact: sourced<FirstContact>('esafety-coordinator', quote('004', 'Responsibilities of the eSafety Coordinator', 'Be the first point of contact in school on all eSafety matters')),
      contacts: sourced<Contacts>({
        published: 'January 2010 (approved March 2010)',
        entries: [{ to: 'esafety-coordinator', label: 'eSafety coordinator', name: 'Rachel Hibbert' }],
      },
      quote('004', 'Introduction', 'The person in school taking on the role of eSafety coordinator is Rachel Hibbert'),
      quote('004', 'Introduction', 'The policy was completed on: January 2010 The policy was approved by March 2010')),
    },
  },
});
