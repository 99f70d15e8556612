// The options of `explain`, checked once per catalogue: an override for a rule nobody has, or wording that could carry
// an id to a parent, is refused with a typed error (configuration, not input).
import { marks } from '../core/brand.js';
import type { Message, Messages } from '../core/messages.js';
import type { RuleSet } from '../core/rules/ruleSet.js';
import { shippedMessages } from './catalogue.js';
import { englishPhrases, type Phrases } from './phrases.js';

/** Who reads an explanation. */
export type Reader = 'staff' | 'parent' | 'inspector';

/** The readers `explain` writes for. */
export const readers: readonly Reader[] = Object.freeze(['staff', 'parent', 'inspector'] as const);

/** Options of `explain`. */
export interface ExplainOptions {
  /** `staff`: every reason, its policy and remedy. `parent`: what concerns their own child, and what happens next. `inspector`: the clause trail. */
  reader: Reader;
  /** For a parent: their child's id. Without it, a parent is told nothing about any child. */
  child?: string;
  /**
   * Your wording for any rule, by rule id: replaces the shipped entry field by field (a field you leave out keeps the
   * shipped text). An id that is neither shipped nor in `rules` is refused; an entry for your own rule needs `staff`.
   */
  messages?: Readonly<Record<string, Partial<Message>>>;
  /** Your wording for any phrase around the messages (headlines, the policy line, dates): see `englishPhrases`. */
  phrases?: Partial<Phrases>;
  /** Your rule set (`createRuleSet`), so that `messages` may word your own rules. */
  rules?: RuleSet;
}

/**
 * Thrown by `explain` for options it cannot use: an unknown reader, an override for a rule id that does not exist, a
 * placeholder a text may not hold, an unknown phrase. The only error `explain` throws.
 *
 * @example
 * ```ts
 * const decision = canPublishImage(photo, consents, { at, policy: 'homerton-early-years' });
 * try { explain(decision, { reader: 'staff', messages: { 'image.consent.mising': { staff: '…' } } }); }
 * catch (e) { if (e instanceof ExplainOptionsError) console.error(e.problems); }
 * ```
 */
