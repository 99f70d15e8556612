// TEMPORARY (migration): an area not yet declared in its own folder, adapted so the registry loads. Deleted when every area is migrated.
import type { Area } from '../src/core/area.js';
import { reading, type PolicySection } from '../src/core/policy/section.js';
import { ruleFile } from '../src/core/rules/ruleSet.js';
import type { AreaSpec } from '../src/core/rules/types.js';

type Old = { schema: PolicySection<unknown>['schema']; baseline: Record<string, unknown>; presets: Record<string, Record<string, unknown>> };
const wrap = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, reading(v, 'legacy')]));

export function legacyArea(spec: AreaSpec, old: Old, files: [string, unknown, unknown?][], functions: string[]): Area {
  return {
    ...spec,
    question: 'legacy',
    functions,
    inputs: [],
    needsAt: false,
    policy: { schema: old.schema, baseline: wrap(old.baseline), presets: Object.fromEntries(Object.entries(old.presets).map(([k, v]) => [k, wrap(v)])) } as never,
    rules: files.map(([name, rules, conditions]) => ruleFile(name, rules, conditions)),
    computeFacts: () => { throw new Error(`${spec.id} is not migrated yet`); },
    finish: () => { throw new Error(`${spec.id} is not migrated yet`); },
  };
}
