// Generated photo records for the retention sweep benchmark: deterministic, lazy (constant memory).
import { rng } from './lib.mjs';
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const AT = Date.UTC(2026, 10, 22, 2, 0, 0);
export const SWEEP_AT = new Date(AT).toISOString();
const PURPOSES = ['observation', 'learning-journal', 'display', 'website', 'training', 'marketing'];

const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/** `n` distinct photo records generated one at a time: a mix of kept, purged, expired, left, withdrawn and malformed. */
export function* fresh(n, seed = 42) {
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    const taken = START + Math.floor(r() * (AT - START - DAY));
    const kids = r() < 0.1 ? [] : r() < 0.7 ? [`c${Math.floor(r() * 3000)}`] : [`c${Math.floor(r() * 3000)}`, `c${Math.floor(r() * 3000)}`];
    const u = r();
    const purposes = u < 0.03 ? [] : u < 0.04 ? ['personal'] : u < 0.8 ? [PURPOSES[Math.floor(r() * 3)]] : [PURPOSES[Math.floor(r() * 3)], PURPOSES[3 + Math.floor(r() * 3)]];
    const rec = {
      id: `p${i}`,
      takenAt: new Date(taken).toISOString(),
      childIds: kids,
      storedOn: r() < 0.8 ? 'setting-device' : 'setting-platform',
      purposes,
    };
    if (r() < 0.3) rec.purposeEndedAt = new Date(Math.min(AT + 30 * DAY, taken + Math.floor(r() * 400) * DAY)).toISOString();
    if (r() < 0.4) rec.retainUntil = day(taken + Math.floor(200 + r() * 900) * DAY);
    if (kids.length && r() < 0.05) rec.childrenLeft = [{ childId: kids[0], leftAt: day(taken + Math.floor(r() * 300) * DAY) }];
    if (kids.length && r() < 0.03) rec.consentWithdrawals = [{ childId: kids[0], uses: [purposes[0] ?? 'display'], withdrawnAt: day(taken + Math.floor(r() * 300) * DAY) }];
    if (r() < 0.02) rec.keepBeyondYearApproval = { approvedBy: r() < 0.8 ? 'head-of-setting' : 'room-leader', approvedAt: day(taken + DAY), purpose: r() < 0.7 ? 'training' : 'website' };
    if (r() < 0.005) delete rec.takenAt;
    yield rec;
  }
}

const POOL = 1 << 13;
let pool;
/**
 * `n` records for the timed runs: the first 8,192 generated records, cycled, each
 * yielded as a new object with its own id (so generating them costs little and
 * the memory held stays the same whatever `n` is).
 */
export function* records(n) {
  pool ??= [...fresh(POOL)];
  for (let i = 0; i < n; i++) yield { ...pool[i & (POOL - 1)], id: `p${i}` };
}
