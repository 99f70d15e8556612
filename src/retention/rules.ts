import { ruleFile, shippedArea } from '../rules/shippedArea.js';
import { retentionArea } from './facts.js';
import { retentionPolicy } from './policy.js';
import retentionAgreement from '../../rules/retention/agreement.json';
import retentionLeaving from '../../rules/retention/leaving.json';
import retentionPurge from '../../rules/retention/purge.json';
import retentionPurpose from '../../rules/retention/purpose.json';

/** The retention rules shipped in `rules/retention/`, and what the retention decision reads by default: its policy section and these rules alone. */
export const retentionRules = shippedArea('retention', retentionArea, retentionPolicy, [
  ruleFile('retention/purpose.json', retentionPurpose),
  ruleFile('retention/agreement.json', retentionAgreement),
  ruleFile('retention/purge.json', retentionPurge),
  ruleFile('retention/leaving.json', retentionLeaving),
]);
