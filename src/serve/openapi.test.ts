import Ajv2020 from 'ajv/dist/2020.js';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, example } from '../../test/support/examples.js';
import { registry } from '../registry.js';
import { served } from './functions.js';
import * as z from 'zod/mini';
import { presetIds } from '../core/policy/presets.js';
import { INSTANT_PATTERN } from '../core/time/instant.js';
import { jsonSchemaOf, openApiDocument } from './openapi.js';
import { createServer, type Sidecar } from './server.js';
import { bodyOf } from '../../test/support/sidecar.js';
import type { DecisionOptions, RouteOptions } from '../index.js';
import type { COMMON_OPTIONS, LOCAL_OPTIONS } from './functions.js';

// The OpenAPI document: it parses, every path has its schemas, every $ref resolves, and real answers validate.

/** True when A and B are the same union. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The options the server knows are the library's: a new option fails to compile here until the server knows it. */
const knows: [Same<keyof DecisionOptions, (typeof COMMON_OPTIONS)[number] | keyof typeof LOCAL_OPTIONS>, Same<Exclude<keyof RouteOptions, keyof DecisionOptions>, 'bankHolidays'>] = [true, true];

let server: Sidecar;
let base: string;
let doc: Record<string, any>;
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  doc = JSON.parse(await (await fetch(`${base}/openapi.json`)).text());
  ajv.addSchema(doc, 'openapi.json');
});
afterAll(() => server.shutDown());

