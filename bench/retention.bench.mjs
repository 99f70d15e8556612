// The nightly retention sweep: planPhotoRetention over generated records, against a
// hand-written baseline loop making the same keep/delete/review decision (as in the earlier runs: it checks only what
// its decision reads), and the same loop fail closed (each record checked against the schema first). Each run is
// a child process of its own (pinned to one core where `taskset` exists), so its peak
// RSS is its own; each child times its loop REPEAT times and reports the median and the fastest CPU time (the
// machine is shared: other jobs only ever add time, so the fastest run is the least disturbed one).
import { fileURLToPath } from 'node:url';
import { record, runPinned, table, timeRuns } from './lib.mjs';
import { fresh, records, SWEEP_AT } from './retention.records.mjs';
import { baselineAction, failClosedAction } from './retention.baseline.mjs';

const self = fileURLToPath(import.meta.url);
const POLICY = 'homerton-early-years';
const REPEAT = 5;
const TODAY = '2026-11-22';

async function child(kind, n) {
  const { planPhotoRetention } = await import('esafety-rules');
  const atMs = Date.parse(SWEEP_AT);
  timeRuns(REPEAT, () => ({ keep: 0, delete: 0, review: 0 }), (counts) => {
    if (kind === 'sweep') {
      for (const a of planPhotoRetention(records(n), { policy: POLICY, at: SWEEP_AT })) counts[a.action]++;
    } else if (kind === 'baseline') {
      for (const rec of records(n)) counts[baselineAction(rec, atMs, TODAY)]++;
    } else if (kind === 'fail-closed') {
      for (const rec of records(n)) counts[failClosedAction(rec, atMs, TODAY)]++;
    } else {
      for (const rec of records(n)) if (rec) counts.keep++;
    }
  });
}

const run = (kind, n) => runPinned(self, { RETENTION_BENCH: `${kind}:${n}` });

/** Records (distinct, freshly generated) on which the sweep and the baseline disagree. */
async function agreement(n) {
  const { planPhotoRetention } = await import('esafety-rules');
  const atMs = Date.parse(SWEEP_AT);
  const base = fresh(n);
  let differ = 0;
  for (const a of planPhotoRetention(fresh(n), { policy: POLICY, at: SWEEP_AT })) {
    const rec = base.next().value;
    if (a.action !== baselineAction(rec, atMs, TODAY) || a.action !== failClosedAction(rec, atMs, TODAY)) differ++;
  }
  return differ;
}

if (process.env.RETENTION_BENCH) {
  const [kind, n] = process.env.RETENTION_BENCH.split(':');
  await child(kind, Number(n));
} else {
  const checked = 200_000;
  const differ = await agreement(checked);
  const rows = [];
  const summary = [];
  for (const n of [100_000, 1_000_000]) {
    const gen = run('generate', n), sweep = run('sweep', n), base = run('baseline', n), closed = run('fail-closed', n);
    const net = (r) => Math.max(r.ms - gen.ms, 1e-9);
    const fastest = (r) => Math.max(r.min - gen.min, 1e-9);
    const rate = (ms) => `${(n / ms / 1000).toFixed(2)} M/s`;
    summary.push({ n, sweep: net(sweep), fastest: fastest(sweep), ratio: net(sweep) / net(base), ratioClosed: net(sweep) / net(closed), rss: sweep.maxRssMb, live: sweep.liveMb });
    rows.push([n.toLocaleString('en-GB'), `${sweep.ms.toFixed(0)} ms`, `${net(sweep).toFixed(0)} ms`, `${fastest(sweep).toFixed(0)} ms`, `${(sweep.first - gen.first).toFixed(0)} ms`, rate(net(sweep)),
      `${net(base).toFixed(0)} ms`, `${fastest(base).toFixed(0)} ms`, `${(net(sweep) / net(base)).toFixed(2)}×`,
      `${net(closed).toFixed(0)} ms`, `${fastest(closed).toFixed(0)} ms`, `${(net(sweep) / net(closed)).toFixed(2)}×`,
      `${sweep.maxRssMb.toFixed(0)} MB`, `${sweep.liveMb.toFixed(1)} MB`, `${base.maxRssMb.toFixed(0)} MB`, `${gen.maxRssMb.toFixed(0)} MB`, `${gen.ms.toFixed(0)} ms`,
      `keep ${sweep.counts.keep} · delete ${sweep.counts.delete} · review ${sweep.counts.review}`]);
    for (const r of [base, closed]) if (JSON.stringify(r.counts) !== JSON.stringify(sweep.counts)) throw new Error(`a baseline counts ${JSON.stringify(r.counts)}, the sweep ${JSON.stringify(sweep.counts)}`);
  }
  table(`Retention sweep (${POLICY}, one core, median and fastest CPU time of ${REPEAT}; times net of generating the records); sweep and baselines disagree on ${differ} of ${checked.toLocaleString('en-GB')} fresh records`,
    ['records', 'sweep incl. generation (median)', 'sweep (median)', 'sweep (fastest)', 'sweep, first run', 'sweep rate', 'baseline (median)', 'baseline (fastest)', 'ratio (medians)',
      'baseline fail closed (median)', 'fail closed (fastest)', 'ratio to fail closed (medians)', 'sweep peak RSS', 'sweep live heap after', 'baseline peak RSS', 'generation-only peak RSS', 'generation alone', 'actions'], rows);
  const [small, big] = summary;
  record('retention sweep, 1,000,000 records', '< 2 s CPU on one core (net of generating the records)',
    `${(big.sweep / 1000).toFixed(2)} s median, ${(big.fastest / 1000).toFixed(2)} s fastest (100,000: ${small.sweep.toFixed(0)} ms)`, big.sweep < 2_000);
  record('retention sweep', '≤ 3× the fail-closed baseline',
    `1M: ${big.ratioClosed.toFixed(2)}× (${big.ratio.toFixed(2)}× the baseline that checks only what it reads); 100k: ${small.ratioClosed.toFixed(2)}× (${small.ratio.toFixed(2)}×)`, big.ratioClosed <= 3 && small.ratioClosed <= 3);
  record('retention sweep', 'memory flat as records grow',
    `live heap ${small.live.toFixed(1)} MB after 100k, ${big.live.toFixed(1)} MB after 1M; peak RSS ${small.rss.toFixed(0)} → ${big.rss.toFixed(0)} MB`, big.live <= small.live * 1.1 + 1);
  if (differ) throw new Error(`the sweep and a baseline disagree on ${differ} records`);
}
