// A consent change over a million publications: planConsentChange over generated publications, against a hand-written
// baseline loop making the same take-down / obscure / keep decision (it checks only what its decision reads), and the
// same loop fail closed (each publication checked against the schema first). As in the retention bench, each run is a
// child process of its own (pinned to one core where `taskset` exists), so its peak RSS is its own; each child times
// its loop REPEAT times and reports the median and the fastest CPU time (the machine is shared: other jobs only ever
// add time, so the fastest run is the least disturbed one).
import { fileURLToPath } from 'node:url';
import { record, rng, runPinned, table, timeRuns } from './lib.mjs';
import { baselineAction, checkPolicy, CONSENT, failClosedAction, POLICY } from './consent-change.baseline.mjs';

const self = fileURLToPath(import.meta.url);
const REPEAT = 5;
const AT = '2026-11-22T10:00:00Z';
const AT_MS = Date.parse(AT);
const START = Date.UTC(2024, 0, 1);
const AUDIENCES = ['learning-journal', 'setting-display', 'setting-website', 'setting-social-media', 'publicity', 'training'];


/** `n` distinct publications generated one at a time: a third show c7, some not identifiable, a few objecting or malformed. */
export function* fresh(n, seed = 7) {
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    const count = 1 + Math.floor(r() * 4);
    const children = Array.from({ length: count }, () => ({ id: `c${Math.floor(r() * 3000)}` }));
    if (r() < 0.35) children[Math.floor(r() * count)].id = CONSENT.childId;
    for (const c of children) {
      if (r() < 0.1) c.identifiable = false;
      if (r() < 0.02) c.objects = true;
      if (r() < 0.5) c.agreed = true;
    }
    const p = { photoId: `p${i}`, audience: AUDIENCES[Math.floor(r() * AUDIENCES.length)], publishedAt: new Date(START + Math.floor(r() * (AT_MS - START))).toISOString(), children };
    const bad = r();
    if (bad < 0.002) delete p.publishedAt; else if (bad < 0.004) p.audience = 'newsletter'; else if (bad < 0.005) p.children = [{ id: '' }];
    yield p;
  }
}

const POOL = 1 << 13;
let pool;
/** `n` publications for the timed runs: the first 8,192 generated, cycled, each a new object with its own id (constant memory). */
function* publications(n) {
  pool ??= [...fresh(POOL)];
  for (let i = 0; i < n; i++) yield { ...pool[i & (POOL - 1)], photoId: `p${i}` };
}

const key = (a) => (a.action === 'obscure' ? `obscure:${a.obscure.join(',')}` : a.action);
const tally = (counts, a) => { counts[a.action] = (counts[a.action] ?? 0) + 1; };

async function child(kind, n) {
  const { planConsentChange } = await import('esafety-rules');
  timeRuns(REPEAT, () => ({}), (counts) => {
    if (kind === 'plan') {
      for (const a of planConsentChange(CONSENT, publications(n), { policy: POLICY, at: AT })) tally(counts, a);
    } else if (kind === 'baseline') {
      for (const p of publications(n)) tally(counts, p.publishedAt === undefined || p.audience === 'newsletter' || p.children[0].id === '' ? { action: 'review' } : baselineAction(p));
    } else if (kind === 'fail-closed') {
      for (const p of publications(n)) tally(counts, failClosedAction(p, AT_MS));
    } else {
      for (const p of publications(n)) if (p) tally(counts, { action: 'generated' });
    }
  });
}

const run = (kind, n) => runPinned(self, { CONSENT_CHANGE_BENCH: `${kind}:${n}` });

/** Publications (distinct, freshly generated) on which the plan and a baseline disagree: action, children to obscure, date. */
async function agreement(n) {
  const { planConsentChange, presetPolicy } = await import('esafety-rules');
  checkPolicy(presetPolicy(POLICY).image);
  const base = fresh(n);
  let differ = 0;
  for (const a of planConsentChange(CONSENT, fresh(n), { policy: POLICY, at: AT })) {
    const p = base.next().value;
    const closed = failClosedAction(p, AT_MS);
    if (key(a) !== key(closed) || (a.by ?? null) !== (closed.by ?? null)) differ++;
    if (a.action !== 'review' && key(a) !== key(baselineAction(p))) differ++;
  }
  return differ;
}

