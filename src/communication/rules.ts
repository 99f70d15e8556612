import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { communicationArea } from './facts.js';
import { communicationPolicy } from './policy.js';
import communicationChannels from '../../rules/communication/channels.json';
import communicationPersonal from '../../rules/communication/personal.json';
import communicationSocial from '../../rules/communication/social.json';

/** The communication rules shipped in `rules/communication/`, and what the communication decision reads by default: its policy section and these rules alone. */
export const communicationRules = shippedArea('communication', communicationArea, communicationPolicy, [
  ruleFile('communication/channels.json', communicationChannels),
  ruleFile('communication/personal.json', communicationPersonal),
  ruleFile('communication/social.json', communicationSocial),
]);
