// A setting's policy as the document staff read: every value the software enforces, in words, with its clause.
import { isPresetId, presetInfo, sources, type PresetId } from './core/policy/presets.js';
import { presetSection, startingPoint } from './core/policy/resolve.js';
import { sourceOf, type PolicySection, type Quote, type Sourced } from './core/policy/section.js';
import { policyLabels } from './policyLabels.js';
import { presetPolicy, PolicyValidationError, resolvePolicy, type PolicyOption, type SettingPolicy } from './policy.js';
import { registry } from './registry.js';

/** Options for {@link renderPolicy}. */
export interface RenderPolicyOptions {
  /** The level of the document's title (`#` is 1); each area is one level below. Default: 1. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
}

const titles = new Map<string, string>(Object.values(sources).map((s) => [s.file, s.title]));

/**
 * A setting's policy as Markdown: the e-safety policy staff read, written from the same values every decision
 * enforces. Each area is a section; each value is said in words (from the TSDoc of the policy's own schema), with
 * the clause of the written policy it comes from and how it is read. A value the setting chose itself, rather than
 * take from its preset, is marked as the setting's own, with no clause quoted for it. The same policy always gives
 * the same text.
 *
 * `policy` is what `options.policy` takes: a preset id, a policy made by `definePolicy`, or a setting's policy to check.
 *
 * @throws {@link PolicyValidationError} when the policy is invalid.
 * @example
 * ```ts
 * const doc = renderPolicy(definePolicy({ id: 'acorn-nursery', version: '2026-09', basedOn: 'homerton-early-years', image: { personalDevices: 'never' } }));
 * doc.split('\n')[0]; // '# acorn-nursery'
 * doc.includes('Set by the setting'); // true
 * renderPolicy('kirklees-primary').includes('Photographs of identifiable individual pupils are not published on the web site'); // true
 * ```
 */
export function renderPolicy(policy: PolicyOption, options: RenderPolicyOptions = {}): string {
  const { policy: p, findings } = resolvePolicy(policy);
  if (findings.length) throw new PolicyValidationError(findings);
  const level = options.headingLevel ?? 1;
  const h = (n: number) => '#'.repeat(Math.min(6, level + n));
  const preset = isPresetId(policy) || p === presetPolicy(p.basedOn);
  const base = presetInfo[p.basedOn];
  const out: string[] = [];
  if (preset) {
    out.push(`${h(0)} ${base.title}`, '',
      `The shipped preset \`${p.id}\`, version ${p.version}${base.source ? `, encoding ${sourceName(base.source)} (\`${base.source}\`)` : ''}.`);
  } else {
    out.push(`${h(0)} ${p.name ?? p.id}`, '',
      `Policy \`${p.id}\`, version ${p.version}, based on the preset \`${p.basedOn}\` (${base.title}).`,
      'A value marked *set by the setting* is the setting\'s own choice: no clause of the preset is quoted for it.');
  }
  out.push('', 'Each value below is the one every decision reads, with the clause of the written policy it comes from; a note',
    'says how the value is read from its clauses, or why it has none. Made by `renderPolicy` from the policy itself.');
  for (const area of registry) {
    const labels = policyLabels[area.id];
    out.push('', `${h(1)} ${labels?.title || area.id}`, '', `*${area.question}*`, '');
    const values = (p as unknown as Record<string, Record<string, unknown>>)[area.id]!;
    const keys = [...Object.keys(labels?.fields ?? {}).filter((k) => k in values), ...Object.keys(values).filter((k) => !labels?.fields[k]).sort()];
    for (const key of keys) out.push(...field(area.policy as PolicySection<unknown>, area.id, key, values[key], p, preset, labels?.fields[key]));
  }
  return `${out.join('\n')}\n`;
}

/** One value: its label, the value, and where it comes from (the preset's clauses, or the setting's own choice). */
function field(section: PolicySection<unknown>, area: string, key: string, value: unknown, p: SettingPolicy, preset: boolean, label: string | undefined): string[] {
  const { inline, sub } = show(value);
  const lines = [`- **${label || key}** (\`${area}.${key}\`)`, `  - Value: ${inline}`, ...sub.map((s) => `    - ${s}`)];
  const from = preset ? sourceOf(section, p.basedOn, key as never) : provenance(section, p.basedOn, key, value);
  if ('own' in from) {
    const was = from.baseline ? `a policy based on \`${p.basedOn}\` starts from the baseline's ${show(from.own).inline}` : `the preset \`${p.basedOn}\` has ${show(from.own).inline}`;
    lines.push(`  - *Set by the setting* (\`${p.id}\`): its own choice, not the preset's (${was}).`);
    return lines;
  }
  for (const q of from.from) lines.push(`  - ${cite(q)}`);
  if (from.note) lines.push(`  - *${oneLine(from.note)}*`);
  return lines;
}

/** Where a setting's value comes from: the preset's value and clauses where it is the same, else the setting's own. */
function provenance(section: PolicySection<unknown>, basedOn: PresetId, key: string, value: unknown): Sourced<unknown> | { own: unknown; baseline: boolean } {
  const preset = (presetSection(section, basedOn) as Record<string, unknown>)[key];
  if (same(value, preset)) return sourceOf(section, basedOn, key as never);
  const start = (startingPoint(section, basedOn) as Record<string, unknown>)[key];
  // A value the setting's policy starts from the baseline (its own people and numbers) and left as it is.
  if (same(value, start)) return sourceOf(section, 'baseline', key as never);
  // Where the policy starts from the baseline's value, not the preset's, say so: the preset's own is not what it replaced.
  return { own: start, baseline: !same(start, preset) };
}

const sourceName = (file: string) => `*${titles.get(file) ?? file}*`;
const cite = (q: Quote) => `${sourceName(q.source)}, ${oneLine(q.section)}: “${oneLine(q.words)}”`;
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');
const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

/** A value in words: inline, with one line below for each entry of a list of records (a contact directory). */
function show(v: unknown): { inline: string; sub: string[] } {
  if (v === null || v === undefined) return { inline: 'none', sub: [] };
  if (typeof v === 'boolean') return { inline: v ? 'yes' : 'no', sub: [] };
  if (typeof v === 'number') return { inline: `\`${v}\``, sub: [] };
  if (typeof v === 'string') return { inline: code(oneLine(v)), sub: [] };
  if (Array.isArray(v)) {
    if (!v.length) return { inline: 'none', sub: [] };
    if (v.some((x) => typeof x === 'object' && x !== null)) return { inline: `${v.length} ${v.length === 1 ? 'entry' : 'entries'}`, sub: v.map((x) => show(x).inline) };
    return { inline: v.map((x) => show(x).inline).join(', '), sub: [] };
  }
  const parts: string[] = [];
  const sub: string[] = [];
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === undefined) continue;
    const s = show(x);
    parts.push(`${k}: ${s.inline}`);
    sub.push(...s.sub);
  }
  return { inline: parts.join('; '), sub };
}

/** Deep equality of policy values (plain data; arrays in order; an absent key and an undefined one alike). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => same(x, (b as unknown[])[i]));
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
