// The communication section of a setting's policy: its schema, and the baseline and preset values, each with its clause.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';

/** A setting's choices about communication and social networking: see `docs/coverage.md`. */
export const communicationPolicySchema = z.strictObject({
  /** Friend requests with parents: forbidden, forbidden even after a prior friendship, allowed with the parent's permission, or not restricted. */
  friendRequestParent: z.enum(['forbidden', 'forbidden-even-if-friends', 'with-parent-permission', 'allowed']),
  /** A relationship with a family that predates the child's start: disclosed to the manager, disclosed with agreed boundaries, or no exception at all. */
  priorRelationship: z.enum(['disclose-to-manager', 'disclose-with-boundary', 'no-exception']),
  /** Who, besides the parents, agrees to personal contact details going to a child (`not-stated`: the policy does not provide for it). */
  contactDetailsAgreedBy: z.enum(['managers', 'senior-management', 'not-stated']),
  /** Personal email on setting equipment: forbidden, allowed with the Head of Centre's authorisation, with the manager's prior agreement, or allowed. */
  personalEmailOnSettingEquipment: z.enum(['forbidden', 'head-of-setting-authorises', 'manager-agrees', 'allowed']),
  /** When staff may use social networks. */
  socialNetworking: z.enum(['not-in-work-hours-or-on-setting-equipment', 'not-on-premises-without-agreement', 'not-in-lesson-time', 'not-stated']),
  /**
   * Whom staff may not communicate with personally: current and former families, current families, children (current
   * and former), or children and (by email) parents.
   */
  personalCommunication: z.enum(['families-and-former-families', 'current-families', 'children', 'children-and-parent-email']),
  /** Texting a child in crisis: only as a last resort, or not provided for. */
  crisisTexting: z.enum(['last-resort', 'not-stated']),
  /** Staff reading email while supervising children. */
  emailWhileSupervising: z.enum(['forbidden', 'not-stated']),
  /** The online learning journal: approved by the committee before use and used in work hours only, or not provided for. */
  learningJournal: z.enum(['committee-approved-work-hours', 'not-stated']),
  /** Privacy settings on staff's social networks: advised for any use, required when friending parents, or not provided for. */
  socialPrivacy: z.enum(['advised', 'when-friending-parents', 'not-stated']),
  /** Staff's personal posts naming the setting, letting it be identified, or linking to its website. */
  postsIdentifyingSetting: z.enum(['forbidden', 'allowed']),
  /** Staff's personal posts about their work: forbidden, not condoned (a warning), or not restricted. */
  postsAboutWork: z.enum(['forbidden', 'not-condoned', 'allowed']),
  /** Staff's personal posts that are defamatory, false or detrimental to the setting or the people it serves. */
  postsDetrimental: z.enum(['forbidden', 'not-stated']),
});

/** A setting's choices about communication and social networking (see {@link communicationPolicySchema}). */
export type CommunicationPolicy = z.output<typeof communicationPolicySchema>;

const BARNET = 'Communication with Children through technology';
const HOMERTON = 'SOCIAL NETWORKING - STAFF';
const CAMBS = '4. Social Networking';
const KIRKLEES_12 = 'Appendix › Section 12 Communication with Children and Young People';
const silent = (what: string) => `The policy is silent on ${what}; the law asks nothing here, so no other setting's rule is imposed.`;

/**
 * The communication section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause.
 * A preset answers as its own policy does: where its policy is silent, it does not inherit another setting's rule.
 *
 * @example
 * ```ts
 * communicationPolicy.presets['kirklees-primary']?.crisisTexting; // undefined: Kirklees keeps the baseline's 'last-resort', its own clause
 * ```
 */
