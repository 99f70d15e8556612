import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { checkExamples } from './lifecycle.examples.js';

describe('CLI: check transfer', () => {
  it('runs every transfer example with the expected exit code', async () => checkExamples('transfer'));
  it('needs a time for the audit period: --at overrides the file', async () => {
    const input = { transfer: { method: 'central-hosting', leavesSetting: true, containsChildNames: true, containsSensitiveData: true, recipient: 'staff', recipientAuthorised: true,
      system: { name: 'hosting', auditLogKeptFor: 'P30D', accountAdmins: ['head-of-setting'] } }, policy: 'homerton-early-years' };
    const jan = await cli(['check', 'transfer', '-', '--at', '2026-01-15T10:00:00Z', '--json'], JSON.stringify(input));
    expect(jan.code).toBe(1);
    expect(JSON.parse(jan.stdout).reasons.map((x: { rule: string }) => x.rule)).toEqual(['transfer.audit-log.too-short']);
    expect((await cli(['check', 'transfer', '-', '--at', '2026-04-15T10:00:00Z'], JSON.stringify(input))).code).toBe(0);
  });
  it('exits 2 for an unknown method', async () => {
    const r = await cli(['check', 'transfer', '-', '--json', '--at', '2026-11-22T10:00:00Z'], JSON.stringify({ transfer: { method: 'pigeon', leavesSetting: true, recipient: 'parent' } }));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).reasons[0].subject).toBe('transfer.method');
  });
});
