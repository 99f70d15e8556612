// A setting's policy: a preset, or the setting's own choices laid on one, validated once.
import * as z from 'zod/mini';
import { inputFindings, invalid, type Finding } from './core/findings.js';
import { safeParse } from './core/input.js';
import { deepFreeze, isPlain, merge, validated } from './core/policy/merge.js';
import { neverAppliesFindings } from './core/policy/neverApplies.js';
import { isPresetId, presetIds, presetInfo, type PresetId } from './core/policy/presets.js';
import { presetSection, startingPoint } from './core/policy/resolve.js';
import type { DeepPartial } from './core/policy/section.js';
import { registry, type SectionValues } from './registry.js';

/** A setting's complete, validated policy: what it is, and its choice in every area. */
export type SettingPolicy = {
  /** The setting's own id for this policy, e.g. `acorn-nursery`. */
  id: string;
  /** Its version, e.g. the date it was approved. */
  version: string;
  /** The preset it was built on. */
  basedOn: PresetId;
  name?: string;
} & SectionValues;

/** What a setting writes: an id, a version, and only what differs from the preset it is based on. */
export type SettingPolicyInput = {
  id: string;
  version: string;
  basedOn?: PresetId;
  name?: string;
} & { [K in keyof SectionValues]?: DeepPartial<SectionValues[K]> };

/** The `policy` option of every decision function: a preset id or a setting's own policy. */
export type PolicyOption = PresetId | SettingPolicyInput | SettingPolicy;

/**
 * Thrown by {@link definePolicy} for an invalid configuration. Decision
 * functions never throw it: they deny, naming each invalid field.
 *
 * @example
 * ```ts
 * let subjects: (string | undefined)[] = [];
 * try { definePolicy({ id: 'x', version: '1', image: { personalDevices: 'sometimes' } } as never); }
 * catch (e) { if (e instanceof PolicyValidationError) subjects = e.findings.map((f) => f.subject); }
 * subjects; // ['options.policy.image.personalDevices']
 * ```
 */
export class PolicyValidationError extends Error {
  override readonly name = 'PolicyValidationError';
  /** `instanceof` holds for this error from any copy of the library (its ESM and CommonJS builds in one process). */
  static override [Symbol.hasInstance](v: unknown): boolean { return isPolicyValidationError(v); }
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    super(`Invalid policy:\n  ${findings.map((f) => f.message).join('\n  ')}`);
    this.findings = findings;
  }
}

/**
 * True for a {@link PolicyValidationError} from any copy of the library loaded in this process.
 *
 * @example
 * ```ts
 * let caught: unknown;
 * try { definePolicy({ id: 'x', version: '1', basedOn: 'kirklees' } as never); } catch (e) { caught = e; }
 * isPolicyValidationError(caught); // true: there is no preset 'kirklees'
 * isPolicyValidationError(new Error('Invalid policy')); // false
 * ```
 */
export function isPolicyValidationError(v: unknown): v is PolicyValidationError {
  return v instanceof Error && v.name === 'PolicyValidationError' && Array.isArray((v as { findings?: unknown }).findings);
}

/** The schema of a complete `SettingPolicy` (every section filled in). */
export const settingPolicySchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  basedOn: z.enum(presetIds),
  name: z.optional(z.string()),
  ...Object.fromEntries(registry.map((a) => [a.id, a.policy.schema])),
});

const presets = new Map<PresetId, SettingPolicy>();

/**
 * The complete policy of a shipped preset: the baseline with the preset's differences.
 *
 * @example
 * ```ts
 * presetPolicy('kirklees-primary').image.identifiableIndividualForbiddenIn; // ['setting-website']
 * ```
 */
export function presetPolicy(id: PresetId): SettingPolicy {
  let p = presets.get(id);
  if (!p) {
    const info = presetInfo[id];
    const out: Record<string, unknown> = { id, version: info.version, basedOn: id, name: info.title };
    for (const a of registry) out[a.id] = presetSection(a.policy as never, id);
    p = deepFreeze(out as SettingPolicy);
    validated.add(p);
    presets.set(id, p);
  }
  return p;
}

