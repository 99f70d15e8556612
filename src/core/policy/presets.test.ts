import { describe, expect, it } from 'vitest';
import { isPresetId, presetIds, presetInfo } from './presets.js';
import { presetPolicy } from '../../policy.js';

// The shipped presets: what each is called, what it encodes, and which ids name one.
const expected = {
  baseline: ['Shared baseline: the strictest common reading of the five policies and the statutory facts', undefined],
  'barnet-early-years': ['Barnet Safeguarding Children Board guidance for childcare and early-years settings', '000_adea60a66085a501.txt'],
  'homerton-early-years': ['Homerton Early Years Centre e-safety policy', '001_37d62a2ef733a813.txt'],
  'two-mile-ash-pre-school': ['Two Mile Ash Pre-School online safety policy 1.6', '002_ed2002546c8e0053.txt'],
  'cambridgeshire-early-years': ['Cambridgeshire early-years e-safety policy template', '003_20a7bc9faa9d6812.txt'],
  'kirklees-primary': ['Kirklees primary-school eSafety policy', '004_fa76751dc5d22203.txt'],
} as const;

describe('presets', () => {
  it('ships the baseline and one preset per source policy, in this order', () => {
    expect(presetIds).toEqual(['baseline', 'barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary']);
    expect(Object.keys(presetInfo)).toEqual([...presetIds]);
  });

  it('each preset names itself, its title and its seed file (none for the baseline)', () => {
    for (const id of presetIds) {
      const [title, source] = expected[id];
      const info = presetInfo[id];
      expect([info.id, info.version, info.title, info.source], id).toEqual([id, '1.0.0', title, source]);
    }
  });

  it('a preset\'s policy carries its id, version and title as its name', () => {
    for (const id of presetIds) {
      const p = presetPolicy(id);
      expect([p.id, p.version, p.name], id).toEqual([id, '1.0.0', expected[id][0]]);
    }
  });

  it('isPresetId: exactly the shipped ids, as text', () => {
    for (const id of presetIds) expect(isPresetId(id), id).toBe(true);
    for (const v of ['', 'Baseline', 'baseline ', 'nope', 5, null, undefined, ['baseline'], { id: 'baseline' }]) expect(isPresetId(v), String(v)).toBe(false);
  });
});
