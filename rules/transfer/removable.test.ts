import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { canTransferData } from './canTransferData.js';
import type { Transfer } from './schema.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { AT, check, transfer } from './helpers.js';

const stick = { method: 'removable-media' as const, mediaOwner: 'setting' as const, recipient: 'staff' as const };
const noPersonalData = { containsChildNames: false, containsChildImages: false, containsSensitiveData: false };
const decide = (q: Partial<Transfer>, policy?: PolicyOption) => canTransferData(transfer(q), { policy, at: AT });

// "No electronic documents ... will be transported", encrypted sticks "for carrying sensitive data" and items that
// "require controls" each forbid the unsafe way, so each blocks.
const scenarios: RuleScenario<Partial<Transfer>, PolicyOption>[] = [
  // Sensitive data without children's names or images is not what Homerton's clause names.
  { rule: 'transfer.removable.forbidden', policy: 'homerton-early-years', effect: 'block', fires: stick,
    nearMisses: [{ ...stick, method: 'setting-platform' }, { ...stick, leavesSetting: false },
      { ...stick, containsChildNames: false, containsChildImages: false, containsSensitiveData: true }],
    elsewhere: ['kirklees-primary'] },
  { rule: 'transfer.removable.unencrypted', policy: 'kirklees-primary', effect: 'block', fires: { ...stick, encrypted: false },
    nearMisses: [{ ...stick, method: 'setting-platform', encrypted: false }, { ...stick, ...noPersonalData, encrypted: false }, { ...stick, encrypted: true }] },
  { rule: 'transfer.removable.personal-media', policy: 'barnet-early-years', effect: 'block', fires: { ...stick, mediaOwner: 'personal' },
    nearMisses: [{ ...stick, method: 'setting-platform', mediaOwner: 'personal' }, { ...stick, ...noPersonalData, mediaOwner: 'personal' }, { ...stick }] },
  // A preset that forbids children's data on fobs keeps the baseline's controls for other sensitive data.
  ...(['homerton-early-years', 'cambridgeshire-early-years'] as const).flatMap((policy) => {
    const sensitive = { ...stick, ...noPersonalData, containsSensitiveData: true };
    return [
      { rule: 'transfer.removable.unencrypted', policy, effect: 'block' as const, fires: { ...sensitive, encrypted: false }, nearMisses: [{ ...sensitive, encrypted: true }] },
      { rule: 'transfer.removable.personal-media', policy, effect: 'block' as const, fires: { ...sensitive, mediaOwner: 'personal' as const }, nearMisses: [sensitive] },
    ];
  }),
  // The law asks that personal data on portable devices be encrypted, and every policy keeps it to the setting's media.
  ...(['barnet-early-years', 'two-mile-ash-pre-school'] as const).flatMap((policy) => [
    { rule: 'transfer.removable.unencrypted', policy, effect: 'block' as const, fires: { ...stick, encrypted: false }, nearMisses: [stick] },
    { rule: 'transfer.removable.personal-media', policy, effect: 'block' as const, fires: { ...stick, mediaOwner: 'personal' as const }, nearMisses: [stick] },
  ]),
  { rule: 'transfer.removable.forbidden', policy: 'cambridgeshire-early-years', effect: 'block', fires: stick,
    nearMisses: [{ ...stick, leavesSetting: false }], elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
];

describe('transfer removable-media rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
  it('unanswered content counts as children\'s data', () => {
    const namesUnknown = { ...stick, containsChildNames: undefined, containsChildImages: false };
    expect(check(namesUnknown, 'homerton-early-years').rules).toContain('transfer.removable.forbidden');
  });
});

describe('transfer: removable media (000 Data Protection; 001 l.95; 003 l.28; 004 l.243)', () => {
  it('the platform route to a parent is allowed', () => {
    expect(check({}).rules).toEqual([]);
  });
  it('transfer.removable.forbidden: Homerton and Cambridgeshire forbid children\'s data on fobs, even encrypted', () => {
    for (const p of ['homerton-early-years', 'cambridgeshire-early-years'] as const) {
      expect(check(stick, p).rules).toContain('transfer.removable.forbidden');
      expect(check({ ...stick, leavesSetting: false }, p).rules).not.toContain('transfer.removable.forbidden');
    }
    expect(check(stick, 'kirklees-primary').rules).toEqual([]);
  });
  it('transfer.removable.unencrypted: Kirklees (and the baseline) carry sensitive data only on encrypted sticks', () => {
    expect(check({ ...stick, encrypted: false }, 'kirklees-primary').rules).toEqual(['transfer.removable.unencrypted']);
    expect(check({ ...stick, encrypted: undefined }, 'baseline').rules).toEqual(['transfer.removable.unencrypted']);
    expect(check({ ...stick, encrypted: false, containsChildNames: false, containsChildImages: false }, 'kirklees-primary').rules).toEqual([]);
  });
  it('transfer.removable.personal-media: only media the setting issued', () => {
    expect(check({ ...stick, mediaOwner: 'personal' }, 'barnet-early-years').rules).toEqual(['transfer.removable.personal-media']);
    expect(check({ ...stick, mediaOwner: undefined }, 'barnet-early-years').rules).toEqual(['transfer.removable.personal-media']);
  });
});

describe('transfer removable media: each preset\'s finding cites its own policy, else the law', () => {
  it.each([
    ['barnet-early-years', 'statutory-facts.md', '000_adea60a66085a501.txt'],
    ['homerton-early-years', 'statutory-facts.md', '001_37d62a2ef733a813.txt'],
    ['two-mile-ash-pre-school', 'statutory-facts.md', '002_ed2002546c8e0053.txt'],
    ['cambridgeshire-early-years', 'statutory-facts.md', '003_20a7bc9faa9d6812.txt'],
    ['kirklees-primary', '004_fa76751dc5d22203.txt', '004_fa76751dc5d22203.txt'],
  ] as const)('under %s: unencrypted media cites %s, personal media %s', (policy, encryption, media) => {
    const sensitive = { ...stick, ...noPersonalData, containsSensitiveData: true };
    const find = (q: Partial<Transfer>, rule: string) => check(q, policy).reasons.find((f) => f.rule === rule)?.clause.source;
    expect(find({ ...sensitive, encrypted: false }, 'transfer.removable.unencrypted')).toBe(encryption);
    expect(find({ ...sensitive, mediaOwner: 'personal' }, 'transfer.removable.personal-media')).toBe(media);
  });
  it('Cambridgeshire\'s own clause forbids children\'s data on memory sticks', () => {
    expect(check(stick, 'cambridgeshire-early-years').reasons.map((f) => [f.rule, f.clause.source]))
      .toEqual([['transfer.removable.forbidden', '003_20a7bc9faa9d6812.txt']]);
  });
});
