import { describe, expect, it } from 'vitest';
import { isPresetId, presetIds, presetInfo } from './presets.js';
import { presetPolicy } from '../../policy.js';

// The shipped presets: the policy each id gives, and which ids name one.
describe('presets', () => {
  it('a preset\'s policy carries its id, version and title as its name', () => {
    for (const id of presetIds) {
      const p = presetPolicy(id);
      expect([p.id, p.version, p.name], id).toEqual([id, '1.0.0', presetInfo[id].title]);
    }
  });

  it('isPresetId: exactly the shipped ids, as text', () => {
    for (const id of presetIds) expect(isPresetId(id), id).toBe(true);
    for (const v of ['', 'Baseline', 'baseline ', 'nope', 5, null, undefined, ['baseline'], { id: 'baseline' }]) expect(isPresetId(v), String(v)).toBe(false);
  });
});
