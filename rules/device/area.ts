// TEMPORARY stub (migration): replaced when this area is declared in this folder.
import { legacyArea } from '../legacy.js';
import { deviceArea as spec } from '../../src/device/facts.js';
import { devicePolicy } from '../../src/device/policy.js';
import deviceEncryption from '../device/encryption.json';
import deviceOuting from '../device/outing.json';
import devicePersonal from '../device/personal.json';
export const deviceArea = legacyArea(spec, devicePolicy as never, [['device/encryption.json', deviceEncryption], ['device/personal.json', devicePersonal], ['device/outing.json', deviceOuting]], ['canTakeDeviceOffSite']);
