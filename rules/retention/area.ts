// The retention area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea } from '../../src/core/area.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { computeRetentionFacts, readRetentionPeriods, retentionEventParams, retentionFactSpecs } from './facts.js';
import { finishRetention } from './outcome.js';
import { retentionPolicy } from './policy.js';
import { photoRecordSchema } from './schema.js';
import agreement from './agreement.json';
import leaving from './leaving.json';
import purge from './purge.json';
import purpose from './purpose.json';
import storage from './storage.json';

/** Photo retention: may this stored photo be kept, and if not, by when must it go? */
export const retentionArea = defineArea({
  id: 'retention',
  question: 'May this stored photo be kept, or must it be deleted or reviewed?',
  functions: ['checkPhotoRetention', 'planPhotoRetention'],
  inputs: [{ name: 'photo', schema: photoRecordSchema, schemaName: 'photo-record' }],
  needsAt: true,
  facts: retentionFactSpecs,
  eventParams: retentionEventParams,
  policy: retentionPolicy,
  rules: [
    ruleFile('retention/purpose.json', purpose),
    ruleFile('retention/agreement.json', agreement),
    ruleFile('retention/purge.json', purge),
    ruleFile('retention/leaving.json', leaving),
    ruleFile('retention/storage.json', storage),
  ],
  readOptions: readRetentionPeriods,
  computeFacts: computeRetentionFacts,
  finish: finishRetention,
});
