import { imagePolicy } from '../image/policy.js';
import { phonePolicy } from '../phone/policy.js';
import { communicationPolicy } from '../communication/policy.js';
import { internetPolicy } from '../internet/policy.js';

/**
 * The sections of a `SettingPolicy`, one per area. Each area declares its own
 * section (schema, baseline, preset values with clauses) beside its rules' facts.
 */
export const sections = {
  image: imagePolicy,
  phone: phonePolicy,
  communication: communicationPolicy,
  internet: internetPolicy,
} as const;
