// What an invalid concern still says: each field read once, defensively, and kept only where it is valid.
import { invalid, MAX_INPUT_FINDINGS, type Finding } from '../../src/core/findings.js';
import { instant } from '../../src/core/schema.js';
import { safeParse } from '../../src/core/input.js';
import { instantMs } from '../../src/core/time/instant.js';
import type { ConcernParts } from './facts.js';
import { concernKinds, settingTypes, subjectRoles, type ConcernKind, type SettingType, type SubjectRole } from './vocabulary.js';

/** The most kinds read from a list (the schema allows each kind twice; a longer list is read this far for valid kinds). */
const MAX_READ = 1_000;
/** The most kinds a valid concern lists. */
const MAX_KINDS = concernKinds.length * 2;
const UNREADABLE = Symbol('unreadable');

/** One read of a field of a value that may be anything (a getter that throws, a revoked proxy): never throws. */
function field(v: unknown, key: string | number): unknown {
  try {
    return typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[key] : undefined;
  } catch {
    return UNREADABLE;
  }
}

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const quoted = (list: readonly string[]) => list.map((v) => JSON.stringify(v)).join(', ');
const KINDS = `one of ${quoted(concernKinds)}`;

/** An instant the schema accepts, in epoch ms; undefined where the field is missing, NaN where it is invalid. */
function timeOf(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  return v !== UNREADABLE && safeParse(instant, v).success ? instantMs(v) : Number.NaN;
}

/**
 * A concern as far as it can be read: its valid fields as the facts' parts, its times, and a finding for each invalid
 * kind (the schema's union names only `concern.kind`, without the accepted values or which entries are wrong).
 *
 * @example
 * ```ts
 * readConcern({ kind: ['cyberbullying', 'gossip'] }).parts.kinds; // ['cyberbullying']
 * readConcern({ kind: ['cyberbullying', 'gossip'] }).kindFindings.map((f) => f.subject); // ['concern.kind[1]']
 * ```
 */
export interface ReadConcern {
  parts: ConcernParts;
  /** The report time in ms: undefined where missing, NaN where invalid. */
  reportedAt: number | undefined;
  /** The event time in ms: undefined where missing, NaN where invalid. */
  occurredAt: number | undefined;
  /** Precise findings for an invalid `kind`: each entry that is not a kind, with the accepted values (empty where `kind` is valid or missing). */
  kindFindings: Finding[];
}

/** Reads `concern.kind`: the valid kinds, and a finding for each thing wrong with it. */
function readKinds(raw: unknown): { kinds: ConcernKind[]; findings: Finding[] } {
  const kinds: ConcernKind[] = [];
  const findings: Finding[] = [];
  if (raw === undefined) return { kinds, findings };
  if (isOneOf(concernKinds, raw)) return { kinds: [raw], findings };
  let list = false;
  try { list = Array.isArray(raw); } catch { /* a revoked proxy: not a list */ }
  if (!list) {
    findings.push(invalid('concern.kind', `concern.kind must be ${KINDS}, or a list of them`));
    return { kinds, findings };
  }
  let length = 0;
  try { length = Math.min(Number((raw as unknown[]).length) || 0, MAX_READ); } catch { /* unreadable length: nothing read */ }
  if (length === 0) findings.push(invalid('concern.kind', 'concern.kind must list at least one kind'));
  let more = 0;
  for (let i = 0; i < length; i++) {
    const k = field(raw, i);
    if (isOneOf(concernKinds, k)) { if (!kinds.includes(k)) kinds.push(k); continue; }
    if (findings.length < MAX_INPUT_FINDINGS) findings.push(invalid(`concern.kind[${i}]`, `concern.kind[${i}] must be ${KINDS}`));
    else more++;
  }
  if (more) findings.push(invalid('concern.kind', `concern.kind has ${more} more entries that are not kinds of concern`));
  else if (length > MAX_KINDS) findings.push(invalid('concern.kind', `concern.kind lists more than ${MAX_KINDS} kinds (each kind at most twice)`));
  return { kinds, findings };
}

/**
 * Reads what a concern still says, whatever it is (any value at all): each field once, kept where it is valid.
 * A missing or invalid setting is `unknown`; a subject given without a valid role is `unknown` (someone, not nobody).
 *
 * @example
 * ```ts
 * readConcern({ kind: 'gossip', reportedAt: '2026-11-20T10:00:00Z', immediateDanger: true }).parts;
 * // → { kinds: [], settingType: 'unknown', role: 'none', immediateDanger: true }
 * readConcern({ kind: 'gossip', immediateDanger: true }).parts.immediateDanger; // true
 * ```
 */
export function readConcern(raw: unknown): ReadConcern {
  const { kinds, findings } = readKinds(field(raw, 'kind'));
  const setting = field(raw, 'setting');
  const type = field(setting, 'type');
  const settingType: SettingType | 'unknown' = isOneOf(settingTypes, type) ? type : 'unknown';
  const subject = field(raw, 'subject');
  const role: SubjectRole | 'none' = subject === undefined ? 'none' : ((r) => (isOneOf(subjectRoles, r) ? r : 'unknown'))(field(subject, 'role'));
  return {
    parts: {
      kinds, settingType, role,
      immediateDanger: bool(field(raw, 'immediateDanger')),
      meetsHarmThreshold: bool(field(raw, 'meetsHarmThreshold')),
      adultInvolved: bool(field(raw, 'adultInvolved')),
      personalDataBreach: bool(field(raw, 'personalDataBreach')),
    },
    reportedAt: timeOf(field(raw, 'reportedAt')),
    occurredAt: timeOf(field(raw, 'occurredAt')),
    kindFindings: findings,
  };
}
