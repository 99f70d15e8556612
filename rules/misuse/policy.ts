// The misuse section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { listedActivities, sanctions, type ListedActivity, type Sanction } from './vocabulary.js';

/** A setting's choices about misuse: the activities its policy classifies, the exemptions it accepts and the sanctions it lists. */
export const misusePolicySchema = z.strictObject({
  /**
   * The listed activities the setting's own policy speaks to: their tier rules apply. Any other listed activity is
   * classified `context-dependent` (rule `misuse.context.unclassified`): the manager decides, and it is routed as a concern.
   */
  classifies: z.array(z.enum(listedActivities)),
  /** Circumstances that may allow a context-dependent activity (004). */
  exemptions: z.array(z.enum(['planned-curriculum', 'system-administration'])),
  /**
   * Personal use and non-educational sites are misuse only during lesson time (004); otherwise at any time (the
   * early-years policies limit them by working hours, permission or authorisation, not by lessons).
   */
  lessonTimeOnly: z.boolean(),
  /** The sanctions the policy lists. */
  sanctions: z.array(z.enum(sanctions)),
  /** What disciplinary action (where listed) may follow: any misuse by an adult who works there, or only email outside the agreed protocols (000). */
  disciplinaryFor: z.enum(['any-misuse', 'email-outside-protocols']),
});

/**
 * A setting's choices about misuse (see {@link misusePolicySchema}).
 *
 * @example
 * ```ts
 * definePolicy({ id: 'acorn', version: '2026-09', basedOn: 'homerton-early-years', misuse: { sanctions: ['log-incident'] } }).misuse.sanctions; // ['log-incident']
 * ```
 */
export type MisusePolicy = z.output<typeof misusePolicySchema>;

type Exemption = MisusePolicy['exemptions'][number];
type Classified = ListedActivity[];

