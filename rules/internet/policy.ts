// The internet section of a setting's policy: its schema, and the baseline and preset values, each with its clause.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';

/** A setting's choices about children's internet use: see `docs/coverage.md`. */
export const internetPolicySchema = z.strictObject({
  /** How children search: with an adult sitting by them, supervised, or never. */
  searchSupervision: z.enum(['adult-sitting-with', 'supervised', 'never']),
  /** Staff checking content first: required (block), encouraged (warn), or not provided for. */
  contentCheck: z.enum(['required', 'encouraged', 'not-stated']),
  /** Children may use email. */
  childEmail: z.enum(['forbidden', 'allowed']),
  /** Children's computers stand in an area clearly visible to staff, or the policy does not say where. */
  childDeviceLocation: z.enum(['visible-to-staff', 'not-stated']),
  /** Parents' permission for internet use: written permission recorded, the pupil AUP signed and returned, or not provided for. */
  parentalPermission: z.enum(['written', 'signed-aup', 'not-stated']),
  /** Devices children use: setting-owned only; a staff member's personal device only with authorisation; or not provided for. */
  childDevice: z.enum(['setting-owned', 'personal-authorised', 'not-stated']),
  /** A second-hand or donated computer is checked by the manager before children use it, or the policy does not say. */
  secondHandCheck: z.enum(['manager-checks', 'not-stated']),
  /**
   * Children's social networking: forbidden, or (004) "normally unacceptable" but allowed as part of a planned
   * curriculum activity. `classifyMisuse` reads the same exemption: the two agree.
   */
  childSocialNetworking: z.enum(['forbidden', 'planned-curriculum']),
  /** Non-educational sites (e.g. gaming or shopping): allowed only as part of a planned curriculum activity, or not provided for. */
  nonEducationalSites: z.enum(['planned-curriculum', 'not-stated']),
  /** Children posting or creating content where the public has access: only as part of a school activity, or not provided for. */
  publicPosting: z.enum(['school-activity-only', 'not-stated']),
  /** Children installing or downloading programs and apps: forbidden (only authorised or technical staff install), or not provided for. Agrees with the equipment area's `installBy`. */
  childInstall: z.enum(['forbidden', 'not-stated']),
  /** Children are taught the stay-safe principles before they use the internet, or the policy does not make it a condition. */
  staySafeTeaching: z.enum(['before-use', 'not-stated']),
});

/** A setting's choices about children's internet use (see {@link internetPolicySchema}). */
export type InternetPolicy = z.output<typeof internetPolicySchema>;

const HOMERTON = 'A SECURE INFRASTRUCTURE AND INTERNET USE';
const TMA = 'Internet access';
const KIRKLEES_LISTS = 'Dealing with complaints and breaches of conduct by pupils:';
const silent = (what: string) => `The policy is silent on ${what}; the law asks nothing here, so no other setting's rule is imposed.`;
const unsuitable = (who: string) => `${who} does not provide for children using social networks. The library reads a social network as unsuitable for a young child (the protective reading); classifyMisuse, with no exemption in this policy, classes it as misuse too.`;

/**
 * The internet section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause.
 * A preset answers as its own policy does: where its policy is silent, it does not inherit another setting's rule.
 *
 * @example
 * ```ts
 * internetPolicy.presets['kirklees-primary']?.childSocialNetworking?.value; // 'planned-curriculum'
 * ```
 */
