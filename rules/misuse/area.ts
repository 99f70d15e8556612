// The misuse area, declared once: what it reads, its facts, its policy section, its rule files, its classification.
// The one area that uses another: a misuse that is also a concern is routed by the concern area (see classification.ts).
import { defineArea } from '../../src/core/area.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { finishClassification } from './classification.js';
import { computeMisuseFacts, misuseEventParams, misuseFactSpecs } from './facts.js';
import { misusePolicy } from './policy.js';
import { misuseIncidentSchema } from './schema.js';
import conditions from './conditions.json';
import context from './context.json';
import disciplinary from './disciplinary.json';
import illegal from './illegal.json';
import sanctions from './sanctions.json';

/** Misuse of technology: how serious it is, what follows, and whom to tell. */
export const misuseArea = defineArea({
  id: 'misuse',
  question: 'How serious is this misuse of technology, and what follows?',
  functions: ['classifyMisuse'],
  inputs: [{ name: 'incident', schema: misuseIncidentSchema, schemaName: 'misuse-incident' }],
  grants: false,
  needsAt: false,
  facts: misuseFactSpecs,
  eventParams: misuseEventParams,
  policy: misusePolicy,
  rules: [
    ruleFile('misuse/illegal.json', illegal, conditions),
    ruleFile('misuse/disciplinary.json', disciplinary),
    ruleFile('misuse/context.json', context),
    ruleFile('misuse/sanctions.json', sanctions),
  ],
  // Kept whole for the concern route, which reads them again (its bank holidays, the policy, the time).
  readOptions: (options) => options,
  computeFacts: computeMisuseFacts,
  finish: finishClassification,
});
