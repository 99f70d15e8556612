/** The shipped presets: a shared baseline and one per source policy. */
export const presetIds = [
  'baseline',
  'barnet-early-years',
  'homerton-early-years',
  'two-mile-ash-pre-school',
  'cambridgeshire-early-years',
  'kirklees-primary',
] as const;

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
export const presetInfo: Readonly<Record<PresetId, PresetInfo>> = {
  baseline: { id: 'baseline', version: '1.0.0', title: 'Shared baseline: the strictest common reading of the five policies and the statutory facts' },
  'barnet-early-years': { id: 'barnet-early-years', version: '1.0.0', title: 'Barnet Safeguarding Children Board guidance for childcare and early-years settings', source: '000_adea60a66085a501.txt' },
  'homerton-early-years': { id: 'homerton-early-years', version: '1.0.0', title: 'Homerton Early Years Centre e-safety policy', source: '001_37d62a2ef733a813.txt' },
  'two-mile-ash-pre-school': { id: 'two-mile-ash-pre-school', version: '1.0.0', title: 'Two Mile Ash Pre-School online safety policy 1.6', source: '002_ed2002546c8e0053.txt' },
  'cambridgeshire-early-years': { id: 'cambridgeshire-early-years', version: '1.0.0', title: 'Cambridgeshire early-years e-safety policy template', source: '003_20a7bc9faa9d6812.txt' },
  'kirklees-primary': { id: 'kirklees-primary', version: '1.0.0', title: 'Kirklees primary-school eSafety policy', source: '004_fa76751dc5d22203.txt' },
};

export const isPresetId = (v: unknown): v is PresetId => typeof v === 'string' && (presetIds as readonly string[]).includes(v);
