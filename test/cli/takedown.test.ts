import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const DIR = 'examples/image/takedown';
const CONSENT = `${DIR}/consent.json`;
const PUBLICATIONS = `${DIR}/publications.jsonl`;
const AT = '2026-11-22T09:00:00Z';
const consent = JSON.parse(readFileSync(CONSENT, 'utf8')) as Record<string, unknown>;
const pub = (photoId: string, audience: string, ids: string[]) => JSON.stringify({ photoId, audience, publishedAt: '2026-10-01', children: ids.map((id) => ({ id })) });
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));
const tmp = mkdtempSync(join(tmpdir(), 'takedown-'));
const file = (name: string, value: unknown) => { const f = join(tmp, name); writeFileSync(f, JSON.stringify(value)); return f; };

describe('CLI: takedown', () => {
  it('the shipped example: one action per publication, in order, JSON Lines out, the summary on stderr', async () => {
    const r = await cli(['takedown', CONSENT, PUBLICATIONS, '--preset', 'kirklees-primary', '--at', AT]);
    const want = readFileSync(PUBLICATIONS, 'utf8').trim().split('\n').map((l) => JSON.parse(l).photoId);
    const out = lines(r.stdout);
    expect(out.map((a) => a.photoId)).toEqual(want);
    expect(out.map((a) => a.index)).toEqual(want.map((_, i) => i));
    expect(out.map((a) => a.action)).toEqual(['obscure', 'take-down', 'keep', 'keep', 'keep']);
    expect(out[0]).toMatchObject({ audience: 'setting-website', obscure: ['child-ava'], by: '2026-12-20' });
    expect(out[1]).toMatchObject({ audience: 'setting-display', by: '2026-12-20' });
    expect(out[1].reasons.map((f: { rule: string }) => f.rule)).toEqual(['image.consent.audience-not-covered']);
    expect(JSON.parse(r.stderr)).toEqual({ policy: 'kirklees-primary', at: AT, childId: 'child-ava', records: 5, keep: 3, takeDown: 1, obscure: 1, review: 0 });
    expect(r.code).toBe(0);
  });

  it('the policy decides: where obscuring does not suffice, the publication comes down', async () => {
    const r = await cli(['takedown', CONSENT, PUBLICATIONS, '--preset', 'two-mile-ash-pre-school', '--at', AT]);
    expect(lines(r.stdout).map((a) => a.action)).toEqual(['take-down', 'take-down', 'keep', 'keep', 'keep']);
  });

  it('a withdrawn consent: every publication where the child can be identified comes down, a month from the withdrawal', async () => {
    const withdrawn = file('withdrawn.json', { ...consent, audiences: ['learning-journal', 'setting-display'], withdrawnAt: '2026-11-14T16:00:00Z' });
    const r = await cli(['takedown', withdrawn, '-', '--at', AT], [pub('a', 'learning-journal', ['child-ava']), pub('b', 'learning-journal', ['child-noah'])].join('\n'));
    expect(lines(r.stdout).map((a) => [a.photoId, a.action, a.by])).toEqual([['a', 'take-down', '2026-12-14'], ['b', 'keep', undefined]]);
    expect(r.code).toBe(0);
  });

  it('a --policy file is the setting\'s own policy: its take-down period sets "by"', async () => {
    const policy = file('policy.json', { id: 'acorn-nursery', version: '2026-09', basedOn: 'kirklees-primary', image: { takeDownPeriod: 'P7D' } });
    const r = await cli(['takedown', CONSENT, PUBLICATIONS, '--policy', policy, '--at', AT]);
    expect(lines(r.stdout)[1]).toMatchObject({ action: 'take-down', by: '2026-11-27' });
    expect(JSON.parse(r.stderr).policy).toBe('acorn-nursery');
    expect(r.code).toBe(0);
  });

  it('blank lines are skipped; a line that is not JSON, or not a publication, is a review naming its line, never a keep (exit 2)', async () => {
    const input = ['', pub('a', 'learning-journal', ['child-ava']), '   ', '{oops', pub('c', 'the-moon', ['child-ava']), '', pub('d', 'setting-display', ['child-ava']), ''].join('\n');
    const r = await cli(['takedown', CONSENT, '-', '--at', AT], input);
    const out = lines(r.stdout);
    expect(out.map((a) => [a.index, a.photoId, a.action])).toEqual([[0, 'a', 'keep'], [1, null, 'review'], [2, 'c', 'review'], [3, 'd', 'take-down']]);
    expect(out[1]).toMatchObject({ line: 4, audience: null });
    expect(out[1].reasons).toHaveLength(1);
    expect(out[1].reasons[0]).toMatchObject({ rule: 'input.invalid', effect: 'block', subject: 'publications[1]' });
    expect(out[1].reasons[0].message).toMatch(/^line 4 is not valid JSON/);
    expect(out[2]).toMatchObject({ line: 5 });
    expect(out[2].reasons.map((f: { subject: string }) => f.subject)).toContain('publications[2].audience');
    expect(out[0]).not.toHaveProperty('line');
    expect(JSON.parse(r.stderr)).toMatchObject({ records: 4, keep: 1, takeDown: 1, review: 2 });
    expect(r.code).toBe(2);
  });

  it('a refused consent or policy plans nothing: the problem on stderr, exit 2', async () => {
    const bad = file('bad-consent.json', { ...consent, withdrawAt: '2026-11-14' });
    const r = await cli(['takedown', bad, PUBLICATIONS, '--at', AT]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(JSON.parse(r.stderr).problem).toMatch(/consent/);
    const preset = await cli(['takedown', CONSENT, PUBLICATIONS, '--preset', 'nowhere', '--at', AT]);
    expect([preset.code, preset.stdout]).toEqual([2, '']);
    expect(JSON.parse(preset.stderr).problem).toContain('options.policy');
    const later = await cli(['takedown', CONSENT, PUBLICATIONS, '--at', '2026-11-01T00:00:00Z']);
    expect([later.code, later.stdout]).toEqual([2, '']);
  });

  it('usage errors exit 2: no time (no hidden clock), a flag without its value, an unknown flag, a missing file, two standard inputs', async () => {
    const none = await cli(['takedown', CONSENT, PUBLICATIONS]);
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toContain('no time given');
    expect((await cli(['takedown', CONSENT, PUBLICATIONS, '--at'])).stderr).toBe('--at needs a value\n');
    expect((await cli(['takedown', CONSENT, PUBLICATIONS, '--at', AT, '--prest', 'baseline'])).stderr).toBe('unknown flag --prest\n');
    for (const args of [[CONSENT], ['no-such.json', PUBLICATIONS], [CONSENT, 'no-such.jsonl'], ['-', '-'], [CONSENT, PUBLICATIONS, 'extra']]) {
      expect((await cli(['takedown', ...args, '--at', AT])).code).toBe(2);
    }
    const both = await cli(['takedown', CONSENT, PUBLICATIONS, '--at', AT, '--preset', 'baseline', '--policy', 'p.json']);
    expect([both.code, both.stdout]).toEqual([2, '']);
    expect((await cli(['takedown', CONSENT, PUBLICATIONS, '--at', 'now'])).code).toBe(0);
  });

  it('the example command prints the shipped consent and publications', async () => {
    const list = (await cli(['example'])).stdout.trim().split('\n');
    expect(list).toEqual(expect.arrayContaining(['image/takedown/consent', 'image/takedown/publications']));
    expect(JSON.parse((await cli(['example', 'image/takedown/consent'])).stdout)).toEqual(consent);
    expect((await cli(['example', 'image/takedown/publications'])).stdout.trim()).toBe(readFileSync(PUBLICATIONS, 'utf8').trim());
    expect((await cli(['example', 'image/../image/learning-journal-allowed'])).code).toBe(2);
  });

  it('streams: many publications from standard input, one action each', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => pub(`p${i}`, i % 2 ? 'setting-display' : 'learning-journal', ['child-ava', 'child-noah'])).join('\n');
    const r = await cli(['takedown', CONSENT, '-', '--at', AT], many);
    expect(JSON.parse(r.stderr)).toMatchObject({ records: 20_000, keep: 10_000, takeDown: 10_000, review: 0 });
    expect(r.stdout.split('\n').length - 1).toBe(20_000);
  });
});
