// The concern section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced, type Quote } from '../../src/core/policy/section.js';
import { period } from '../../src/core/schema.js';
import { concernProcedures, firstContactRoles, localAuthorities, recipients, type ConcernProcedure, type LocalAuthority } from './vocabulary.js';

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
  /** Who may be told instead of the first contact, where the policy names several (the first contact's step lists them as `or`). */
  firstContactAlternatives: z.array(z.enum(firstContactRoles)).check(z.maxLength(firstContactRoles.length)),
  /**
   * The designated safeguarding lead is the manager: one person in both roles (002: "Our designated person … Manager").
   * A concern about either is then about both: neither is told, a conflict of interest is found, the next person up is told.
   */
  dslIsManager: z.boolean(),
  /** How soon the LADO must hear of an allegation: working days (skipping weekends and the caller's bank holidays) or hours. */
  ladoDeadline: z.strictObject({ within: z.number().check(z.int(), z.minimum(0), z.maximum(30)), unit: z.enum(['working-days', 'hours']) }),
  /** Days within which Ofsted must be told (settings under the EYFS). */
  ofstedWithinDays: z.number().check(z.int(), z.minimum(0), z.maximum(14)),
  /** Whether routing includes deciding on a report to the ICO, and within how many hours. */
  ico: z.strictObject({ report: z.enum(['when-required', 'never']), withinHours: z.number().check(z.int(), z.minimum(0), z.maximum(720)) }),
  /**
   * The routing procedures the policy states beyond its first contact and the law (see `concernProcedures`): a rule
   * encoding one fires only where the policy lists it, so a setting is not held to another setting's procedure.
   */
  procedures: z.array(z.enum(concernProcedures)).check(z.maxLength(concernProcedures.length * 2)),
  /**
   * The setting's own contact directory. Its own data: a policy made with `definePolicy({ basedOn })` starts with none
   * (no other setting's people or numbers), and may `adopt` a local authority's published services.
   */
  contacts: z.strictObject({
    /** When the directory was published: a date (`yyyy`, `yyyy-MM` or `yyyy-MM-dd`) where known, else a note such as "undated (…)". */
    published: z.string(),
    entries: z.array(contactSchema).check(z.maxLength(200)),
    /** How old (an ISO 8601 period, e.g. `P1Y`) a directory may be before a route warns it may be stale (checked where `options.at` is given). */
    maxAge: z.optional(period),
    /** A local authority whose published services (LADO, children's social care, police child protection team, Ofsted helpline) the setting adopts, after its own entries. */
    adopt: z.optional(z.enum(localAuthorities)),
  }),
});

/**
 * A setting's choices about routing concerns (see {@link concernPolicySchema}).
 *
 * @example
 * ```ts
 * definePolicy({ id: 'acorn', version: '2026-09', concern: { ladoDeadline: { within: 24, unit: 'hours' } } }).concern.ladoDeadline; // { within: 24, unit: 'hours' }
 * ```
 */
export type ConcernPolicy = z.output<typeof concernPolicySchema>;

type FirstContact = ConcernPolicy['firstContact'];
type Alternatives = ConcernPolicy['firstContactAlternatives'];
type Contacts = ConcernPolicy['contacts'];
type Ico = ConcernPolicy['ico'];

const barnet = (words: string) => quote('000', 'Responding to Concerns', words);
const NSPCC: Contact = { to: 'nspcc', label: 'NSPCC Helpline', phone: '0808 800 5000', url: 'www.nspcc.org.uk' };
const ICO: Ico = { report: 'when-required', withinHours: 72 };
const ICO_NOTE = 'The policy sets no data-breach reporting of its own: the 72 hours of UK GDPR article 33 are read in, unconfirmed, where the data protection law it names applies.';
const YEARLY = 'P1Y';
const DEFAULT_AGE = 'The policy sets no review period for its contacts: a directory older than a year is flagged as possibly stale (the library\'s default).';

