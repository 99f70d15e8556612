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

// The exact problems, the limits, the clock and the shutdown. Each test starts its own server (not in a hook).

interface Raw { status: number; headers: Record<string, string | string[] | undefined>; body: string }
/** One request over node:http, asking to keep the connection alive, where every response header (connection included) can be read. */
function raw(url: string, options: { method?: string; headers?: Record<string, string | number>; body?: string; end?: boolean } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: { connection: 'keep-alive', ...options.headers }, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    if (options.end !== false) req.end();
  });
}
/** Fails after ms: a request the server never answers fails the test at once rather than at the test's timeout. */
const within = <T>(ms: number, p: Promise<T>) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

describe('the sidecar\'s problems, word for word', () => {
  it('says what is wrong with the body and what the function takes', async () => {
    const own = await start();
    try {
      const call = async (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
        const res = await fetch(`${own.base}${path}`, { method: 'POST', headers, body });
        return { status: res.status, problem: await res.json() };
      };
      let malformed = '';
      try { JSON.parse('{"request": {'); } catch (e) { malformed = (e as Error).message; }
      expect(await call('/v1/canUsePhone', '{"request": {')).toEqual({ status: 400, problem: {
        type: 'urn:esafety-rules:problem:malformed-json', title: 'Malformed JSON', status: 400, detail: `The body is not valid JSON: ${malformed}` } });
      // A number, a boolean, an array: not an object of arguments.
      for (const body of ['42', 'true', '[]']) {
        expect(await call('/v1/canPublishImage', body), body).toEqual({ status: 400, problem: {
          type: 'urn:esafety-rules:problem:body-not-an-object', title: 'The body is not a JSON object', status: 400,
          detail: 'The body must be a JSON object of canPublishImage\'s arguments by name: { photo, consents, options }.' } });
      }
      expect(await call('/v1/canPublishImage', JSON.stringify({ photos: {}, consent: [], options: {} }))).toEqual({ status: 400, problem: {
        type: 'urn:esafety-rules:problem:unknown-argument', title: 'Unknown argument', status: 400,
        detail: 'canPublishImage takes "photo", "consents", "options", not "photos", "consent".' } });
      // An option the function does not take; an option that is local to the library says why it cannot be sent.
      expect(await call('/v1/canUsePhone', JSON.stringify({ request: {}, options: { rules: {}, polcy: 'baseline', context: {} } }))).toEqual({ status: 400, problem: {
        type: 'urn:esafety-rules:problem:unknown-option', title: 'Unknown option', status: 400,
        detail: 'canUsePhone takes the options "policy", "at", "extraFields", not "rules": a rule set (createRuleSet) is code, not JSON: the sidecar decides with the shipped rules; '
          + '"polcy"; "context": options.context is read only by a rule set\'s own facts, and a rule set cannot be sent.' } });
    } finally {
      await own.server.shutDown();
    }
  });

  it('passes null options on to the library, which denies them with a reason naming options (200)', async () => {
    const own = await start();
    try {
      const res = await fetch(`${own.base}/v1/canUsePhone`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"request": {}, "options": null}' });
      expect(res.status).toBe(200);
      const d = await res.json();
      expect(d.allowed).toBe(false);
      expect(d.reasons.some((r: { subject?: string }) => r.subject === 'options')).toBe(true);
    } finally {
      await own.server.shutDown();
    }
  });

  it('415 for anything but JSON in UTF-8, closing the connection; other media-type parameters are fine', async () => {
    const own = await start();
    try {
      const send = (type: string) => raw(`${own.base}/v1/canUsePhone`, { headers: { 'content-type': type }, body: '{"request": {}}' });
      const refused = await send('text/plain');
      expect(refused.status).toBe(415);
      expect(refused.headers['content-type']).toBe('application/problem+json');
      expect(refused.headers.connection).toBe('close');
      expect(JSON.parse(refused.body)).toEqual({ type: 'urn:esafety-rules:problem:unsupported-media-type', title: 'Unsupported media type', status: 415,
        detail: 'Send the arguments as JSON: Content-Type: application/json (UTF-8).' });
      // UTF-8 with a byte-order mark (Python's utf-8-sig) is not plain UTF-8; nor is a value that merely contains the words.
      expect((await send('application/json; charset=utf-8-sig')).status).toBe(415);
      expect((await send('application/json; charset=x-charset=utf-8')).status).toBe(415);
      // Quoted UTF-8, and a parameter that is not a charset, are accepted.
      expect((await send('application/json; charset="utf-8"')).status).toBe(200);
      expect((await send('application/json; version=1')).status).toBe(200);
    } finally {
      await own.server.shutDown();
    }
  });
});

