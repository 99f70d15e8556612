// The children's internet area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea } from '../../src/core/area.js';
import { finishDecision } from '../../src/core/pipeline.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { computeInternetFacts, internetFactSpecs } from './facts.js';
import { internetPolicy } from './policy.js';
import { internetSessionSchema } from './schema.js';
import content from './content.json';
import supervision from './supervision.json';

/** Children's internet use: may this child use the internet in this way? */
export const internetArea = defineArea({
  id: 'internet',
  question: 'May this child use the internet in this way?',
  functions: ['canChildUseInternet'],
  inputs: [{ name: 'session', schema: internetSessionSchema, schemaName: 'internet-session' }],
  needsAt: false,
  facts: internetFactSpecs,
  policy: internetPolicy,
  rules: [
    ruleFile('internet/supervision.json', supervision),
    ruleFile('internet/content.json', content),
  ],
  computeFacts: computeInternetFacts,
  finish: finishDecision,
});
