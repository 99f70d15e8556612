// The device area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea } from '../../src/core/area.js';
import { finishDecision } from '../../src/core/pipeline.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { computeDeviceFacts, deviceFactSpecs } from './facts.js';
import { devicePolicy } from './policy.js';
import { deviceSchema, tripSchema } from './schema.js';
import encryption from './encryption.json';
import outing from './outing.json';
import personal from './personal.json';

/** Devices off site: may this device leave the premises for this trip? */
export const deviceArea = defineArea({
  id: 'device',
  question: 'May this device leave the premises for this trip?',
  functions: ['canTakeDeviceOffSite'],
  inputs: [
    { name: 'device', schema: deviceSchema },
    { name: 'trip', schema: tripSchema },
  ],
  needsAt: false,
  facts: deviceFactSpecs,
  policy: devicePolicy,
  rules: [
    ruleFile('device/encryption.json', encryption),
    ruleFile('device/personal.json', personal),
    ruleFile('device/outing.json', outing),
  ],
  computeFacts: computeDeviceFacts,
  finish: finishDecision,
});
