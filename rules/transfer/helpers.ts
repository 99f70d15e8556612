import { canTransferData } from '../../src/transfer/canTransferData/index.js';
import type { Transfer } from '../../src/transfer/schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';

export const AT = '2026-01-15T10:00:00Z';
/** A learning-journal update to a parent through the setting's platform. */
export const transfer = (over: Partial<Transfer> = {}): Transfer => ({
  method: 'setting-platform', leavesSetting: true, containsChildNames: true, containsChildImages: true,
  containsSensitiveData: false, encrypted: true, recipient: 'parent', recipientAuthorised: true, ...over,
});
export const check = (over: Partial<Transfer>, policy: PresetId = 'baseline', at = AT) => {
  const r = canTransferData(transfer(over), { policy, at });
  return { ...r, rules: r.reasons.map((f) => f.rule) };
};
