import { concernSchema } from './concern/schema.js';
import { deviceSchema, tripSchema } from './device/schema.js';
import { consentsSchema, consentSchema, photoSchema } from '../rules/image/schema.js';
import { misuseIncidentSchema } from './misuse/schema.js';
import { settingPolicySchema } from './policy.js';
import { phoneRequestSchema } from './phone/schema.js';
import { communicationRequestSchema } from './communication/schema.js';
import { internetSessionSchema } from './internet/schema.js';
import { photoRecordSchema } from './retention/schema.js';
import { transferSchema } from './transfer/schema.js';

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
  'photo-record': photoRecordSchema,
  device: deviceSchema,
  trip: tripSchema,
  transfer: transferSchema,
  'phone-request': phoneRequestSchema,
  'communication-request': communicationRequestSchema,
  'internet-session': internetSessionSchema,
  concern: concernSchema,
  'misuse-incident': misuseIncidentSchema,
  'setting-policy': settingPolicySchema,
} as const;
