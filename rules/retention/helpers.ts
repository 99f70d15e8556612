import { checkPhotoRetention } from '../../src/retention/checkPhotoRetention/index.js';
import type { PhotoRecord } from '../../src/retention/schema.js';
import type { PresetId } from '../../src/policy/presets.js';

export const AT = '2026-11-22T10:00:00Z';

/** A photo nothing fires for under the baseline: on the platform, with a purpose and an agreed period. */
export const photo = (over: Partial<PhotoRecord> = {}): PhotoRecord => ({
  id: 'p1', takenAt: '2026-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-platform',
  purposes: ['learning-journal'], retainUntil: '2027-07-31', ...over,
});

export const check = (over: Partial<PhotoRecord>, policy: PresetId = 'baseline', at = AT) => {
  const d = checkPhotoRetention(photo(over), { policy, at });
  return { ...d, rules: d.reasons.map((r) => r.rule) };
};
