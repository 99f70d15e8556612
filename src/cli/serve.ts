import { UsageError, type Io } from './io.js';
import type { Args } from './args.js';
import { createServer, DEFAULT_BODY_LIMIT } from '../serve/server.js';

const USAGE = 'usage: esafety-rules serve [--port 8080] [--host 127.0.0.1] [--body-limit BYTES]';

/** A whole number of at least `min` from a flag, or its default. */
function numberOf(flag: string | true | undefined, name: string, fallback: number, min: number): number {
  if (flag === undefined) return fallback;
  const n = typeof flag === 'string' && /^\d+$/.test(flag) ? Number(flag) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}\n${USAGE}`);
  return n;
}

/**
 * `esafety-rules serve`: the sidecar (see src/serve/server.ts) until SIGTERM or SIGINT, then a graceful shutdown:
 * no new connections, the requests in flight answered, exit 0. It prints the address it listens on, and nothing else.
 *
 * @example
 * ```sh
 * esafety-rules serve --port 8080 --host 0.0.0.0
 * ```
 */
export async function serveCommand({ positional, flags }: Args, io: Io): Promise<number> {
  if (positional.length > 1) throw new UsageError(USAGE);
  const port = numberOf(flags.port, 'port', 8080, 0);
  if (port > 65_535) throw new UsageError(`--port must be at most 65535\n${USAGE}`);
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  const bodyLimit = numberOf(flags['body-limit'], 'body-limit', DEFAULT_BODY_LIMIT, 1);
  const server = createServer({ bodyLimit, onError: (e) => io.err(`error: ${(e as Error)?.stack ?? String(e)}`) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(new UsageError(`cannot listen on ${host}:${port}: ${e.code ?? e.message}`)));
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  io.out(`esafety-rules serve: listening on http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      server.shutDown().then(resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return 0;
}
