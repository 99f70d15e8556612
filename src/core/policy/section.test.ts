import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { imagePolicy } from '../../../rules/image/policy.js';
import { presetIds } from './presets.js';
import { defineSection, quote, reading, sourceOf, sourced, valuesOf } from './section.js';

// A policy section: the baseline's values, each preset's differences, and where a preset's value falls back to the
// baseline's. A small section of our own keeps the fallbacks visible; the image section shows the same on shipped data.
const baseCount = sourced(1, quote('statutory', 'Digital consent age', '13 in the UK'));
const baseLabel = reading('none', 'No policy names one.');
const kirkleesCount = sourced(4, quote('004', 'Using images, video and sound', 'Full names'));
const tiny = defineSection({
  schema: z.strictObject({ count: z.number(), label: z.string() }),
  baseline: { count: baseCount, label: baseLabel },
  // Only Kirklees differs, and only in `count`; no other preset has an entry at all.
  presets: { 'kirklees-primary': { count: kirkleesCount } },
});

describe('defineSection, quote, sourced, reading', () => {
  it('defineSection gives back the section it is given', () => {
    const s = { schema: z.strictObject({}), baseline: {}, presets: {} };
    expect(defineSection(s)).toBe(s);
    expect(tiny.baseline.count).toBe(baseCount);
  });

  it('quote cites the source by its file; sourced and reading carry the value, its clauses and the note', () => {
    expect(quote('004', 'Using images', 'Full names will not be used')).toEqual({ source: '004_fa76751dc5d22203.txt', section: 'Using images', words: 'Full names will not be used' });
    expect(quote('statutory', 'Digital consent age', '13').source).toBe('statutory-facts.md');
    expect(baseCount).toEqual({ value: 1, from: [{ source: 'statutory-facts.md', section: 'Digital consent age', words: '13 in the UK' }] });
    expect(baseLabel).toEqual({ value: 'none', from: [], note: 'No policy names one.' });
  });
});

describe('valuesOf: a preset\'s plain values', () => {
  it('the baseline\'s values, with the preset\'s differences laid on them', () => {
    expect(valuesOf(tiny, 'baseline')).toEqual({ count: 1, label: 'none' });
    expect(valuesOf(tiny, 'kirklees-primary')).toEqual({ count: 4, label: 'none' });
    // A preset with no entry in the section is the baseline's, value for value.
    expect(valuesOf(tiny, 'barnet-early-years')).toEqual({ count: 1, label: 'none' });
  });
});

describe('sourceOf: the sourced value of one field in a preset', () => {
  it('the baseline gives its own sourced value', () => {
    expect(sourceOf(tiny, 'baseline', 'count')).toBe(baseCount);
    expect(sourceOf(tiny, 'baseline', 'label')).toBe(baseLabel);
  });

  it('a preset gives its own where it has one, with its own clause', () => {
    expect(sourceOf(tiny, 'kirklees-primary', 'count')).toBe(kirkleesCount);
    expect(sourceOf(tiny, 'kirklees-primary', 'count').from[0]!.source).toBe('004_fa76751dc5d22203.txt');
  });

  it('falls back to the baseline\'s for a field the preset leaves alone, or a preset with no entry in the section', () => {
    expect(sourceOf(tiny, 'kirklees-primary', 'label')).toBe(baseLabel);
    for (const id of presetIds.filter((p) => p !== 'kirklees-primary')) {
      expect(sourceOf(tiny, id, 'count'), id).toBe(baseCount);
      expect(sourceOf(tiny, id, 'label'), id).toBe(baseLabel);
    }
  });

  it('on shipped data: Kirklees\' own website rule cites Kirklees; what it leaves alone is the baseline\'s', () => {
    const kirklees = imagePolicy.presets['kirklees-primary']!;
    for (const key of Object.keys(imagePolicy.baseline) as (keyof typeof imagePolicy.baseline)[]) {
      expect(sourceOf(imagePolicy, 'kirklees-primary', key), key).toBe(kirklees[key] ?? imagePolicy.baseline[key]);
      expect(sourceOf(imagePolicy, 'kirklees-primary', key).value, key).toEqual(valuesOf(imagePolicy, 'kirklees-primary')[key]);
    }
    expect(Object.keys(kirklees).length).toBeGreaterThan(0);
  });
});
