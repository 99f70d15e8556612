// The transfer area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea } from '../../src/core/area.js';
import { finishDecision } from '../../src/core/pipeline.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { computeTransferFacts, transferFactSpecs } from './facts.js';
import { transferPolicy } from './policy.js';
import { transferSchema } from './schema.js';
import email from './email.json';
import recipient from './recipient.json';
import removable from './removable.json';
import route from './route.json';

/** Moving data: may this data move this way? */
export const transferArea = defineArea({
  id: 'transfer',
  question: 'May this data move this way?',
  functions: ['canTransferData'],
  inputs: [{ name: 'transfer', schema: transferSchema }],
  needsAt: true,
  facts: transferFactSpecs,
  policy: transferPolicy,
  rules: [
    ruleFile('transfer/removable.json', removable),
    ruleFile('transfer/email.json', email),
    ruleFile('transfer/route.json', route),
    ruleFile('transfer/recipient.json', recipient),
  ],
  computeFacts: computeTransferFacts,
  finish: finishDecision,
});
