// The communication section of a setting's policy: its schema, and the baseline and preset values, each with its clause.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';

/** A setting's choices about communication and social networking: see `docs/coverage.md`. */
export const communicationPolicySchema = z.strictObject({
  /** Friend requests with parents. */
  friendRequestParent: z.enum(['forbidden', 'forbidden-even-if-friends', 'with-parent-permission']),
  /** A relationship with a family that predates the child's start. */
  priorRelationship: z.enum(['disclose-to-manager', 'disclose-with-boundary']),
  /** Who, besides the parents, agrees to personal contact details going to a child. */
  contactDetailsAgreedBy: z.enum(['managers', 'senior-management']),
  /** Personal email on setting equipment. */
  personalEmailOnSettingEquipment: z.enum(['forbidden', 'allowed']),
  /** When staff may use social networks. */
  socialNetworking: z.enum(['not-in-work-hours-or-on-setting-equipment', 'not-on-premises-without-agreement', 'not-in-lesson-time']),
});

/** A setting's choices about communication and social networking (see {@link communicationPolicySchema}). */
export type CommunicationPolicy = z.output<typeof communicationPolicySchema>;

/** The communication section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause. A preset silent on a point inherits the baseline. */
export const communicationPolicy = defineSection({
  schema: communicationPolicySchema,
  baseline: {
    friendRequestParent: sourced('forbidden' as const,
      quote('003', '4. Social Networking', 'Staff should not: send social networking site \'friend requests\' to, or accept them from, children, young people or parents who use the setting')),
    priorRelationship: reading('disclose-to-manager' as const, 'The relationship is made known to the manager (Homerton\'s Head of Centre).',
      quote('001', 'SOCIAL NETWORKING - STAFF', 'they may continue to do so provided they have made the Head of Centre aware')),
    contactDetailsAgreedBy: sourced('managers' as const,
      quote('000', 'Communication with Children through technology', 'Adults should not therefore give personal contact details to children unless in exceptional circumstances the need to do so is agreed with managers and parents')),
    personalEmailOnSettingEquipment: sourced('forbidden' as const,
      quote('002', 'Email', 'Parents and staff are not normally permitted to use setting equipment to access personal emails'),
      quote('001', 'HARDWARE PROVISION AND USE', 'personal use whilst on or off site is not permitted unless authorised by the Head of Centre')),
    socialNetworking: sourced('not-in-work-hours-or-on-setting-equipment' as const,
      quote('001', 'SOCIAL NETWORKING - STAFF', 'Social networking sites may not be accessed in work hours or from any technology owned by the Centre')),
  },
  presets: {
    'homerton-early-years': {
      friendRequestParent: sourced('with-parent-permission' as const,
        quote('001', 'SOCIAL NETWORKING - STAFF', '\'Friend\' parents without the explicit permission of those parents')),
    },
    'two-mile-ash-pre-school': {
      friendRequestParent: sourced('forbidden-even-if-friends' as const,
        quote('002', 'Social media', 'Two Mile Ash Pre-School do not allow any staff members to be friends with any parent/carer that has a child attending the setting, this includes all social media platforms')),
      priorRelationship: sourced('disclose-with-boundary' as const,
        quote('002', 'Social media', 'If a practitioner and family are friendly prior to the child coming into the setting, this information is shared with the manager prior to a child attending and a risk assessment and agreement in relation to boundaries is agreed')),
    },
    'cambridgeshire-early-years': {
      socialNetworking: sourced('not-on-premises-without-agreement' as const,
        quote('003', '4. Social Networking', 'Employees must not access personal blogs/social networking sites on work premises or use the setting\'s internet systems or email address for their own use, without prior agreement')),
    },
    'kirklees-primary': {
      contactDetailsAgreedBy: sourced('senior-management' as const,
        quote('004', 'Appendix › Section 12 Communication with Children and Young People', 'unless the need to do so is agreed with senior management and parents/carers')),
      personalEmailOnSettingEquipment: sourced('allowed' as const, quote('004', 'Using email', 'Responsible use of personal web mail accounts by staff is permitted')),
      socialNetworking: sourced('not-in-lesson-time' as const,
        quote('004', 'Dealing with eSafety incidents', 'accessing social networking sites, chat sites, instant messaging accounts, email or using a mobile phone for personal use during lesson time')),
    },
  },
});
