// The internet section of a setting's policy: its schema, and the baseline and preset values, each with its clause.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';

/** A setting's choices about children's internet use: see `docs/coverage.md`. */
export const internetPolicySchema = z.strictObject({
  /** How children search: with an adult sitting by them, supervised, or never. */
  searchSupervision: z.enum(['adult-sitting-with', 'supervised', 'never']),
  /** Staff checking content first: required (block) or encouraged (warn). */
  contentCheck: z.enum(['required', 'encouraged']),
  /** Children may use email. */
  childEmail: z.enum(['forbidden', 'allowed']),
});

/** A setting's choices about children's internet use (see {@link internetPolicySchema}). */
export type InternetPolicy = z.output<typeof internetPolicySchema>;

const HOMERTON = 'A SECURE INFRASTRUCTURE AND INTERNET USE';

/** The internet section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause. A preset silent on a point inherits the baseline. */
export const internetPolicy = defineSection({
  schema: internetPolicySchema,
  baseline: {
    searchSupervision: sourced('adult-sitting-with' as const, quote('001', HOMERTON, 'Children will only search the Internet with an adult sitting by them')),
    contentCheck: sourced('required' as const, quote('001', HOMERTON, 'Staff will check the content of any internet access before sharing with children in our care')),
    childEmail: sourced('forbidden' as const, quote('002', 'Email', 'Children are not permitted to use email in the setting')),
  },
  presets: {
    'barnet-early-years': {
      searchSupervision: reading('supervised' as const, 'The guidance asks for a high level of supervision, not an adult sitting by the child.',
        quote('000', 'Introduction', 'benefit from a high level of supervision')),
    },
    'two-mile-ash-pre-school': {
      searchSupervision: sourced('supervised' as const, quote('002', 'Internet access', 'Children do not normally have access to the internet and never have unsupervised access')),
    },
    'cambridgeshire-early-years': {
      searchSupervision: sourced('never' as const, quote('003', '2. Hardware and provision use', 'Children should not be able to search or install anything on a setting device')),
    },
    'kirklees-primary': {
      searchSupervision: sourced('supervised' as const, quote('004', 'Responsibilities of all Staff', 'Supervise pupils carefully when engaged in learning activities involving technology')),
      contentCheck: sourced('encouraged' as const, quote('004', 'Filtering Internet access', 'Teachers are encouraged to check out websites they wish to use')),
      childEmail: reading('allowed' as const, 'The school gives every member of its community, pupils included, an email account.',
        quote('004', 'Using email', 'the school provides all members of the school community with an e-mail account for school based communication')),
    },
  },
});
