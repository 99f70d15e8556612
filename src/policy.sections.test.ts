import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../test/support/runs.js';
import { presetIds, presetInfo } from './core/policy/presets.js';
import { presetSection, resolveSection } from './core/policy/resolve.js';
import type { PolicySection } from './core/policy/section.js';
import { definePolicy, presetPolicy, settingPolicySchema } from './policy.js';
import { areas, registry } from './registry.js';

const imagePolicy = areas.get('image')!.policy;
const phonePolicy = areas.get('phone')!.policy;

describe('resolveSection: one section of the policy option, as a decision reads it', () => {
  it('every preset is a valid policy: each section passes its own schema', () => {
    for (const id of presetIds) {
      expect(settingPolicySchema.safeParse(presetPolicy(id)).success, id).toBe(true);
      for (const a of registry) expect(a.policy.schema.safeParse(presetPolicy(id)[a.id]).success, `${id} ${a.id}`).toBe(true);
    }
  });

  it('gives each preset the same section as its whole policy, frozen', () => {
    for (const id of presetIds) {
      for (const a of registry) {
        const s = presetSection(a.policy as PolicySection<unknown>, id);
        expect(s).toEqual(presetPolicy(id)[a.id]);
        expect(Object.isFrozen(s)).toBe(true);
      }
      expect(resolveSection(id, 'image', imagePolicy)).toEqual({ section: presetPolicy(id).image, ref: { id, version: presetInfo[id].version }, findings: [], ...(presetInfo[id].source ? { source: presetInfo[id].source } : {}) });
    }
    expect(resolveSection(undefined, 'image', imagePolicy).ref.id).toBe('baseline');
  });

  it('reads a policy made by definePolicy without checking it again', () => {
    const policy = definePolicy({ id: 'acorn', version: '2026-09', basedOn: 'kirklees-primary', image: { personalDevices: 'never' } });
    const r = resolveSection(policy, 'image', imagePolicy);
    expect(r.section).toBe(policy.image);
    expect(r.ref).toEqual({ id: 'acorn', version: '2026-09' });
    expect(r.findings).toEqual([]);
  });

  it('lays a plain policy object on its preset and checks the section it reads', () => {
    const r = resolveSection({ id: 'acorn', version: '1', basedOn: 'homerton-early-years', image: { personalDevices: 'never' } }, 'image', imagePolicy);
    expect(r.findings).toEqual([]);
    expect(r.section).toEqual({ ...presetPolicy('homerton-early-years').image, personalDevices: 'never' });
    const bad = resolveSection({ id: 'acorn', version: '1', image: { personalDevices: 'sometimes' } }, 'image', imagePolicy);
    expect(bad.findings.map((f) => f.subject)).toEqual(['options.policy.image.personalDevices']);
    expect(bad.section).toBe(presetPolicy('baseline').image); // the baseline's values beside the denial
    expect(bad.ref).toEqual({ id: 'acorn', version: '1' });
  });

  it('refuses an unknown preset, a non-object, unknown top-level fields, a missing id or version, an unknown basedOn', () => {
    const subjects = (option: unknown) => resolveSection(option, 'image', imagePolicy).findings.map((f) => f.subject);
    expect(subjects('nope')).toEqual(['options.policy']);
    expect(subjects(['baseline'])).toEqual(['options.policy']);
    expect(subjects(new Date())).toEqual(['options.policy']);
    expect(subjects({ id: 'a', version: '1', imgae: {} })).toEqual(['options.policy']);
    expect(subjects({ version: '1' })).toEqual(['options.policy.id']);
    expect(subjects({ id: 'a', version: '' })).toEqual(['options.policy.version']);
    expect(subjects({ id: 'a', version: '1', basedOn: 'elsewhere' })).toEqual(['options.policy.basedOn']);
    expect(resolveSection('nope', 'image', imagePolicy).ref).toEqual({ id: 'nope', version: 'invalid' });
  });

  it('checks only the section it reads: another section is for its own decisions to check', () => {
    const option = { id: 'a', version: '1', phone: { staffPhones: 'whenever' } };
    expect(resolveSection(option, 'image', imagePolicy).findings).toEqual([]);
    expect(resolveSection(option, 'phone', phonePolicy).findings.length).toBeGreaterThan(0);
  });

  it('never throws, and never leaves a section undefined, whatever the option', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.record({ id: fc.string(), version: fc.string(), image: fc.anything() })), (option) => {
      const r = resolveSection(option, 'image', imagePolicy);
      expect(r.section).toBeDefined();
      expect(typeof r.ref.id).toBe('string');
      if (r.findings.length === 0) expect(imagePolicy.schema.safeParse(r.section).success).toBe(true);
    }), { numRuns: runs(2_000) });
  });
});
