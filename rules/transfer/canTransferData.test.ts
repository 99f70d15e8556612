import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../vocabulary.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { presetPolicy } from '../../src/policy.js';
import { methods, recipients, transferSchema, type Transfer } from './schema.js';
import { canTransferData } from './canTransferData.js';

const AT = '2026-11-22T10:00:00Z';
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const transferArb: fc.Arbitrary<Transfer> = fc.record({
  method: fc.constantFrom(...methods), leavesSetting: fc.boolean(), containsChildNames: opt(fc.boolean()), containsChildImages: opt(fc.boolean()),
  containsSensitiveData: opt(fc.boolean()), encrypted: opt(fc.boolean()), mediaOwner: opt(fc.constantFrom('setting' as const, 'personal' as const)),
  emailAccount: opt(fc.constantFrom('setting' as const, 'personal' as const)), recipient: fc.constantFrom(...recipients),
  recipientAuthorised: opt(fc.boolean()), labelled: opt(fc.boolean()),
  system: opt(fc.record({ name: fc.constant('hosting'), approvedBy: opt(fc.constantFrom(...roles)), auditLogKeptFor: opt(fc.constantFrom('P1M', 'P30D', 'P2W', 'P1Y')), accountAdmins: opt(fc.subarray([...roles])) }, { requiredKeys: ['name'] })),
}, { requiredKeys: ['method', 'leavesSetting', 'recipient'] });
const bad = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.constant([]), fc.constant({}), fc.constant({ name: 'x', auditLogKeptFor: 'a month' }));

describe('canTransferData: properties', () => {
  it('fails closed: a malformed transfer is never allowed', () => {
    fc.assert(fc.property(fc.oneof(
      fc.tuple(transferArb, fc.constantFrom('method', 'leavesSetting', 'recipient', 'encrypted', 'system', 'extra'), bad).map(([t, k, v]) => ({ ...t, [k]: v ?? 'x' })),
      fc.anything(),
    ), fc.constantFrom(...presetIds), (transfer, policy) => {
      if (transferSchema.safeParse(transfer).success) return;
      const d = canTransferData(transfer as Transfer, { policy, at: AT });
      expect(d.allowed).toBe(false);
      expect(d.reasons.some((r) => r.rule === 'input.invalid')).toBe(true);
    }), { numRuns: 500 });
  });
  it('needs `at` (the audit period is a calendar period from the moment of the decision)', () => {
    fc.assert(fc.property(transferArb, (t) => { expect(canTransferData(t, {}).allowed).toBe(false); }), { numRuns: 50 });
  });
  it('children\'s names or images never leave Homerton or Cambridgeshire on removable media', () => {
    fc.assert(fc.property(transferArb, fc.constantFrom('homerton-early-years' as const, 'cambridgeshire-early-years' as const), (t, policy) => {
      const x = { ...t, method: 'removable-media' as const, leavesSetting: true };
      if (t.containsChildNames !== false || t.containsChildImages !== false) expect(canTransferData(x, { policy, at: AT }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('personal data never goes by unencrypted email where encryption is required, nor to an unconfirmed recipient', () => {
    fc.assert(fc.property(transferArb, fc.constantFrom(...presetIds), (t, policy) => {
      const d = canTransferData(t, { policy, at: AT });
      const personal = t.containsChildNames !== false || t.containsChildImages !== false || t.containsSensitiveData !== false;
      if (d.allowed && personal) {
        expect(t.recipientAuthorised).toBe(true);
        if (t.method === 'email' && presetPolicy(policy).transfer.emailEncryption === 'required') expect(t.encrypted).toBe(true);
      }
    }), { numRuns: 500 });
  });
});

describe('canTransferData: where a preset\'s policy and the law are silent, no other setting\'s rule is imposed', () => {
  it('email encryption is required only by the baseline and Kirklees, asked for by Two Mile Ash, and not by the others', () => {
    expect(Object.fromEntries(presetIds.map((p) => [p, presetPolicy(p).transfer.emailEncryption]))).toEqual({
      baseline: 'required', 'barnet-early-years': 'not-required', 'homerton-early-years': 'not-required',
      'two-mile-ash-pre-school': 'where-possible', 'cambridgeshire-early-years': 'not-required', 'kirklees-primary': 'required',
    });
  });
  it('personal data on removable media is encrypted under every preset (the law)', () => {
    fc.assert(fc.property(transferArb, fc.constantFrom(...presetIds), (t, policy) => {
      const x = { ...t, method: 'removable-media' as const, containsSensitiveData: true };
      if (t.encrypted !== true) expect(canTransferData(x, { policy, at: AT }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
});
