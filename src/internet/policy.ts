import * as z from 'zod/mini';
import { defineSection } from '../core/policy/section.js';

/** A setting's choices about children's internet use: see `docs/coverage.md`. */
export interface InternetPolicy {
  /** How children search: with an adult sitting by them, supervised, or never. */
  searchSupervision: 'adult-sitting-with' | 'supervised' | 'never';
  /** Staff checking content first: required (block) or encouraged (warn). */
  contentCheck: 'required' | 'encouraged';
  /** Children may use email. */
  childEmail: 'forbidden' | 'allowed';
}

export const internetPolicySchema = z.strictObject({
  searchSupervision: z.enum(['adult-sitting-with', 'supervised', 'never']),
  contentCheck: z.enum(['required', 'encouraged']),
  childEmail: z.enum(['forbidden', 'allowed']),
});

/** The internet section of `SettingPolicy`. A preset silent on a point inherits the baseline. */
export const internetPolicy = defineSection<InternetPolicy>({
  schema: internetPolicySchema,
  baseline: {
    searchSupervision: 'adult-sitting-with', // 001 l.25 "with an adult sitting by them"
    contentCheck: 'required', // 001 l.25 "Staff will check the content of any internet access"
    childEmail: 'forbidden', // 002 l.76 "Children are not permitted to use email in the setting."
  },
  presets: {
    'barnet-early-years': { searchSupervision: 'supervised' }, // 000 l.5 "benefit from a high level of supervision"
    'two-mile-ash-pre-school': { searchSupervision: 'supervised' }, // 002 l.54 "never have unsupervised access"
    'cambridgeshire-early-years': { searchSupervision: 'never' }, // 003 l.22 "Children should not be able to search or install anything"
    'kirklees-primary': {
      searchSupervision: 'supervised', // 004 l.84 "Supervise pupils carefully"
      contentCheck: 'encouraged', // 004 l.154 "Teachers are encouraged to check out websites"
      childEmail: 'allowed', // 004 l.184 school email accounts for pupils
    },
  },
});