const BARNET_CONTACTS: Contact[] = [
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
];
const BARNET_PUBLISHED = 'undated (cites the Statutory Framework for the EYFS 2012)';
const BARNET_QUOTES: Quote[] = [
  barnet('Barnet Children’s Service Consultation Line ( 9.30-11.30 Tuesday and Wed) ... 020 8359 4336'),
  barnet('Referral and Assessment Team (during office hours) 020 8359 4066/4097'),
  barnet('Out of Hours Emergency Team 020 8359 2000 (after 5.15 pm Monday to Thursday, 5pm Friday and weekends and public holidays'),
  barnet('Police Child Protection Team (Child Abuse Investigation Command) 020 8733 5070 Out of Hours 020 8200 1212'),
  barnet('Local Authority Designated Officer for Allegations 020 8359 6056 Ofsted Helpline 0845 601 4771'),
];
const CAMBRIDGESHIRE_CONTACTS: Contact[] = [
  { to: 'childrens-social-care', label: 'Education Safeguarding Team', email: 'ecps.general@cambridgeshire.gov.uk' },
  { to: 'childrens-social-care', label: 'Early Years Safeguarding Manager', phone: '01223 714760' },
  { to: 'lado', label: 'Local Authority Designated Officer (LADO)', phone: '01223 727967' },
];
const CAMBRIDGESHIRE_PUBLISHED = 'undated ("Date:" left blank; cites EYFS 2017)';
const CAMBRIDGESHIRE_QUOTES: Quote[] = [
  quote('003', 'Useful contacts', 'Education Safeguarding Team ecps.general@cambridgeshire.gov.uk Early Years Safeguarding Manager 01223 714760 Local Authority Designated Officer (LADO) 01223 727967'),
];

/** The services a setting may adopt from a local authority: never a setting's own people. */
const LA_SERVICES = new Set<Contact['to']>(['lado', 'childrens-social-care', 'mash', 'police', 'ofsted', 'childminding-team']);

/**
 * The contacts each local authority published in its policy, as a setting in that authority may adopt them
 * (`concern: { contacts: { adopt: 'barnet' } }`): its LADO, children's social care, police child protection team and
 * the Ofsted helpline, with the words they come from. Never a setting's named people.
 *
 * @example
 * ```ts
 * localAuthorityContacts.barnet.entries.find((c) => c.to === 'lado')?.phone; // '020 8359 6056'
 * ```
 */
export const localAuthorityContacts: Readonly<Record<LocalAuthority, { published: string; entries: readonly Contact[]; from: readonly Quote[] }>> = {
  barnet: { published: BARNET_PUBLISHED, entries: BARNET_CONTACTS.filter((c) => LA_SERVICES.has(c.to)), from: BARNET_QUOTES },
  cambridgeshire: { published: CAMBRIDGESHIRE_PUBLISHED, entries: CAMBRIDGESHIRE_CONTACTS.filter((c) => LA_SERVICES.has(c.to)), from: CAMBRIDGESHIRE_QUOTES },
};

const procedures = (...p: ConcernProcedure[]): ConcernProcedure[] => p;
const firstContactBarnet = barnet('Any concern in a child care setting should in the first instance be reported to the Manager or Designated Safeguarding Officer');
const designatedPerson = quote('002', 'Procedures', 'Our designated person’s responsible for co-ordinating action taken to protect children is: Gemma Hill Manager, Jane Stringer Deputy Manager');
const kirklees = (section: string, words: string) => quote('004', section, words);
const ofstedStatutory = quote('statutory', 'Ofsted notification', 'as soon as is reasonably practicable, but at the latest within 14 days');

/**
 * The concern section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause.
 * `contacts` is the setting's own: a policy based on a preset starts it from the baseline's (no contacts).
 *
 * @example
 * ```ts
 * concernPolicy.presets['kirklees-primary']?.firstContact?.value; // 'esafety-coordinator'
 * ```
 */