describe('the sidecar\'s body limit', () => {
  const LIMIT = 1024;
  /** A valid call padded with spaces to exactly n bytes. */
  const padded = (n: number) => { const s = '{"request": {}}'; return s + ' '.repeat(n - s.length); };

  it('takes a body of exactly the limit, with a length or chunked; one byte more is a 413 that closes the connection', async () => {
    const own = await start({ bodyLimit: LIMIT });
    try {
      const url = `${own.base}/v1/canUsePhone`;
      const at = await raw(url, { headers: { 'content-type': 'application/json', 'content-length': LIMIT }, body: padded(LIMIT) });
      expect(at.status).toBe(200);
      const chunked = await raw(url, { headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: padded(LIMIT) });
      expect(chunked.status).toBe(200);
      const over = await raw(url, { headers: { 'content-type': 'application/json', 'content-length': LIMIT + 1 }, body: padded(LIMIT + 1) });
      expect(over.status).toBe(413);
      expect(over.headers.connection).toBe('close');
      expect(JSON.parse(over.body)).toEqual({ type: 'urn:esafety-rules:problem:body-too-large', title: 'Request body too large', status: 413, detail: `The body is larger than ${LIMIT} bytes.` });
      // Sent without a length: counted as it comes, and refused the same way.
      const overChunked = await raw(url, { headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: padded(LIMIT + 1) });
      expect(overChunked.status).toBe(413);
      expect(overChunked.headers.connection).toBe('close');
      expect(JSON.parse(overChunked.body).detail).toBe(`The body is larger than ${LIMIT} bytes.`);
    } finally {
      await own.server.shutDown(0);
    }
  });

  it('refuses a body whose declared length is over the limit at once, without waiting for it', async () => {
    const own = await start({ bodyLimit: LIMIT });
    try {
      // Only a few bytes of the declared length are ever sent: the answer cannot wait for the rest.
      const res = await within(2000, raw(`${own.base}/v1/canUsePhone`, { headers: { 'content-type': 'application/json', 'content-length': 10 * LIMIT }, body: '{"req', end: false }));
      expect(res.status).toBe(413);
      expect(res.headers.connection).toBe('close');
      expect(JSON.parse(res.body).type).toBe('urn:esafety-rules:problem:body-too-large');
    } finally {
      await own.server.shutDown(0);
    }
  });

  it('takes bodies up to 1 MB by default', async () => {
    const own = await start();
    try {
      const url = `${own.base}/v1/canUsePhone`;
      expect((await raw(url, { headers: { 'content-type': 'application/json' }, body: padded(1_048_576) })).status).toBe(200);
      expect((await raw(url, { headers: { 'content-type': 'application/json' }, body: padded(1_048_577) })).status).toBe(413);
    } finally {
      await own.server.shutDown(0);
    }
  });
});

