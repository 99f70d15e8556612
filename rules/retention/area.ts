// TEMPORARY stub (migration): replaced when this area is declared in this folder.
import { legacyArea } from '../legacy.js';
import { retentionArea as spec } from '../../src/retention/facts.js';
import { retentionPolicy } from '../../src/retention/policy.js';
import retentionAgreement from '../retention/agreement.json';
import retentionLeaving from '../retention/leaving.json';
import retentionPurge from '../retention/purge.json';
import retentionPurpose from '../retention/purpose.json';
export const retentionArea = legacyArea(spec, retentionPolicy as never, [['retention/purpose.json', retentionPurpose], ['retention/agreement.json', retentionAgreement], ['retention/purge.json', retentionPurge], ['retention/leaving.json', retentionLeaving]], ['checkPhotoRetention', 'planPhotoRetention']);
