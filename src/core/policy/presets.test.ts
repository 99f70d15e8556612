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

  it('the catalogue: each preset names its own id, the seed file it encodes and that file\'s title', () => {
    expect(Object.keys(presetInfo)).toEqual([...presetIds]);
    expect(Object.fromEntries(presetIds.map((id) => [id, [presetInfo[id].id, presetInfo[id].source, presetInfo[id].title]]))).toEqual({
      baseline: ['baseline', undefined, 'Shared baseline: the strictest common reading of the five policies and the statutory facts'],
      'barnet-early-years': ['barnet-early-years', '000_adea60a66085a501.txt', 'Barnet Safeguarding Children Board guidance for childcare and early-years settings'],
      'homerton-early-years': ['homerton-early-years', '001_37d62a2ef733a813.txt', 'Homerton Early Years Centre e-safety policy'],
      'two-mile-ash-pre-school': ['two-mile-ash-pre-school', '002_ed2002546c8e0053.txt', 'Two Mile Ash Pre-School online safety policy 1.6'],
      'cambridgeshire-early-years': ['cambridgeshire-early-years', '003_20a7bc9faa9d6812.txt', 'Cambridgeshire early-years e-safety policy template'],
      'kirklees-primary': ['kirklees-primary', '004_fa76751dc5d22203.txt', 'Kirklees primary-school eSafety policy'],
    });
    // The baseline is the library's own reading: it encodes no seed file.
    expect('source' in presetInfo.baseline).toBe(false);
  });

  it('the baseline says where its version comes from: the library\'s own', () => {
    expect(presetInfo.baseline.versionNote).toBe('The library\'s own reading, released with it: its version is the library\'s.');
  });

  it('each seed preset\'s title is its source\'s, and the source\'s title is found by its file', () => {
    for (const id of presetIds.filter((p) => p !== 'baseline')) {
      const file = presetInfo[id].source!;
      expect(titleOf(file), id).toBe(presetInfo[id].title);
      expect(Object.values(sources).filter((s) => s.file === file).map((s) => s.title), id).toEqual([presetInfo[id].title]);
    }
    expect(titleOf('statutory-facts.md')).toBe('Statutory facts: the law and guidance the policies lean on');
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
