// npm run load: the sidecar's load test (issue 15 item 5). Starts the built CLI's `serve` pinned to core 0 (taskset),
// drives POST /v1/canPublishImage with the image examples' bodies from this process (pinned to core 1) over N
// keep-alive connections, and prints requests per second and p50/p99 latency against the target (≥ 5,000 req/s,
// p99 < 5 ms on one core). A measurement: exits 0 whatever the figures, non-zero only if a request failed.
// Options (environment): LOAD_SECONDS (10), LOAD_WARMUP_SECONDS (3), LOAD_CONNECTIONS (16).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const warmupSeconds = Number(process.env.LOAD_WARMUP_SECONDS ?? 3);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 16);
const TARGET_RPS = 5_000, TARGET_P99_MS = 5;

// Bodies: { photo, consents, options } from each example of examples/image (their own `at` and policy).
const dir = `${root}examples/image/`;
const bodies = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
  const e = JSON.parse(readFileSync(dir + f, 'utf8'));
  return Buffer.from(JSON.stringify({ photo: e.photo, consents: e.consents, options: { at: e.at, policy: e.policy } }));
});

// The server on core 0, this client on core 1 (when taskset and two cores are there).
const cores = os.availableParallelism?.() ?? os.cpus().length;
const pin = cores >= 2 && spawnSync('taskset', ['-V']).status === 0;
if (pin) spawnSync('taskset', ['-cp', '1', String(process.pid)]);
const cmd = pin ? ['taskset', ['-c', '0', process.execPath, `${root}dist/cli.cjs`, 'serve', '--port', '0']] : [process.execPath, [`${root}dist/cli.cjs`, 'serve', '--port', '0']];
const server = spawn(cmd[0], cmd[1], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => { out += d; const m = /listening on http:\/\/[^\s]+:(\d+)/.exec(out); if (m) resolve(Number(m[1])); });
  server.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${out}`)));
});

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
let errors = 0, firstError;
const post = (body) => new Promise((resolve) => {
  const req = http.request({ host: '127.0.0.1', port, path: '/v1/canPublishImage', method: 'POST', agent,
    headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => {
      if (res.statusCode !== 200) { errors++; firstError ??= `HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 300)}`; }
      resolve();
    });
  });
  req.on('error', (e) => { errors++; firstError ??= e.message; resolve(); });
  req.end(body);
});

/** Runs `connections` loops of requests for `ms`; returns the latencies (ms) when `keep`. */
async function drive(ms, keep) {
  const latencies = [];
  const end = performance.now() + ms;
  let next = 0;
  const loop = async () => {
    while (performance.now() < end) {
      const body = bodies[next++ % bodies.length];
      const t0 = performance.now();
      await post(body);
      if (keep) latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  return { latencies, elapsed: (performance.now() - t0) / 1000 };
}

try {
  await drive(warmupSeconds * 1000, false);
  const { latencies, elapsed } = await drive(seconds * 1000, true);
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  const rps = latencies.length / elapsed, p50 = q(0.5), p99 = q(0.99);
  const met = rps >= TARGET_RPS && p99 < TARGET_P99_MS;
  console.log(`# esafety-rules serve: load test\n\nNode ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}, server ${pin ? 'pinned to core 0, client to core 1' : 'NOT pinned (no taskset or one core)'}, ` +
    `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\nPOST /v1/canPublishImage, ${bodies.length} example bodies in turn, ${connections} keep-alive connections, ` +
    `${warmupSeconds} s warm-up, ${seconds} s measured\n`);
  console.log('| requests | req/s | p50 | p99 | errors | target (≥ 5,000 req/s, p99 < 5 ms) |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| ${latencies.length} | ${Math.round(rps)} | ${p50.toFixed(2)} ms | ${p99.toFixed(2)} ms | ${errors} | ${met ? 'met' : '**not met**'} |`);
  if (errors) { console.error(`\n${errors} requests failed; the first: ${firstError}`); process.exitCode = 1; }
} finally {
  agent.destroy();
  server.kill('SIGTERM');
}
