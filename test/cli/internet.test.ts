import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { checkExamples } from './lifecycle.examples.js';

describe('esafety-rules check internet', () => {
  it('runs every internet example with the expected exit code', async () => checkExamples('internet', 2));
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