const pointer = (...parts: string[]) => `openapi.json#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
const validator = (...parts: string[]) => ajv.compile({ $ref: pointer(...parts) });

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, the same document the function makes, with the server\'s options', () => {
    expect(knows).toEqual([true, true]);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('esafety-rules sidecar');
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('has a path for every function served, each with its request and response schemas', () => {
    const functions = registry.flatMap((a) => a.functions);
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/v1/')).sort()).toEqual([...served.keys()].map((n) => `/v1/${n}`).sort());
    expect(served.size).toBe(functions.length - 1); // all but planPhotoRetention, which streams
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        expect(op.operationId, path).toBeTruthy();
        expect(op.responses['200'].content['application/json'].schema, `${method} ${path}`).toBeTruthy();
        if (method === 'post') {
          expect(op.requestBody.content['application/json'].schema.properties, path).toHaveProperty('options');
          for (const status of ['400', '413', '415']) expect(op.responses[status].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/problem' });
        }
      }
    }
  });

  it('every $ref resolves, and every schema compiles', () => {
    const refs = new Set<string>();
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') for (const [k, v] of Object.entries(n)) { if (k === '$ref') refs.add(v as string); else walk(v); }
    };
    walk(doc);
    expect(refs.size).toBeGreaterThan(10);
    for (const r of refs) {
      expect(r, r).toMatch(/^#\/components\/schemas\/[\w.-]+$/);
      expect(doc.components.schemas, r).toHaveProperty([r.split('/').pop()!]);
    }
    for (const name of Object.keys(doc.components.schemas)) expect(() => validator('components', 'schemas', name), name).not.toThrow();
  });

  it('every shipped example is a valid request, and each answer validates against its response schema', async () => {
    for (const fn of served.values()) {
      const request = validator('paths', `/v1/${fn.name}`, 'post', 'requestBody', 'content', 'application/json', 'schema');
      const response = validator('paths', `/v1/${fn.name}`, 'post', 'responses', '200', 'content', 'application/json', 'schema');
      for (const file of readdirSync(join(EXAMPLES, fn.area.id)).filter((f) => f.endsWith('.json'))) {
        const body = bodyOf(fn.inputs, example(`${fn.area.id}/${file}`));
        if (fn.area.needsAt) (body.options as Record<string, unknown>).at ??= '2026-11-22T10:00:00Z';
        // The request schema accepts the example exactly when the library's input schemas do (one is incomplete on purpose).
        const valid = fn.area.inputs.every((i) => i.schema.safeParse(body[i.name]).success);
        expect(request(body), `${file}: ${ajv.errorsText(request.errors)}`).toBe(valid);
        const answer = await (await fetch(`${base}/v1/${fn.name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
        expect(response(answer), `${file}: ${ajv.errorsText(response.errors)}`).toBe(true);
      }
      // A denial of junk validates too; and the response schema is closed to unknown fields.
      const junk = await (await fetch(`${base}/v1/${fn.name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
      expect(response(junk), `${fn.name} junk: ${ajv.errorsText(response.errors)}`).toBe(true);
      expect(response({ ...junk, surprise: true })).toBe(false);
    }
  });

  it('the problems, the health check and the document itself validate against their schemas', async () => {
    const problem = await (await fetch(`${base}/v1/canUsePhone`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })).json();
    expect(validator('components', 'schemas', 'problem')(problem)).toBe(true);
    expect(validator('paths', '/healthz', 'get', 'responses', '200', 'content', 'application/json', 'schema')(await (await fetch(`${base}/healthz`)).json())).toBe(true);
    expect(validator('paths', '/healthz', 'get', 'responses', '200', 'content', 'application/json', 'schema')({ status: 'down' })).toBe(false);
  });

  it('refuses a request the server would refuse: an unknown argument or option, a missing time', () => {
    const request = validator('paths', '/v1/canPublishImage', 'post', 'requestBody', 'content', 'application/json', 'schema');
    const e = bodyOf(['photo', 'consents'], example('image/learning-journal-allowed.json'));
    expect(request(e)).toBe(true);
    expect(request({ ...e, consent: [] })).toBe(false);
    expect(request({ ...e, options: { at: 'now', rules: {} } })).toBe(false);
    expect(request({ ...e, options: { policy: 'homerton-early-years' } })).toBe(false);
    expect(request({ ...e, options: { at: 'now' } })).toBe(true);
  });
});

// What a reader of the document sees, exactly. Each test builds the document itself (not in a hook).

const problemRef = { $ref: '#/components/schemas/problem' };
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemRef } } });

describe('the OpenAPI document, as its reader sees it', () => {
  it('names the library, its version and licence, and the function it does not serve', () => {
    const info = openApiDocument().info as Record<string, unknown>;
    expect(info).toEqual({
      title: 'esafety-rules sidecar',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      description: 'UK early-years e-safety policies as decision functions, over HTTP. Stateless: scale by replicas. Not served: planPhotoRetention.',
      license: { name: 'MIT', identifier: 'MIT' },
    });
  });

  it('describes each call: its arguments, how bad input is answered, and whether options.at is required', () => {
    const paths = openApiDocument().paths as Record<string, { post: { description: string; summary: string } }>;
    const bad = 'Bad input in well-formed JSON is answered with status 200:';
    // A permission (needs the time): a denial.
    expect(paths['/v1/canPublishImage']!.post.description).toBe(`canPublishImage(photo, consents, options). ${bad} a denial (\`allowed: false\`) whose reasons name each invalid field. options.at is required.`);
    // A permission that does not need the time.
    expect(paths['/v1/canUsePhone']!.post.description).toBe(`canUsePhone(request, options). ${bad} a denial (\`allowed: false\`) whose reasons name each invalid field.`);
    // Not a permission: its result, with the reasons.
    expect(paths['/v1/classifyMisuse']!.post.description).toBe(`classifyMisuse(incident, options). ${bad} its result, whose reasons name each invalid field.`);
    expect(paths['/v1/routeConcern']!.post.description).toBe(`routeConcern(concern, options). ${bad} its result, whose reasons name each invalid field. A concern is never dropped: whatever it holds, the route tells someone at once.`);
    for (const fn of served.values()) expect(paths[`/v1/${fn.name}`]!.post.summary).toBe(fn.area.question);
  });

  it('requires every argument, and options with its time where the decision needs one', () => {
    const paths = openApiDocument().paths as Record<string, any>;
    expect(paths['/v1/canPublishImage'].post.requestBody).toEqual({
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            additionalProperties: false,
            required: ['photo', 'consents', 'options'],
            properties: {
              photo: { $ref: '#/components/schemas/photo' },
              consents: { $ref: '#/components/schemas/consents' },
              options: { allOf: [{ $ref: '#/components/schemas/options' }], required: ['at'] },
            },
          },
        },
      },
    });
    // No time needed: options may be left out; a route takes the bank holidays too.
    expect(paths['/v1/canUsePhone'].post.requestBody.content['application/json'].schema).toEqual({
      type: 'object', additionalProperties: false, required: ['request'],
      properties: { request: { $ref: '#/components/schemas/phone-request' }, options: { $ref: '#/components/schemas/options' } },
    });
    expect(paths['/v1/routeConcern'].post.requestBody.content['application/json'].schema.properties.options).toEqual({ $ref: '#/components/schemas/route-options' });
    // The same, as a validator: a body without options, or without the photo, is refused.
    const request = validator('paths', '/v1/canPublishImage', 'post', 'requestBody', 'content', 'application/json', 'schema');
    const e = bodyOf(['photo', 'consents'], example('image/learning-journal-allowed.json'));
    expect(request({ photo: e.photo, consents: e.consents })).toBe(false);
    expect(request({ consents: e.consents, options: e.options })).toBe(false);
    expect(validator('paths', '/v1/canUsePhone', 'post', 'requestBody', 'content', 'application/json', 'schema')({})).toBe(false);
  });

  it('lists the answers of a call: its result (200), and the problems 400, 413 and 415', () => {
    const paths = openApiDocument().paths as Record<string, any>;
    expect(paths['/v1/canPublishImage'].post.responses).toEqual({
      200: { description: 'The result of canPublishImage.', content: { 'application/json': { schema: { $ref: '#/components/schemas/image-decision.result' } } } },
      400: problemResponse('The body is not JSON, not an object, or names an argument or option the function does not take.'),
      413: problemResponse('The body is larger than the server\'s limit.'),
      415: problemResponse('The body is not application/json.'),
    });
    expect(paths['/v1/routeConcern'].post.responses[200].description).toBe('The result of routeConcern.');
  });

  it('describes the health check and the document itself', () => {
    const paths = openApiDocument().paths as Record<string, any>;
    expect(paths['/healthz']).toEqual({
      get: {
        operationId: 'health',
        summary: 'Is the server up?',
        responses: { 200: { description: 'Up.', content: { 'application/json': { schema: { type: 'object', additionalProperties: false, required: ['status'], properties: { status: { const: 'ok' } } } } } } },
      },
    });
    expect(paths['/openapi.json']).toEqual({
      get: { operationId: 'openapi', summary: 'This document.', responses: { 200: { description: 'The OpenAPI 3.1 document of the server.', content: { 'application/json': { schema: { type: 'object' } } } } } },
    });
    // The health check's answer is closed: { status: 'ok' } and nothing else.
    const health = validator('paths', '/healthz', 'get', 'responses', '200', 'content', 'application/json', 'schema');
    expect(health({ status: 'ok', extra: 1 })).toBe(false);
    expect(health({})).toBe(false);
  });

  it('a problem has a type, a title, a status and a detail (RFC 9457)', () => {
    const schemas = openApiDocument().components as { schemas: Record<string, unknown> };
    expect(schemas.schemas.problem).toEqual({
      description: 'A problem (RFC 9457): the request could not be read as a call.',
      type: 'object',
      required: ['type', 'title', 'status', 'detail'],
      properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
    });
    const problem = validator('components', 'schemas', 'problem');
    expect(problem({ type: 'urn:x', title: 'T', status: 400 })).toBe(false);
    expect(problem({ type: 'urn:x', title: 'T', status: '400', detail: 'd' })).toBe(false);
  });

  it('documents the options over HTTP: a preset or a policy, the time or "now", extraFields; bank holidays for a route only', () => {
    const schemas = (openApiDocument().components as { schemas: Record<string, any> }).schemas;
    const common = {
      policy: {
        description: 'A preset id, or the setting\'s own policy (as definePolicy takes it). Default: baseline.',
        anyOf: [{ type: 'string', enum: [...presetIds] }, { $ref: '#/components/schemas/setting-policy' }],
      },
      at: {
        description: 'The moment decided for (ISO 8601), or "now" for the time the request is decided. Required where the decision depends on the time: there is no hidden clock.',
        anyOf: [{ type: 'string', pattern: INSTANT_PATTERN.source }, { const: 'now' }],
      },
      extraFields: { description: 'refuse (default): unknown fields deny. ignore: database rows (every optional field present, null meaning none).', enum: ['refuse', 'ignore'] },
    };
    expect(schemas.options).toEqual({ type: 'object', additionalProperties: false, properties: common });
    expect(schemas['route-options']).toEqual({
      type: 'object', additionalProperties: false,
      properties: { ...common, bankHolidays: { description: 'England and Wales bank holidays (yyyy-MM-dd) that working-day deadlines skip.', type: 'array', items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } },
    });
    // As a validator: what passes and what does not.
    const fresh = new Ajv2020({ strict: false });
    fresh.addSchema(JSON.parse(JSON.stringify({ components: { schemas } })), 'doc');
    const options = fresh.compile({ $ref: 'doc#/components/schemas/options' });
    const route = fresh.compile({ $ref: 'doc#/components/schemas/route-options' });
    expect(options({ policy: 'baseline', at: 'now', extraFields: 'ignore' })).toBe(true);
    expect(options({ at: '2026-11-22T10:00:00Z' })).toBe(true);
    expect(options({ at: 'tomorrow' })).toBe(false);
    expect(options({ extraFields: 'keep' })).toBe(false);
    expect(options({ bankHolidays: ['2026-12-25'] })).toBe(false);
    expect(route({ bankHolidays: ['2026-12-25'] })).toBe(true);
    expect(route({ bankHolidays: ['25/12/2026'] })).toBe(false);
  });

  it('writes every instant as JSON carries it: a string, never the Date the library also takes', () => {
    const doc = openApiDocument();
    const text = JSON.stringify(doc);
    expect(text).not.toContain('x-date');
    const schemas = (doc.components as { schemas: Record<string, any> }).schemas;
    // An instant: the ISO string alone (the Date branch dropped, the union of one folded away).
    expect(schemas.photo.properties.takenAt).toEqual({ type: 'string', pattern: INSTANT_PATTERN.source });
    // An optional instant: the ISO string, or null.
    expect(schemas.consents.items.properties.withdrawnAt).toEqual({ anyOf: [{ type: 'string', pattern: INSTANT_PATTERN.source }, { type: 'null' }] });
    expect(schemas['misuse-classification.result'].properties.concern.properties.reportedAt).toEqual({ type: 'string', pattern: INSTANT_PATTERN.source });
  });
});

