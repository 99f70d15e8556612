import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

describe('esafety-rules route', () => {
  it('prints the ordered steps with deadlines and exits 0', async () => {
    const r = await cli(['route', 'examples/concern/manager-is-subject-christmas.json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const steps = lines.filter((l) => /^\s+\d+\. /.test(l));
    expect(steps[0]).toMatch(/1\. registered-person\s+IMMEDIATELY/);
    expect(steps[1]).toMatch(/2\. lado\s+IMMEDIATELY \(at the latest Tue, 29 Dec 2026, 23:59\)/);
    expect(steps[2]).toMatch(/3\. ofsted\s+by Thu, 7 Jan 2027/);
    expect(r.stdout).not.toMatch(/\d+\. manager/);
    expect(r.stdout).toContain('020 8359 6056');
    expect(r.stdout).toContain('x do not  Do not tell the person the concern is about');
  });
  it('reads standard input and prints JSON with --json; --bank-holidays overrides the file', async () => {
    const input = JSON.stringify({ concern: { kind: 'allegation-against-staff', reportedAt: '2026-12-24T16:00:00Z', setting: { type: 'nursery' }, subject: { role: 'staff' } } });
    const plain = JSON.parse((await cli(['route', '-', '--json'], input)).stdout);
    expect(plain.steps.find((s: { to: string }) => s.to === 'lado').by).toBe('2026-12-25T23:59:59.999Z');
    const r = await cli(['route', '-', '--json', '--bank-holidays', '2026-12-25,2026-12-28'], input);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).steps.find((s: { to: string }) => s.to === 'lado').by).toBe('2026-12-29T23:59:59.999Z');
  });
  it('exits 2 on invalid input, naming the fields, and still prints the route: the first contact, at once', async () => {
    const r = await cli(['route', 'test/cli/fixtures/concern-invalid.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('concern.setting');
    expect(r.stdout).toContain('concern.kind must be one of "allegation-against-staff"');
    const steps = r.stdout.split('\n').filter((l) => /^\s+\d+\. /.test(l));
    expect(steps[0]).toMatch(/1\. dsl\s+IMMEDIATELY/);
    expect(r.stdout).toContain('are not valid: tell the designated safeguarding lead now all the same');
    expect((await cli(['route'])).code).toBe(2);
    expect((await cli(['route', '-'], 'not json')).code).toBe(2);
  });
  it('every concern example routes with exit 0', async () => {
    for (const f of ['childminder-grooming', 'cyberbullying-at-school', 'indecent-images-on-laptop', 'manager-is-subject-two-mile-ash', 'late-ofsted-notification', 'low-level-concern-about-manager']) {
      expect((await cli(['route', `examples/concern/${f}.json`])).code).toBe(0);
    }
  });
  it('prints advice as advice, and a deadline already passed as now, with the finding that it is late', async () => {
    const advice = await cli(['route', 'examples/concern/low-level-concern-about-manager.json']);
    expect(advice.stdout).toMatch(/\d+\. advice: lado\s+IMMEDIATELY/);
    const late = await cli(['route', 'examples/concern/late-ofsted-notification.json']);
    expect(late.stdout).toMatch(/\d+\. ofsted\s+IMMEDIATELY \(at the latest /);
    expect(late.stdout).toContain('has already passed: tell them now, and record why it is late');
  });
});

describe('esafety-rules classify', () => {
  it('prints the tier, the sanctions and the route; exits 0', async () => {
    const r = await cli(['classify', 'examples/misuse/pupil-bullying-after-warning.json']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^ILLEGAL-OR-ALWAYS-UNACCEPTABLE/);
    expect(r.stdout).toContain('sanctions: log-incident, report-to-authorities, behaviour-procedure, anti-bullying-procedure');
    expect(r.stdout).toMatch(/1\. esafety-coordinator\s+IMMEDIATELY/);
  });
  it('not misuse, in JSON', async () => {
    const r = await cli(['classify', 'examples/misuse/sysadmin-accessing-files.json', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ tier: 'not-misuse', allowed: true, sanctions: [] });
  });
  it('exits 2 on invalid input', async () => {
    const r = await cli(['classify', '-'], JSON.stringify({ incident: { activity: 'napping' } }));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('incident.activity');
  });
});
