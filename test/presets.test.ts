import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetIds, presetInfo, type PresetId } from '../src/core/policy/presets.js';
import { sourceOf, type PolicySection } from '../src/core/policy/section.js';
import { decide } from '../src/core/pipeline.js';
import { STATUTORY } from '../src/core/rules/ruleSet.js';
import type { Finding } from '../src/core/findings.js';
import { registry } from '../src/registry.js';
import { validOf } from './support/arbitrary.js';
import { runs } from './support/runs.js';

// Each preset is its own policy: its values come from its own source policy or the law, and under it no finding cites
// another setting's policy. The baseline (the strictest common reading) may cite any of them.
const presets = presetIds.filter((p): p is Exclude<PresetId, 'baseline'> => p !== 'baseline');
const own = (id: PresetId) => new Set([presetInfo[id].source, STATUTORY, 'esafety-rules']);
const findingsOf = (r: unknown): Finding[] => {
  const x = r as { reasons?: Finding[]; route?: { reasons: Finding[] } };
  return [...(x.reasons ?? []), ...(x.route?.reasons ?? [])];
};

describe('each preset is its own policy', () => {
  it.each(presets)('%s: every value cites its own policy or the law, or says why it has no clause', (id) => {
    const wrong: string[] = [];
    for (const area of registry) {
      const section = area.policy as unknown as PolicySection<Record<string, unknown>>;
      for (const key of Object.keys(section.baseline)) {
        const v = sourceOf(section, id, key);
        for (const q of v.from) if (!own(id).has(q.source)) wrong.push(`${area.id}.${key} cites ${q.source}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const area of registry) {
    it.each(presets)(`${area.id}, under %s: every finding cites its own policy, the law or the library`, (id) => {
      const wrong = new Set<string>();
      const args = fc.tuple(...area.inputs.map((i) => validOf(i.schema, i.name)));
      fc.assert(fc.property(args, (a) => {
        const r = decide(area as never, a, { policy: id, at: '2026-11-22T10:00:00Z' });
        for (const f of findingsOf(r)) if (!own(id).has(f.clause.source)) wrong.add(`${f.rule} cites ${f.clause.source}`);
      }), { numRuns: runs(300) });
      expect([...wrong].sort()).toEqual([]);
    });
  }
});