describe('the sidecar\'s clock and its failures', () => {
  it('reads the system clock for "now" when no clock is given', async () => {
    const s = createServer();
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    try {
      const e = example('image/learning-journal-allowed.json');
      const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}/v1/canPublishImage`;
      const ask = async (at: string) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ photo: e.photo, consents: e.consents, options: { policy: e.policy, at } }) })).json();
      const before = new Date().toISOString();
      const now = await ask('now');
      // The same answer as the current time asked for by name (the decision depends only on the day here).
      expect(now).toEqual(await ask(before));
      expect(now.allowed).toBe(true);
    } finally {
      await s.shutDown();
    }
  });

  it('reads the clock given, not the system\'s', async () => {
    // A photo taken in 2026 cannot be decided for 2020: the clock given is the one read.
    const own = await start({ now: () => new Date('2020-01-01T00:00:00Z') });
    try {
      const e = example('image/learning-journal-allowed.json');
      const body = JSON.stringify({ photo: e.photo, consents: e.consents, options: { policy: e.policy, at: 'now' } });
      const asked = await (await fetch(`${own.base}/v1/canPublishImage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
      const direct = served.get('canPublishImage')!.call(e.photo, e.consents, { policy: e.policy, at: '2020-01-01T00:00:00.000Z' });
      expect(asked).toEqual(JSON.parse(JSON.stringify(direct)));
      expect(asked).not.toEqual(JSON.parse(JSON.stringify(served.get('canPublishImage')!.call(e.photo, e.consents, { policy: e.policy, at: new Date().toISOString() }))));
    } finally {
      await own.server.shutDown();
    }
  });

  it('answers an error it did not expect with a 500 problem, and tells onError', async () => {
    const broken = new Error('the clock is broken');
    const onError = vi.fn();
    const own = await start({ now: () => { throw broken; }, onError });
    try {
      const e = example('image/learning-journal-allowed.json');
      const body = JSON.stringify({ photo: e.photo, consents: e.consents, options: { at: 'now' } });
      const res = await within(2000, fetch(`${own.base}/v1/canPublishImage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toEqual({ type: 'urn:esafety-rules:problem:internal-error', title: 'Internal error', status: 500,
        detail: 'The server failed to answer: ask again, and report it if it persists.' });
      expect(onError).toHaveBeenCalledWith(broken);
    } finally {
      await own.server.shutDown();
    }
  });

  it('answers the 500 without onError too (nothing is logged)', async () => {
    const own = await start({ now: () => { throw new Error('the clock is broken'); } });
    try {
      const e = example('image/learning-journal-allowed.json');
      const body = JSON.stringify({ photo: e.photo, consents: e.consents, options: { at: 'now' } });
      const res = await within(2000, fetch(`${own.base}/v1/canPublishImage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
      expect(res.status).toBe(500);
      expect((await res.json()).type).toBe('urn:esafety-rules:problem:internal-error');
    } finally {
      await own.server.shutDown();
    }
  });
});

describe('the sidecar\'s connections', () => {
  /** A request whose body is sent in two halves: the first now, the rest when finish() is called. */
  function halves(url: string, text: string) {
    let finish = () => {};
    const answer = new Promise<Raw>((resolve, reject) => {
      const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), connection: 'keep-alive' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.write(text.slice(0, 10));
      finish = () => req.end(text.slice(10));
    });
    return { answer, finish: () => finish() };
  }
  const text = JSON.stringify(bodyOf(['request'], example('phone/two-mile-ash-social-worker.json')));

  it('keeps a connection alive while serving; once shutting down, answers the request in flight and closes its connection', async () => {
    const own = await start();
    const before = await raw(`${own.base}/v1/canUsePhone`, { headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }, body: text });
    expect(before.status).toBe(200);
    expect(before.headers.connection).toBe('keep-alive');
    const inFlight = halves(`${own.base}/v1/canUsePhone`, text);
    await new Promise((r) => setTimeout(r, 50));
    const closed = own.server.shutDown();
    inFlight.finish();
    const r = await within(2000, inFlight.answer);
    expect(r.status).toBe(200);
    expect(r.headers.connection).toBe('close');
    await within(2000, closed);
  });

  it('cuts off a request still running after the grace period', async () => {
    const own = await start();
    const inFlight = halves(`${own.base}/v1/canUsePhone`, text);
    inFlight.answer.catch(() => {});
    await new Promise((r) => setTimeout(r, 50));
    // The rest of the body never comes: after 100 ms the server closes the connection and the shutdown completes.
    await within(2000, own.server.shutDown(100));
    await expect(inFlight.answer).rejects.toThrow();
  });
});