if (process.env.CONSENT_CHANGE_BENCH) {
  const [kind, n] = process.env.CONSENT_CHANGE_BENCH.split(':');
  await child(kind, Number(n));
} else {
  const checked = 200_000;
  const differ = await agreement(checked);
  const rows = [];
  const summary = [];
  for (const n of [100_000, 1_000_000]) {
    const gen = run('generate', n), plan = run('plan', n), base = run('baseline', n), closed = run('fail-closed', n);
    const net = (r) => Math.max(r.ms - gen.ms, 1e-9);
    const fastest = (r) => Math.max(r.min - gen.min, 1e-9);
    summary.push({ n, plan: net(plan), fastest: fastest(plan), ratio: net(plan) / net(base), ratioClosed: net(plan) / net(closed), rss: plan.maxRssMb, live: plan.liveMb });
    rows.push([n.toLocaleString('en-GB'), `${net(plan).toFixed(0)} ms`, `${fastest(plan).toFixed(0)} ms`, `${(plan.first - gen.first).toFixed(0)} ms`, `${(n / net(plan) / 1000).toFixed(2)} M/s`,
      `${net(base).toFixed(0)} ms`, `${(net(plan) / net(base)).toFixed(2)}×`, `${net(closed).toFixed(0)} ms`, `${(net(plan) / net(closed)).toFixed(2)}×`,
      `${plan.maxRssMb.toFixed(0)} MB`, `${plan.liveMb.toFixed(1)} MB`, `${gen.maxRssMb.toFixed(0)} MB`, `${gen.ms.toFixed(0)} ms`,
      Object.entries(plan.counts).map(([k, v]) => `${k} ${v}`).join(' · ')]);
    for (const r of [base, closed]) {
      const mine = JSON.stringify(Object.entries(r.counts).sort()), theirs = JSON.stringify(Object.entries(plan.counts).sort());
      if (mine !== theirs) throw new Error(`a baseline counts ${mine}, the plan ${theirs}`);
    }
  }
  table(`Consent change (${POLICY}, one core, median and fastest CPU time of ${REPEAT}; times net of generating the publications); plan and baselines disagree on ${differ} of ${checked.toLocaleString('en-GB')} fresh publications`,
    ['publications', 'plan (median)', 'plan (fastest)', 'plan, first run', 'plan rate', 'baseline (median)', 'ratio (medians)', 'baseline fail closed (median)', 'ratio to fail closed',
      'plan peak RSS', 'plan live heap after', 'generation-only peak RSS', 'generation alone', 'actions'], rows);
  const [small, big] = summary;
  record('consent change, 1,000,000 publications', '< 2 s CPU on one core (net of generating them)',
    `${(big.plan / 1000).toFixed(2)} s median, ${(big.fastest / 1000).toFixed(2)} s fastest (100,000: ${small.plan.toFixed(0)} ms)`, big.plan < 2_000);
  record('consent change', '≤ 3× the fail-closed baseline',
    `1M: ${big.ratioClosed.toFixed(2)}× (${big.ratio.toFixed(2)}× the baseline that checks only what it reads); 100k: ${small.ratioClosed.toFixed(2)}×`, big.ratioClosed <= 3 && small.ratioClosed <= 3);
  record('consent change', 'memory flat as publications grow',
    `live heap ${small.live.toFixed(1)} MB after 100k, ${big.live.toFixed(1)} MB after 1M; peak RSS ${small.rss.toFixed(0)} → ${big.rss.toFixed(0)} MB`, big.live <= small.live * 1.1 + 1);
  if (differ) throw new Error(`the plan and a baseline disagree on ${differ} publications`);
}
