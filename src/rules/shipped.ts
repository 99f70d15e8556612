import type { Condition, Rule, RuleFile } from './types.js';
import imageAudience from '../../rules/image/audience.json';
import imageChild from '../../rules/image/child.json';
import imageConditions from '../../rules/image/conditions.json';
import imageConsent from '../../rules/image/consent.json';
import imageContent from '../../rules/image/content.json';
import imageDevice from '../../rules/image/device.json';
import imageNaming from '../../rules/image/naming.json';
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
