import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedRuleFiles } from '../registry.js';
import { shippedRuleSet } from '../ruleSets.js';
import { shippedMessages } from './catalogue.js';
import { englishPhrases } from './phrases.js';

// The catalogue covers every rule the library can give: each rule of the shipped files, and each rule id a module
// makes in code (the fail-closed `input.invalid`, the route's own findings), found by reading the sources (not their TSDoc examples).
const root = join(__dirname, '..', '..');
const sourcesUnder = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
const madeInCode = [...new Set([...sourcesUnder('src'), ...sourcesUnder('rules')]
  .flatMap((f) => [...readFileSync(join(root, f), 'utf8').replace(/^\s*\*.*$/gm, '').matchAll(/\brule: '([a-z][\w.-]*)'|routeFinding\('([a-z][\w.-]*)'|const INVALID = '([a-z][\w.-]*)'/g)])
  .map((m) => m[1] ?? m[2] ?? m[3]!))].sort();
const shippedRules = shippedRuleFiles.flatMap((f) => f.rules);
const everyId = [...new Set([...shippedRules.map((r) => r.name), ...madeInCode])].sort();
const entries = Object.entries(shippedMessages);
const slots = (t: string) => [...t.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
/** A word in an identifier's shape (`childId`, `retainUntil`): a field name, not plain English. */
const CAMEL = /\b[a-z]+[A-Z]\w*/g;
const PLAIN_EXCEPTIONS = new Set(['eSafety']);

describe('the message catalogue', () => {
  it('finds the rule ids made in code (the scan works)', () => {
    expect(madeInCode).toEqual(expect.arrayContaining(['input.invalid', 'concern.deadline.passed', 'concern.input.incomplete', 'concern.first-contact.fallback', 'concern.contacts.stale', 'concern.contacts.missing']));
  });

  it('has an entry with staff words for every shipped rule and every rule made in code', () => {
    expect(everyId.length).toBeGreaterThan(290);
    expect(everyId.filter((id) => !shippedMessages[id]?.staff?.trim())).toEqual([]);
  });

  it('has no entry for a rule that does not exist', () => {
    expect(entries.map(([id]) => id).filter((id) => !everyId.includes(id))).toEqual([]);
  });

  it('gives a remedy exactly where the rule has one', () => {
    const mismatched = shippedRules.filter((r) => (r.event.params.remedy !== undefined) !== (shippedMessages[r.name]?.remedy !== undefined)).map((r) => r.name);
    expect(mismatched).toEqual([]);
  });

  it('names the child in the staff words of every rule that runs once per child', () => {
    const each = shippedRuleSet().rules.filter((r) => r.scope === 'each').map((r) => r.rule.name);
    expect(each.length).toBeGreaterThan(10);
    expect(each.filter((id) => !shippedMessages[id]!.staff.includes('{subject}'))).toEqual([]);
  });

  it('has parent words for every image and retention rule, and for every rule whose staff words name the subject', () => {
    const needs = entries.filter(([id, m]) => /^(image|retention)\./.test(id) || slots(m.staff).includes('subject')).map(([id]) => id);
    const routeMade = ['concern.deadline.passed', 'concern.input.incomplete', 'concern.first-contact.fallback', 'concern.contacts.stale', 'concern.contacts.missing'];
    expect(needs.filter((id) => shippedMessages[id]!.parent === undefined && !routeMade.includes(id))).toEqual([]);
  });

  it('puts no placeholder in parent words, and only {subject} and {message} in staff words and remedies', () => {
    expect(entries.filter(([, m]) => m.parent !== undefined && slots(m.parent).length).map(([id]) => id)).toEqual([]);
    expect(entries.flatMap(([id, m]) => [m.staff, m.remedy ?? ''].flatMap(slots).filter((s) => s !== 'subject' && s !== 'message').map((s) => `${id}: {${s}}`))).toEqual([]);
  });

  it('is plain: whole sentences, short, without field names', () => {
    const texts = entries.flatMap(([id, m]) => [['staff', m.staff], ['remedy', m.remedy], ['parent', m.parent]].filter(([, t]) => t !== undefined).map(([k, t]) => ({ at: `${id}.${k}`, t: t! })));
    expect(texts.length).toBeGreaterThan(550);
    expect(texts.filter(({ t }) => t !== '{message}' && !/[.)]$/.test(t)).map((x) => x.at)).toEqual([]);
    expect(texts.filter(({ t }) => t.length > 200).map((x) => `${x.at} (${x.t.length})`)).toEqual([]);
    expect(texts.flatMap(({ at, t }) => (t.match(CAMEL) ?? []).filter((w) => !PLAIN_EXCEPTIONS.has(w)).map((w) => `${at}: ${w}`))).toEqual([]);
  });

  it('is frozen: what callers are handed cannot change what explain reads', () => {
    expect(Object.isFrozen(shippedMessages)).toBe(true);
    expect(Object.isFrozen(shippedMessages['image.consent.missing'])).toBe(true);
    expect(Object.isFrozen(englishPhrases)).toBe(true);
    expect(Object.isFrozen(englishPhrases.months)).toBe(true);
  });
});