describe('jsonSchemaOf', () => {
  it('a Date is an ISO date-time string; a string-or-Date is the string; null stays null', () => {
    expect(jsonSchemaOf(z.date(), 'input')).toEqual({ type: 'string', format: 'date-time' });
    expect(jsonSchemaOf(z.union([z.string(), z.date()]), 'input')).toEqual({ type: 'string' });
    expect(jsonSchemaOf(z.object({ at: z.union([z.string(), z.date()]), when: z.nullable(z.union([z.string(), z.date()])), day: z.date(), none: z.literal(null) }), 'output')).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: { at: { type: 'string' }, when: { anyOf: [{ type: 'string' }, { type: 'null' }] }, day: { type: 'string', format: 'date-time' }, none: { type: 'null', const: null } },
      required: ['at', 'when', 'day', 'none'],
    });
    // A Date in a tuple is its string too; null in an enum is kept.
    expect(jsonSchemaOf(z.tuple([z.string(), z.date()]), 'input')).toEqual({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'string', format: 'date-time' }], items: false, minItems: 2, maxItems: 2 });
    expect(jsonSchemaOf(z.literal(['a', null]), 'input')).toEqual({ enum: ['a', null] });
    // A union of two real branches stays a union.
    expect(jsonSchemaOf(z.union([z.string(), z.array(z.string())]), 'input')).toEqual({ anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] });
  });
});
