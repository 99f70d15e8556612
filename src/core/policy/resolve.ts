// The `policy` option as one decision reads it: its own section, checked, or the baseline's with findings.
import * as z from 'zod/mini';
import type { Finding, PolicyRef } from '../findings.js';
import { inputFindings, invalid } from '../findings.js';
import { safeParse } from '../input.js';
import { deepFreeze, isPlain, merge, validated } from './merge.js';
import { neverAppliesFindings } from './neverApplies.js';
import { isPresetId, presetIds, presetInfo, type PresetId } from './presets.js';
import { valuesOf, type PolicySection } from './section.js';

const made = new WeakMap<object, Map<PresetId, unknown>>();

/**
 * One section of a shipped preset: the baseline's values, with the preset's differences laid on it (frozen, made once).
 *
 * @example
 * ```ts
 * import { imageArea } from '../../../rules/image/area.js';
 * presetSection(imageArea.policy, 'kirklees-primary').identifiableIndividualForbiddenIn; // ['setting-website']
 * ```
 */
export function presetSection<T>(section: PolicySection<T>, id: PresetId): T {
  let byId = made.get(section);
  if (!byId) made.set(section, (byId = new Map()));
  let v = byId.get(id) as T | undefined;
  if (v === undefined) byId.set(id, (v = deepFreeze(valuesOf(section, id))));
  return v;
}


/**
 * Where a setting's own policy based on a preset starts, in one section: the preset's values, except the ones that
 * belong to the setting the preset was written for (`own`), which start from the baseline's.
 *
 * @example
 * ```ts
 * import { concernArea } from '../../../rules/concern/area.js';
 * presetSection(concernArea.policy, 'barnet-early-years').contacts.entries.length; // 11
 * startingPoint(concernArea.policy, 'barnet-early-years').contacts.entries; // [] (Barnet's numbers are Barnet's)
 * ```
 */
export function startingPoint<T>(section: PolicySection<T>, basedOn: PresetId): T {
  const preset = presetSection(section, basedOn);
  if (basedOn === 'baseline' || !section.own?.length) return preset;
  const baseline = presetSection(section, 'baseline');
  const out = { ...preset } as Record<string, unknown>;
  for (const k of section.own) out[k] = (baseline as Record<string, unknown>)[k];
  return out as T;
}

const nonEmpty = z.string().check(z.minLength(1));
const META = ['id', 'version', 'basedOn', 'name'];
const topLevel = z.looseObject({ id: nonEmpty, version: nonEmpty, basedOn: z.optional(z.enum(presetIds)), name: z.optional(z.string()) });

/** A section resolved for one decision: its values, the policy it came from, and what was wrong (then the baseline's values). */
export interface ResolvedSection<T> {
  section: T;
  /** The policy's id and version (a decision adds its fingerprint). */
  ref: PolicyName;
  findings: Finding[];
  /** The seed file of the preset the policy is, or is based on (none for the baseline): its findings cite that policy. */
  source?: string;
}

/** A policy's id and version: a {@link PolicyRef} before the decision adds its fingerprint. */
export type PolicyName = Omit<PolicyRef, 'fingerprint'>;

const presetRef = (id: PresetId): PolicyName => ({ id, version: presetInfo[id].version });

/** True when `key` could be a misspelling of `name` (case, a plural, or one or two letters changed). */
function resembles(key: string, name: string): boolean {
  const a = key.toLowerCase(), b = name.toLowerCase();
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length]! <= 2;
}

/**
 * The `policy` option of a decision, as far as that decision reads it: one
 * section. A preset id gives the preset's section; a policy made by
 * `definePolicy` gives its section; any other object is checked at its top level
 * and in this section (laid on the preset it is based on). Never throws:
 * anything invalid gives findings, and the baseline's section.
 *
 * @example
 * ```ts
 * import { imageArea } from '../../../rules/image/area.js';
 * resolveSection('kirklees-primary', 'image', imageArea.policy).ref; // { id: 'kirklees-primary', version: '2010-03' }
 * ```
 */
export function resolveSection<T>(option: unknown, name: string, section: PolicySection<T>): ResolvedSection<T> {
  const fallback = (findings: Finding[], ref: PolicyName): ResolvedSection<T> => ({ section: presetSection(section, 'baseline'), ref, findings });
  if (option === undefined) return { section: presetSection(section, 'baseline'), ref: presetRef('baseline'), findings: [] };
  if (typeof option === 'string') {
    if (isPresetId(option)) return withSource({ section: presetSection(section, option), ref: presetRef(option), findings: [] }, option);
    return fallback([invalid('options.policy', `options.policy "${option}" is not a preset (known: ${presetIds.join(', ')})`)], { id: option, version: 'invalid' });
  }
  if (typeof option === 'object' && option !== null && validated.has(option)) {
    const p = option as Record<string, unknown> & PolicyRef;
    return withSource({ section: p[name] as T, ref: { id: p.id, version: p.version }, findings: [] }, p.basedOn as PresetId);
  }
  if (!isPlain(option)) return fallback([invalid('options.policy', 'options.policy must be a preset id or a policy object')], { id: 'invalid', version: 'invalid' });
  const ref = { id: typeof option.id === 'string' ? option.id : 'invalid', version: typeof option.version === 'string' ? option.version : 'invalid' };
  // The top level as this decision reads it: the policy's own fields, this section, and no key that looks like this
  // section misspelt (the other sections are checked by definePolicy, which knows them all).
  const parsed = safeParse(topLevel, option);
  const findings = parsed.success ? [] : inputFindings('options.policy', option, parsed.error.issues);
  const lookalikes = Object.keys(option).filter((k) => k !== name && !META.includes(k) && resembles(k, name));
  if (lookalikes.length) findings.push(invalid('options.policy', `options.policy has unknown field(s) ${lookalikes.map((k) => JSON.stringify(k)).join(', ')}: did you mean "${name}"?`));
  if (findings.length) return fallback(findings, ref);
  const basedOn = (option.basedOn ?? 'baseline') as PresetId;
  const merged = merge(startingPoint(section, basedOn), option[name]);
  const own = safeParse(section.schema, merged);
  if (!own.success) return fallback(inputFindings(`options.policy.${name}`, merged, own.error.issues), ref);
  const never = neverAppliesFindings(`options.policy.${name}`, section.neverApplies, own.data, option[name]);
  if (never.length) return fallback(never, ref);
  return withSource({ section: deepFreeze(own.data), ref, findings: [] }, basedOn);
}

/** A resolved section with the seed file of the preset it comes from. */
function withSource<T>(r: ResolvedSection<T>, id: PresetId): ResolvedSection<T> {
  const source = presetInfo[id]?.source;
  // Built field by field: an object spread costs microseconds here, on every decision.
  if (source !== undefined) r.source = source;
  return r;
}
