import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const examples = (area: string) => `examples/${area}`;
import { checkExamples } from './lifecycle.examples.js';

const AT = '2026-11-22T02:00:00Z';

describe('CLI: check retention, sweep', () => {
  it('runs every retention example with the expected exit code', async () => checkExamples('retention'));
  it('prints the action and deleteBy', async () => {
    const r = await cli(['check', 'retention', `${examples('retention')}/homerton-yearly-purge-due.json`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^DENIED {2}retention/);
    expect(r.stdout).toContain('action: delete');
    expect(r.stdout).toContain('deleteBy: 2026-10-14');
    expect(r.stdout).toContain('retention.yearly.purge');
    expect(r.stdout).toContain('001_37d62a2ef733a813.txt — PHOTOGRAPHS AND VIDEO');
  });
  it('exits 2 for an invalid record read from stdin', async () => {
    const r = await cli(['check', 'retention', '-', '--json'], JSON.stringify({ at: AT, photo: { id: 'p', takenAt: 'last week' } }));
    expect(r.code).toBe(2);
    const d = JSON.parse(r.stdout);
    expect(d.action).toBe('review');
    expect(d.reasons.map((x: { subject: string }) => x.subject)).toContain('photo.takenAt');
  });
  it('sweep: JSON Lines in, one action per line out, the summary on stderr', async () => {
    const file = `${examples('retention')}/nightly-sweep.jsonl`;
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const r = await cli(['sweep', file, '--preset', 'homerton-early-years', '--at', AT]);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(out.map((a) => a.id)).toEqual(lines.map((l) => JSON.parse(l).id ?? null));
    for (const a of out) expect(['keep', 'delete', 'review']).toContain(a.action);
    const summary = JSON.parse(r.stderr);
    expect(summary.policy).toBe('homerton-early-years');
    expect(summary.records).toBe(lines.length);
    expect(summary.keep + summary.delete + summary.review).toBe(lines.length);
    expect(r.code).toBe(summary.rules['input.invalid'] ? 2 : 0);
  });
  it('sweep from stdin: a bad line is a review naming the line, and the exit code is 2', async () => {
    const good = JSON.stringify({ id: 'p1', takenAt: '2026-10-01', childIds: ['c1'], storedOn: 'setting-platform', purposes: ['display'], retainUntil: '2027-01-01', agreedStorage: ['setting-platform'] });
    const r = await cli(['sweep', '-', '--at', AT], `${good}\n{oops\n`);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ index: 0, id: 'p1', action: 'keep', deleteBy: '2027-01-01' });
    expect(out[1]).toMatchObject({ index: 1, id: null, action: 'review', rules: ['input.invalid'] });
    expect(out[1].problems[0]).toMatch(/line 2 is not valid JSON/);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ records: 2, keep: 1, review: 1 });
  });
  it('sweep: a missing file or no file is a usage error', async () => {
    expect((await cli(['sweep', 'no-such-file.jsonl'])).code).toBe(2);
    expect((await cli(['sweep'])).code).toBe(2);
  });
});
