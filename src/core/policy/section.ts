// A policy section: one area's part of a setting's policy, its values carried as data with the clause behind each.
import type { ZodMiniType } from 'zod/mini';
import type { NeverApplies } from './neverApplies.js';
import { sources, type PresetId, type SourceId } from './presets.js';

/** Makes every property optional, all the way down (arrays are replaced whole). */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Where a policy value comes from: the source policy's file, the section, and its words. */
export interface Quote {
  /** The file, e.g. `001_37d62a2ef733a813.txt`, or `statutory-facts.md`. */
  source: string;
  /** The section heading (or line) the words are under. */
  section: string;
  /** The words of the clause, verbatim (`...` where words are left out). */
  words: string;
}

/** One policy value with the clauses it comes from; `note` says how it is read from them where that is not plain. */
export interface Sourced<V> {
  readonly value: V;
  readonly from: readonly Quote[];
  readonly note?: string;
}

/** Every value of a section, each with its clauses. */
export type SectionValues<T> = { readonly [K in keyof T]: Sourced<T[K]> };

/**
 * One area's part of a `SettingPolicy`: the schema of its values, the baseline's values and each preset's differences
 * from the baseline, every value with the clause it comes from.
 */
export interface PolicySection<T> {
  /** A zod/mini schema for the complete section. */
  schema: ZodMiniType<T>;
  baseline: SectionValues<T>;
  presets: { readonly [P in Exclude<PresetId, 'baseline'>]?: Partial<SectionValues<T>> };
  /**
   * Values that belong to the setting a preset was written for (its named people, its numbers): a policy based on
   * the preset starts these from the baseline, and the setting gives its own.
   */
  own?: readonly (keyof T & string)[];
  /** Values that can never apply while others are as they are: a policy that sets one is refused (see {@link NeverApplies}). */
  neverApplies?: readonly NeverApplies<T>[];
}

/** Declares a section with its types checked. */
export const defineSection = <T>(s: PolicySection<T>): PolicySection<T> => s;

/**
 * A quote from a source: `quote('001', 'Photographs', 'unless agreed with the Head of Centre')`.
 *
 * @example
 * ```ts
 * quote('004', 'Using images', 'Full names will not be used').source; // '004_fa76751dc5d22203.txt'
 * ```
 */
export const quote = (source: SourceId, section: string, words: string): Quote => ({ source: sources[source].file, section, words });

/**
 * A value and the clauses it comes from.
 *
 * @example
 * ```ts
 * sourced(true, quote('002', 'Cameras and videos', 'written permission')).value; // true
 * ```
 */
export const sourced = <V>(value: V, ...from: Quote[]): Sourced<V> => ({ value, from });

/** A value read from its clauses with a note saying how (or, with no clause, why the value is what it is). */
export const reading = <V>(value: V, note: string, ...from: Quote[]): Sourced<V> => ({ value, from, note });

/** The plain values of a preset's section: the baseline's, with the preset's differences laid on it. */
export function valuesOf<T>(section: PolicySection<T>, id: PresetId): T {
  const out: Record<string, unknown> = {};
  const over = id === 'baseline' ? undefined : (section.presets[id] as Record<string, Sourced<unknown>> | undefined);
  for (const [k, v] of Object.entries(section.baseline as Record<string, Sourced<unknown>>)) out[k] = (over?.[k] ?? v).value;
  return out as T;
}

/** The sourced value of one field in a preset: the preset's own where it has one, else the baseline's. */
export function sourceOf<T>(section: PolicySection<T>, id: PresetId, key: keyof T): Sourced<T[keyof T]> {
  const over = id === 'baseline' ? undefined : section.presets[id]?.[key];
  return (over ?? section.baseline[key]) as Sourced<T[keyof T]>;
}
