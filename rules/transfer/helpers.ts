import { canTransferData } from './canTransferData.js';
import type { Transfer } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';

/** The moment of every decision here (the audit log's month is counted from 15 January). */
export const AT = '2026-01-15T10:00:00Z';
/** A learning-journal update to a parent through the setting's platform. */
export const transfer = (over: Partial<Transfer> = {}): Transfer => ({
  method: 'setting-platform', leavesSetting: true, containsChildNames: true, containsChildImages: true,
  containsSensitiveData: false, encrypted: true, recipient: 'parent', recipientAuthorised: true, ...over,
});
/** The decision for the base transfer with these changes, with the names of the rules that fired. */
export const check = (over: Partial<Transfer>, policy: PresetId = 'baseline', at = AT) => {
  const r = canTransferData(transfer(over), { policy, at });
  return { ...r, rules: r.reasons.map((f) => f.rule) };
};
