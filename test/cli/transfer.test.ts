import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from './lifecycle.helpers.js';
import { checkExamples } from './lifecycle.examples.js';

describe('CLI: check transfer', () => {
  beforeAll(ensureBuilt, 180_000);
  it('runs every transfer example with the expected exit code', () => checkExamples('transfer'));
  it('needs a time for the audit period: --at overrides the file', () => {
    const input = { transfer: { method: 'central-hosting', leavesSetting: true, containsChildNames: true, containsSensitiveData: true, recipient: 'staff', recipientAuthorised: true,
      system: { name: 'hosting', auditLogKeptFor: 'P30D', accountAdmins: ['head-of-setting'] } }, policy: 'homerton-early-years' };
    const jan = cli(['check', 'transfer', '-', '--at', '2026-01-15T10:00:00Z', '--json'], JSON.stringify(input));
    expect(jan.code).toBe(1);
    expect(JSON.parse(jan.stdout).reasons.map((x: { rule: string }) => x.rule)).toEqual(['transfer.audit-log.too-short']);
    expect(cli(['check', 'transfer', '-', '--at', '2026-04-15T10:00:00Z'], JSON.stringify(input)).code).toBe(0);
  });
  it('exits 2 for an unknown method', () => {
    const r = cli(['check', 'transfer', '-', '--json'], JSON.stringify({ transfer: { method: 'pigeon', leavesSetting: true, recipient: 'parent' } }));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).reasons[0].subject).toBe('transfer.method');
  });
});
