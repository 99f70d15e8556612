import * as z from 'zod/mini';
import { defineSection } from '../core/policy/section.js';

/** A setting's choices about communication and social networking: see `docs/coverage.md`. */
export interface CommunicationPolicy {
  /** Friend requests with parents. */
  friendRequestParent: 'forbidden' | 'forbidden-even-if-friends' | 'with-parent-permission';
  /** A relationship with a family that predates the child's start. */
  priorRelationship: 'disclose-to-manager' | 'disclose-with-boundary';
  /** Who, besides the parents, agrees to personal contact details going to a child. */
  contactDetailsAgreedBy: 'managers' | 'senior-management';
  /** Personal email on setting equipment. */
  personalEmailOnSettingEquipment: 'forbidden' | 'allowed';
  /** When staff may use social networks. */
  socialNetworking: 'not-in-work-hours-or-on-setting-equipment' | 'not-on-premises-without-agreement' | 'not-in-lesson-time';
}

export const communicationPolicySchema = z.strictObject({
  friendRequestParent: z.enum(['forbidden', 'forbidden-even-if-friends', 'with-parent-permission']),
  priorRelationship: z.enum(['disclose-to-manager', 'disclose-with-boundary']),
  contactDetailsAgreedBy: z.enum(['managers', 'senior-management']),
  personalEmailOnSettingEquipment: z.enum(['forbidden', 'allowed']),
  socialNetworking: z.enum(['not-in-work-hours-or-on-setting-equipment', 'not-on-premises-without-agreement', 'not-in-lesson-time']),
});

/** The communication section of `SettingPolicy`. A preset silent on a point inherits the baseline. */
export const communicationPolicy = defineSection<CommunicationPolicy>({
  schema: communicationPolicySchema,
  baseline: {
    friendRequestParent: 'forbidden', // 003 l.58 "send ... 'friend requests' to, or accept them from ... parents"
    priorRelationship: 'disclose-to-manager', // 001 l.89 "provided they have made the Head of Centre aware"
    contactDetailsAgreedBy: 'managers', // 000 l.81 "agreed with managers and parents"
    personalEmailOnSettingEquipment: 'forbidden', // 002 l.76; 001 l.35
    socialNetworking: 'not-in-work-hours-or-on-setting-equipment', // 001 l.84
  },
  presets: {
    'homerton-early-years': {
      friendRequestParent: 'with-parent-permission', // 001 l.88 "without the explicit permission of those parents"
    },
    'two-mile-ash-pre-school': {
      friendRequestParent: 'forbidden-even-if-friends', // 002 l.124 "this includes all social media platforms"
      priorRelationship: 'disclose-with-boundary', // 002 l.123 "agreement in relation to boundaries is agreed"
    },
    'cambridgeshire-early-years': {
      socialNetworking: 'not-on-premises-without-agreement', // 003 l.44 "without prior agreement"
    },
    'kirklees-primary': {
      contactDetailsAgreedBy: 'senior-management', // 004 l.358 "agreed with senior management and parents/carers"
      personalEmailOnSettingEquipment: 'allowed', // 004 l.188 "Responsible use of personal web mail accounts by staff is permitted."
      socialNetworking: 'not-in-lesson-time', // 004 l.319
    },
  },
});
