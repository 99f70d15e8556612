import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

describe('esafety-rules check internet', () => {
  it.each(readdirSync('examples/internet'))('example %s exits as it expects', async (f) => {
    const expectation = JSON.parse(readFileSync(`examples/internet/${f}`, 'utf8')).expect;
    expect((await cli(['check', 'internet', `examples/internet/${f}`])).code).toBe(expectation === 'allowed' ? 0 : 1);
  });
  it('the same search is denied under Cambridgeshire (children do not search)', async () => {
    const { code, out } = await cli(['check', 'internet', 'examples/internet/homerton-search-adult-beside.json', '--preset', 'cambridgeshire-early-years']);
    expect(code).toBe(1);
    expect(out).toContain('internet.search.not-allowed');
  });
  it('exits 2 on an invalid supervision value', async () => {
    const { code, out } = await cli(['check', 'internet', '-'], JSON.stringify({ session: { deviceOwner: 'setting', supervision: 'sometimes', activity: 'search' } }));
    expect(code).toBe(2);
    expect(out).toContain('session.supervision');
  });
});
