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
];
