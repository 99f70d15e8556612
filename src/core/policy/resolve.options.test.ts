import { describe, expect, it } from 'vitest';
import { imagePolicy } from '../../../rules/image/policy.js';
import { presetIds, presetInfo } from './presets.js';
import { presetSection, resolveSection } from './resolve.js';
import { presetPolicy } from '../../policy.js';
import { registry } from '../../registry.js';

// The policy option as one decision reads it: the messages it refuses with, and the ref it reports beside them.
const KNOWN = 'baseline, barnet-early-years, homerton-early-years, two-mile-ash-pre-school, cambridgeshire-early-years, kirklees-primary';
const read = (option: unknown) => resolveSection(option, 'image', imagePolicy);
/** What was wrong, as [subject, message], and the ref; a refused option always gives the baseline's section. */
const refused = (option: unknown) => {
  const r = read(option);
  expect(r.section).toBe(presetSection(imagePolicy, 'baseline'));
  return { findings: r.findings.map((f) => [f.subject, f.message]), ref: r.ref };
};

describe('resolveSection: the policy option', () => {
  it('no policy gives the baseline\'s own section, its ref, and no findings', () => {
    const r = read(undefined);
    expect(r).toEqual({ section: presetSection(imagePolicy, 'baseline'), ref: { id: 'baseline', version: presetInfo.baseline.version }, findings: [] });
    expect(r.section).toBe(presetSection(imagePolicy, 'baseline'));
    expect(r.section).toBe(presetPolicy('baseline').image);
  });

  it('a preset\'s section is made once: every decision reads the same frozen object', () => {
    for (const id of presetIds) {
      const first = presetSection(imagePolicy, id);
      expect(presetSection(imagePolicy, id), id).toBe(first);
      expect(read(id).section, id).toBe(first);
      expect(presetPolicy(id).image, id).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
    }
  });

  it('an unknown preset id is refused, naming the known ones; its ref keeps the id', () => {
    expect(refused('nope')).toEqual({
      findings: [['options.policy', `options.policy "nope" is not a preset (known: ${KNOWN})`]],
      ref: { id: 'nope', version: 'invalid' },
    });
  });

  it('anything but a preset id or a plain object is refused, with an invalid ref', () => {
    for (const option of [null, 5, true, ['baseline'], new Date(), new (class Policy { id = 'a'; version = '1'; })()]) {
      expect(refused(option), String(option)).toEqual({
        findings: [['options.policy', 'options.policy must be a preset id or a policy object']],
        ref: { id: 'invalid', version: 'invalid' },
      });
    }
  });

  it('a policy object\'s ref is its id and version where they are text, "invalid" where they are not', () => {
    expect(refused({ id: 'acorn', version: 2026 })).toEqual({
      findings: [['options.policy.version', 'options.policy.version must be string, not number']],
      ref: { id: 'acorn', version: 'invalid' },
    });
    expect(refused({ id: 7, version: '2026-09' })).toEqual({
      findings: [['options.policy.id', 'options.policy.id must be string, not number']],
      ref: { id: 'invalid', version: '2026-09' },
    });
    expect(refused({}).ref).toEqual({ id: 'invalid', version: 'invalid' });
    expect(read({ id: 'acorn', version: '2026-09' })).toEqual({ section: presetSection(imagePolicy, 'baseline'), ref: { id: 'acorn', version: '2026-09' }, findings: [] });
  });

  it('every section may be named at the top level, and must be an object where it is read', () => {
    const all = { id: 'a', version: '1', ...Object.fromEntries(registry.map((a) => [a.id, {}])) };
    expect(read(all).findings).toEqual([]);
    expect(refused({ id: 'a', version: '1', image: 'never' }).findings).toEqual([['options.policy.image', 'options.policy.image must be object, not string']]);
  });
});
