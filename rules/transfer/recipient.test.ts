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
  // Only Kirklees labels shared data.
  { rule: 'transfer.shared.unlabelled', policy: 'baseline', effect: 'warn', fires: { recipient: 'authorised-third-party' },
    nearMisses: [{ recipient: 'staff' }, { recipient: 'authorised-third-party', ...noPersonalData },
      { recipient: 'authorised-third-party', labelled: true }],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'transfer.shared.unlabelled', policy: 'kirklees-primary', effect: 'warn', fires: { recipient: 'authorised-third-party' },
    nearMisses: [{ recipient: 'authorised-third-party', labelled: true }] },
  // Kirklees keeps all remote access to authorised personnel; the others only keep personal data to authorised people.
  { rule: 'transfer.remote.unauthorised', policy: 'kirklees-primary', effect: 'block',
    fires: { ...noPersonalData, method: 'remote-access', recipient: 'other', recipientAuthorised: false },
    nearMisses: [{ ...noPersonalData, method: 'remote-access', recipient: 'other', recipientAuthorised: true }],
    elsewhere: ['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  ...(['barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] as const).flatMap((policy) => [
    { rule: 'transfer.remote.unauthorised', policy, effect: 'block' as const, fires: { method: 'remote-access' as const, recipientAuthorised: false },
      nearMisses: [{ method: 'remote-access' as const, recipientAuthorised: true }, { ...noPersonalData, method: 'remote-access' as const, recipientAuthorised: false }] },
    { rule: 'transfer.recipient.unauthorised', policy, effect: 'block' as const, fires: { recipientAuthorised: false },
      nearMisses: [{ recipientAuthorised: true }, { ...noPersonalData, recipientAuthorised: false }] },
  ]),
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

describe('transfer recipients: each preset\'s finding cites its own policy', () => {
  it.each([
    ['barnet-early-years', '000_adea60a66085a501.txt'],
    ['homerton-early-years', '001_37d62a2ef733a813.txt'],
    ['two-mile-ash-pre-school', '002_ed2002546c8e0053.txt'],
    ['cambridgeshire-early-years', '003_20a7bc9faa9d6812.txt'],
    ['kirklees-primary', '004_fa76751dc5d22203.txt'],
  ] as const)('under %s the recipient and remote-access findings cite %s', (policy, source) => {
    // Every finding cites the preset's own policy (under Homerton and Two Mile Ash remote access is not a route either).
    const cited = (q: Partial<Transfer>, rule: string) => {
      const r = check(q, policy);
      expect(r.rules).toContain(rule);
      return new Set(r.reasons.map((f) => f.clause.source));
    };
    expect(cited({ recipientAuthorised: false }, 'transfer.recipient.unauthorised')).toEqual(new Set([source]));
    expect(cited({ method: 'remote-access', recipientAuthorised: false }, 'transfer.remote.unauthorised')).toEqual(new Set([source]));
  });
});
