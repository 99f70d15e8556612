import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

describe('esafety-rules check communication', () => {
  it.each(readdirSync('examples/communication'))('example %s exits as it expects', async (f) => {
    const expectation = JSON.parse(readFileSync(`examples/communication/${f}`, 'utf8')).expect;
    expect((await cli(['check', 'communication', `examples/communication/${f}`])).code).toBe(expectation === 'allowed' ? 0 : 1);
  });
  it('the Two Mile Ash denial cites its own clause', async () => {
    const { out } = await cli(['check', 'communication', 'examples/communication/two-mile-ash-friend-request.json', '--json']);
    expect(JSON.parse(out).reasons.map((r: { rule: string }) => r.rule)).toEqual(['communication.friend-request.parent-even-if-friends']);
  });
  it('exits 2 on a missing request', async () => {
    expect((await cli(['check', 'communication', '-'], '{}')).code).toBe(2);
  });
});
