import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/cli.js';

const examples = readdirSync(join(ROOT, 'examples', 'image')).filter((f) => f.endsWith('.json'));

describe('esafety-rules check image', () => {
  for (const file of examples) {
    it(`examples/image/${file}: exit code matches its "expect"`, async () => {
      const { expect: want } = JSON.parse(readFileSync(join(ROOT, 'examples', 'image', file), 'utf8'));
      const r = await cli(['check', 'image', `examples/image/${file}`]);
      expect(r.code).toBe(want === 'allowed' ? 0 : 1);
      expect(r.stdout.startsWith(want === 'allowed' ? 'ALLOWED' : 'DENIED')).toBe(true);
    });
  }

  it('prints each reason with its clause and remedy for people', async () => {
    const r = await cli(['check', 'image', 'examples/image/group-photo-one-consent-withdrawn.json']);
    expect(r.stdout).toContain('image.consent.withdrawn  [child-noah]');
    expect(r.stdout).toContain('clause: 002_ed2002546c8e0053.txt');
    expect(r.stdout).toContain('remedy: ');
  });

  it('--json prints the decision for machines', async () => {
    const r = await cli(['check', 'image', 'examples/image/personal-phone-photo.json', '--json']);
    const d = JSON.parse(r.stdout);
    expect(d.allowed).toBe(false);
    expect(d.policy).toEqual({ id: 'homerton-early-years', version: 'undated, after 2013-04', fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(d.reasons.map((x: { rule: string }) => x.rule)).toContain('image.device.personal-phone');
  });

  it('--preset and --at override the file; reads standard input with -', async () => {
    const input = readFileSync(join(ROOT, 'examples', 'image', 'social-media-closed-group.json'), 'utf8');
    expect((await cli(['check', 'image', '-'], input)).code).toBe(0);
    const other = await cli(['check', 'image', '-', '--preset', 'two-mile-ash-pre-school', '--json'], input);
    expect(other.code).toBe(1);
    expect(JSON.parse(other.stdout).policy.id).toBe('two-mile-ash-pre-school');
    const early = await cli(['check', 'image', '-', '--at', '2026-11-01T09:00:00Z'], input);
    expect(early.code).toBe(2);
    expect(early.stdout).toContain('at 2026-11-01T09:00:00Z');
    expect(early.stdout).toContain('photo.takenAt is after options.at');
  });

  it('exit 2 for invalid input, naming the field', async () => {
    const r = await cli(['check', 'image', '-'], JSON.stringify({ photo: { id: 'x' }, consents: [], at: '2026-11-22T10:00:00Z' }));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('photo.takenAt');
  });

  it('exit 2 for usage errors and unreadable files', async () => {
    expect((await cli(['check', 'image'])).code).toBe(2);
    expect((await cli(['check', 'nothing', 'x.json'])).code).toBe(2);
    expect((await cli(['check', 'image', 'no-such-file.json'])).stderr).toContain('cannot read');
    expect((await cli(['check', 'image', '-'], '{not json')).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('rules and presets list what ships', async () => {
    const rules = JSON.parse((await cli(['rules', '--json'])).stdout);
    expect(rules.find((r: { name: string }) => r.name === 'image.consent.missing').clause.source).toBe('000_adea60a66085a501.txt');
    expect((await cli(['presets'])).stdout).toContain('two-mile-ash-pre-school');
    expect((await cli(['--help'])).stdout).toContain('exit codes');
  });
});