export const communicationPolicy = defineSection({
  schema: communicationPolicySchema,
  baseline: {
    friendRequestParent: sourced('forbidden' as const,
      quote('003', CAMBS, 'Staff should not: send social networking site \'friend requests\' to, or accept them from, children, young people or parents who use the setting')),
    priorRelationship: reading('disclose-to-manager' as const, 'The relationship is made known to the manager (Homerton\'s Head of Centre).',
      quote('001', HOMERTON, 'they may continue to do so provided they have made the Head of Centre aware')),
    contactDetailsAgreedBy: sourced('managers' as const,
      quote('000', BARNET, 'Adults should not therefore give personal contact details to children unless in exceptional circumstances the need to do so is agreed with managers and parents')),
    personalEmailOnSettingEquipment: sourced('forbidden' as const,
      quote('002', 'Email', 'Parents and staff are not normally permitted to use setting equipment to access personal emails')),
    socialNetworking: sourced('not-in-work-hours-or-on-setting-equipment' as const,
      quote('001', HOMERTON, 'Social networking sites may not be accessed in work hours or from any technology owned by the Centre')),
    personalCommunication: sourced('families-and-former-families' as const,
      quote('001', HOMERTON, 'Staff must not engage in any personal communications (i.e. via Facebook, Messenger, hotmail, gmail or yahoo accounts etc.), with parents or carers or their children who attend or have previously attended')),
    crisisTexting: sourced('last-resort' as const,
      quote('004', KIRKLEES_12, 'It should only be used as a last resort when other forms of communication are not possible')),
    emailWhileSupervising: sourced('forbidden' as const, quote('002', 'Email', 'Staff do not access personal or work email whilst supervising children')),
    learningJournal: sourced('committee-approved-work-hours' as const,
      quote('002', 'Electronic learning journals for recording children’s progress - BabysDays', 'Managers must seek permission from the Committee prior to using any online learning journal'),
      quote('002', 'Electronic learning journals for recording children’s progress - BabysDays', 'Staff do not access Babysdays outside of work hours')),
    socialPrivacy: sourced('advised' as const,
      quote('004', KIRKLEES_12, 'ensure that if a social networking site is used, details are not shared with children and young people and privacy settings are set at maximum')),
    postsIdentifyingSetting: sourced('forbidden' as const,
      quote('001', HOMERTON, 'Disclose the name of the setting or allow it to be identified by any details at all'),
      quote('001', HOMERTON, 'Link their own blogs/personal web pages to the setting’s website')),
    postsAboutWork: sourced('forbidden' as const, quote('002', 'Social media', 'Staff observe confidentiality and refrain from discussing any issues relating to work')),
    postsDetrimental: sourced('forbidden' as const,
      quote('001', HOMERTON, 'Make defamatory remarks about the setting, colleagues or service users'),
      quote('001', HOMERTON, 'Misrepresent the setting by posting false or inaccurate statements')),
  },
  presets: {
    'barnet-early-years': {
      friendRequestParent: reading('allowed' as const, 'The guidance does not forbid friending parents; it asks staff to be careful who has access (a warning).',
        quote('000', `${BARNET} › Do`, 'Be careful about your own use of technology and who has access, for example, social networking sites')),
      priorRelationship: reading('no-exception' as const, 'The guidance makes no exception for a relationship that predates the child\'s start: contact with children is for professional reasons only.',
        quote('000', `${BARNET} › Do`, 'Only make contact with children for professional reasons')),
      personalEmailOnSettingEquipment: reading('allowed' as const, silent('staff or parents reading personal email on setting equipment')),
      socialNetworking: reading('not-stated' as const, silent('when staff may use social networks')),
      personalCommunication: sourced('children' as const,
        quote('000', `${BARNET} › Do`, 'Only make contact with children for professional reasons'),
        quote('000', `${BARNET} › Do Not`, 'Use internet or web based communication channels to send personal messages to a child or young person')),
      crisisTexting: reading('not-stated' as const, silent('texting a child in crisis')),
      emailWhileSupervising: reading('not-stated' as const, silent('email while supervising children')),
      learningJournal: reading('not-stated' as const, silent('an online learning journal')),
      socialPrivacy: sourced('advised' as const, quote('000', `${BARNET} › Do`, 'Be careful about your own use of technology and who has access, for example, social networking sites')),
      postsIdentifyingSetting: reading('allowed' as const, silent('what staff post about the setting')),
      postsAboutWork: reading('allowed' as const, silent('staff posting about their work')),
      postsDetrimental: reading('not-stated' as const, silent('defamatory or detrimental posts')),
    },
    'homerton-early-years': {
      friendRequestParent: sourced('with-parent-permission' as const,
        quote('001', HOMERTON, '\'Friend\' parents without the explicit permission of those parents')),
      contactDetailsAgreedBy: reading('not-stated' as const, 'The policy does not provide for giving personal contact details to a child; personal contact with children and families is forbidden (see `personalCommunication`).',
        quote('001', 'MOBILE TECHNOLOGY - STAFF', 'Personal mobile phones must never be used to contact children or their families')),
      personalEmailOnSettingEquipment: sourced('head-of-setting-authorises' as const,
        quote('001', 'HARDWARE PROVISION AND USE', 'personal use whilst on or off site is not permitted unless authorised by the Head of Centre')),
      crisisTexting: reading('not-stated' as const, silent('texting a child in crisis')),
      emailWhileSupervising: reading('not-stated' as const, silent('email while supervising children')),
      learningJournal: reading('not-stated' as const, silent('an online learning journal')),
      socialPrivacy: sourced('when-friending-parents' as const, quote('001', HOMERTON, 'they should ensure all privacy settings are set to maximum and checked regularly')),
      postsAboutWork: reading('allowed' as const, 'The policy lists what a post may not disclose; it does not forbid posting about work as such.',
        quote('001', HOMERTON, 'Disclose any information that is confidential to the setting or any third party')),
    },
    'two-mile-ash-pre-school': {
      friendRequestParent: sourced('forbidden-even-if-friends' as const,
        quote('002', 'Social media', 'Two Mile Ash Pre-School do not allow any staff members to be friends with any parent/carer that has a child attending the setting, this includes all social media platforms')),
      priorRelationship: sourced('disclose-with-boundary' as const,
        quote('002', 'Social media', 'If a practitioner and family are friendly prior to the child coming into the setting, this information is shared with the manager prior to a child attending and a risk assessment and agreement in relation to boundaries is agreed')),
      contactDetailsAgreedBy: reading('not-stated' as const, silent('giving personal contact details to a child')),
      socialNetworking: reading('not-stated' as const, 'The policy does not restrict when staff use social networks (their personal phones stay in the locked box in working hours: the phone area).',
        quote('002', 'Mobile phones – staff and visitors', 'Personal mobile phones are not used by our staff on the premises during working hours')),
      personalCommunication: sourced('current-families' as const,
        quote('002', 'Social media', 'Staff avoid personal communication, including on social networking sites, with the children and parents with whom they act in a professional capacity')),
      crisisTexting: reading('not-stated' as const, silent('texting a child in crisis')),
      socialPrivacy: sourced('advised' as const,
        quote('002', 'Social media', 'Staff are advised to manage their personal security settings to ensure that their information is only available to people they choose to share information with')),
      postsIdentifyingSetting: reading('allowed' as const, 'Staff may name the setting, in a way that is not detrimental to it (see `postsDetrimental`).',
        quote('002', 'Social media', 'In the event that staff name the organisation or workplace in any social media they do so in a way that is not detrimental to the organisation or its service users')),
      postsDetrimental: sourced('forbidden' as const,
        quote('002', 'Social media', 'they do so in a way that is not detrimental to the organisation or its service users')),
    },
    'cambridgeshire-early-years': {
      priorRelationship: reading('no-exception' as const, 'The template makes no exception for a relationship that predates the child\'s start.',
        quote('003', '3. Email', 'This also prohibits contact with children who previously attended the setting')),
      contactDetailsAgreedBy: reading('not-stated' as const, silent('giving personal contact details to a child')),
      personalEmailOnSettingEquipment: sourced('manager-agrees' as const,
        quote('003', CAMBS, 'use the setting\'s internet systems or email address for their own use, without prior agreement')),
      socialNetworking: sourced('not-on-premises-without-agreement' as const,
        quote('003', CAMBS, 'Employees must not access personal blogs/social networking sites on work premises or use the setting\'s internet systems or email address for their own use, without prior agreement')),
      personalCommunication: sourced('children' as const,
        quote('003', '3. Email', 'Staff must not engage in any personal communications (i.e. via Hotmail or Yahoo accounts etc.) with children who they have a professional responsibility for'),
        quote('003', '3. Email', 'This also prohibits contact with children who previously attended the setting')),
      crisisTexting: reading('not-stated' as const, silent('texting a child in crisis')),
      emailWhileSupervising: reading('not-stated' as const, silent('email while supervising children')),
      learningJournal: reading('not-stated' as const, silent('an online learning journal')),
      socialPrivacy: reading('not-stated' as const, 'The template asks staff to be careful what they post (see the post rules), not about privacy settings.',
        quote('003', CAMBS, 'be careful what you post and who you post it to')),
      postsIdentifyingSetting: sourced('forbidden' as const,
        quote('003', CAMBS, 'disclose the name of the setting or allow it to be identified by any details at all'),
        quote('003', CAMBS, 'link their own blogs/personal web pages to the setting\'s website')),
      postsAboutWork: sourced('not-condoned' as const,
        quote('003', CAMBS, 'The setting does not condone employees writing about their work on social networking sites or web pages')),
      postsDetrimental: sourced('forbidden' as const,
        quote('003', CAMBS, 'make defamatory remarks about the setting, colleagues or service users'),
        quote('003', CAMBS, 'misrepresent the setting by posting false or inaccurate statements')),
    },
    'kirklees-primary': {
      friendRequestParent: reading('allowed' as const, 'The policy does not forbid friending parents; it asks for privacy settings at maximum (a warning, see `socialPrivacy`).',
        quote('004', KIRKLEES_12, 'ensure that if a social networking site is used, details are not shared with children and young people and privacy settings are set at maximum')),
      priorRelationship: reading('no-exception' as const, 'The policy makes no exception for a relationship that predates the child\'s start.',
        quote('004', KIRKLEES_12, 'only make contact with children for professional reasons and in accordance with any organisation policy')),
      contactDetailsAgreedBy: sourced('senior-management' as const,
        quote('004', KIRKLEES_12, 'unless the need to do so is agreed with senior management and parents/carers')),
      personalEmailOnSettingEquipment: sourced('allowed' as const, quote('004', 'Using email', 'Responsible use of personal web mail accounts by staff is permitted')),
      socialNetworking: sourced('not-in-lesson-time' as const,
        quote('004', 'Dealing with eSafety incidents', 'accessing social networking sites, chat sites, instant messaging accounts, email or using a mobile phone for personal use during lesson time')),
      personalCommunication: sourced('children-and-parent-email' as const,
        quote('004', KIRKLEES_12, 'not use internet or web-based communication channels to send personal messages to a child/young person'),
        quote('004', 'Using email', 'Communication by email between staff, pupils and parents will only be made using the school email account and should be professional and related to school matters only')),
      emailWhileSupervising: reading('not-stated' as const, 'The policy forbids personal email in lesson time (see `socialNetworking`), not work email while supervising.',
        quote('004', 'Dealing with eSafety incidents', 'accessing social networking sites, chat sites, instant messaging accounts, email or using a mobile phone for personal use during lesson time')),
      learningJournal: reading('not-stated' as const, silent('an online learning journal')),
      postsIdentifyingSetting: reading('allowed' as const, 'The policy forbids material that brings the school into disrepute (see `postsDetrimental`), not naming it.',
        quote('004', 'Online material published outside the school', 'Staff and pupils are encouraged to adopt similar safe and responsible behaviours in their personal use of blogs, wikis, social networking sites and other online publishing outside school as they are in school')),
      postsAboutWork: reading('allowed' as const, silent('staff posting about their work')),
      postsDetrimental: sourced('forbidden' as const,
        quote('004', 'Online material published outside the school', 'Material published by pupils, governors and staff in a social context which is considered to bring the school into disrepute or considered harmful to, or harassment of another pupil or member of the school community will be considered a breach of school discipline')),
    },
  },
});
