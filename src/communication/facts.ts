// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
import type { AreaSpec } from '../core/rules/types.js';
import { b, tri, one as e } from '../core/facts.js';
import { channels, commActions } from './schema.js';


/** The facts communication rules may use. */
export const communicationArea: AreaSpec = {
  id: 'communication',
  facts: {
    sender: e(['staff', 'parent', 'visitor', 'child'], 'Who communicates.'),
    channel: e(channels, 'The channel.'),
    professionalChannel: b('The channel is one the setting provides (setting email, setting phone, learning journal).'),
    counterpart: e(['child', 'former-child', 'parent', 'former-parent', 'colleague'], 'Who with.'),
    action: e(commActions, 'What is being done.'),
    purpose: e(['professional', 'personal'], 'Professional or personal.'),
    workingHours: tri('Within working hours.'),
    whileSupervising: tri('While supervising children.'),
    onPremises: tri('On the premises.'),
    onSettingEquipment: tri('On setting equipment.'),
    lessonTime: tri('Lesson time.'),
    childInCrisis: b('The child is in a crisis or at risk of harm.'),
    otherChannelsAvailable: tri('Other forms of communication are possible.'),
    priorRelationship: e(['none', 'not-disclosed', 'disclosed', 'disclosed-with-boundary'], 'A relationship with the family from before the child started, and whether it was disclosed to the manager.'),
    privacySettingsMax: tri('Social-network privacy settings are at maximum.'),
    parentPermission: b('The parent\'s explicit permission (for a friend request).'),
    contactDetailsAgreed: b('Managers (or senior management, as the policy says) and parents agreed to personal contact details going to the child.'),
    socialNetworkingAgreed: b('The manager agreed to social networking on the premises.'),
    friendRequestParent: e(['forbidden', 'forbidden-even-if-friends', 'with-parent-permission'], 'Policy: friend requests with parents.'),
    priorRelationshipRule: e(['disclose-to-manager', 'disclose-with-boundary'], 'Policy: prior relationships with families.'),
    contactDetailsAgreedBy: e(['managers', 'senior-management'], 'Policy: who agrees to contact details going to a child.'),
    personalEmailOnSettingEquipment: e(['forbidden', 'allowed'], 'Policy: personal email on setting equipment.'),
    socialNetworking: e(['not-in-work-hours-or-on-setting-equipment', 'not-on-premises-without-agreement', 'not-in-lesson-time'], 'Policy: staff social networking.'),
  },
};