const EARLY_YEARS: Sanction[] = ['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process'];
const homerton = (words: string) => quote('001', 'SANCTIONS', words);
const cambs = (words: string) => quote('003', '6. Sanctions', words);
const kirklees = (words: string) => quote('004', 'Dealing with eSafety incidents', words);
const kirkleesLists = (words: string) => quote('004', 'Dealing with complaints and breaches of conduct by pupils:', words);
const kirkleesLog = kirklees('All eSafety incidents are recorded in the School eSafety Log');
const kirkleesProcedures = kirklees('will be dealt with following the school’s normal behaviour or disciplinary procedures');
const kirkleesBullying = kirklees('Instances of cyberbullying will be taken very seriously by the school and dealt with using the schools anti-bullying procedures');
const kirkleesEmail = quote('004', 'Using email', 'Pupils are informed that misuse of email will result in a loss of privileges');
const kirkleesPolice = kirkleesLists('There may be occasions when the police must be contacted');
const noExemption = (who: string) => reading<Exemption[]>([], `${who} names no circumstance that allows a listed activity.`);
/** Every listed activity but these: the ones a policy does not speak to. */
const except = (...not: ListedActivity[]): Classified => listedActivities.filter((a) => !not.includes(a));

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
    classifies: reading<Classified>([...listedActivities], 'The three lists: every listed activity has its tier.',
      kirkleesLists('The following activities constitutes behavior which we would always consider unacceptable'),
      kirkleesLists('The following activities are likely to result in disciplinary action'),
      kirkleesLists('The following activities would normally be unacceptable')),
    exemptions: sourced<Exemption[]>(['planned-curriculum', 'system-administration'], kirkleesLists(
      'in some circumstances they may be allowed e.g. as part of planned curriculum activity or as system administrator to problem solve')),
    lessonTimeOnly: sourced(true, kirkleesLists('accessing non-educational websites (e.g. gaming or shopping websites) during lesson time')),
    sanctions: reading<Sanction[]>([...EARLY_YEARS, 'behaviour-procedure', 'anti-bullying-procedure', 'loss-of-privileges'],
      'Every sanction the policies list (001, 003 and 004).',
      homerton('the logging of an incident'), homerton('disciplinary action at the discretion of the Head of Centre'),
      homerton('reporting of any illegal or incongruous activities to the appropriate authorities'), cambs('allegations process being followed'),
      kirkleesProcedures, kirkleesBullying, kirkleesEmail),
    disciplinaryFor: reading<MisusePolicy['disciplinaryFor']>('any-misuse',
      'Disciplinary action, where the policy lists it, may follow any misuse by an adult who works there.'),
  },
  presets: {
    'barnet-early-years': {
      classifies: reading<Classified>(except('offensive-or-bullying-message', 'reputation-damage', 'illegitimate-file-sharing', 'chain-messages',
        'copyright-infringement', 'non-educational-sites', 'share-credentials', 'use-others-credentials', 'access-others-files'),
      'The guidance speaks to indecent images, pornography, inappropriate images and sites, filters, communication with children, email, '
        + 'personal equipment, secret images, images and data; the other listed activities it does not mention.',
      quote('000', 'Access to Inappropriate Images and Internet Use', 'Accessing, making and storing indecent images of children on the internet are illegal'),
      quote('000', 'Access to Inappropriate Images and Internet Use', 'Adults should not use equipment belonging to the setting to access pornography'),
      quote('000', 'Access to Inappropriate Images and Internet Use', 'Adults should ensure that children are not exposed to inappropriate images or web sites'),
      quote('000', 'Access to Inappropriate Images and Internet Use', 'Appropriate controls should be in place to prevent this, for example, through use of filters'),
      quote('000', 'Communication with Children through technology', 'E mail communications outside of the agreed protocols may lead to disciplinary action'),
      quote('000', 'Communication with Children through technology › Do Not', 'Use internet or web based communication channels to send personal messages to a child or young person'),
      quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation'),
      quote('000', 'Helpful Hints › Do Not', 'Take images ‘in secret’ or images in situations that could be construed as being secretive'),
      quote('000', 'Helpful Hints › Do Not', 'Display or distribute images without consent'),
      quote('000', 'Helpful Hints › Do', 'Report any concerns about inappropriate or intrusive images found'),
      quote('000', 'Data Protection', 'All staff should be aware of the settings guidance regarding storage, transmission and removal to ensure data is kept safe')),
      exemptions: noExemption('The guidance'),
      lessonTimeOnly: reading(false, 'The guidance limits personal equipment by authorisation, not by lesson time.',
        quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation')),
      sanctions: reading<Sanction[]>(['disciplinary-action', 'report-to-authorities', 'allegations-process'],
        'Disciplinary action (for email), the police or children\'s social care, and the LADO for the behaviour of staff; the guidance names no incident log.',
        quote('000', 'Communication with Children through technology', 'E mail communications outside of the agreed protocols may lead to disciplinary action'),
        quote('000', 'Access to Inappropriate Images and Internet Use', 'will be subject to a criminal investigation that if proven will result in them being barred from working with children'),
        quote('000', 'Responding to Concerns', 'The Manager will consider whether the concern needs to be referred to The Police and/or Children’s Social Care as a safeguarding incident'),
        quote('000', 'Responding to Concerns', 'If the concern is about the behaviour of staff or volunteers then it should be reported to the Local Authority Designated Officer')),
      disciplinaryFor: sourced<MisusePolicy['disciplinaryFor']>('email-outside-protocols',
        quote('000', 'Communication with Children through technology', 'E mail communications outside of the agreed protocols may lead to disciplinary action')),
    },
    'homerton-early-years': {
      classifies: reading<Classified>([...listedActivities], 'Its sanctions apply to any misuse of technology: what is illegal or incongruous is '
        + 'reported to the authorities (tier 1), other misuse may bring disciplinary action at the Head of Centre\'s discretion.',
      homerton('Misuse of technology or the internet may result in'), homerton('reporting of any illegal or incongruous activities to the appropriate authorities'),
      homerton('disciplinary action at the discretion of the Head of Centre')),
      exemptions: noExemption('The policy'),
      lessonTimeOnly: sourced(false, quote('001', 'SOCIAL NETWORKING - STAFF', 'Social networking sites may not be accessed in work hours or from any technology owned by the Centre')),
      sanctions: reading<Sanction[]>(EARLY_YEARS, 'Its three sanctions, and the Allegations of Abuse process it names for material on phones.',
        homerton('the logging of an incident'), homerton('disciplinary action at the discretion of the Head of Centre'),
        homerton('reporting of any illegal or incongruous activities to the appropriate authorities'),
        quote('001', 'MOBILE TECHNOLOGY - STAFF', 'the ‘Allegations of Abuse’ process will be followed')),
    },
    'two-mile-ash-pre-school': {
      classifies: reading<Classified>(except('illegitimate-file-sharing', 'chain-messages', 'copyright-infringement', 'non-educational-sites', 'access-others-files'),
        'The policy speaks to inappropriate material, offences, abuse and bullying, communication with children and parents, phones, cameras, '
          + 'confidentiality, email and log-in details; the other listed activities it does not mention.',
        quote('002', 'Policy statement', 'the unacceptable use of Information Communication Technology (ICT) equipment or exposure to inappropriate materials in the setting'),
        quote('002', 'Use and/or distribution of inappropriate images', 'Staff are aware that it is an offence to distribute indecent images'),
        quote('002', 'Use and/or distribution of inappropriate images', 'all forms of abuse, including bullying/cyberbullying'),
        quote('002', 'Social media', 'Staff avoid personal communication, including on social networking sites, with the children and parents with whom they act in a professional capacity'),
        quote('002', 'Social media', 'Staff observe confidentiality and refrain from discussing any issues relating to work'),
        quote('002', 'Mobile phones – staff and visitors', 'Personal mobile phones are not used by our staff on the premises during working hours'),
        quote('002', 'Cameras and videos', 'Our staff and volunteers must not bring their personal cameras or video recording equipment into the setting'),
        quote('002', 'Email', 'Children are not permitted to use email in the setting'),
        quote('002', 'Electronic learning journals for recording children’s progress - BabysDays', 'Parents log in details are strictly confidential and must not be shared')),
      exemptions: noExemption('The policy'),
      lessonTimeOnly: sourced(false, quote('002', 'Mobile phones – staff and visitors', 'Personal mobile phones are not used by our staff on the premises during working hours')),
      sanctions: reading<Sanction[]>(['allegations-process'],
        'No list of sanctions: the allegations procedure it names (it names no incident log).',
        quote('002', 'Use and/or distribution of inappropriate images', 'in relation to allegations against staff and/or responding to suspicions of abuse, is followed'),
        quote('002', 'Use and/or distribution of inappropriate images', 'staff advise the designated person who follow procedure, Allegations against staff, volunteers or agency staff')),
    },
    'cambridgeshire-early-years': {
      classifies: reading<Classified>([...listedActivities], 'Its sanctions apply to any misuse of technology: what is illegal or incongruous is '
        + 'reported to the authorities (tier 1), other misuse may bring disciplinary action.',
      cambs('Misuse of technology or the internet may result in'), cambs('reporting of any illegal or incongruous activities to the appropriate authorities'),
      cambs('disciplinary action')),
      exemptions: noExemption('The template'),
      lessonTimeOnly: sourced(false, quote('003', '4. Social Networking', 'Employees must not access personal blogs/social networking sites on work premises')),
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
