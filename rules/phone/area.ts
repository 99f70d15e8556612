// The phone area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea, type Outcome } from '../../src/core/area.js';
import { toDecision, type Decision } from '../../src/core/findings.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { computePhoneFacts, phoneFactSpecs } from './facts.js';
import { phonePolicy } from './policy.js';
import { phoneConditions, phoneRequestSchema, type PhoneCondition } from './schema.js';
import children from './children.json';
import conditions from './conditions.json';
import outings from './outings.json';
import photos from './photos.json';
import setting from './setting.json';
import staff from './staff.json';
import storage from './storage.json';
import visitors from './visitors.json';

/** A phone decision, with what the person must do with the device. */
export interface PhoneDecision extends Decision {
  /**
   * What the person must do, from every rule that fired (e.g. `switch-off`,
   * `store-in-locked-box`, `leave-the-building`): on a denial, what to do
   * instead; on an allowed answer, the terms of the permission.
   */
  conditions: PhoneCondition[];
}

/** A permission (allowed only when no rule blocks) with the conditions of every rule that fired, once each, in order. */
function finishPhoneDecision(o: Pick<Outcome, 'findings' | 'policy'>): PhoneDecision {
  const decision = toDecision(o.findings, o.policy);
  const conditions: PhoneCondition[] = [];
  for (const f of decision.reasons) {
    const c = f.data?.condition as PhoneCondition | undefined;
    if (c !== undefined && !conditions.includes(c)) conditions.push(c);
  }
  return { allowed: decision.allowed, reasons: decision.reasons, policy: decision.policy, conditions };
}

/** Phones and cameras: may this person use this device here, now, for this? */
export const phoneArea = defineArea({
  id: 'phone',
  question: 'May this person use this device here, now, for this?',
  functions: ['canUsePhone'],
  inputs: [{ name: 'request', schema: phoneRequestSchema, schemaName: 'phone-request' }],
  needsAt: false,
  facts: phoneFactSpecs,
  eventParams: {
    condition: { type: 'string', values: phoneConditions, description: 'What the person must do with the device (switch it off, store it, leave the building, …).' },
  },
  policy: phonePolicy,
  rules: [
    ruleFile('phone/staff.json', staff, conditions),
    ruleFile('phone/storage.json', storage),
    ruleFile('phone/outings.json', outings),
    ruleFile('phone/photos.json', photos),
    ruleFile('phone/visitors.json', visitors),
    ruleFile('phone/children.json', children),
    ruleFile('phone/setting.json', setting),
  ],
  computeFacts: computePhoneFacts,
  finish: finishPhoneDecision,
});
