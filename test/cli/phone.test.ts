import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { checkExamples } from './lifecycle.examples.js';

describe('esafety-rules check phone', () => {
  it('runs every phone example with the expected exit code', async () => checkExamples('phone'));
  it('prints the rule, its clause and the conditions', async () => {
    const { code, out } = await cli(['check', 'phone', 'examples/phone/two-mile-ash-parent-collection.json']);
    expect(code).toBe(1);
    expect(out).toContain('phone.parent.switched-off');
    expect(out).toContain('002_ed2002546c8e0053.txt');
    expect(out).toContain('conditions: ["switch-off","out-of-sight"]');
  });
  it('--preset changes the answer: the Barnet lunch-break call is denied under Homerton', async () => {
    expect((await cli(['check', 'phone', 'examples/phone/barnet-staff-lunch-break.json', '--preset', 'homerton-early-years'])).code).toBe(1);
  });
  it('reads stdin and exits 2 on an unknown device, naming the field', async () => {
    const { code, out } = await cli(['check', 'phone', '-', '--json'], JSON.stringify({ request: { who: 'staff', device: 'pager', purpose: 'call', place: 'office' } }));
    expect(code).toBe(2);
    expect(JSON.parse(out).reasons[0].subject).toBe('request.device');
  });
});
