// The sidecar: each decision function at POST /v1/<name>, over node:http. Stateless, and it logs nothing.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { LOCAL_OPTIONS, notServed, served, type Served } from './functions.js';
import { openApiDocument } from './openapi.js';

/** Options of {@link createServer}. */
export interface ServeOptions {
  /** The largest request body accepted, in bytes (default 1 MB, 1,048,576): a larger one is a 413. */
  bodyLimit?: number;
  /** The clock read for `options.at: "now"` (and only then); default the system's. */
  now?: () => Date;
  /** Told of an error the server did not expect (a 500), without the request. Default: nothing is logged. */
  onError?: (error: unknown) => void;
}

/** A server that can be shut down gracefully. */
export interface Sidecar extends Server {
  /** Stops accepting connections, lets the requests in flight finish (then closes their connections), and resolves. */
  shutDown(graceMs?: number): Promise<void>;
}

/** The default body limit: 1 MB. */
export const DEFAULT_BODY_LIMIT = 1_048_576;

const JSON_TYPE = 'application/json; charset=utf-8';
const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

/** An RFC 9457 problem: what the server could not read as a call. */
interface Problem { type: string; title: string; status: number; detail: string }
const problem = (status: number, slug: string, title: string, detail: string): Problem => ({ type: `urn:esafety-rules:problem:${slug}`, title, status, detail });

const internalError = () => problem(500, 'internal-error', 'Internal error', 'The server failed to answer: ask again, and report it if it persists.');

/** True for `application/json`, with no charset or UTF-8. */
function isJson(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/** The body's arguments in order, and its options; or the problem with its shape (a name the function does not take). */
function callOf(fn: Served, body: unknown, now: () => Date): { args: unknown[] } | Problem {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return problem(400, 'body-not-an-object', 'The body is not a JSON object', `The body must be a JSON object of ${fn.name}'s arguments by name: { ${[...fn.inputs, 'options'].join(', ')} }.`);
  }
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => k !== 'options' && !fn.inputs.includes(k));
  if (unknown.length) {
    return problem(400, 'unknown-argument', 'Unknown argument', `${fn.name} takes ${[...fn.inputs, 'options'].map((k) => `"${k}"`).join(', ')}, not ${unknown.map((k) => JSON.stringify(k)).join(', ')}.`);
  }
  let options = b.options;
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
    const o = options as Record<string, unknown>;
    const names = Object.keys(o).filter((k) => !fn.options.includes(k));
    if (names.length) {
      const why = names.map((k) => (Object.hasOwn(LOCAL_OPTIONS, k) ? `"${k}": ${LOCAL_OPTIONS[k as keyof typeof LOCAL_OPTIONS]}` : `"${k}"`));
      return problem(400, 'unknown-option', 'Unknown option', `${fn.name} takes the options ${fn.options.map((k) => `"${k}"`).join(', ')}, not ${why.join('; ')}.`);
    }
    // "now" is the time asked for, read when the request is decided; anything else is the library's to check.
    if (o.at === 'now') options = { ...o, at: now().toISOString() };
  }
  return { args: [...fn.inputs.map((k) => b[k]), options] };
}

/**
 * The sidecar's HTTP server (node:http): each decision function at `POST /v1/<functionName>`, taking a JSON object of
 * its arguments by name (`{ photo, consents, options }`) and answering its result as JSON with status 200, a denial
 * for bad input included (a concern gets its route whatever it holds). `GET /healthz`, `GET /openapi.json`. A body that
 * cannot be read as a call is a problem (RFC 9457): 400 malformed JSON, not an object, or a name the function does not
 * take; 413 too large; 415 not `application/json`; 404 unknown path; 405 wrong method. It keeps no state and logs nothing.
 *
 * @example
 * ```ts
 * const server = createServer({ bodyLimit: 256 * 1024 });
 * server.listen(8080, '127.0.0.1');
 * process.once('SIGTERM', () => server.shutDown());
 * ```
 */
export function createServer(options: ServeOptions = {}): Sidecar {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const now = options.now ?? (() => new Date());
  let openapi: string | undefined;
  /** True once shutting down: each response then closes its connection. */
  let closing = false;

  function send(res: ServerResponse, status: number, body: string, type = JSON_TYPE, extra?: Record<string, string>): void {
    if (closing) res.shouldKeepAlive = false;
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...HEADERS, ...extra });
    res.end(body);
  }
  const sendProblem = (res: ServerResponse, p: Problem, extra?: Record<string, string>) => send(res, p.status, JSON.stringify(p), 'application/problem+json', extra);

  function decide(fn: Served, req: IncomingMessage, res: ServerResponse): void {
    if (!isJson(req.headers['content-type'])) {
      sendProblem(res, problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the arguments as JSON: Content-Type: application/json (UTF-8).'), { connection: 'close' });
      return;
    }
    const tooLarge = () => problem(413, 'body-too-large', 'Request body too large', `The body is larger than ${limit} bytes.`);
    if (Number(req.headers['content-length']) > limit) { sendProblem(res, tooLarge(), { connection: 'close' }); return; }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        sendProblem(res, tooLarge(), { connection: 'close' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      let body: unknown;
      try {
        body = JSON.parse((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8'));
      } catch (e) {
        sendProblem(res, problem(400, 'malformed-json', 'Malformed JSON', `The body is not valid JSON: ${(e as Error).message}`));
        return;
      }
      try {
        const call = callOf(fn, body, now);
        if ('status' in call) sendProblem(res, call);
        else send(res, 200, JSON.stringify(fn.call(...call.args)));
      } catch (e) {
        options.onError?.(e);
        if (!res.headersSent) sendProblem(res, internalError()); else res.destroy();
      }
    });
  }

  const server = createHttpServer((req, res) => {
    try {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const path = q < 0 ? url : url.slice(0, q);
      const method = req.method ?? 'GET';
      if (path.startsWith('/v1/')) {
        const name = path.slice(4);
        const fn = served.get(name);
        if (!fn) {
          const why = notServed.get(name);
          sendProblem(res, problem(404, 'not-found', 'Not found', why ?? `There is no function ${JSON.stringify(name)}: GET /openapi.json lists them.`));
        } else if (method !== 'POST') sendProblem(res, problem(405, 'method-not-allowed', 'Method not allowed', `${path} takes POST.`), { allow: 'POST' });
        else decide(fn, req, res);
        return;
      }
      if (path === '/healthz' || path === '/openapi.json') {
        if (method !== 'GET' && method !== 'HEAD') { sendProblem(res, problem(405, 'method-not-allowed', 'Method not allowed', `${path} takes GET.`), { allow: 'GET, HEAD' }); return; }
        if (path === '/healthz') send(res, 200, '{"status":"ok"}');
        else send(res, 200, (openapi ??= JSON.stringify(openApiDocument())));
        return;
      }
      sendProblem(res, problem(404, 'not-found', 'Not found', `There is nothing at ${path}: the functions are at POST /v1/<functionName>; GET /openapi.json describes them.`));
    } catch (e) {
      options.onError?.(e);
      if (!res.headersSent) sendProblem(res, internalError()); else res.destroy();
    }
  }) as Sidecar;

  server.shutDown = (graceMs = 10_000) => new Promise<void>((resolve) => {
    closing = true;
    // Requests still running after the grace period are cut off.
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => { clearTimeout(timer); resolve(); });
    server.closeIdleConnections();
  });
  return server;
}
