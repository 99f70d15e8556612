import { safeParse } from '../input/safeParse.js';
import * as z from 'zod/mini';
import type { Finding, PolicyRef } from '../decision/types.js';
import { inputFindings, invalid } from '../input/findings.js';
import { deepFreeze, isPlain, merge, validated } from './merge.js';
import { isPresetId, presetIds, presetInfo, type PresetId } from './presets.js';
import type { PolicySection } from './section.js';
import { sectionNames, type SectionName } from './sectionNames.js';

const made = new Map<string, unknown>();

/**
 * One section of a shipped preset: the baseline's, with the preset's differences laid on it (frozen, made once).
 *
 * @example
 * ```ts
 * presetSection('image', imagePolicy, 'kirklees-primary').identifiableIndividualForbiddenIn; // ['setting-website']
 * ```
 */
export function presetSection<T>(name: SectionName, section: PolicySection<T>, id: PresetId): T {
  const key = `${name} ${id}`;
  let v = made.get(key) as T | undefined;
  if (v === undefined) {
    v = deepFreeze((id === 'baseline' ? section.baseline : merge(section.baseline, section.presets[id] ?? {})) as T);
    made.set(key, v);
  }
  return v;
}

const nonEmpty = z.string().check(z.minLength(1));
/** What a decision checks of a policy object it has not seen validated: its top level (the sections it does not read are not checked here). */
const topLevel = z.strictObject({
  id: nonEmpty,
  version: nonEmpty,
  basedOn: z.optional(z.enum(presetIds)),
  name: z.optional(z.string()),
  ...Object.fromEntries(sectionNames.map((k) => [k, z.optional(z.unknown())])),
});

/** A section resolved for one decision: its values, the policy it came from, and what was wrong (then the baseline's values). */
export interface ResolvedSection<T> {
  section: T;
  ref: PolicyRef;
  findings: Finding[];
}

const presetRef = (id: PresetId): PolicyRef => ({ id, version: presetInfo[id].version });

/**
 * The `policy` option of a decision, as far as that decision reads it: one
 * section. A preset id gives the preset's section; a policy made by
 * `definePolicy` gives its section; any other object is checked at its top level
 * and in this section (laid on the preset it is based on). Never throws:
 * anything invalid gives findings, and the baseline's section.
 *
 * @example
 * ```ts
 * resolveSection('homerton-early-years', 'image', imagePolicy).ref; // { id: 'homerton-early-years', version: '1.0.0' }
 * ```
 */
export function resolveSection<T>(option: unknown, name: SectionName, section: PolicySection<T>): ResolvedSection<T> {
  const fallback = (findings: Finding[], ref: PolicyRef): ResolvedSection<T> => ({ section: presetSection(name, section, 'baseline'), ref, findings });
  if (option === undefined) return { section: presetSection(name, section, 'baseline'), ref: presetRef('baseline'), findings: [] };
  if (typeof option === 'string') {
    if (isPresetId(option)) return { section: presetSection(name, section, option), ref: presetRef(option), findings: [] };
    return fallback([invalid('options.policy', `options.policy "${option}" is not a preset (known: ${presetIds.join(', ')})`)], { id: option, version: 'invalid' });
  }
  if (typeof option === 'object' && option !== null && validated.has(option)) {
    const p = option as Record<string, unknown> & PolicyRef;
    return { section: p[name] as T, ref: { id: p.id, version: p.version }, findings: [] };
  }
  if (!isPlain(option)) return fallback([invalid('options.policy', 'options.policy must be a preset id or a policy object')], { id: 'invalid', version: 'invalid' });
  const ref = { id: typeof option.id === 'string' ? option.id : 'invalid', version: typeof option.version === 'string' ? option.version : 'invalid' };
  const top = safeParse(topLevel, option);
  if (!top.success) return fallback(inputFindings('options.policy', option, top.error.issues), ref);
  const basedOn = (option.basedOn ?? 'baseline') as PresetId;
  const merged = merge(presetSection(name, section, basedOn), option[name]);
  const parsed = safeParse(section.schema, merged);
  if (!parsed.success) return fallback(inputFindings(`options.policy.${name}`, merged, parsed.error.issues), ref);
  return { section: deepFreeze(parsed.data), ref, findings: [] };
}
