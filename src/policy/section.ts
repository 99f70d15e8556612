import type { PresetId } from './presets.js';

/** Makes every property optional, all the way down (arrays are replaced whole). */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * One area's part of a `SettingPolicy`: its schema, its baseline values and
 * each preset's differences from the baseline (each citing its clause in a comment).
 */
export interface PolicySection<T> {
  /** A zod/mini schema for the complete section. */
  schema: import('zod/mini').ZodMiniType<T>;
  baseline: T;
  presets: Partial<Record<Exclude<PresetId, 'baseline'>, DeepPartial<T>>>;
}

/** Declares a section with its types checked. */
export const defineSection = <T>(s: PolicySection<T>): PolicySection<T> => s;
