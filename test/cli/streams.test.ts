import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { processIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { cli } from '../support/cli.js';

// sweep and takedown: refusals with their exact messages, the summary line, and output written in batches.
const CONSENT = 'examples/image/takedown/consent.json';
const PUBLICATIONS = 'examples/image/takedown/publications.jsonl';
const AT = '2026-11-22T09:00:00Z';
const TAKEDOWN_USAGE = 'usage: esafety-rules takedown <consent.json|-> <publications.jsonl|-> --at ISO [--preset ID | --policy policy.json]';
const record = JSON.stringify({ id: 'p1', takenAt: '2026-10-01', childIds: ['c1'], storedOn: 'setting-platform', purposes: ['display'], retainUntil: '2027-01-01', agreedStorage: ['setting-platform'] });
const pub = JSON.stringify({ photoId: 'a', audience: 'learning-journal', publishedAt: '2026-10-01', children: [{ id: 'child-noah' }] });
const tmp = mkdtempSync(join(tmpdir(), 'streams-'));
const file = (name: string, text: string) => { const f = join(tmp, name); writeFileSync(f, text); return f; };

/** Runs a command on standard input, recording each chunk written to standard output. */
async function chunks(args: string[], input: string) {
  const writes: string[] = [], err: string[] = [];
  const code = await run(args, {
    out: () => {}, err: (s) => { err.push(s); }, stdin: () => input,
    stdinLines: async function* lines() { yield* input.split('\n').filter((l, i, all) => i < all.length - 1 || l !== ''); },
    write: async (c) => { writes.push(c); },
  });
  return { code, writes, err };
}

describe('CLI: sweep', () => {
  it('usage errors name the usage or the file', async () => {
    expect(await cli(['sweep'])).toMatchObject({ code: 2, stdout: '', stderr: 'usage: esafety-rules sweep <records.jsonl|-> [--preset ID] [--at ISO]\n' });
    expect((await cli(['sweep', 'no-such.jsonl', '--at', AT])).stderr).toMatch(/^cannot read no-such\.jsonl: ENOENT/);
  });

  it('a valid record has no "problems"; the policy is the baseline unless --preset names one', async () => {
    const r = await cli(['sweep', '-', '--at', AT], `${record}\n`);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('problems');
    expect(JSON.parse(r.stderr)).toMatchObject({ policy: 'baseline', at: AT, records: 1 });
  });

  it('writes in batches of about 64 KB, and nothing for no records', async () => {
    const many = await chunks(['sweep', '-', '--at', AT], `${record}\n`.repeat(2000));
    expect(many.writes.length).toBeGreaterThan(1);
    for (const w of many.writes) expect(w.length).toBeLessThan(70_000);
    expect(many.writes.length).toBeLessThan(20); // batches, not a write per line
    expect(many.writes.join('').split('\n').slice(0, -1).map((l) => JSON.parse(l).index)).toEqual([...Array(2000).keys()]);
    expect((await chunks(['sweep', '-', '--at', AT], '')).writes).toEqual([]);
    expect((await chunks(['sweep', '-', '--at', AT], `${record}\n`)).writes).toHaveLength(1);
  });
});

describe('CLI: takedown', () => {
  it('usage errors: a file missing, both files standard input, --preset with --policy', async () => {
    expect(await cli(['takedown', CONSENT, '--at', AT])).toMatchObject({ code: 2, stderr: `${TAKEDOWN_USAGE}\n` });
    expect(await cli(['takedown', '--at', AT])).toMatchObject({ code: 2, stderr: `${TAKEDOWN_USAGE}\n` });
    expect(await cli(['takedown', '-', '-', '--at', AT])).toMatchObject({ code: 2, stderr: `only one of the files can be standard input (-)\n${TAKEDOWN_USAGE}\n` });
    expect(await cli(['takedown', CONSENT, PUBLICATIONS, '--at', AT, '--preset', 'baseline', '--policy', 'p.json'])).toMatchObject({ code: 2, stderr: `--preset and --policy are one choice: pass one\n${TAKEDOWN_USAGE}\n` });
  });

  it('the consent from standard input with a publications file; the policy is the baseline by default', async () => {
    const r = await cli(['takedown', '-', PUBLICATIONS, '--at', AT], readFileSync(CONSENT, 'utf8'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stderr)).toMatchObject({ policy: 'baseline', childId: 'child-ava', records: 5 });
  });

  it('a refused consent is reported before the publications are read: the summary counts none', async () => {
    const r = await cli(['takedown', '-', 'no-such.jsonl', '--at', AT], JSON.stringify({ childId: 5 }));
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(JSON.parse(r.stderr)).toMatchObject({ policy: 'baseline', at: AT, childId: null, records: 0, review: 0 });
    const none = await cli(['takedown', '-', PUBLICATIONS, '--at', AT], 'null');
    expect(JSON.parse(none.stderr)).toMatchObject({ childId: null, records: 0, problem: expect.stringContaining('consent must be object') });
  });

  it('a --policy file names the policy by its id, else by the file name; a null policy is refused', async () => {
    const noId = file('no-id.json', JSON.stringify({ version: '1', basedOn: 'baseline' }));
    expect(JSON.parse((await cli(['takedown', CONSENT, PUBLICATIONS, '--at', AT, '--policy', noId])).stderr).policy).toBe(noId);
    const nil = file('null.json', 'null');
    const r = await cli(['takedown', CONSENT, PUBLICATIONS, '--at', AT, '--policy', nil]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(JSON.parse(r.stderr)).toMatchObject({ policy: nil, records: 0, problem: expect.any(String) });
  });

  it('writes in batches of about 64 KB, and nothing for no publications', async () => {
    const many = await chunks(['takedown', CONSENT, '-', '--at', AT], `${pub}\n`.repeat(1000));
    expect(many.writes.length).toBeGreaterThan(1);
    for (const w of many.writes) expect(w.length).toBeLessThan(70_000);
    expect(many.writes.length).toBeLessThan(20); // batches, not a write per line
    expect(many.writes.join('').split('\n').slice(0, -1).map((l) => JSON.parse(l).index)).toEqual([...Array(1000).keys()]);
    expect((await chunks(['takedown', CONSENT, '-', '--at', AT], '')).writes).toEqual([]);
    expect((await chunks(['takedown', CONSENT, '-', '--at', AT], `${pub}\n`)).writes).toHaveLength(1);
  });
});

describe('CLI: the process streams', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('out and err write a line to stdout and stderr; write waits for "drain" when stdout is full', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    processIo.out('a');
    processIo.err('b');
    expect(out.mock.calls[0]![0]).toBe('a\n');
    expect(err.mock.calls[0]![0]).toBe('b\n');
    // True once the promise settles, false if it has not within 300 ms.
    const settles = (p: Promise<void>) => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 300))]);
    expect(await settles(processIo.write('c'))).toBe(true);
    expect(out.mock.calls[1]![0]).toBe('c');
    out.mockImplementation(() => false);
    const waiting = processIo.write('d');
    expect(await settles(waiting)).toBe(false);
    process.stdout.emit('drain');
    expect(await settles(waiting)).toBe(true);
  });

  it('stdinLines reads standard input line by line, a CR LF as one line end', () => {
    const lines = processIo.stdinLines() as unknown as { input: unknown; crlfDelay: number; close(): void };
    expect([lines.input, lines.crlfDelay]).toEqual([process.stdin, Infinity]);
    lines.close();
  });
});
