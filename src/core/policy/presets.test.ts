import { describe, expect, it } from 'vitest';
import { isPresetId, presetIds, presetInfo, sources, titleOf } from './presets.js';
import { libraryVersion } from '../version.js';
import { presetPolicy } from '../../policy.js';

// The shipped presets: the policy each id gives, and which ids name one.
describe('presets', () => {
  it('a preset\'s policy carries its id, version and title as its name', () => {
    for (const id of presetIds) {
      const p = presetPolicy(id);
      expect([p.id, p.version, p.name], id).toEqual([id, presetInfo[id].version, presetInfo[id].title]);
    }
  });

  it('each version names its source\'s own edition in one format; the baseline has the library\'s version', () => {
    // Own date (yyyy-MM), or "undated, after <the latest date the text cites>", led by the policy's own number if any.
    const EDITION = /^(\d+(\.\d+)+, )?(\d{4}(-\d{2})?|undated, after \d{4}(-\d{2})?)$/;
    for (const id of presetIds.filter((p) => p !== 'baseline')) {
      expect(presetInfo[id].version, id).toMatch(EDITION);
      expect(presetInfo[id].versionNote.length, id).toBeGreaterThan(20);
    }
    expect(presetInfo.baseline.version).toBe(libraryVersion);
    expect(Object.fromEntries(presetIds.map((id) => [id, presetInfo[id].version]))).toEqual({
      baseline: libraryVersion,
      'barnet-early-years': 'undated, after 2012',
      'homerton-early-years': 'undated, after 2013-04',
      'two-mile-ash-pre-school': '1.6, undated, after 2013',
      'cambridgeshire-early-years': 'undated, after 2018',
      'kirklees-primary': '2010-03',
    });
  });

  it('titleOf: every source a clause may cite has its title; anything else has none', () => {
    for (const s of Object.values(sources)) expect(titleOf(s.file)).toBe(s.title);
    expect(titleOf('esafety-rules')).toBe('esafety-rules: the library\'s own checks');
    for (const v of ['', 'acorn.pdf', '004', 'toString', '__proto__']) expect(titleOf(v), v).toBeUndefined();
  });

  it('isPresetId: exactly the shipped ids, as text', () => {
    for (const id of presetIds) expect(isPresetId(id), id).toBe(true);
    for (const v of ['', 'Baseline', 'baseline ', 'nope', 5, null, undefined, ['baseline'], { id: 'baseline' }]) expect(isPresetId(v), String(v)).toBe(false);
  });
});