export const concernPolicy = defineSection({
  schema: concernPolicySchema,
  own: ['contacts'],
  baseline: {
    firstContact: reading<FirstContact>('dsl', 'The manager or the designated safeguarding lead: the baseline reads the designated lead, whom every setting has.',
      firstContactBarnet,
      quote('statutory', 'Nudes and semi-nudes (UKCIS, 2024)', 'Report to the DSL immediately')),
    firstContactAlternatives: reading<Alternatives>([], 'The baseline names one first contact, the designated lead; a setting lists who may be told instead (Barnet: the manager or the DSO; Kirklees: the line manager or head teacher).'),
    dslIsManager: reading(false, 'The policy does not say its designated lead is the manager: they may be two people. A setting whose designated person is the manager says so (as 002 does), and a concern about that one person then skips both roles.'),
    ladoDeadline: reading<ConcernPolicy['ladoDeadline']>({ within: 1, unit: 'working-days' }, 'One working day, configurable (local areas vary).',
      quote('statutory', 'LADO referral', 'The designated officer should be informed "within one working day" of all allegations'),
      quote('statutory', 'LADO referral', 'make it configurable, default one working day')),
    ofstedWithinDays: sourced(14, ofstedStatutory),
    ico: reading<Ico>(ICO, 'No policy or statutory fact given here sets it: the 72 hours of UK GDPR article 33 are read in, unconfirmed.',
      kirklees('Protecting school data and information', 'The school is a registered Data Controller under the Data Protection Act 1998')),
    procedures: reading(procedures('incident-log', 'consider-police-and-social-care', 'childminder-seeks-advice', 'preserve-evidence',
      'accidental-access-disconnect', 'grooming-dsl-or-mash', 'offensive-content-to-iwf', 'cyberbullying-parents-and-help',
      'anti-bullying-procedure', 'security-to-esafety-coordinator', 'security-to-technical-support', 'data-loss-parents'),
    'The strictest common reading: every procedure one of the five policies states, each under its preset with its clause (logging every concern covers logging misuse).'),
    contacts: reading<Contacts>({ published: 'none: the baseline lists no contacts', entries: [], maxAge: YEARLY },
      'The baseline is no one setting: it lists no contacts (a setting adds its own, or adopts its local authority\'s). A directory older than a year is flagged as possibly stale, as policies are reviewed yearly.',
      kirklees('Introduction', 'The policy is due for review each year')),
  },
  presets: {
    'barnet-early-years': {
      firstContact: reading<FirstContact>('manager', 'The manager or the DSO, and the manager decides on referrals: the manager first.',
        firstContactBarnet,
        barnet('The Manager will consider whether the concern needs to be referred to The Police and/or Children’s Social Care')),
      firstContactAlternatives: sourced<Alternatives>(['dsl'], firstContactBarnet),
      ofstedWithinDays: sourced(14, barnet('Ofsted also need to be notified as soon as reasonably practicable, but not later than 14 days after the event'), ofstedStatutory),
      ico: reading<Ico>(ICO, ICO_NOTE, quote('000', 'Data Protection', 'Data Protection means that all who hold personal data either on paper or electronically must keep it secure')),
      procedures: sourced(procedures('consider-police-and-social-care', 'childminder-seeks-advice', 'preserve-evidence'),
        barnet('The Manager will consider whether the concern needs to be referred to The Police and/or Children’s Social Care'),
        barnet('Childminders are themselves the designated safeguarding person so should seek advice directly from Children’s Social Care'),
        quote('000', 'Access to Inappropriate Images and Internet Use', 'Adults who discover such images should not attempt to investigate the matter themselves as this could compromise an investigation')),
      contacts: reading<Contacts>({ published: BARNET_PUBLISHED, entries: BARNET_CONTACTS, maxAge: YEARLY },
        'The guidance is undated; it cites the 2012 EYFS framework. "Regularly updated" is read as yearly.',
        ...BARNET_QUOTES,
        barnet('In an emergency contact your local Police Station or Dial 999'),
        quote('000', 'Further Useful Contacts and Resources', 'Childline http://www.childline.org.uk Child Exploitation & Online Protection Centre http://www.ceop.gov.uk'),
        quote('000', 'Further Useful Contacts and Resources', 'Ofsted Helpline 0845 601 4771 www.ofsted.gov.uk'),
        quote('000', 'Further Useful Contacts and Resources', 'NSPCC Helpline 0808 800 5000 www.nspcc.org.uk'),
        quote('000', 'Further Useful Contacts and Resources', 'Statutory Framework for the Early Years Foundation Stage 2012'),
        quote('000', 'Introduction', 'This guidance should be made available to parents and carers and should be regularly updated')),
    },
    'homerton-early-years': {
      firstContact: reading<FirstContact>('dsl', 'The centre names its Designated Child Protection Officers: its designated leads.',
        quote('001', 'Designated Child Protection Officers', 'Designated Child Protection Officers:')),
      dslIsManager: reading(true, 'The centre\'s managers are among its Designated Child Protection Officers (the Acting Head of Centre, the Children\'s Centre Manager): a concern about the manager is about a designated officer too.',
        quote('001', 'Designated Child Protection Officers', 'Designated Child Protection Officers: Acting Head of Centre Alex Pearson ... Children’s Centre Manager Claire Brackley')),
      ico: reading<Ico>(ICO, ICO_NOTE, quote('001', 'PHOTOGRAPHS AND VIDEO', 'An image of a child is personal data')),
      procedures: sourced(procedures('log-misuse', 'preserve-evidence', 'accidental-access-disconnect'),
        quote('001', 'SANCTIONS', 'Misuse of technology or the internet may result in ... the logging of an incident'),
        quote('001', 'MOBILE TECHNOLOGY - STAFF', 'may constitute evidence relating to a criminal offence'),
        quote('001', 'A SECURE INFRASTRUCTURE AND INTERNET USE', 'adults will pull out the power cable from the back of the computer and will report the inappropriate accessing of material immediately to the Centre Leadership Team')),
      contacts: reading<Contacts>({
        published: 'undated (cites the EYFS framework 2012)',
        entries: [
          { to: 'dsl', label: 'Designated Child Protection Officer (Acting Head of Centre)', name: 'Alex Pearson' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Outreach manager)', name: 'Rachel Currie' },
          { to: 'dsl', label: "Designated Child Protection Officer (Children's Centre Manager)", name: 'Claire Brackley' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Owlets manager)', name: 'Melody Wright' },
          { to: 'dsl', label: 'Designated Child Protection Officer (Nest Room Leader)', name: 'Harriet Riches' },
        ],
        maxAge: YEARLY,
      }, `The policy is undated; it cites the 2012 EYFS framework. ${DEFAULT_AGE}`,
        quote('001', 'Designated Child Protection Officers', 'Acting Head of Centre Alex Pearson Outreach manager Rachel Currie Children’s Centre Manager Claire Brackley Owlets manager Melody Wright Nest Room Leader Harriet Riches'),
        quote('001', 'UNDER SECTION 3 OF THE EYFS FRAMEWORK (2012)', 'UNDER SECTION 3 OF THE EYFS FRAMEWORK (2012)')),
    },
    'two-mile-ash-pre-school': {
      firstContact: sourced<FirstContact>('dsl',
        quote('002', 'Procedures', 'Our designated person’s responsible for co-ordinating action taken to protect children'),
        quote('002', 'Internet access', 'Staff must report any concerns about online grooming to the Designated Safeguarding Lead')),
      firstContactAlternatives: reading<Alternatives>(['deputy-dsl'], 'The designated persons are the Manager and the Deputy Manager (and the Nominated Person, the committee\'s trustee, who is the next person up).', designatedPerson),
      dslIsManager: sourced(true, designatedPerson),
      ico: reading<Ico>(ICO, ICO_NOTE, quote('002', 'Policy statement', 'within the law in terms of how we use online devices')),
      procedures: sourced(procedures('grooming-dsl-or-mash', 'offensive-content-to-iwf', 'cyberbullying-parents-and-help'),
        quote('002', 'Internet access', 'Staff must report any concerns about online grooming to the Designated Safeguarding Lead Or Multi Agency Safeguarding Hub'),
        quote('002', 'Internet access', 'Staff report any suspicious or offensive material, including material which may incite racism, bullying or discrimination to the Internet Watch Foundation'),
        quote('002', 'Internet access', 'If staff become aware that a child is the victim of cyber-bullying, they discuss this with their parents and refer them to sources of help')),
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
        maxAge: YEARLY,
      }, `The policy is undated; it cites Safeguarding Children (2013). The designated manager is Gemma Hill, though another line names "The Manager Lisa White". ${DEFAULT_AGE}`,
        quote('002', 'Procedures', 'Gemma Hill Manager, Jane Stringer Deputy Manager, Tracy Fenton Nominated Person Committee Trustee'),
        quote('002', 'Information Communication Technology (ICT) equipment', 'The Manager Lisa White'),
        quote('002', 'Internet access', 'Internet Watch Foundation at www.iwf.org.uk'),
        quote('002', 'Internet access', 'National Crime Agency’s Child Exploitation and Online Protection Centre at www.ceop.police.uk'),
        quote('002', 'Internet access', 'such as the NSPCC on 0808 800 5000 or www.nspcc.org.uk, or Childline on 0800 1111 or www.childline.org.uk'),
        quote('002', 'Other useful Pre-school Learning Alliance publications', 'Safeguarding Children (2013)')),
    },
    'cambridgeshire-early-years': {
      firstContact: reading<FirstContact>('dsl', 'The template names no first contact; it is written to the EYFS child-protection requirements, under which every setting has a designated safeguarding lead: the designated lead first, promptly.',
        quote('003', 'Useful contacts', 'Safeguarding and Welfare Requirements: child protection [3.4-3.18]'),
        quote('003', '2. Hardware and provision use', 'responding or reporting promptly issues of concern')),
      ico: reading<Ico>(ICO, ICO_NOTE, quote('003', '4. Social Networking', 'General Data Protection (GDPR) Data Protection Act 2018')),
      procedures: sourced(procedures('log-misuse'), quote('003', '6. Sanctions', 'Misuse of technology or the internet may result in: ... the logging of an incident')),
      contacts: reading<Contacts>({ published: CAMBRIDGESHIRE_PUBLISHED, entries: CAMBRIDGESHIRE_CONTACTS, maxAge: YEARLY },
        `The template leaves its date and its review date blank; it cites the 2017 EYFS framework. ${DEFAULT_AGE}`,
        ...CAMBRIDGESHIRE_QUOTES,
        quote('003', 'Useful contacts', 'This policy was adopted by: Date:'),
        quote('003', 'Useful contacts', 'To be reviewed:'),
        quote('003', 'Useful contacts', 'Statutory Framework for the Early Years Foundation Stage (2017)')),
    },
    'kirklees-primary': {
      firstContact: sourced<FirstContact>('esafety-coordinator', kirklees('Responsibilities of the eSafety Coordinator', 'Be the first point of contact in school on all eSafety matters')),
      firstContactAlternatives: sourced<Alternatives>(['line-manager', 'head-teacher'],
        kirklees('Dealing with eSafety incidents', 'they will inform the eSafety coordinator, their line manager or head teacher'),
        kirklees('Responsibilities of all Staff', 'Report all eSafety incidents which occur in the appropriate log and/or to their line manager')),
      procedures: sourced(procedures('incident-log', 'preserve-evidence', 'anti-bullying-procedure', 'security-to-esafety-coordinator', 'security-to-technical-support', 'data-loss-parents'),
        kirklees('Dealing with eSafety incidents', 'All eSafety incidents are recorded in the School eSafety Log'),
        kirklees('Section 28 Access to Inappropriate Images and Internet Usage', 'this may lead to evidence being contaminated'),
        kirklees('Dealing with eSafety incidents', 'Instances of cyberbullying will be taken very seriously by the school and dealt with using the schools anti-bullying procedures'),
        kirklees('Dealing with eSafety incidents', 'will be referred to the school’s eSafety coordinator and technical support'),
        kirklees('Dealing with eSafety incidents', 'The school will decide if parents need to be informed if there is a risk that pupil data has been lost')),
      contacts: reading<Contacts>({
        published: '2010-01',
        entries: [
          { to: 'esafety-coordinator', label: 'eSafety coordinator', name: 'Rachel Hibbert' },
          { to: 'head-teacher', label: 'Head Teacher', name: 'Samantha Gallant' },
        ],
        maxAge: YEARLY,
      }, 'Completed in January 2010 (approved in March 2010): the earlier date is kept. Reviewed each year: a directory older than a year may be stale.',
      kirklees('Introduction', 'The person in school taking on the role of eSafety coordinator is Rachel Hibbert'),
      kirklees('Introduction', 'This eSafety policy was created by Rachel Hibbert – ICT Leader and Samantha Gallant Head Teacher'),
      kirklees('Introduction', 'The policy was completed on: January 2010 The policy was approved by March 2010'),
      kirklees('Introduction', 'The policy is due for review each year')),
    },
  },
});
