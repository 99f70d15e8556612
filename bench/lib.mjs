// Tiny benchmark helpers: repeated timed batches, median ns per operation.
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
