import { imagePolicy } from '../image/policy.js';
import { retentionPolicy } from '../retention/policy.js';
import { devicePolicy } from '../device/policy.js';
import { transferPolicy } from '../transfer/policy.js';
import { concernPolicy } from '../concern/policy.js';
import { misusePolicy } from '../misuse/policy.js';
import { phonePolicy } from '../phone/policy.js';
import { communicationPolicy } from '../communication/policy.js';
import { internetPolicy } from '../internet/policy.js';

/**
 * The sections of a `SettingPolicy`, one per area. Each area declares its own
 * section (schema, baseline, preset values with clauses) beside its rules' facts.
 */
export const sections = {
  image: imagePolicy,
  retention: retentionPolicy,
  device: devicePolicy,
  transfer: transferPolicy,
  concern: concernPolicy,
  misuse: misusePolicy,
  phone: phonePolicy,
  communication: communicationPolicy,
  internet: internetPolicy,
} as const;
