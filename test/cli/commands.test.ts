import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { help, run } from '../../src/cli/run.js';
import { presetIds, presetInfo } from '../../src/core/policy/presets.js';
import { cli } from '../support/cli.js';

// The top-level commands, their flags, help and refusals: exact output and exit codes.
const photo = readFileSync('examples/image/learning-journal-allowed.json', 'utf8');
const IMAGE = 'examples/image/learning-journal-allowed.json';
const AREAS = 'image|retention|device|transfer|concern|misuse|phone|communication|internet|equipment|meeting';

describe('CLI: help', () => {
  it('the help lists every check with its question, every other command with its usage, and the exit codes', () => {
    const lines = help().split('\n');
    expect(lines.slice(0, 4)).toEqual(['esafety-rules: UK early-years e-safety policies as code', '', 'usage:',
      `  esafety-rules check <${AREAS}> <file.json|-> [--json] [--preset ID] [--at ISO]`]);
    expect(lines[4]).toBe('      image          May this photo of these children go to this audience?');
    expect(lines.filter((l) => l.startsWith('      '))).toHaveLength(11);
    expect(lines.filter((l) => l.startsWith('  esafety-rules ')).map((l) => l.split(' ')[3])).toEqual(['check', 'route', 'classify', 'sweep', 'takedown', 'serve', 'rules', 'presets', 'example']);
    expect(lines.find((l) => l.startsWith('  esafety-rules serve '))).toBe('  esafety-rules serve [--port 8080] [--host 127.0.0.1] [--body-limit BYTES]  the HTTP sidecar: POST /v1/<function>, GET /openapi.json (until SIGTERM)');
    expect(lines.slice(-2)).toEqual(['', 'exit codes: 0 allowed, 1 denied, 2 invalid input or usage']);
  });

  it('no command prints the help and exits 2; --help and -h print it and exit 0; an unknown command says so', async () => {
    expect(await cli([])).toEqual({ code: 2, stdout: `${help()}\n`, stderr: '', out: `${help()}\n` });
    for (const args of [['--help'], ['-h'], ['rules', '-h'], ['check', '--help']]) expect(await cli(args)).toMatchObject({ code: 0, stdout: `${help()}\n` });
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, stdout: '', stderr: `unknown command "frobnicate"\n\n${help()}\n` });
  });

  it('an error that is not a usage error is exit 2 with "error:" and the stack, or the value thrown', async () => {
    const err: string[] = [];
    const io = (thrown: unknown) => ({ out: () => { throw thrown; }, err: (s: string) => { err.push(s); }, stdin: () => '', stdinLines: async function* none() { /* none */ }, write: async () => {} });
    expect(await run(['presets'], io(new Error('boom')))).toBe(2);
    expect(err[0]).toMatch(/^error: Error: boom\n\s+at /);
    expect(await run(['presets'], io(undefined))).toBe(2);
    expect(err[1]).toBe('error: undefined');
  });
});

describe('CLI: rules, presets, example', () => {
  it('rules prints one line per rule: name, effect and clause in columns', async () => {
    const r = await cli(['rules']);
    const first = r.stdout.split('\n')[0]!;
    expect(first.startsWith(`${'image.consent.missing'.padEnd(48)} block 000_adea60a66085a501.txt — Helpful Hints`)).toBe(true);
    expect(r.stdout.split('\n').length - 1).toBe(JSON.parse((await cli(['rules', '--json'])).stdout).length);
  });

  it('presets prints one line per preset, "(no single source)" for the baseline; --json the list', async () => {
    const r = await cli(['presets']);
    expect(r.stdout.split('\n')[0]).toBe(`${'baseline'.padEnd(28)} (no single source)  ${presetInfo.baseline.title}`);
    expect(r.stdout.split('\n')[1]).toMatch(/^barnet-early-years {11}000_adea60a66085a501\.txt {2}Barnet/);
    expect(JSON.parse((await cli(['presets', '--json'])).stdout)).toEqual(presetIds.map((id) => presetInfo[id]));
  });

  it('example lists the examples sorted, without their extensions, and refuses odd names', async () => {
    const list = (await cli(['example'])).stdout.trim().split('\n');
    expect(list).toEqual([...list].sort());
    expect(list.filter((l) => /\.json/.test(l))).toEqual([]);
    expect(list).toContain('retention/nightly-sweep');
    expect(list.indexOf('image/takedown/consent')).toBeGreaterThan(list.indexOf('image/social-media-closed-group'));
    expect((await cli(['example', 'retention/nightly-sweep'])).stdout).toBe(`${readFileSync('examples/retention/nightly-sweep.jsonl', 'utf8').trimEnd()}\n`);
    for (const name of ['image', 'a/b/c/d', 'image/', '/image', './learning-journal-allowed', 'image/.', 'image/..', '../README', 'image/./learning-journal-allowed', '../package']) {
      expect(await cli(['example', name])).toMatchObject({ code: 2, stdout: '', stderr: `no example "${name}": esafety-rules example lists them\n` });
    }
  });
});

