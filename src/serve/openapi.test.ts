import Ajv2020 from 'ajv/dist/2020.js';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, example } from '../../test/support/examples.js';
import { registry } from '../registry.js';
import { served } from './functions.js';
import { openApiDocument } from './openapi.js';
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
