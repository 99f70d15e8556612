// TEMPORARY stub (migration): replaced when this area is declared in this folder.
import { legacyArea } from '../legacy.js';
import { phoneArea as spec } from '../../src/phone/facts.js';
import { phonePolicy } from '../../src/phone/policy.js';
import phoneChildren from '../phone/children.json';
import phoneConditions from '../phone/conditions.json';
import phoneOutings from '../phone/outings.json';
import phonePhotos from '../phone/photos.json';
import phoneSetting from '../phone/setting.json';
import phoneStaff from '../phone/staff.json';
import phoneVisitors from '../phone/visitors.json';
export const phoneArea = legacyArea(spec, phonePolicy as never, [['phone/staff.json', phoneStaff, phoneConditions], ['phone/outings.json', phoneOutings], ['phone/photos.json', phonePhotos], ['phone/visitors.json', phoneVisitors], ['phone/children.json', phoneChildren], ['phone/setting.json', phoneSetting]], ['canUsePhone']);