describe('CLI: check', () => {
  it('refuses a missing area or file, and input that is not a JSON object, with the input shape', async () => {
    const usage = `usage: esafety-rules check <${AREAS}> <file.json|-> [--json] [--preset ID] [--at ISO]\n`;
    expect(await cli(['check', 'image'])).toMatchObject({ code: 2, stderr: usage });
    expect(await cli(['check'])).toMatchObject({ code: 2, stderr: usage });
    for (const input of ['[1]', 'null', '3']) {
      expect(await cli(['check', 'image', '-'], input)).toMatchObject({ code: 2, stdout: '', stderr: '-: expected a JSON object: { "photo": …, "consents": …, "at"?: ISO, "policy"?: preset id or policy }\n' });
    }
    expect((await cli(['check', 'image', '-'], '{oops')).stderr).toMatch(/^- is not valid JSON: /);
  });

  it('reads --flag=value; a switch given a value, a bare --, and a value ending in -- behave as documented', async () => {
    const at = await cli(['check', 'image', IMAGE, '--at=2026-11-22T10:00:00Z']);
    expect(at.stdout.split('\n')[0]).toBe('ALLOWED  image  (policy homerton-early-years undated, after 2013-04, at 2026-11-22T10:00:00Z)');
    expect(await cli(['rules', '--json=yes'])).toMatchObject({ code: 2, stderr: '--json takes no value\n' });
    expect((await cli(['presets', '--'])).code).toBe(0);
    const odd = await cli(['check', 'image', IMAGE, '--preset', 'nowhere--', '--json']);
    expect([odd.code, odd.stderr]).toEqual([2, '']);
    expect(JSON.parse(odd.stdout).reasons[0].rule).toBe('input.invalid');
  });

  it('an "at" in the file that is not a string is no time; a check that needs none says "no time given"', async () => {
    expect(await cli(['check', 'image', '-'], JSON.stringify({ ...JSON.parse(photo), at: 5 }))).toMatchObject({ code: 2, stdout: '' });
    const phone = await cli(['check', 'phone', 'examples/phone/two-mile-ash-social-worker.json', '--json']);
    expect(JSON.parse(phone.stdout).allowed).toBe(true);
    expect((await cli(['check', 'phone', 'examples/phone/two-mile-ash-social-worker.json'])).stdout.split('\n')[0]).toMatch(/, at no time given\)$/);
  });

  it('--bank-holidays is trimmed and skips empty entries; the file\'s bankHolidays are used without the flag', async () => {
    const concern = { kind: 'allegation-against-staff', reportedAt: '2026-12-24T16:00:00Z', setting: { type: 'nursery' }, subject: { role: 'staff' } };
    const lado = async (args: string[], input: object) => JSON.parse((await cli(['route', '-', '--json', ...args], JSON.stringify(input))).stdout).steps.find((s: { to: string }) => s.to === 'lado').by;
    expect(await lado(['--bank-holidays', ' 2026-12-25 , 2026-12-28,,'], { concern })).toBe('2026-12-29T23:59:59.999Z');
    expect((await cli(['route', '-', '--bank-holidays', '2026-12-25,,'], JSON.stringify({ concern }))).code).toBe(0);
    expect(await lado([], { concern, bankHolidays: ['2026-12-25', '2026-12-28'] })).toBe('2026-12-29T23:59:59.999Z');
    expect(await lado([], { concern })).toBe('2026-12-25T23:59:59.999Z');
  });
});
