// Every result's schema by name: what the decision functions return, strictly (an unknown field is a drift the tests catch).
import * as z from 'zod/mini';
import { contactSchema } from '../rules/concern/policy.js';
import { concernSchema } from '../rules/concern/schema.js';
import { recipients } from '../rules/concern/vocabulary.js';
import { misuseTiers, sanctions } from '../rules/misuse/vocabulary.js';
import { phoneConditions } from '../rules/phone/schema.js';

/** A moment as the library writes it: `Date#toISOString()`, UTC. */
const utc = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, { message: 'must be an ISO 8601 UTC date-time' }));
/** A London day, `yyyy-MM-dd`. */
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (yyyy-MM-dd)' }));
const count = z.int().check(z.minimum(0));

const clause = z.strictObject({ source: z.string(), section: z.string(), title: z.string() });
const finding = z.strictObject({
  rule: z.string(),
  effect: z.enum(['block', 'warn']),
  code: z.string(),
  message: z.string(),
  clause,
  subject: z.optional(z.string()),
  remedy: z.optional(z.string()),
  data: z.optional(z.record(z.string(), z.unknown())),
});
const policyRef = z.strictObject({
  id: z.string(),
  version: z.string(),
  fingerprint: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { message: 'must be sha256: and 64 hex digits' })),
});
const decisionShape = { allowed: z.boolean(), reasons: z.array(finding), policy: policyRef };

const recipient = z.enum(recipients);
const routeStep = z.strictObject({
  to: recipient,
  immediately: z.boolean(),
  by: z.optional(utc),
  kind: z.enum(['step', 'advice', 'consider', 'signpost']),
  finding,
  or: z.optional(z.array(recipient)),
  contacts: z.optional(z.array(contactSchema)),
});
const route = z.strictObject({
  steps: z.array(routeStep),
  actions: z.array(finding),
  reasons: z.array(finding),
  policy: policyRef,
  contactsPublished: z.optional(z.string()),
});
const verdict = z.enum(['keep', 'delete', 'review']);

/**
 * The schema of every result the decision functions return, by name (zod/mini, strict: no unknown fields). The build
 * publishes each as `esafety-rules/schemas/<name>.result.json`; the sidecar's OpenAPI document uses the same.
 *
 * - `image-decision`: `canPublishImage` (a decision, with the children to obscure)
 * - `decision`: `canTakeDeviceOffSite`, `canTransferData`, `canCommunicate`,
 *   `canChildUseInternet`, `canUseSettingDevice`, `canHoldMeeting`
 * - `route`: `routeConcern`; `misuse-classification`: `classifyMisuse`; `phone-decision`: `canUsePhone`
 * - `retention-decision`: `checkPhotoRetention`; `retention-action` and `retention-summary`: each action of
 *   `planPhotoRetention` and its `summary`
 *
 * @example
 * ```ts
 * import { canUsePhone, outputSchemas } from 'esafety-rules';
 * const d = canUsePhone({ who: 'visitor', device: 'personal-phone', purpose: 'call', place: 'entrance' }, { policy: 'homerton-early-years' });
 * outputSchemas['phone-decision'].safeParse(d).success; // true
 * ```
 */
export const outputSchemas = Object.freeze({
  decision: z.strictObject(decisionShape),
  'image-decision': z.strictObject({ ...decisionShape, obscure: z.array(z.string()) }),
  route,
  'misuse-classification': z.strictObject({
    ...decisionShape,
    tier: z.enum(misuseTiers),
    sanctions: z.array(z.enum(sanctions)),
    concern: z.optional(concernSchema),
    route: z.optional(route),
  }),
  'phone-decision': z.strictObject({ ...decisionShape, conditions: z.array(z.enum(phoneConditions)) }),
  'retention-decision': z.strictObject({ ...decisionShape, action: verdict, deleteBy: z.optional(day) }),
  'retention-action': z.strictObject({
    index: count,
    id: z.nullable(z.string()),
    action: verdict,
    deleteBy: z.optional(day),
    rules: z.array(z.string()),
    problems: z.optional(z.array(z.string())),
  }),
  'retention-summary': z.strictObject({
    records: count, keep: count, delete: count, review: count,
    rules: z.record(z.string(), count),
    problem: z.optional(z.string()),
  }),
});

/** The name of an output schema. */
export type OutputName = keyof typeof outputSchemas;

/** What a decision function answers with: one result, or (a streaming function) one item per record and a summary. */
export type ResultKind = { readonly result: OutputName } | { readonly each: OutputName; readonly summary: OutputName };

/**
 * The output schema of each decision function of the registry, by function name: the sidecar serves those with one
 * `result` and documents them in its OpenAPI document; a streaming function (`each`) is not served.
 */
export const resultOf: Readonly<Record<string, ResultKind>> = Object.freeze({
  canPublishImage: { result: 'image-decision' },
  checkPhotoRetention: { result: 'retention-decision' },
  planPhotoRetention: { each: 'retention-action', summary: 'retention-summary' },
  canTakeDeviceOffSite: { result: 'decision' },
  canTransferData: { result: 'decision' },
  routeConcern: { result: 'route' },
  classifyMisuse: { result: 'misuse-classification' },
  canUsePhone: { result: 'phone-decision' },
  canCommunicate: { result: 'decision' },
  canChildUseInternet: { result: 'decision' },
  canUseSettingDevice: { result: 'decision' },
  canHoldMeeting: { result: 'decision' },
});
