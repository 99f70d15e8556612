import { deepFreeze } from './merge.js';
// The shipped presets, and the source policies their values and rules cite.

/**
 * The source documents, by their number: the five seed policies and the statutory facts.
 *
 * @example
 * ```ts
 * sources['001'].file; // '001_37d62a2ef733a813.txt'
 * ```
 */
export const sources = deepFreeze({
  '000': { file: '000_adea60a66085a501.txt', title: 'Barnet Safeguarding Children Board guidance for childcare and early-years settings' },
  '001': { file: '001_37d62a2ef733a813.txt', title: 'Homerton Early Years Centre e-safety policy' },
  '002': { file: '002_ed2002546c8e0053.txt', title: 'Two Mile Ash Pre-School online safety policy 1.6' },
  '003': { file: '003_20a7bc9faa9d6812.txt', title: 'Cambridgeshire early-years e-safety policy template' },
  '004': { file: '004_fa76751dc5d22203.txt', title: 'Kirklees primary-school eSafety policy' },
  statutory: { file: 'statutory-facts.md', title: 'Statutory facts: the law and guidance the policies lean on' },
} as const);

/** A source document's number, e.g. `001`, or `statutory`. */
export type SourceId = keyof typeof sources;

/** The shipped presets: a shared baseline and one per source policy. */
export const presetIds = Object.freeze([
  'baseline',
  'barnet-early-years',
  'homerton-early-years',
  'two-mile-ash-pre-school',
  'cambridgeshire-early-years',
  'kirklees-primary',
] as const);

/** The id of a shipped preset. */
export type PresetId = (typeof presetIds)[number];

/** What a preset is, and where it comes from. */
export interface PresetInfo {
  id: PresetId;
  version: string;
  title: string;
  /** The seed policy file it encodes (none for the baseline). */
  source?: string;
}

/** Every shipped preset, with its source policy. */
export const presetInfo: Readonly<Record<PresetId, Readonly<PresetInfo>>> = deepFreeze({
  baseline: { id: 'baseline', version: '1.0.0', title: 'Shared baseline: the strictest common reading of the five policies and the statutory facts' },
  'barnet-early-years': { id: 'barnet-early-years', version: '1.0.0', title: sources['000'].title, source: sources['000'].file },
  'homerton-early-years': { id: 'homerton-early-years', version: '1.0.0', title: sources['001'].title, source: sources['001'].file },
  'two-mile-ash-pre-school': { id: 'two-mile-ash-pre-school', version: '1.0.0', title: sources['002'].title, source: sources['002'].file },
  'cambridgeshire-early-years': { id: 'cambridgeshire-early-years', version: '1.0.0', title: sources['003'].title, source: sources['003'].file },
  'kirklees-primary': { id: 'kirklees-primary', version: '1.0.0', title: sources['004'].title, source: sources['004'].file },
});

/** True for the id of a shipped preset. */
export const isPresetId = (v: unknown): v is PresetId => typeof v === 'string' && (presetIds as readonly string[]).includes(v);
