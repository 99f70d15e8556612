import { imagePolicy } from '../image/policy.js';
import { concernPolicy } from '../concern/policy.js';
import { misusePolicy } from '../misuse/policy.js';

/**
 * The sections of a `SettingPolicy`, one per area. Each area declares its own
 * section (schema, baseline, preset values with clauses) beside its rules' facts.
 */
export const sections = {
  image: imagePolicy,
  concern: concernPolicy,
  misuse: misusePolicy,
} as const;
