import { consentsSchema, consentSchema, photoSchema } from './image/schema.js';
import { settingPolicySchema } from './policy/settingPolicy.js';

/**
 * The zod/mini schema of every input, by name. The build turns each into a JSON
 * Schema shipped as `esafety-rules/schemas/<name>.json`, for back ends in other languages.
 *
 * @example
 * ```ts
 * inputSchemas.photo.safeParse(input).success; // the same check canPublishImage makes
 * ```
 */
export const inputSchemas = {
  photo: photoSchema,
  consent: consentSchema,
  consents: consentsSchema,
  'setting-policy': settingPolicySchema,
} as const;
