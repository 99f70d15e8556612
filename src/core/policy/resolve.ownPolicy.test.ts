import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { concernPolicy } from '../../../rules/concern/policy.js';
import { equipmentPolicy } from '../../../rules/equipment/policy.js';
import { imagePolicy } from '../../../rules/image/policy.js';
import { presetPolicy } from '../../policy.js';
import { validated } from './merge.js';
import { presetIds, sources } from './presets.js';
import { presetSection, resolveSection, startingPoint } from './resolve.js';
import { defineSection, reading } from './section.js';

// A setting's own policy as one decision reads it: where it starts, the seed file it cites, and what it is refused for.
const read = (option: unknown) => resolveSection(option, 'image', imagePolicy);
const findings = (r: { findings: { subject?: string; message: string }[] }) => r.findings.map((f) => [f.subject, f.message]);
const policy = (over: Record<string, unknown> = {}) => ({ id: 'acorn', version: '2026-09', ...over });
const didYouMean = (keys: string, name: string) => [['options.policy', `options.policy has unknown field(s) ${keys}: did you mean "${name}"?`]];

describe('startingPoint: where an own policy based on a preset starts', () => {
  it('based on the baseline: the baseline\'s own section, as it is', () => {
    expect(startingPoint(concernPolicy, 'baseline')).toBe(presetSection(concernPolicy, 'baseline'));
  });

  it('a section with nothing of the setting\'s own starts from the preset\'s section, as it is', () => {
    for (const id of presetIds) expect(startingPoint(imagePolicy, id), id).toBe(presetSection(imagePolicy, id));
  });

  it('based on Barnet: Barnet\'s values, but its contacts (Barnet\'s own numbers) start from the baseline\'s', () => {
    const barnet = presetSection(concernPolicy, 'barnet-early-years');
    expect(barnet.contacts.entries.length).toBeGreaterThan(0);
    const start = startingPoint(concernPolicy, 'barnet-early-years');
    expect(start.contacts).toBe(presetSection(concernPolicy, 'baseline').contacts); // the baseline's own value
    expect(start.contacts.entries).toEqual([]);
    expect(start.firstContact).toBe('manager'); // Barnet's, not the baseline's 'dsl'
    expect({ ...start, contacts: barnet.contacts }).toEqual(barnet);
  });

  it('a decision reading an own policy based on Barnet gets Barnet\'s values with no contacts, citing Barnet', () => {
    const r = resolveSection(policy({ basedOn: 'barnet-early-years' }), 'concern', concernPolicy);
    expect(r.findings).toEqual([]);
    expect(r.section.contacts.entries).toEqual([]);
    expect(r.section.firstContact).toBe('manager');
    expect(r.source).toBe(sources['000'].file);
  });
});

describe('resolveSection: the seed file a section cites', () => {
  it('a preset, or an own policy based on one, cites the preset\'s seed file', () => {
    expect(read('kirklees-primary').source).toBe('004_fa76751dc5d22203.txt');
    expect(read(presetPolicy('homerton-early-years')).source).toBe('001_37d62a2ef733a813.txt');
    expect(read(policy({ basedOn: 'two-mile-ash-pre-school' })).source).toBe('002_ed2002546c8e0053.txt');
  });

  it('the baseline, or an own policy based on it, cites none: the result has no source at all', () => {
    for (const option of ['baseline', presetPolicy('baseline'), policy(), policy({ basedOn: 'baseline' })]) {
      expect(Object.keys(read(option)), JSON.stringify(option).slice(0, 40)).toEqual(['section', 'ref', 'findings']);
    }
  });

  it('a policy another copy of the library validated, based on a preset this copy does not know, cites none', () => {
    const section = presetSection(imagePolicy, 'baseline');
    const theirs = { id: 'acorn', version: '2027-01', basedOn: 'a-later-preset', image: section };
    validated.add(theirs); // as that copy would mark it
    expect(read(theirs)).toEqual({ section, ref: { id: 'acorn', version: '2027-01' }, findings: [] });
    expect('source' in read(theirs)).toBe(false);
  });
});

