import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built bin (dist/cli.cjs) as a shell runs it: the everyday tier runs the same commands in-process.
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const bin = (args: string[], input?: string) => {
  if (!existsSync(CLI)) throw new Error('run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the built bin', () => {
  it('checks, routes, classifies and sweeps with the documented exit codes', () => {
    expect(bin(['check', 'image', 'examples/image/learning-journal-allowed.json']).code).toBe(0);
    expect(bin(['check', 'image', 'examples/image/personal-phone-photo.json']).code).toBe(1);
    expect(bin(['route', 'examples/concern/childminder-grooming.json']).code).toBe(0);
    expect(bin(['classify', 'examples/misuse/sysadmin-accessing-files.json']).code).toBe(0);
    const sweep = bin(['sweep', '-', '--at', '2026-11-22T02:00:00Z'], '{oops\n');
    expect([sweep.code, JSON.parse(sweep.stdout).action]).toEqual([2, 'review']);
    expect(bin(['frobnicate']).code).toBe(2);
  });
  it('takedown: JSON Lines out, a bad line a review naming it (exit 2), no time a usage error (exit 2)', () => {
    const consent = 'examples/image/takedown/consent.json';
    const ok = bin(['takedown', consent, 'examples/image/takedown/publications.jsonl', '--preset', 'kirklees-primary', '--at', '2026-11-22T09:00:00Z']);
    expect([ok.code, ok.stdout.trim().split('\n').map((l) => JSON.parse(l).action)]).toEqual([0, ['obscure', 'take-down', 'keep', 'keep', 'keep']]);
    const bad = bin(['takedown', consent, '-', '--at', '2026-11-22T09:00:00Z'], '\n{oops\n');
    expect([bad.code, JSON.parse(bad.stdout)]).toMatchObject([2, { action: 'review', line: 2 }]);
    expect(bin(['takedown', consent, 'examples/image/takedown/publications.jsonl']).code).toBe(2);
  });
  it('reads standard input with -', () => {
    const r = bin(['check', 'communication', '-'], '{}');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('request');
  });
});

describe('the built bin in a pipeline', () => {
  it('ends quietly when its reader stops early (rules | head)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(CLI)} rules | head -1`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.status).toBe(0);
  });
});
