// The sidecar's OpenAPI 3.1 document, generated from the same schemas the library checks (inputs) and answers with (results).
import { toJSONSchema, type ZodMiniType } from 'zod/mini';
import { presetIds } from '../core/policy/presets.js';
import { INSTANT_PATTERN } from '../core/time/instant.js';
import { libraryVersion } from '../core/version.js';
import { outputSchemas } from '../outputs.js';
import { inputSchemas } from '../schemas.js';
import { notServed, served } from './functions.js';

type Json = Record<string, unknown>;
const DATE = 'x-date';

/** Drops the Date branch of each instant (JSON carries an instant as its string); a Date alone is an ISO string. */
function dropDates(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropDates);
  if (typeof node !== 'object' || node === null) return node;
  const n = node as Json;
  if (n[DATE]) return { type: 'string', format: 'date-time' };
  const copy: Json = {};
  for (const [k, v] of Object.entries(n)) copy[k] = k === 'anyOf' && Array.isArray(v) ? v.filter((b) => !(b as Json)[DATE]).map(dropDates) : dropDates(v);
  const anyOf = copy.anyOf as unknown[] | undefined;
  if (anyOf?.length === 1 && (n.anyOf as unknown[]).length > 1) {
    delete copy.anyOf;
    return { ...copy, ...(anyOf[0] as Json) };
  }
  return copy;
}

/** A zod/mini schema as a JSON Schema (2020-12, the dialect of OpenAPI 3.1), as JSON carries its values. */
export function jsonSchemaOf(schema: ZodMiniType, io: 'input' | 'output'): Json {
  const json = toJSONSchema(schema, { io, unrepresentable: (c) => (c.zodSchema._zod.def.type === 'date' ? { [DATE]: true } : undefined) }) as Json;
  delete json.$schema;
  return dropDates(json) as Json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('problem') } } });

/** The options over HTTP: the common ones, and the bank holidays where the function takes them. */
function optionsSchema(withBankHolidays: boolean): Json {
  const properties: Json = {
    policy: {
      description: 'A preset id, or the setting\'s own policy (as definePolicy takes it). Default: baseline.',
      anyOf: [{ type: 'string', enum: [...presetIds] }, ref('setting-policy')],
    },
    at: {
      description: 'The moment decided for (ISO 8601), or "now" for the time the request is decided. Required where the decision depends on the time: there is no hidden clock.',
      anyOf: [{ type: 'string', pattern: INSTANT_PATTERN.source }, { const: 'now' }],
    },
    extraFields: { description: 'refuse (default): unknown fields deny. ignore: database rows (every optional field present, null meaning none).', enum: ['refuse', 'ignore'] },
  };
  if (withBankHolidays) properties.bankHolidays = { description: 'England and Wales bank holidays (yyyy-MM-dd) that working-day deadlines skip.', type: 'array', items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } };
  return { type: 'object', additionalProperties: false, properties };
}

/**
 * The OpenAPI 3.1 document of the sidecar: every function served, its request body (its arguments by name, from the
 * input schemas, and `options`), its result (from the output schemas), and the problems it may answer with.
 *
 * @example
 * ```ts
 * const paths = openApiDocument().paths as Record<string, { post: { operationId: string } }>;
 * paths['/v1/canPublishImage']!.post.operationId; // 'canPublishImage'
 * ```
 */
export function openApiDocument(): Json {
  const paths: Json = {};
  for (const fn of served.values()) {
    const needsAt = fn.area.needsAt;
    const options = ref(fn.options.includes('bankHolidays') ? 'route-options' : 'options');
    const grants = fn.area.grants !== false;
    paths[`/v1/${fn.name}`] = {
      post: {
        operationId: fn.name,
        summary: fn.area.question,
        description: `${fn.name}(${[...fn.inputs, 'options'].join(', ')}). Bad input in well-formed JSON is answered with status 200: `
          + (grants ? 'a denial (`allowed: false`) whose reasons name each invalid field.' : 'its result, whose reasons name each invalid field.')
          + (fn.name === 'routeConcern' ? ' A concern is never dropped: whatever it holds, the route tells someone at once.' : '')
          + (needsAt ? ' options.at is required.' : ''),
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            additionalProperties: false,
            required: needsAt ? [...fn.inputs, 'options'] : [...fn.inputs],
            properties: {
              ...Object.fromEntries(fn.area.inputs.map((i) => [i.name, ref(i.schemaName ?? i.name)])),
              options: needsAt ? { allOf: [options], required: ['at'] } : options,
            },
          }),
        },
        responses: {
          200: { description: `The result of ${fn.name}.`, content: json(ref(`${fn.result}.result`)) },
          400: problemResponse('The body is not JSON, not an object, or names an argument or option the function does not take.'),
          413: problemResponse('The body is larger than the server\'s limit.'),
          415: problemResponse('The body is not application/json.'),
        },
      },
    };
  }
  paths['/healthz'] = {
    get: { operationId: 'health', summary: 'Is the server up?', responses: { 200: { description: 'Up.', content: json({ type: 'object', additionalProperties: false, required: ['status'], properties: { status: { const: 'ok' } } }) } } },
  };
  paths['/openapi.json'] = {
    get: { operationId: 'openapi', summary: 'This document.', responses: { 200: { description: 'The OpenAPI 3.1 document of the server.', content: json({ type: 'object' }) } } },
  };
  const schemas: Json = {
    ...Object.fromEntries(Object.entries(inputSchemas).map(([name, s]) => [name, jsonSchemaOf(s, 'input')])),
    ...Object.fromEntries(Object.entries(outputSchemas).map(([name, s]) => [`${name}.result`, jsonSchemaOf(s as ZodMiniType, 'output')])),
    options: optionsSchema(false),
    'route-options': optionsSchema(true),
    problem: {
      description: 'A problem (RFC 9457): the request could not be read as a call.',
      type: 'object',
      required: ['type', 'title', 'status', 'detail'],
      properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'esafety-rules sidecar',
      version: libraryVersion,
      description: 'UK early-years e-safety policies as decision functions, over HTTP. Stateless: scale by replicas.'
        + (notServed.size ? ` Not served: ${[...notServed.keys()].join(', ')}.` : ''),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: { schemas },
  };
}