describe('resolveSection: a key that looks like this section misspelt', () => {
  it('is refused, naming it and the section it resembles: case, a plural, a longer name, an abbreviation', () => {
    for (const key of ['Image', 'IMAGE', 'images', 'imageSettings', 'imagePolicy', 'img', 'imag', 'imgae', 'mage']) {
      const r = read(policy({ [key]: { personalDevices: 'with-authorisation' } }));
      expect(findings(r), key).toEqual(didYouMean(`"${key}"`, 'image'));
      expect(r.ref, key).toEqual({ id: 'acorn', version: '2026-09' });
      expect(r.section, key).toBe(presetSection(imagePolicy, 'baseline'));
    }
    expect(findings(resolveSection(policy({ equip: {} }), 'equipment', equipmentPolicy))).toEqual(didYouMean('"equip"', 'equipment'));
  });

  it('names every lookalike, comma-separated, even beside the section spelt right', () => {
    expect(findings(read(policy({ image: {}, img: {}, Images: {} })))).toEqual(didYouMean('"img", "Images"', 'image'));
  });

  it('a key further off is not taken for it (three letters changed, or another section)', () => {
    for (const key of ['imx', 'i-m-a-g-e', 'gamie', 'phone', 'equipment', 'colour', 'notes']) expect(read(policy({ [key]: {} })).findings, key).toEqual([]);
  });

  it('the policy\'s own fields are never taken for a section, however alike their names', () => {
    // Sections named to resemble id, version, basedOn and name: the policy's own fields are left alone.
    const values = defineSection({ schema: z.strictObject({ on: z.boolean() }), baseline: { on: reading(true, 'On.') }, presets: {} });
    const full = policy({ basedOn: 'baseline', name: 'Acorn Nursery' });
    for (const name of ['identity', 'ids', 'versions', 'based', 'basedOnPreset', 'names', 'nam']) {
      expect(resolveSection(full, name, values), name).toEqual({ section: { on: true }, ref: { id: 'acorn', version: '2026-09' }, findings: [] });
    }
    // Only those exact keys: "Name" is not the policy's name, and looks like the section "names".
    expect(findings(resolveSection({ ...full, Name: 'Acorn' }, 'names', values))).toEqual(didYouMean('"Name"', 'names'));
  });
});

describe('resolveSection: values that can never apply, and unknown ones', () => {
  it('a value the setting wrote that can never apply is refused, by its path and why; the baseline\'s section is used', () => {
    const r = read(policy({ image: { personalDeviceAuthorisers: ['manager'] } }));
    expect(findings(r)).toEqual([[
      'options.policy.image.personalDeviceAuthorisers',
      'options.policy.image.personalDeviceAuthorisers can never apply: personalDevices is \'never\', so no personal device is ever authorised. Leave it empty, or set personalDevices to \'with-authorisation\'.',
    ]]);
    expect(r.ref).toEqual({ id: 'acorn', version: '2026-09' });
    expect(r.section).toBe(presetSection(imagePolicy, 'baseline'));
  });

  it('the same value, with personal devices allowed by authorisation, applies', () => {
    const r = read(policy({ image: { personalDevices: 'with-authorisation', personalDeviceAuthorisers: ['manager'] } }));
    expect(r.findings).toEqual([]);
    expect([r.section.personalDevices, r.section.personalDeviceAuthorisers]).toEqual(['with-authorisation', ['manager']]);
    expect(Object.isFrozen(r.section)).toBe(true);
  });

  it('an unknown field in the section is refused by its path', () => {
    const r = read(policy({ image: { colour: 'red' } }));
    expect(findings(r)).toEqual([['options.policy.image', 'options.policy.image has unknown field(s) "colour"']]);
    expect(r.section).toBe(presetSection(imagePolicy, 'baseline'));
  });
});
