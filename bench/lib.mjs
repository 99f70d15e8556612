// Tiny benchmark helpers: repeated timed batches, median ns per operation.
import { execFileSync, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Median nanoseconds per call of fn over `batches` timed batches of `perBatch` calls (after warm-up). */
export function nsPerOp(fn, { perBatch = 2_000, batches = 15, warmup = 3 } = {}) {
  for (let i = 0; i < warmup * perBatch; i++) fn();
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - t0) * 1e6) / perBatch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** The same for an async function (json-rules-engine). */
export async function nsPerOpAsync(fn, { perBatch = 200, batches = 10, warmup = 2 } = {}) {
  for (let i = 0; i < warmup * perBatch; i++) await fn();
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) await fn();
    samples.push(((performance.now() - t0) * 1e6) / perBatch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);

/** Prints a markdown table (so the output pastes into docs/benchmarks.md). */
export function table(title, header, rows) {
  console.log(`\n### ${title}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

/**
 * Median nanoseconds per call of each of several functions, measured together: warmed up in turn, then timed in
 * interleaved batches (a batch of each, then again), so that the machine's drift weighs on each alike.
 */
export function nsPerOpEach(fns, { perBatch = 2_000, batches = 15, warmup = 3 } = {}) {
  const names = Object.keys(fns);
  for (const n of names) { const f = fns[n]; for (let i = 0; i < warmup * perBatch; i++) f(); }
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let b = 0; b < batches; b++) {
    for (const n of names) {
      const f = fns[n];
      const t0 = performance.now();
      for (let i = 0; i < perBatch; i++) f();
      samples[n].push(((performance.now() - t0) * 1e6) / perBatch);
    }
  }
  return Object.fromEntries(names.map((n) => [n, samples[n].sort((a, b) => a - b)[Math.floor(batches / 2)]]));
}

/** Every figure the benches compare with a target, for the summary `bench/run.mjs` prints at the end. */
export const results = [];
/** Records one figure against its target: `met` is whether it meets it. */
export const record = (what, target, measured, met) => results.push({ what, target, measured, met });

export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/**
 * Times a decision against its hand-written baselines on each case (interleaved, see nsPerOpEach), prints a table and
 * records the worst ratio to the fail-closed baseline against the target (≤ 3×). Each case: { name, answer, ours,
 * failClosed, bare }, where `ours` calls the library, `failClosed` the baseline that checks its input first and `bare`
 * the same decision trusting its input.
 */
export function compareDecision(fn, title, cases, { perBatch = 2_000, limit = 3, warmMs = 2_000 } = {}) {
  const rows = [];
  const ratios = [];
  // Warm every case up together first (round robin, for at least `warmMs`): V8 keeps optimising for seconds, and the
  // first case timed would otherwise pay for it (measured: 6.6 µs, then 1.9 µs two rounds later, for the same call).
  const t0 = performance.now();
  for (let round = 0; round < 3 || performance.now() - t0 < warmMs; round++) {
    for (const c of cases) for (const f of [c.ours, c.failClosed, c.bare]) for (let i = 0; i < perBatch; i++) f();
  }
  for (const c of cases) {
    globalThis.gc?.();
    const t = nsPerOpEach({ ours: c.ours, failClosed: c.failClosed, bare: c.bare }, { perBatch, batches: 21, warmup: 1 });
    const r = t.ours / t.failClosed;
    ratios.push({ r, ...t, name: c.name });
    rows.push([c.name, c.answer, fmt(t.ours), fmt(t.failClosed), fmt(t.bare), ratio(t.ours, t.failClosed), ratio(t.ours, t.bare), r <= limit ? 'yes' : 'no']);
  }
  table(title, ['input', 'answer', fn, 'baseline, fail closed', 'baseline, no validation', `${fn} ÷ fail-closed`, `${fn} ÷ no validation`, `≤ ${limit}×`], rows);
  const worst = ratios.reduce((a, b) => (b.r > a.r ? b : a));
  const lo = Math.min(...ratios.map((x) => x.r));
  record(`\`${fn}\``, `≤ ${limit}× the fail-closed baseline`,
    `${ratios.length > 1 ? `${lo.toFixed(2)}×–` : ''}${worst.r.toFixed(2)}× (worst: ${worst.name}, ${fmt(worst.ours)} vs ${fmt(worst.failClosed)})`, worst.r <= limit);
  return ratios;
}

/** A seeded random number generator (mulberry32): the same numbers in [0, 1) for the same seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The CPU time (user + system) this process has used, in ms. */
export const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * In a bulk bench's child process: `repeat` timed runs of `loop(counts)`, each on fresh `newCounts()`. Writes the median,
 * fastest and first CPU time, the last run's counts, peak RSS and live heap after a GC, as JSON on stdout.
 */
export function timeRuns(repeat, newCounts, loop) {
  const times = [];
  let counts;
  for (let k = 0; k < repeat; k++) {
    counts = newCounts();
    const c0 = cpuMs();
    loop(counts);
    times.push(cpuMs() - c0);
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  globalThis.gc?.();
  process.stdout.write(JSON.stringify({ ms: times[Math.floor(repeat / 2)], min: times[0], first, counts, maxRssMb: process.resourceUsage().maxRSS / 1024, liveMb: process.memoryUsage().heapUsed / 2 ** 20 }));
}

/** Runs `file` in a child process of its own (pinned to core 0 where `taskset` exists) with `env` added; its JSON answer. */
export function runPinned(file, env) {
  const pin = spawnSync('taskset', ['--version']).status === 0;
  const [cmd, args] = pin ? ['taskset', ['-c', '0', process.execPath, '--expose-gc', file]] : [process.execPath, ['--expose-gc', file]];
  return JSON.parse(execFileSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8' }));
}
