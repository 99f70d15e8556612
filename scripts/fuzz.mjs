// npm run fuzz: the adversarial properties at 100,000 runs each (FUZZ_RUNS), every property's runs shared between
// one vitest process per core (FUZZ_SHARD=i/n; each with its own random seed). Extra arguments go to vitest
// (e.g. `npm run fuzz -- -t "routeConcern"`).
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shards = Math.max(1, Number(process.env.FUZZ_SHARDS ?? cpus().length));
const runs = process.env.FUZZ_RUNS ?? '100000';
const started = Date.now();
const codes = await Promise.all(Array.from({ length: shards }, (_, i) => new Promise((done) => {
  const child = spawn(process.execPath, [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/adversarial.test.ts', ...process.argv.slice(2)], {
    cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SHARD: `${i + 1}/${shards}` },
  });
  child.on('exit', (code) => done(code ?? 1));
})));
console.log(`\nfuzz: ${runs} runs per property over ${shards} shard(s), ${Math.round((Date.now() - started) / 1000)} s, ${codes.every((c) => c === 0) ? 'all passed' : 'FAILED'}`);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
