import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { canTransferData } from './canTransferData.js';
import type { Transfer } from './schema.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { AT, check, transfer } from './helpers.js';

const mail = { method: 'email' as const, emailAccount: 'setting' as const };
const noPersonalData = { containsChildNames: false, containsChildImages: false, containsSensitiveData: false };
const decide = (q: Partial<Transfer>, policy?: PolicyOption) => canTransferData(transfer(q), { policy, at: AT });

// "not sent via email unless encrypted" forbids (block); "encrypted email where possible" asks (warn); the professional
// account is for "all work related business" (block).
const scenarios: RuleScenario<Partial<Transfer>, PolicyOption>[] = [
  { rule: 'transfer.email.unencrypted', policy: 'kirklees-primary', effect: 'block', fires: { ...mail, encrypted: false },
    nearMisses: [{ ...mail, method: 'setting-platform', encrypted: false }, { ...mail, ...noPersonalData, encrypted: false }, { ...mail, encrypted: true }],
    elsewhere: ['two-mile-ash-pre-school', 'barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years'] },
  { rule: 'transfer.email.unencrypted-where-possible', policy: 'two-mile-ash-pre-school', effect: 'warn', fires: { ...mail, encrypted: false },
    nearMisses: [{ ...mail, method: 'setting-platform', encrypted: false }, { ...mail, ...noPersonalData, encrypted: false }, { ...mail, encrypted: true }],
    elsewhere: ['kirklees-primary', 'barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years'] },
  { rule: 'transfer.email.non-setting-account', policy: 'homerton-early-years', effect: 'block', fires: { ...mail, emailAccount: 'personal' },
    nearMisses: [{ ...mail }, { ...mail, method: 'setting-platform', emailAccount: 'personal' }] },
  // Every policy keeps work email to the setting's account or equipment (000 l.87, 002 l.48, 003 l.34, 004 l.184).
  ...(['barnet-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'] as const).map((policy) => ({
    rule: 'transfer.email.non-setting-account', policy, effect: 'block' as const, fires: { ...mail, emailAccount: 'personal' as const },
    nearMisses: [{ ...mail }] })),
];

describe('transfer email rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
  it('unanswered encryption or content counts as the unsafe answer', () => {
    expect(check({ ...mail, encrypted: undefined }, 'kirklees-primary').rules).toEqual(['transfer.email.unencrypted']);
    const namesUnknown = { ...mail, ...noPersonalData, containsChildNames: undefined, encrypted: false };
    expect(check(namesUnknown, 'kirklees-primary').rules).toEqual(['transfer.email.unencrypted']);
  });
});

describe('transfer: email (001 EMAIL; 002 Email; 003 3. Email; 004 l.184, l.251)', () => {
  it('encrypted email from the setting account is allowed', () => {
    expect(check(mail).rules).toEqual([]);
  });
  it('transfer.email.unencrypted: Kirklees never sends sensitive data unencrypted', () => {
    const d = check({ ...mail, encrypted: false }, 'kirklees-primary');
    expect(d.rules).toEqual(['transfer.email.unencrypted']);
    expect(d.allowed).toBe(false);
    expect(check({ ...mail, encrypted: false, containsChildImages: false, containsChildNames: false }, 'kirklees-primary').rules).toEqual([]);
  });
  it('transfer.email.unencrypted-where-possible: Two Mile Ash encrypts where possible (warn)', () => {
    const d = check({ ...mail, encrypted: false }, 'two-mile-ash-pre-school');
    expect(d.rules).toEqual(['transfer.email.unencrypted-where-possible']);
    expect(d.allowed).toBe(true);
    expect(check({ ...mail }, 'two-mile-ash-pre-school').rules).toEqual([]);
  });
  it('transfer.email.non-setting-account: work email only from the setting account', () => {
    expect(check({ ...mail, emailAccount: 'personal' }, 'homerton-early-years').rules).toEqual(['transfer.email.non-setting-account']);
    expect(check({ ...mail, emailAccount: undefined }).rules).toEqual(['transfer.email.non-setting-account']);
  });
});

describe('transfer email: each preset answers as its own policy', () => {
  it('Barnet, Homerton and Cambridgeshire name no email encryption: an unencrypted email from the setting account is allowed', () => {
    for (const p of ['barnet-early-years', 'homerton-early-years', 'cambridgeshire-early-years'] as const) {
      const d = check({ ...mail, encrypted: false }, p);
      expect(d.rules, p).toEqual([]);
      expect(d.allowed, p).toBe(true);
    }
  });
  it.each([
    ['barnet-early-years', '000_adea60a66085a501.txt'],
    ['homerton-early-years', '001_37d62a2ef733a813.txt'],
    ['two-mile-ash-pre-school', '002_ed2002546c8e0053.txt'],
    ['cambridgeshire-early-years', '003_20a7bc9faa9d6812.txt'],
    ['kirklees-primary', '004_fa76751dc5d22203.txt'],
  ] as const)('transfer.email.non-setting-account under %s cites %s', (policy, source) => {
    expect(check({ ...mail, emailAccount: 'personal' }, policy).reasons.find((f) => f.rule === 'transfer.email.non-setting-account')?.clause.source).toBe(source);
  });
});
