import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXAMPLES, example } from '../../test/support/examples.js';
import { bodyOf } from '../../test/support/sidecar.js';
import { served } from './functions.js';
import { createServer, type Sidecar } from './server.js';

// The sidecar over real HTTP (node's fetch against a server on port 0): every function, every status, the shutdown.

const NOW = new Date('2026-11-22T10:30:00Z');
let server: Sidecar;
let base: string;

async function start(options: Parameters<typeof createServer>[0] = {}): Promise<{ server: Sidecar; base: string }> {
  const s = createServer({ now: () => NOW, ...options });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return { server: s, base: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
}

beforeAll(async () => ({ server, base } = await start({ bodyLimit: 64 * 1024 })));
afterAll(() => server.shutDown());

const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${base}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the sidecar', () => {
  it('answers every shipped example of every function served as the library does, with status 200', async () => {
    let calls = 0;
    for (const fn of served.values()) {
      for (const file of readdirSync(join(EXAMPLES, fn.area.id)).filter((f) => f.endsWith('.json'))) {
        const body = bodyOf(fn.inputs, example(`${fn.area.id}/${file}`));
        const res = await post(`/v1/${fn.name}`, body);
        expect(res.status, file).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(res.headers.get('cache-control')).toBe('no-store');
        const direct = fn.call(...fn.inputs.map((k) => body[k]), body.options);
        expect(await res.json(), file).toEqual(JSON.parse(JSON.stringify(direct)));
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(50);
    expect([...served.keys()]).toContain('canPublishImage');
  });

  it('answers bad input with the library\'s denial (200), naming each invalid field', async () => {
    const res = await post('/v1/canPublishImage', { photo: { id: 'p1' }, consents: 'none', options: { at: '2026-11-22T10:00:00Z' } });
    expect(res.status).toBe(200);
    const d = await res.json();
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((r: { subject: string }) => r.subject)).toEqual(expect.arrayContaining(['photo.takenAt', 'consents']));
    const empty = await (await post('/v1/canTakeDeviceOffSite', {})).json();
    expect(empty.allowed).toBe(false);
    expect(empty.reasons.map((r: { subject: string }) => r.subject)).toEqual(expect.arrayContaining(['device']));
  });

  it('refuses a decision that needs the time without one; "now" is the time the request is decided', async () => {
    const e = example('image/learning-journal-allowed.json');
    const without = await (await post('/v1/canPublishImage', { photo: e.photo, consents: e.consents, options: { policy: e.policy } })).json();
    expect(without.allowed).toBe(false);
    expect(without.reasons.some((r: { subject?: string }) => r.subject === 'options.at')).toBe(true);
    const now = await (await post('/v1/canPublishImage', { photo: e.photo, consents: e.consents, options: { policy: e.policy, at: 'now' } })).json();
    expect(now).toEqual(await (await post('/v1/canPublishImage', { photo: e.photo, consents: e.consents, options: { policy: e.policy, at: NOW.toISOString() } })).json());
    expect(now.allowed).toBe(true);
  });

  it('routes a concern whatever it holds, with status 200: a concern is never dropped', async () => {
    for (const concern of [42, null, { kind: 'nonsense' }, undefined]) {
      const res = await post('/v1/routeConcern', concern === undefined ? {} : { concern, options: { policy: 'barnet-early-years' } });
      expect(res.status).toBe(200);
      const route = await res.json();
      expect(route.steps[0].immediately).toBe(true);
      expect(route.reasons.some((r: { rule: string }) => r.rule === 'input.invalid')).toBe(true);
    }
  });

  it('answers what cannot be read as a call with a problem: 400, 413, 415', async () => {
    const cases: [Promise<Response>, number, string][] = [
      [post('/v1/canUsePhone', '{"request": {'), 400, 'malformed-json'],
      [post('/v1/canUsePhone', ''), 400, 'malformed-json'],
      [post('/v1/canUsePhone', '[]'), 400, 'body-not-an-object'],
      [post('/v1/canUsePhone', 'null'), 400, 'body-not-an-object'],
      [post('/v1/canUsePhone', { requests: {} }), 400, 'unknown-argument'],
      [post('/v1/canUsePhone', { request: {}, options: { polcy: 'kirklees-primary' } }), 400, 'unknown-option'],
      [post('/v1/canUsePhone', { request: {}, options: { rules: {} } }), 400, 'unknown-option'],
      [post('/v1/canUsePhone', { request: {}, options: { bankHolidays: [] } }), 400, 'unknown-option'],
      [post('/v1/canUsePhone', '{}', { 'content-type': 'text/plain' }), 415, 'unsupported-media-type'],
      [post('/v1/canUsePhone', '{}', { 'content-type': 'application/json; charset=latin1' }), 415, 'unsupported-media-type'],
      [fetch(`${base}/v1/canUsePhone`, { method: 'POST', body: new Uint8Array([123, 125]) }), 415, 'unsupported-media-type'],
      [post('/v1/canUsePhone', { request: 'x'.repeat(70_000) }), 413, 'body-too-large'],
    ];
    for (const [res, status, slug] of cases) {
      const r = await res;
      expect(r.status, slug).toBe(status);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      const p = await r.json();
      expect(p).toMatchObject({ type: `urn:esafety-rules:problem:${slug}`, status });
      expect(typeof p.detail).toBe('string');
    }
    // Options the function does take pass: bank holidays for a route, UTF-8 said aloud.
    expect((await post('/v1/routeConcern', { concern: {}, options: { bankHolidays: ['2026-12-25'] } })).status).toBe(200);
    expect((await post('/v1/canUsePhone', { request: {} }, { 'content-type': 'Application/JSON; charset=UTF-8' })).status).toBe(200);
  });

  it('counts a body sent without a length (chunked) against the limit: 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({ pull(c) { if (sent++ < 8) c.enqueue(chunk); else c.close(); } });
    const res = await fetch(`${base}/v1/canUsePhone`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('404 for an unknown path or function (a streaming one says why), 405 for a wrong method', async () => {
    for (const path of ['/', '/v1/', '/v1/nope', '/v2/canPublishImage', '/v1/canPublishImage/', '/healthz/x']) {
      const res = await fetch(`${base}${path}`, { method: 'POST' });
      expect(res.status, path).toBe(404);
      expect((await res.json()).type).toBe('urn:esafety-rules:problem:not-found');
    }
    const stream = await (await post('/v1/planPhotoRetention', { records: [] })).json();
    expect(stream.detail).toMatch(/streams/);
    const get = await fetch(`${base}/v1/canPublishImage`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const postHealth = await post('/healthz', {});
    expect(postHealth.status).toBe(405);
    expect(postHealth.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves /healthz and /openapi.json; a query string is ignored', async () => {
    const health = await fetch(`${base}/healthz?probe=1`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(200);
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
  });

  it('writes nothing to the console or the process streams while serving', async () => {
    const spies = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write'), ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m))];
    try {
      const e = example('image/learning-journal-allowed.json');
      await post('/v1/canPublishImage', bodyOf(['photo', 'consents'], e));
      await post('/v1/canPublishImage', '{bad');
      await post('/v1/routeConcern', { concern: { kind: 'allegation-against-staff' } });
      for (const s of spies) expect(s).not.toHaveBeenCalled();
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it('shuts down gracefully: no new connections, the request in flight answered, then closed', async () => {
    const own = await start();
    const e = example('phone/two-mile-ash-social-worker.json');
    const text = JSON.stringify(bodyOf(['request'], e));
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${own.base}/v1/canUsePhone`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c)).on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write(text.slice(0, 20)); // half a request: in flight when the shutdown starts
      setTimeout(() => {
        closed = own.server.shutDown();
        setTimeout(() => req.end(text.slice(20)), 100);
      }, 100);
    });
    let closed: Promise<void> | undefined;
    const r = await answer;
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).allowed).toBe(true);
    await closed;
    await expect(fetch(`${own.base}/healthz`)).rejects.toThrow();
  });
});