export class ExplainOptionsError extends Error {
  override readonly name = 'ExplainOptionsError';
  /** `instanceof` holds for this error from any copy of the library (its ESM and CommonJS builds in one process). */
  static override [Symbol.hasInstance](v: unknown): boolean { return isExplainOptionsError(v); }
  /** Each problem, e.g. `messages["image.consent.mising"]: no rule has this id`. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid explain options:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

/**
 * True for an {@link ExplainOptionsError} from any copy of the library loaded in this process.
 *
 * @example
 * ```ts
 * const decision = canPublishImage(photo, consents, { at, policy: 'homerton-early-years' });
 * try { explain(decision, { reader: 'teacher' as never }); } catch (e) { if (isExplainOptionsError(e)) console.error(e.problems); }
 * ```
 */
export function isExplainOptionsError(v: unknown): v is ExplainOptionsError {
  return v instanceof Error && v.name === 'ExplainOptionsError' && Array.isArray((v as { problems?: unknown }).problems);
}

/** What `explain` reads from its options: the catalogue to look in, the phrases to use. */
export interface ReadOptions {
  reader: Reader;
  child: string | undefined;
  /** The message for a rule: the override's fields over the shipped entry. */
  message(rule: string): Partial<Message> | undefined;
  phrases: Readonly<Phrases>;
}

const FIELDS = new Set(['staff', 'remedy', 'parent']);
const MESSAGE_SLOTS = new Set(['subject', 'message']);
const PHRASE_SLOTS: Record<string, readonly string[]> = {
  policy: ['policy', 'section'], remedy: ['remedy'], keepUntil: ['date'], deleteBy: ['date'], takeDownBy: ['date'],
  obscure: ['children'], obscureBy: ['children', 'date'], stepBy: ['date'], contact: ['contact'],
  trail: ['rule', 'code', 'effect', 'source', 'policy', 'section'], trailRule: ['rule'], trailSubject: ['subject'],
  trailPolicy: ['id', 'version'], trailFingerprint: ['fingerprint'], date: ['day', 'month', 'year'], dateTime: ['date', 'time'], endOfDay: ['date'],
};
const slotsOf = (text: string) => [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Overrides checked and copied, per overrides object and rule set (a later change to your object is not read). */
const checked = new WeakMap<object, WeakMap<object, Messages>>();
const phraseSets = new WeakMap<object, Readonly<Phrases>>();
const NO_RULES = {};

/** Reads and checks the options; throws {@link ExplainOptionsError} for options it cannot use. */
export function readExplainOptions(options: unknown): ReadOptions {
  if (!isObject(options)) throw new ExplainOptionsError(['options must be an object with a reader (staff, parent or inspector)']);
  const problems: string[] = [];
  const { reader, child, messages, phrases, rules } = options;
  if (typeof reader !== 'string' || !(readers as readonly string[]).includes(reader)) problems.push(`reader must be one of ${readers.join(', ')}`);
  if (child !== undefined && (typeof child !== 'string' || child === '')) problems.push('child must be the id of a child (a non-empty string)');
  if (rules !== undefined && !(isObject(rules) && marks().ruleSets.has(rules))) problems.push('rules must be a rule set made by createRuleSet');
  if (messages !== undefined && !isObject(messages)) problems.push('messages must be an object of messages by rule id');
  if (phrases !== undefined && !isObject(phrases)) problems.push('phrases must be an object of phrases by name');
  if (problems.length) throw new ExplainOptionsError(problems);
  const overrides = messages === undefined ? undefined : overridesOf(messages as Record<string, unknown>, rules as RuleSet | undefined);
  return {
    reader: reader as Reader,
    child: child as string | undefined,
    message: (rule) => {
      const own = overrides?.[rule];
      const shipped = shippedMessages[rule];
      return own && shipped ? { ...shipped, ...own } : own ?? shipped;
    },
    phrases: phrases === undefined ? englishPhrases : phrasesOf(phrases as Record<string, unknown>),
  };
}

function overridesOf(messages: Record<string, unknown>, rules: RuleSet | undefined): Messages {
  let byRules = checked.get(messages);
  const key: object = rules ?? NO_RULES;
  const done = byRules?.get(key);
  if (done) return done;
  const problems: string[] = [];
  const known = new Set(rules?.rules.map((r) => r.rule.name));
  const out: Record<string, Message> = Object.create(null) as Record<string, Message>;
  for (const [id, entry] of Object.entries(messages)) {
    const at = `messages[${JSON.stringify(id)}]`;
    const shipped = Object.prototype.hasOwnProperty.call(shippedMessages, id);
    if (!shipped && !known.has(id)) { problems.push(`${at}: no rule has this id (a rule of your own needs its rule set as rules)`); continue; }
    if (!isObject(entry)) { problems.push(`${at} must be an object with staff, remedy or parent`); continue; }
    const copy: Partial<Message> = {};
    for (const [field, text] of Object.entries(entry)) {
      if (!FIELDS.has(field)) { problems.push(`${at}.${field}: unknown field (staff, remedy or parent)`); continue; }
      if (typeof text !== 'string' || text.trim() === '') { problems.push(`${at}.${field} must be a non-empty string`); continue; }
      const slots = slotsOf(text);
      if (field === 'parent' && slots.length) problems.push(`${at}.parent: a parent's text takes no placeholder ({${slots[0]}}): it could carry an id`);
      else for (const s of slots) if (!MESSAGE_SLOTS.has(s)) problems.push(`${at}.${field}: unknown placeholder {${s}} (use {subject} or {message})`);
      (copy as Record<string, string>)[field] = text;
    }
    if (!shipped && copy.staff === undefined) problems.push(`${at}: a rule of your own needs a staff text`);
    out[id] = Object.freeze(copy) as Message;
  }
  if (problems.length) throw new ExplainOptionsError(problems);
  const frozen = Object.freeze(out);
  if (!byRules) checked.set(messages, (byRules = new WeakMap()));
  byRules.set(key, frozen);
  return frozen;
}

function phrasesOf(phrases: Record<string, unknown>): Readonly<Phrases> {
  const done = phraseSets.get(phrases);
  if (done) return done;
  const problems: string[] = [];
  const out: Record<string, unknown> = { ...englishPhrases };
  for (const [name, value] of Object.entries(phrases)) {
    if (!Object.prototype.hasOwnProperty.call(englishPhrases, name)) { problems.push(`phrases.${name}: unknown phrase`); continue; }
    if (name === 'months') {
      if (!Array.isArray(value) || value.length !== 12 || value.some((m) => typeof m !== 'string' || m === '')) problems.push('phrases.months must be the twelve month names');
      else out.months = Object.freeze([...value as string[]]);
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') { problems.push(`phrases.${name} must be a non-empty string`); continue; }
    const allowed = name.startsWith('parent') ? ['date'] : PHRASE_SLOTS[name] ?? [];
    for (const s of slotsOf(value)) if (!allowed.includes(s)) problems.push(`phrases.${name}: placeholder {${s}} is not one it takes (${allowed.map((a) => `{${a}}`).join(', ') || 'none'})`);
    out[name] = value;
  }
  if (problems.length) throw new ExplainOptionsError(problems);
  const frozen = Object.freeze(out) as unknown as Readonly<Phrases>;
  phraseSets.set(phrases, frozen);
  return frozen;
}
