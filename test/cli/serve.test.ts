import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { cli } from '../support/cli.js';

// `esafety-rules serve` in this process: it listens until SIGTERM or SIGINT. The test calls the listener the command
// added (never sends the signal to the process), and checks the command ends with exit 0 and removes both listeners.
type Signal = 'SIGTERM' | 'SIGINT';

async function serve(args: string[], signal: Signal = 'SIGTERM') {
  const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
  const out: string[] = [], err: string[] = [];
  let listening!: (line: string) => void;
  const line = new Promise<string>((resolve) => { listening = resolve; });
  const done = run(['serve', ...args], {
    out: (s) => { out.push(s); listening(s); },
    err: (s) => { err.push(s); },
    stdin: () => '', stdinLines: async function* none() { /* no input */ }, write: async () => {},
  });
  const first = await Promise.race([line, done.then((code) => `exited ${code}: ${err.join('\n')}`)]);
  const base = /listening on (http:\/\/\S+)$/.exec(first)?.[1];
  const stop = async () => {
    const added = process.listeners(signal).filter((l) => !before[signal].includes(l));
    expect(added).toHaveLength(1);
    (added[0] as () => void)();
    const code = await done;
    expect(process.listeners('SIGTERM')).toEqual(before.SIGTERM);
    expect(process.listeners('SIGINT')).toEqual(before.SIGINT);
    return { code, out, err };
  };
  return { first, base, stop };
}

/** Whether this machine has an IPv6 loopback (a container may not). */
const ipv6 = await new Promise<boolean>((resolve) => {
  const probe = createServer();
  probe.once('error', () => resolve(false));
  probe.listen(0, '::1', () => probe.close(() => resolve(true)));
});

const post = (base: string, body: string) =>
  fetch(`${base}/v1/canUsePhone`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('CLI: serve', () => {
  it('prints only the address it listens on (the port bound, not 0), serves, and ends with exit 0 on SIGTERM', async () => {
    const s = await serve(['--port', '0']);
    expect(s.first).toMatch(/^esafety-rules serve: listening on http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    // The default body limit (1 MB) takes a body of a few kilobytes: not a 413.
    expect((await post(s.base!, JSON.stringify({ pad: 'x'.repeat(4000) }))).status).not.toBe(413);
    const end = await s.stop();
    expect([end.code, end.out.length, end.err]).toEqual([0, 1, []]);
  });

  it('SIGINT ends it too; --body-limit refuses a larger body (413)', async () => {
    const s = await serve(['--port', '0', '--body-limit', '10'], 'SIGINT');
    expect((await post(s.base!, '{"a":"12345"}')).status).toBe(413);
    expect((await post(s.base!, '{"a":"1"}')).status).not.toBe(413);
    expect((await s.stop()).code).toBe(0);
  });

  it.skipIf(!ipv6)('an IPv6 host is printed in brackets (skipped where the machine has no IPv6 loopback)', async () => {
    const s = await serve(['--port', '0', '--host', '::1']);
    expect(s.first).toMatch(/^esafety-rules serve: listening on http:\/\/\[::1\]:[1-9]\d*$/);
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    expect((await s.stop()).code).toBe(0);
  });

  it('--port 65535 is the highest port taken; --host names the interface', async () => {
    const s = await serve(['--port=65535', '--host', '127.0.0.1']);
    expect(s.first).toBe('esafety-rules serve: listening on http://127.0.0.1:65535');
    expect((await s.stop()).code).toBe(0);
  });

  it('refuses a port or body limit that is not a whole number in range, and extra words (exit 2, with the usage)', async () => {
    const usage = 'usage: esafety-rules serve [--port 8080] [--host 127.0.0.1] [--body-limit BYTES]';
    const cases: [string[], string][] = [
      [['extra'], usage],
      [['--port', 'abc'], `--port must be a whole number of at least 0\n${usage}`],
      [['--port', '-1'], `--port must be a whole number of at least 0\n${usage}`],
      [['--port', '1.5'], `--port must be a whole number of at least 0\n${usage}`],
      [['--port', '99999999999999999999'], `--port must be a whole number of at least 0\n${usage}`],
      [['--port', '65536'], `--port must be at most 65535\n${usage}`],
      [['--body-limit', '0'], `--body-limit must be a whole number of at least 1\n${usage}`],
      [['--body-limit', '1e3'], `--body-limit must be a whole number of at least 1\n${usage}`],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['serve', ...args]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${message}\n`]);
    }
  });

  it('a port already in use is a usage error naming the address (exit 2)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const r = await cli(['serve', '--port', String(port)]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `cannot listen on 127.0.0.1:${port}: EADDRINUSE\n`]);
    } finally {
      taken.close();
    }
  });
});
