import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { checkExamples } from './lifecycle.examples.js';

describe('esafety-rules check communication', () => {
  it('runs every communication example with the expected exit code', async () => checkExamples('communication', 3));
  it('the Two Mile Ash denial cites its own clause', async () => {
    const { out } = await cli(['check', 'communication', 'examples/communication/two-mile-ash-friend-request.json', '--json']);
    expect(JSON.parse(out).reasons.map((r: { rule: string }) => r.rule)).toEqual(['communication.friend-request.parent-even-if-friends']);
  });
  it('exits 2 on a missing request', async () => {
    expect((await cli(['check', 'communication', '-'], '{}')).code).toBe(2);
  });
});