export const internetPolicy = defineSection({
  schema: internetPolicySchema,
  baseline: {
    searchSupervision: sourced('adult-sitting-with' as const, quote('001', HOMERTON, 'Children will only search the Internet with an adult sitting by them')),
    contentCheck: sourced('required' as const, quote('001', HOMERTON, 'Staff will check the content of any internet access before sharing with children in our care')),
    childEmail: sourced('forbidden' as const, quote('002', 'Email', 'Children are not permitted to use email in the setting')),
    childDeviceLocation: sourced('visible-to-staff' as const, quote('002', TMA, 'All computers for use by children are located in an area clearly visible to staff')),
    parentalPermission: sourced('written' as const,
      quote('002', TMA, 'written permission is gained from parents who are shown this policy, consent is recorded in the child’s Day Care Record')),
    childDevice: sourced('setting-owned' as const,
      quote('002', 'Information Communication Technology (ICT) equipment', 'Only ICT equipment belonging to the setting is used by staff and children')),
    secondHandCheck: sourced('manager-checks' as const,
      quote('002', TMA, 'If a second hand computer is purchased or donated to the setting, the Manager will ensure that no inappropriate material is stored on it before children use it')),
    childSocialNetworking: reading('planned-curriculum' as const,
      'The baseline takes 004\'s planned-curriculum exemption, as the misuse baseline does, so canChildUseInternet and classifyMisuse agree; every other condition (supervision, permission, filtering, and a parent\'s consent for a child under 13) still applies.',
      quote('004', KIRKLEES_LISTS, 'would normally be unacceptable; however in some circumstances they may be allowed e.g. as part of planned curriculum activity')),
    nonEducationalSites: sourced('planned-curriculum' as const,
      quote('004', KIRKLEES_LISTS, 'accessing non-educational websites (e.g. gaming or shopping websites) during lesson time')),
    publicPosting: sourced('school-activity-only' as const,
      quote('004', 'Creating online content as part of the curriculum', 'Pupils will only be allowed to post or create content on sites where members of the public have access, when this is part of a school related activity')),
    childInstall: sourced('forbidden' as const, quote('001', 'HARDWARE PROVISION AND USE', 'Online searching and installing/downloading of new programs and applications is restricted to authorised staff members only')),
    staySafeTeaching: sourced('before-use' as const,
      quote('002', TMA, 'Children are taught the following stay safe principles in an age appropriate way prior to using the internet')),
  },
  presets: {
    'barnet-early-years': {
      searchSupervision: reading('supervised' as const, 'The guidance asks for a high level of supervision, not an adult sitting by the child.',
        quote('000', 'Introduction', 'benefit from a high level of supervision')),
      contentCheck: reading('required' as const, 'Staff ensure what children are shown is age appropriate: read as checking it first.',
        quote('000', 'Access to Inappropriate Images and Internet Use › Do', 'Ensure that any films or material shown to children and young people are age appropriate')),
      childEmail: reading('allowed' as const, silent('children using email')),
      childDeviceLocation: reading('not-stated' as const, silent('where children\'s computers stand')),
      parentalPermission: reading('not-stated' as const, silent('parents\' permission for internet use')),
      childDevice: sourced('personal-authorised' as const, quote('000', 'Photography and Videos › Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation')),
      secondHandCheck: reading('not-stated' as const, silent('second-hand computers')),
      childSocialNetworking: reading('forbidden' as const, unsuitable('The guidance'),
        quote('000', 'Access to Inappropriate Images and Internet Use › Do', 'Ensure that children are not exposed to unsuitable material on line')),
      nonEducationalSites: reading('not-stated' as const, silent('non-educational sites')),
      publicPosting: reading('not-stated' as const, silent('children posting online')),
      staySafeTeaching: reading('not-stated' as const, silent('teaching children stay-safe principles before they go online')),
      childInstall: reading('not-stated' as const, silent('who installs programs or apps')),
    },
    'homerton-early-years': {
      childEmail: reading('allowed' as const, silent('children using email (its email accounts are for staff)')),
      childDeviceLocation: reading('not-stated' as const, silent('where children\'s computers stand')),
      parentalPermission: reading('not-stated' as const, silent('parents\' permission for internet use')),
      childDevice: sourced('personal-authorised' as const,
        quote('001', 'HARDWARE PROVISION AND USE', 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre')),
      secondHandCheck: reading('not-stated' as const, silent('second-hand computers')),
      childSocialNetworking: reading('forbidden' as const, unsuitable('The policy'),
        quote('001', 'INTRODUCTORY STATEMENT', 'practitioners have a duty of care to ensure that children are protected from potential harm, both within and beyond the physical and virtual boundaries of our setting')),
      nonEducationalSites: reading('not-stated' as const, silent('non-educational sites')),
      publicPosting: reading('not-stated' as const, silent('children posting online')),
      staySafeTeaching: reading('not-stated' as const, 'Staff promote e-safety with children; the policy does not make it a condition of going online.',
        quote('001', HOMERTON, 'Staff will promote e-safety with children')),
    },
    'two-mile-ash-pre-school': {
      searchSupervision: sourced('supervised' as const, quote('002', TMA, 'Children do not normally have access to the internet and never have unsupervised access')),
      contentCheck: reading('not-stated' as const, 'The policy asks for safety settings that keep inappropriate material out (filtering), not a check of content before it is shared.',
        quote('002', 'Information Communication Technology (ICT) equipment', 'The designated person ensures that safety settings are set to ensure that inappropriate material cannot be accessed')),
      childSocialNetworking: sourced('forbidden' as const, quote('002', TMA, 'Children are not allowed to access social networking sites')),
      nonEducationalSites: reading('not-stated' as const, silent('non-educational sites')),
      publicPosting: reading('not-stated' as const, silent('children posting online')),
      childInstall: reading('not-stated' as const, silent('who installs programs or apps')),
    },
    'cambridgeshire-early-years': {
      searchSupervision: sourced('never' as const, quote('003', '2. Hardware and provision use', 'Children should not be able to search or install anything on a setting device')),
      contentCheck: reading('not-stated' as const, 'The template asks for filtering and monitoring systems (see the filtering rule), not a check of content before it is shared.',
        quote('003', 'Opening statement', 'appropriate filtering and monitoring systems are in place')),
      childEmail: reading('allowed' as const, silent('children using email')),
      childDeviceLocation: reading('not-stated' as const, silent('where children\'s computers stand')),
      parentalPermission: reading('not-stated' as const, silent('parents\' permission for internet use')),
      childDevice: sourced('setting-owned' as const,
        quote('003', '2. Hardware and provision use', 'Only technology owned by the setting will be used on the premises and on setting visit or outings')),
      secondHandCheck: reading('not-stated' as const, silent('second-hand computers')),
      childSocialNetworking: reading('forbidden' as const, unsuitable('The template'),
        quote('003', 'Opening statement', 'practitioners have a duty of care to ensure that children are protected from potential harmful online material')),
      nonEducationalSites: reading('not-stated' as const, silent('non-educational sites')),
      publicPosting: reading('not-stated' as const, silent('children posting online')),
      staySafeTeaching: reading('not-stated' as const, silent('teaching children stay-safe principles before they go online')),
      childInstall: sourced('forbidden' as const, quote('003', '2. Hardware and provision use', 'Online searching and installing/downloading of new programs and applications is restricted to authorised staff members only')),
    },
    'kirklees-primary': {
      searchSupervision: sourced('supervised' as const, quote('004', 'Responsibilities of all Staff', 'Supervise pupils carefully when engaged in learning activities involving technology')),
      contentCheck: sourced('encouraged' as const, quote('004', 'Filtering Internet access', 'Teachers are encouraged to check out websites they wish to use')),
      childEmail: reading('allowed' as const, 'The school gives every member of its community, pupils included, an email account.',
        quote('004', 'Using email', 'the school provides all members of the school community with an e-mail account for school based communication')),
      childDeviceLocation: reading('not-stated' as const, silent('where children\'s computers stand')),
      parentalPermission: sourced('signed-aup' as const,
        quote('004', 'How parents and carers will be involved', 'We will ask all parents to discuss the pupil’s AUP with their child and return a signed copy to the school')),
      childDevice: reading('not-stated' as const, 'The policy does not limit children to school devices for the internet (a pupil\'s own phone in lessons needs the teacher\'s permission: the phone area).',
        quote('004', 'Using mobile phones', 'their use in lesson time will only be with permission from the teacher')),
      secondHandCheck: reading('not-stated' as const, silent('second-hand computers')),
      childSocialNetworking: sourced('planned-curriculum' as const,
        quote('004', KIRKLEES_LISTS, 'would normally be unacceptable; however in some circumstances they may be allowed e.g. as part of planned curriculum activity'),
        quote('004', KIRKLEES_LISTS, 'accessing social networking sites, chat sites, instant messaging accounts, email or using a mobile phone for personal use during lesson time')),
      childInstall: sourced('forbidden' as const, quote('004', 'Managing and safeguarding ICT Systems', 'We do not allow anyone except technical staff to download and install software onto the network')),
      staySafeTeaching: reading('not-stated' as const, 'Pupils are taught safe practice through the curriculum; the policy does not make it a condition of a session.',
        quote('004', 'Learning and Teaching', 'We will deliver a planned and progressive scheme of work to teach eSafety knowledge and understanding')),
    },
  },
});
