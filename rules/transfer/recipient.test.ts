import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { canTransferData } from './canTransferData.js';
import type { Transfer } from './schema.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { AT, check, transfer } from './helpers.js';

const noPersonalData = { containsChildNames: false, containsChildImages: false, containsSensitiveData: false };
const decide = (q: Partial<Transfer>, policy?: PolicyOption) => canTransferData(transfer(q), { policy, at: AT });

// "by authorised personnel only" and "restricted to authorised users only" forbid (block); labelling is a reminder (warn).
const scenarios: RuleScenario<Partial<Transfer>, PolicyOption>[] = [
  { rule: 'transfer.remote.unauthorised', policy: 'baseline', effect: 'block',
    fires: { method: 'remote-access', recipient: 'staff', recipientAuthorised: false },
    nearMisses: [{ method: 'remote-access', recipient: 'staff', recipientAuthorised: true }, { recipient: 'staff', recipientAuthorised: false }] },
  { rule: 'transfer.recipient.unauthorised', policy: 'baseline', effect: 'block', fires: { recipientAuthorised: false },
    nearMisses: [{ method: 'remote-access', recipientAuthorised: false }, { ...noPersonalData, recipientAuthorised: false }, { recipientAuthorised: true }] },
  { rule: 'transfer.shared.unlabelled', policy: 'baseline', effect: 'warn', fires: { recipient: 'authorised-third-party' },
    nearMisses: [{ recipient: 'staff' }, { recipient: 'authorised-third-party', ...noPersonalData },
      { recipient: 'authorised-third-party', labelled: true }] },
];

describe('transfer recipient rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
  it('remote access is checked even with no personal data in it', () => {
    expect(check({ ...noPersonalData, method: 'remote-access', recipientAuthorised: undefined }).rules).toEqual(['transfer.remote.unauthorised']);
  });
});

describe('transfer: recipients (004 Access; Protecting school data and information)', () => {
  it('transfer.remote.unauthorised: remote access by authorised personnel only', () => {
    const thirdParty = { method: 'remote-access' as const, recipient: 'authorised-third-party' as const, recipientAuthorised: false, labelled: true };
    expect(check(thirdParty).rules).toEqual(['transfer.remote.unauthorised']);
    expect(check({ method: 'remote-access', recipient: 'staff' }).rules).toEqual([]);
  });
  it('transfer.recipient.unauthorised: personal data only to authorised users', () => {
    expect(check({ recipientAuthorised: undefined }).rules).toEqual(['transfer.recipient.unauthorised']);
    expect(check({ recipient: 'other', recipientAuthorised: false }).rules).toEqual(['transfer.recipient.unauthorised']);
    expect(check({ method: 'remote-access', recipientAuthorised: undefined }).rules).not.toContain('transfer.recipient.unauthorised');
  });
  it('transfer.shared.unlabelled: data shared with governors is labelled (warn)', () => {
    const d = check({ recipient: 'authorised-third-party' });
    expect(d.rules).toEqual(['transfer.shared.unlabelled']);
    expect(d.allowed).toBe(true);
    expect(check({ recipient: 'authorised-third-party', labelled: true }).rules).toEqual([]);
  });
});
