// The equipment area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea } from '../../src/core/area.js';
import { finishDecision } from '../../src/core/pipeline.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { computeEquipmentFacts, equipmentFactSpecs } from './facts.js';
import { equipmentPolicy } from './policy.js';
import { equipmentRequestSchema } from './schema.js';
import install from './install.json';
import security from './security.json';
import use from './use.json';

/** Setting equipment: may this person use this setting device, for this, here, or install this on it? */
export const equipmentArea = defineArea({
  id: 'equipment',
  question: 'May this person use this setting device for this, here, or install this on it?',
  functions: ['canUseSettingDevice'],
  inputs: [{ name: 'request', schema: equipmentRequestSchema, schemaName: 'equipment-request' }],
  needsAt: false,
  facts: equipmentFactSpecs,
  policy: equipmentPolicy,
  rules: [
    ruleFile('equipment/install.json', install),
    ruleFile('equipment/use.json', use),
    ruleFile('equipment/security.json', security),
  ],
  computeFacts: computeEquipmentFacts,
  finish: finishDecision,
});
