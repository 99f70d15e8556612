// TEMPORARY stub (migration): replaced when this area is declared in this folder.
import { legacyArea } from '../legacy.js';
import { communicationArea as spec } from '../../src/communication/facts.js';
import { communicationPolicy } from '../../src/communication/policy.js';
import communicationChannels from '../communication/channels.json';
import communicationPersonal from '../communication/personal.json';
import communicationSocial from '../communication/social.json';
export const communicationArea = legacyArea(spec, communicationPolicy as never, [['communication/channels.json', communicationChannels], ['communication/personal.json', communicationPersonal], ['communication/social.json', communicationSocial]], ['canCommunicate']);
