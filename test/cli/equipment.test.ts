import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { checkExamples } from './lifecycle.examples.js';

describe('CLI: check equipment', () => {
  it('runs every equipment example with the expected exit code', async () => checkExamples('equipment'));
  it('names the rule and the preset\'s own clause when a child installs an app, and obeys --preset', async () => {
    const input = JSON.stringify({
      request: { device: { id: 'ipad-3', kind: 'tablet', assignment: 'shared', wirelessOn: false }, user: { id: 'c-7', person: 'child' },
        action: 'install', purpose: 'learning', place: 'learning-space', software: { name: 'Bubble Pop', approvedBy: 'ict-coordinator' } },
    });
    const cambs = await cli(['check', 'equipment', '-', '--preset', 'cambridgeshire-early-years'], input);
    expect(cambs.code).toBe(1);
    expect(cambs.stdout).toContain('equipment.install.child');
    expect(cambs.stdout).toContain('Children should not be able to search or install anything on a setting device');
    const barnet = await cli(['check', 'equipment', '-', '--preset', 'barnet-early-years'], input);
    expect(barnet.code).toBe(0);
  });
  it('exits 2 for a malformed request, naming the field', async () => {
    const r = await cli(['check', 'equipment', '-', '--json'], JSON.stringify({ request: { device: { id: 'd', kind: 'toaster', assignment: 'shared' }, user: { id: 'u', person: 'staff' }, action: 'use', purpose: 'work', place: 'office' } }));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).reasons.map((x: { subject: string }) => x.subject)).toContain('request.device.kind');
  });
});
