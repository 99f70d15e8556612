import { expect } from 'vitest';
import { checkPhotoRetention } from './checkPhotoRetention.js';
import type { PhotoRecord } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import type { SettingPolicy } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';

export const AT = '2026-11-22T10:00:00Z';

/** A photo nothing fires for under the baseline: on the platform, as agreed, with a purpose and an agreed period. */
export const photo = (over: Partial<PhotoRecord> = {}): PhotoRecord => ({
  id: 'p1', takenAt: '2026-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-platform', agreedStorage: ['setting-platform'],
  purposes: ['learning-journal'], retainUntil: '2027-07-31', ...over,
});

export const check = (over: Partial<PhotoRecord>, policy: PresetId | SettingPolicy = 'baseline', at = AT) => {
  const d = checkPhotoRetention(photo(over), { policy, at });
  return { ...d, rules: d.reasons.map((r) => r.rule) };
};

/** A retention rule read from its clause (inputs are changes to `photo()`), and what its block means for the photo. */
export interface RetentionScenario extends RuleScenario<Partial<PhotoRecord>, PresetId | SettingPolicy> {
  action: 'delete' | 'review';
}

/** The rule fires with its effect, the photo gets the rule's action, and no near miss (nor policy without the clause) fires it. */
export function expectRetentionScenario(s: RetentionScenario): void {
  expectScenario((over, policy) => check(over, policy), s);
  const d = check(s.fires, s.policy);
  expect(d.action, `${s.rule} action`).toBe(s.action);
  expect(d.allowed, `${s.rule} keeps nothing`).toBe(false);
}
