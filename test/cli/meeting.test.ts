import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { checkExamples } from './lifecycle.examples.js';

describe('CLI: check meeting', () => {
  it('runs every meeting example with the expected exit code', async () => checkExamples('meeting'));
  it('names the rule and its clause when the parents did not know of a meeting, and obeys --preset', async () => {
    const input = JSON.stringify({
      meeting: { kind: 'online-meeting', withChildren: true, location: 'outside-setting', staffAlone: true, knownBeforehandBy: ['line-manager', 'manager'],
        supervisedBy: 't-3', childOperates: false, equipment: 'setting', recorded: false, closedAfterUse: true },
    });
    const kirklees = await cli(['check', 'meeting', '-', '--preset', 'kirklees-primary'], input);
    expect(kirklees.code).toBe(1);
    expect(kirklees.stdout).toContain('meeting.prior-knowledge.parents');
    expect(kirklees.stdout).toContain('respective parents and carers');
    const barnet = await cli(['check', 'meeting', '-', '--preset', 'barnet-early-years'], input);
    expect(barnet.code).toBe(0);
  });
  it('exits 2 for a malformed meeting, naming the field', async () => {
    const r = await cli(['check', 'meeting', '-', '--json'], JSON.stringify({ meeting: { kind: 'seance', withChildren: true, location: 'in-setting', equipment: 'setting' } }));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).reasons.map((x: { subject: string }) => x.subject)).toContain('meeting.kind');
  });
});
