import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { transferArea } from './facts.js';
import { transferPolicy } from './policy.js';
import transferEmail from '../../rules/transfer/email.json';
import transferRecipient from '../../rules/transfer/recipient.json';
import transferRemovable from '../../rules/transfer/removable.json';
import transferRoute from '../../rules/transfer/route.json';

/** The transfer rules shipped in `rules/transfer/`, and what the transfer decision reads by default: its policy section and these rules alone. */
export const transferRules = shippedArea('transfer', transferArea, transferPolicy, [
  ruleFile('transfer/removable.json', transferRemovable),
  ruleFile('transfer/email.json', transferEmail),
  ruleFile('transfer/route.json', transferRoute),
  ruleFile('transfer/recipient.json', transferRecipient),
]);
