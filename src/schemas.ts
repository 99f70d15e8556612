// Every input's schema by name, from the registry: the build publishes each as a JSON Schema.
import type { ZodMiniType } from 'zod/mini';
import { settingPolicySchema } from './policy.js';
import { registry } from './registry.js';

/**
 * The zod/mini schema of every input, by name. The build turns each into a JSON
 * Schema shipped as `esafety-rules/schemas/<name>.json`, for back ends in other languages.
 *
 * @example
 * ```ts
 * inputSchemas.photo?.safeParse(photo).success; // true (the same check canPublishImage makes)
 * inputSchemas.photo?.safeParse({ ...photo, takenAt: '2026-02-30' }).success; // false
 * ```
 */
export const inputSchemas: Readonly<Record<string, ZodMiniType>> = Object.freeze(Object.fromEntries([
  ...registry.flatMap((a) => a.inputs.flatMap((i) => [[i.schemaName ?? i.name, i.schema], ...Object.entries(i.also ?? {})])),
  ['setting-policy', settingPolicySchema],
]));
