import type { Condition, Rule, RuleFile } from './types.js';
import imageAudience from '../../rules/image/audience.json';
import imageChild from '../../rules/image/child.json';
import imageConditions from '../../rules/image/conditions.json';
import imageConsent from '../../rules/image/consent.json';
import imageContent from '../../rules/image/content.json';
import imageDevice from '../../rules/image/device.json';
import imageNaming from '../../rules/image/naming.json';
import retentionPurpose from '../../rules/retention/purpose.json';
import retentionAgreement from '../../rules/retention/agreement.json';
import retentionPurge from '../../rules/retention/purge.json';
import retentionLeaving from '../../rules/retention/leaving.json';
import deviceEncryption from '../../rules/device/encryption.json';
import devicePersonal from '../../rules/device/personal.json';
import deviceOuting from '../../rules/device/outing.json';
import transferRemovable from '../../rules/transfer/removable.json';
import transferEmail from '../../rules/transfer/email.json';
import transferRoute from '../../rules/transfer/route.json';
import transferRecipient from '../../rules/transfer/recipient.json';
import concernGeneral from '../../rules/concern/general.json';
import concernAllegation from '../../rules/concern/allegation.json';
import concernChildminder from '../../rules/concern/childminder.json';
import concernImages from '../../rules/concern/images.json';
import concernOnline from '../../rules/concern/online.json';
import concernData from '../../rules/concern/data.json';
import concernConditions from '../../rules/concern/conditions.json';
import misuseIllegal from '../../rules/misuse/illegal.json';
import misuseDisciplinary from '../../rules/misuse/disciplinary.json';
import misuseContext from '../../rules/misuse/context.json';
import misuseSanctions from '../../rules/misuse/sanctions.json';
import misuseConditions from '../../rules/misuse/conditions.json';
import phoneChildren from '../../rules/phone/children.json';
import phoneConditions from '../../rules/phone/conditions.json';
import phoneOutings from '../../rules/phone/outings.json';
import phonePhotos from '../../rules/phone/photos.json';
import phoneSetting from '../../rules/phone/setting.json';
import phoneStaff from '../../rules/phone/staff.json';
import phoneVisitors from '../../rules/phone/visitors.json';
import communicationChannels from '../../rules/communication/channels.json';
import communicationPersonal from '../../rules/communication/personal.json';
import communicationSocial from '../../rules/communication/social.json';
import internetContent from '../../rules/internet/content.json';
import internetSupervision from '../../rules/internet/supervision.json';

const file = (name: string, rules: unknown, conditions?: unknown): RuleFile => ({
  file: `rules/${name}`,
  rules: rules as Rule[],
  ...(conditions ? { conditions: conditions as Record<string, Condition> } : {}),
});

/** The rule files shipped in `rules/`, bundled so the core runs without a file system. */
export const shippedRuleFiles: readonly RuleFile[] = [
  file('image/consent.json', imageConsent, imageConditions),
  file('image/child.json', imageChild),
  file('image/naming.json', imageNaming),
  file('image/content.json', imageContent),
  file('image/device.json', imageDevice),
  file('image/audience.json', imageAudience),
  file('retention/purpose.json', retentionPurpose),
  file('retention/agreement.json', retentionAgreement),
  file('retention/purge.json', retentionPurge),
  file('retention/leaving.json', retentionLeaving),
  file('device/encryption.json', deviceEncryption),
  file('device/personal.json', devicePersonal),
  file('device/outing.json', deviceOuting),
  file('transfer/removable.json', transferRemovable),
  file('transfer/email.json', transferEmail),
  file('transfer/route.json', transferRoute),
  file('transfer/recipient.json', transferRecipient),
  file('concern/general.json', concernGeneral, concernConditions),
  file('concern/allegation.json', concernAllegation),
  file('concern/childminder.json', concernChildminder),
  file('concern/images.json', concernImages),
  file('concern/online.json', concernOnline),
  file('concern/data.json', concernData),
  file('misuse/illegal.json', misuseIllegal, misuseConditions),
  file('misuse/disciplinary.json', misuseDisciplinary),
  file('misuse/context.json', misuseContext),
  file('misuse/sanctions.json', misuseSanctions),
  file('phone/staff.json', phoneStaff, phoneConditions),
  file('phone/outings.json', phoneOutings),
  file('phone/photos.json', phonePhotos),
  file('phone/visitors.json', phoneVisitors),
  file('phone/children.json', phoneChildren),
  file('phone/setting.json', phoneSetting),
  file('communication/channels.json', communicationChannels),
  file('communication/personal.json', communicationPersonal),
  file('communication/social.json', communicationSocial),
  file('internet/supervision.json', internetSupervision),
  file('internet/content.json', internetContent),
];
