// The communication area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea } from '../../src/core/area.js';
import { finishDecision } from '../../src/core/pipeline.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { communicationFactSpecs, computeCommunicationFacts } from './facts.js';
import { communicationPolicy } from './policy.js';
import { communicationRequestSchema } from './schema.js';
import channels from './channels.json';
import personal from './personal.json';
import social from './social.json';
import posts from './posts.json';

/** Communication: may this person communicate through this channel, with this party, for this purpose? */
export const communicationArea = defineArea({
  id: 'communication',
  question: 'May this person communicate through this channel, with this party, for this purpose?',
  functions: ['canCommunicate'],
  inputs: [{ name: 'request', schema: communicationRequestSchema, schemaName: 'communication-request' }],
  needsAt: false,
  facts: communicationFactSpecs,
  policy: communicationPolicy,
  rules: [
    ruleFile('communication/channels.json', channels),
    ruleFile('communication/personal.json', personal),
    ruleFile('communication/social.json', social),
    ruleFile('communication/posts.json', posts),
  ],
  computeFacts: computeCommunicationFacts,
  finish: finishDecision,
});
