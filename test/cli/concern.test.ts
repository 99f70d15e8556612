import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

// Runs the BUILT CLI (dist/cli.cjs): build first with `npx tsup`.
const cli = (args: string[], input?: string) => spawnSync('node', ['dist/cli.cjs', ...args], { encoding: 'utf8', input });

beforeAll(() => {
  if (!existsSync('dist/cli.cjs')) execFileSync('npx', ['tsup'], { stdio: 'ignore' });
});

describe('esafety-rules route', () => {
  it('prints the ordered steps with deadlines and exits 0', () => {
    const r = cli(['route', 'examples/concern/manager-is-subject-christmas.json']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const steps = lines.filter((l) => /^\s+\d+\. /.test(l));
    expect(steps[0]).toMatch(/1\. registered-person\s+IMMEDIATELY/);
    expect(steps[1]).toMatch(/2\. lado\s+IMMEDIATELY \(at the latest Tue, 29 Dec 2026, 23:59\)/);
    expect(steps[2]).toMatch(/3\. ofsted\s+by Thu, 7 Jan 2027/);
    expect(r.stdout).not.toMatch(/\d+\. manager/);
    expect(r.stdout).toContain('020 8359 6056');
    expect(r.stdout).toContain('x do not  Do not tell the person the concern is about');
  });
  it('reads standard input and prints JSON with --json; --bank-holidays overrides the file', () => {
    const input = JSON.stringify({ concern: { kind: 'allegation-against-staff', reportedAt: '2026-12-24T16:00:00Z', setting: { type: 'nursery' }, subject: { role: 'staff' } } });
    const plain = JSON.parse(cli(['route', '-', '--json'], input).stdout);
    expect(plain.steps.find((s: { to: string }) => s.to === 'lado').by).toBe('2026-12-25T23:59:59.999Z');
    const r = cli(['route', '-', '--json', '--bank-holidays', '2026-12-25,2026-12-28'], input);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).steps.find((s: { to: string }) => s.to === 'lado').by).toBe('2026-12-29T23:59:59.999Z');
  });
  it('exits 2 on invalid input, naming the fields', () => {
    const r = cli(['route', 'test/cli/fixtures/concern-invalid.json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('concern.setting');
    expect(r.stdout).toContain('concern.kind');
    expect(cli(['route']).status).toBe(2);
    expect(cli(['route', '-'], 'not json').status).toBe(2);
  });
  it('every concern example routes with exit 0', () => {
    for (const f of ['childminder-grooming', 'cyberbullying-at-school', 'indecent-images-on-laptop']) {
      expect(cli(['route', `examples/concern/${f}.json`]).status).toBe(0);
    }
  });
});

describe('esafety-rules classify', () => {
  it('prints the tier, the sanctions and the route; exits 0', () => {
    const r = cli(['classify', 'examples/misuse/pupil-bullying-after-warning.json']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^ILLEGAL-OR-ALWAYS-UNACCEPTABLE/);
    expect(r.stdout).toContain('sanctions: log-incident, report-to-authorities, behaviour-procedure, anti-bullying-procedure');
    expect(r.stdout).toMatch(/1\. esafety-coordinator\s+IMMEDIATELY/);
  });
  it('not misuse, in JSON', () => {
    const r = cli(['classify', 'examples/misuse/sysadmin-accessing-files.json', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ tier: 'not-misuse', allowed: true, sanctions: [] });
  });
  it('exits 2 on invalid input', () => {
    const r = cli(['classify', '-'], JSON.stringify({ incident: { activity: 'napping' } }));
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('incident.activity');
  });
});