/**
 * Resolves the `policy` option; invalid input yields findings, never a throw.
 *
 * @example
 * ```ts
 * resolvePolicy('kirklees-primary').policy.id; // 'kirklees-primary'
 * const wrong = resolvePolicy('kirklees');
 * [wrong.policy.id, wrong.findings[0]?.subject]; // ['baseline', 'options.policy']
 * ```
 */
export function resolvePolicy(option: unknown): { policy: SettingPolicy; findings: Finding[] } {
  if (option === undefined) return { policy: presetPolicy('baseline'), findings: [] };
  if (typeof option === 'object' && option !== null && validated.has(option)) return { policy: option as SettingPolicy, findings: [] };
  if (typeof option === 'string') {
    if (isPresetId(option)) return { policy: presetPolicy(option), findings: [] };
    return { policy: presetPolicy('baseline'), findings: [invalid('options.policy', `options.policy "${option}" is not a preset (known: ${presetIds.join(', ')})`)] };
  }
  if (!isPlain(option)) return { policy: presetPolicy('baseline'), findings: [invalid('options.policy', 'options.policy must be a preset id or a policy object')] };
  const basedOn = option.basedOn === undefined ? 'baseline' : option.basedOn;
  if (!isPresetId(basedOn)) return { policy: presetPolicy('baseline'), findings: [invalid('options.policy.basedOn', `options.policy.basedOn must be one of ${presetIds.join(', ')}`)] };
  const start: Record<string, unknown> = { basedOn };
  for (const a of registry) start[a.id] = startingPoint(a.policy as never, basedOn);
  const merged = merge(start, option);
  const parsed = safeParse(settingPolicySchema, merged);
  if (!parsed.success) return { policy: presetPolicy('baseline'), findings: inputFindings('options.policy', merged, parsed.error.issues) };
  const never = neverApplies(parsed.data as Record<string, unknown>, option);
  if (never.length) return { policy: presetPolicy('baseline'), findings: never };
  const policy = deepFreeze(parsed.data as unknown as SettingPolicy);
  validated.add(policy);
  return { policy, findings: [] };
}

/**
 * The values a setting wrote that can never apply while its other values are as they are (each area lists its own,
 * `neverApplies` in its policy section): personal-device authorisers where personal devices are `'never'`, a purge
 * date where there is no yearly purge, ….
 *
 * @example
 * ```ts
 * const input = { id: 'x', version: '1', image: { personalDevices: 'never', personalDeviceAuthorisers: ['manager'] } };
 * neverApplies(input as never, input)[0]!.subject; // 'options.policy.image.personalDeviceAuthorisers'
 * ```
 */
export function neverApplies(policy: Record<string, unknown>, input: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  for (const a of registry) {
    const written = input[a.id];
    if (written === undefined) continue;
    out.push(...neverAppliesFindings(`options.policy.${a.id}`, a.policy.neverApplies as never, policy[a.id], written));
  }
  return out;
}

/**
 * Validates a setting's policy once, filling in everything it does not say from
 * the preset it is based on. Pass the result as `options.policy`; it is frozen
 * and is not validated again.
 *
 * @throws {@link PolicyValidationError} when the policy is invalid.
 * @example
 * ```ts
 * const policy = definePolicy({
 *   id: 'acorn-nursery', version: '2026-09', basedOn: 'homerton-early-years',
 *   image: { personalDevices: 'never' },
 * });
 * policy.image.personalDevices; // 'never'
 * ```
 */
export function definePolicy(input: SettingPolicyInput): SettingPolicy {
  const { policy, findings } = resolvePolicy(input);
  if (findings.length) throw new PolicyValidationError(findings);
  return policy;
}
