// The shipped presets, and the source policies their values and rules cite.
import { deepFreeze } from './merge.js';
import { libraryVersion } from '../version.js';

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
  /**
   * The edition of the source policy the preset encodes, in one format: its own date (`yyyy-MM`) where it states one;
   * else `undated, after <yyyy[-MM]>`, the latest date its own text cites; led by its own number where it has one
   * (`1.6, undated, after 2013`). The baseline is the library's own reading: its version is the library's (`0.1.0`).
   * What the library made of the text can change between releases while this stays: a decision's
   * `policy.fingerprint` names the values and rules exactly.
   */
  version: string;
  /** How the version was read from the source: the words and dates it rests on. */
  versionNote: string;
  title: string;
  /** The seed policy file it encodes (none for the baseline). */
  source?: string;
}

/**
 * Every shipped preset, with its source policy and the edition of it the preset encodes.
 *
 * @example
 * ```ts
 * presetInfo['kirklees-primary'].version; // '2010-03'
 * ```
 */
export const presetInfo: Readonly<Record<PresetId, Readonly<PresetInfo>>> = deepFreeze({
  baseline: {
    id: 'baseline', version: libraryVersion, title: 'Shared baseline: the strictest common reading of the five policies and the statutory facts',
    versionNote: 'The library\'s own reading, released with it: its version is the library\'s.',
  },
  'barnet-early-years': {
    id: 'barnet-early-years', version: 'undated, after 2012', title: sources['000'].title, source: sources['000'].file,
    versionNote: 'The guidance states no date or version; the latest document it cites is the Statutory Framework for the Early Years Foundation Stage 2012.',
  },
  'homerton-early-years': {
    id: 'homerton-early-years', version: 'undated, after 2013-04', title: sources['001'].title, source: sources['001'].file,
    versionNote: 'The policy states no date or version; it cites the EYFS framework (2012) and a web archive link captured on 1 April 2013.',
  },
  'two-mile-ash-pre-school': {
    id: 'two-mile-ash-pre-school', version: '1.6, undated, after 2013', title: sources['002'].title, source: sources['002'].file,
    versionNote: 'Policy 1.6 of the pre-school\'s set ("1.6 Online safety"), undated; the latest dated publication it cites is Safeguarding Children (2013).',
  },
  'cambridgeshire-early-years': {
    id: 'cambridgeshire-early-years', version: 'undated, after 2018', title: sources['003'].title, source: sources['003'].file,
    versionNote: 'A template whose adoption date is left blank ("This policy was adopted by: Date:"); it cites the EYFS framework (2017) and the Data Protection Act 2018.',
  },
  'kirklees-primary': {
    id: 'kirklees-primary', version: '2010-03', title: sources['004'].title, source: sources['004'].file,
    versionNote: 'Its own dates: "The policy was completed on: January 2010", "The policy was approved by March 2010".',
  },
});

/** The library itself, as a finding's clause names it: its own fail-closed checks and safeguards. */
export const LIBRARY = Object.freeze({ file: 'esafety-rules', title: 'esafety-rules: the library\'s own checks' });

const titles = new Map<string, string>([[LIBRARY.file, LIBRARY.title], ...Object.values(sources).map((s) => [s.file, s.title] as [string, string])]);

/**
 * The title of a source a clause cites, by its file name (a seed policy, the statutory facts, or `esafety-rules`).
 *
 * @example
 * ```ts
 * titleOf('004_fa76751dc5d22203.txt'); // 'Kirklees primary-school eSafety policy'
 * titleOf('our-policy.pdf'); // undefined
 * ```
 */
export const titleOf = (file: string): string | undefined => titles.get(file);

/**
 * True for the id of a shipped preset.
 *
 * @example
 * ```ts
 * isPresetId('kirklees-primary'); // true
 * isPresetId('kirklees'); // false
 * ```
 */
export const isPresetId = (v: unknown): v is PresetId => typeof v === 'string' && (presetIds as readonly string[]).includes(v);
