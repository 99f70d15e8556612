// TEMPORARY stub (migration): replaced when this area is declared in this folder.
import { legacyArea } from '../legacy.js';
import { transferArea as spec } from '../../src/transfer/facts.js';
import { transferPolicy } from '../../src/transfer/policy.js';
import transferEmail from '../transfer/email.json';
import transferRecipient from '../transfer/recipient.json';
import transferRemovable from '../transfer/removable.json';
import transferRoute from '../transfer/route.json';
export const transferArea = legacyArea(spec, transferPolicy as never, [['transfer/removable.json', transferRemovable], ['transfer/email.json', transferEmail], ['transfer/route.json', transferRoute], ['transfer/recipient.json', transferRecipient]], ['canTransferData']);
