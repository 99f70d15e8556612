import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { deviceArea } from './facts.js';
import { devicePolicy } from './policy.js';
import deviceEncryption from '../../rules/device/encryption.json';
import deviceOuting from '../../rules/device/outing.json';
import devicePersonal from '../../rules/device/personal.json';

/** The device rules shipped in `rules/device/`, and what the device decision reads by default: its policy section and these rules alone. */
export const deviceRules = shippedArea('device', deviceArea, devicePolicy, [
  ruleFile('device/encryption.json', deviceEncryption),
  ruleFile('device/personal.json', devicePersonal),
  ruleFile('device/outing.json', deviceOuting),
]);
