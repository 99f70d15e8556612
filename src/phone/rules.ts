import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { phoneArea } from './facts.js';
import { phonePolicy } from './policy.js';
import phoneChildren from '../../rules/phone/children.json';
import phoneConditions from '../../rules/phone/conditions.json';
import phoneOutings from '../../rules/phone/outings.json';
import phonePhotos from '../../rules/phone/photos.json';
import phoneSetting from '../../rules/phone/setting.json';
import phoneStaff from '../../rules/phone/staff.json';
import phoneVisitors from '../../rules/phone/visitors.json';

/** The phone rules shipped in `rules/phone/`, and what the phone decision reads by default: its policy section and these rules alone. */
export const phoneRules = shippedArea('phone', phoneArea, phonePolicy, [
  ruleFile('phone/staff.json', phoneStaff, phoneConditions),
  ruleFile('phone/outings.json', phoneOutings),
  ruleFile('phone/photos.json', phonePhotos),
  ruleFile('phone/visitors.json', phoneVisitors),
  ruleFile('phone/children.json', phoneChildren),
  ruleFile('phone/setting.json', phoneSetting),
]);
