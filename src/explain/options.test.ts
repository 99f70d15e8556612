import { describe, expect, it } from 'vitest';
import type { Decision } from '../core/findings.js';
import { createRuleSet } from '../ruleSets.js';
import { shippedMessages } from './catalogue.js';
import { explain } from './explain.js';
import { ExplainOptionsError, isExplainOptionsError, type ExplainOptions } from './options.js';
import type { Phrases } from './phrases.js';

// A decision by hand: child c1 has no consent (with a remedy of its own), and one input was invalid.
const decision: Decision = {
  allowed: false,
  reasons: [
    { rule: 'image.consent.missing', effect: 'block', code: 'CONSENT_MISSING', message: 'No consent.', subject: 'c1', remedy: 'Get consent.', clause: { source: 'mine.pdf', section: '4.2', title: 'Mine' } },
    { rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT', message: 'photo.id must be string', subject: 'photo.id', clause: { source: 'esafety-rules', section: 'Fail closed', title: 'x' } },
  ],
  policy: { id: 'mine', version: '1', fingerprint: 'sha256:0' },
};
/** The problems explain reports for these options; [] if it accepts them. Any other error fails the test. */
const problemsOf = (options: unknown): string[] => {
  try { explain(decision, options as ExplainOptions); return []; } catch (e) { if (isExplainOptionsError(e)) return e.problems; throw e; }
};
const sweep = (extra: object) => ({ action: 'delete', rules: [], by: '2026-10-01', ...extra }) as never;

describe('ExplainOptionsError', () => {
  it('lists each problem on its own line of the message', () => {
    const e = new ExplainOptionsError(['first problem', 'second problem']);
    expect(e.message).toBe('Invalid explain options:\n  first problem\n  second problem');
    expect(e.name).toBe('ExplainOptionsError');
    expect(e.problems).toEqual(['first problem', 'second problem']);
  });

  it('is recognised from another copy of the library by its name and problems, and nothing less', () => {
    const copy = Object.assign(new Error('x'), { name: 'ExplainOptionsError', problems: [] });
    expect(isExplainOptionsError(new ExplainOptionsError([]))).toBe(true);
    expect(isExplainOptionsError(copy)).toBe(true);
    expect(copy instanceof ExplainOptionsError).toBe(true);
    expect(isExplainOptionsError(Object.assign(new Error('x'), { problems: [] }))).toBe(false); // another error with problems
    expect(isExplainOptionsError(Object.assign(new Error('x'), { name: 'ExplainOptionsError' }))).toBe(false); // no problems
    expect(isExplainOptionsError({ name: 'ExplainOptionsError', problems: [] })).toBe(false); // not an Error
    expect(isExplainOptionsError({ problems: [] })).toBe(false);
    expect(new Error('x') instanceof ExplainOptionsError).toBe(false);
  });
});

describe('explain options: reader, child, messages, phrases', () => {
  it('refuses options that are not an object', () => {
    for (const bad of [null, undefined, 'staff', ['staff'], 42]) {
      expect(problemsOf(bad)).toEqual(['options must be an object with a reader (staff, parent or inspector)']);
    }
  });

  it('refuses a reader that is not one of the three', () => {
    for (const reader of [undefined, 'teacher', ['staff'], 1]) expect(problemsOf({ reader })).toEqual(['reader must be one of staff, parent, inspector']);
    for (const reader of ['staff', 'parent', 'inspector']) expect(problemsOf({ reader })).toEqual([]);
  });

  it('refuses a child that is empty or not a string', () => {
    expect(problemsOf({ reader: 'parent', child: '' })).toEqual(['child must be the id of a child (a non-empty string)']);
    expect(problemsOf({ reader: 'parent', child: 7 })).toEqual(['child must be the id of a child (a non-empty string)']);
  });

  it('refuses messages and phrases that are not objects, and reports every problem at once', () => {
    expect(problemsOf({ reader: 'staff', messages: 'x', phrases: ['x'] })).toEqual(['messages must be an object of messages by rule id', 'phrases must be an object of phrases by name']);
    expect(problemsOf({ reader: 'staff', messages: null, phrases: null })).toEqual(['messages must be an object of messages by rule id', 'phrases must be an object of phrases by name']);
    expect(problemsOf({ reader: 'x', child: '', rules: {}, messages: [] })).toEqual([
      'reader must be one of staff, parent, inspector', 'child must be the id of a child (a non-empty string)',
      'rules must be a rule set made by createRuleSet', 'messages must be an object of messages by rule id',
    ]);
  });
});

describe('messages: what an override may hold', () => {
  it('takes a remedy, with {subject}, over the shipped one', () => {
    const e = explain(decision, { reader: 'staff', messages: { 'image.consent.missing': { remedy: 'Ask the family of {subject} for consent.' } } });
    expect(e.sentences).toContain('To put it right: Ask the family of c1 for consent.');
    expect(e.sentences).toContain('No consent is recorded for child c1, who can be recognised in the photo.'); // staff words still shipped
  });

  it('takes {message} in staff words', () => {
    expect(explain(decision, { reader: 'staff', messages: { 'input.invalid': { staff: 'Wrong: {message}.' } } }).sentences).toContain('Wrong: photo.id must be string.');
  });

  it('refuses blank words, with the exact problem', () => {
    expect(problemsOf({ reader: 'staff', messages: { 'image.consent.missing': { staff: '   ' } } })).toEqual(['messages["image.consent.missing"].staff must be a non-empty string']);
    expect(problemsOf({ reader: 'staff', messages: { 'image.consent.missing': { staff: 'A.', remedy: '' } } })).toEqual(['messages["image.consent.missing"].remedy must be a non-empty string']);
  });

  it('words each problem exactly', () => {
    expect(problemsOf({ reader: 'staff', messages: {
      'image.consent.missing': { parent: 'Child {subject}.', staff: 'Child {name}.', staf: 'x.' },
      'image.nope': { staff: 'x.' },
      'input.invalid': 'x',
    } })).toEqual([
      'messages["image.consent.missing"].parent: a parent\'s text takes no placeholder ({subject}): it could carry an id',
      'messages["image.consent.missing"].staff: unknown placeholder {name} (use {subject} or {message})',
      'messages["image.consent.missing"].staf: unknown field (staff, remedy or parent)',
      'messages["image.nope"]: no rule has this id (a rule of your own needs its rule set as rules)',
      'messages["input.invalid"] must be an object with staff, remedy or parent',
    ]);
  });

  it('keeps its first reading of your messages for each rule set', () => {
    const rules = createRuleSet();
    const mine = { 'image.consent.missing': { staff: 'First words.' } };
    const said = (options: ExplainOptions) => explain(decision, options).sentences[1];
    expect(said({ reader: 'staff', messages: mine, rules })).toBe('First words.');
    expect(said({ reader: 'staff', messages: mine })).toBe('First words.'); // the same words, without a rule set
    mine['image.consent.missing'].staff = 'Later words.';
    expect(said({ reader: 'staff', messages: mine, rules })).toBe('First words.');
    expect(said({ reader: 'staff', messages: mine })).toBe('First words.');
    expect(said({ reader: 'staff', messages: mine, rules: createRuleSet() })).toBe('Later words.'); // another rule set reads it anew
  });

  it('keeps the shipped entry for the fields an override leaves out', () => {
    const e = explain(decision, { reader: 'parent', child: 'c1', messages: { 'image.consent.missing': { staff: 'Ours.' } } });
    expect(e.sentences).toContain(shippedMessages['image.consent.missing']!.parent);
  });
});

describe('phrases: what an override may hold', () => {
  // Every phrase that takes a value, with every placeholder it takes.
  const every: Partial<Phrases> = {
    policy: 'P {policy} / {section}.', remedy: 'Fix: {remedy}', keepUntil: 'Keep till {date}.', deleteBy: 'Delete by {date}.',
    takeDownBy: 'Down by {date}.', obscure: 'Hide {children}.', obscureBy: 'Hide {children} by {date}.', stepBy: 'By {date}.',
    contact: 'Call {contact}.', trail: '{rule} {code} {effect} {source} {policy} {section}.', trailRule: 'R {rule}.', trailSubject: 'S {subject}.',
    trailPolicy: 'P {id} {version}.', trailFingerprint: 'F {fingerprint}.', date: '{day}/{month}/{year}', dateTime: '{time} {date}', endOfDay: 'end {date}',
    parentKeepUntil: 'Kept till {date}.', parentDeleteBy: 'Gone by {date}.', parentTakeDownBy: 'Down by {date}.', parentObscureBy: 'Hidden by {date}.', parentChangedBy: 'Changed by {date}.',
  };

  it('takes each placeholder a phrase takes, and uses them', () => {
    expect(problemsOf({ reader: 'staff', phrases: every })).toEqual([]);
    const with_ = (r: object, reader: ExplainOptions['reader'] = 'staff', child?: string) => explain(r as never, { reader, phrases: every, ...(child ? { child } : {}) }).sentences;
    expect(with_(sweep({ action: 'keep', deleteBy: '2027-11-01' }))).toEqual(['Keep till 1/November/2027.']);
    expect(with_(sweep({}))).toEqual(['Delete by 1/October/2026.']);
    expect(with_(sweep({ action: 'take-down', by: '2026-12-01T09:05:00Z' }))).toEqual(['Down by 09:05 1/December/2026.']);
    expect(with_(sweep({ action: 'obscure', obscure: ['c1', 'c2'], by: undefined }))).toEqual(['Hide c1, c2.']);
    expect(with_(sweep({ action: 'obscure', obscure: ['c1', 'c2'], by: '2026-12-29T23:59:59Z' }))).toEqual(['Hide c1, c2 by end 29/December/2026.']);
    expect(with_(sweep({ rules: ['retention.yearly.purge'] }), 'inspector')).toEqual(['Delete by 1/October/2026.', shippedMessages['retention.yearly.purge']!.staff, 'R retention.yearly.purge.']);
    expect(with_(sweep({}), 'parent', 'c1')).toEqual(['Gone by 1/October/2026.']);
    expect(with_(sweep({ action: 'obscure', obscure: ['c1'] }), 'parent', 'c1')).toEqual(['Hidden by 1/October/2026.']);
    expect(with_(sweep({ action: 'obscure', obscure: ['c1'] }), 'parent', 'c2')).toEqual(['Changed by 1/October/2026.']);
    const i = with_(decision, 'inspector');
    expect(i).toContain('image.consent.missing CONSENT_MISSING block mine.pdf Mine 4.2.');
    expect(i).toContain('S c1.');
    expect(i.slice(-2)).toEqual(['P mine 1.', 'F sha256:0.']);
    const s = with_(decision);
    expect(s.slice(1, 4)).toEqual(['No consent is recorded for child c1, who can be recognised in the photo.', 'P Mine / 4.2.', 'Fix: Get written consent from a parent or carer for this use, or obscure the child.']);
  });

  it('refuses a placeholder a phrase does not take, naming those it does', () => {
    expect(problemsOf({ reader: 'staff', phrases: { keep: 'Keep till {date}.', obscureBy: 'Hide {child} by {date}.', parentOthers: 'About {subject}.', parentKeep: 'Kept {date}.' } })).toEqual([
      'phrases.keep: placeholder {date} is not one it takes (none)',
      'phrases.obscureBy: placeholder {child} is not one it takes ({children}, {date})',
      'phrases.parentOthers: placeholder {subject} is not one it takes ({date})',
    ]);
  });

  it('refuses a phrase that is not a non-empty string, and an unknown one', () => {
    expect(problemsOf({ reader: 'staff', phrases: { allowed: 42, notAllowed: '   ', notAlowed: 'x' } })).toEqual([
      'phrases.allowed must be a non-empty string', 'phrases.notAllowed must be a non-empty string', 'phrases.notAlowed: unknown phrase',
    ]);
  });

  it('takes twelve month names, and refuses anything else', () => {
    const cy = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
    expect(explain(sweep({}), { reader: 'staff', phrases: { months: cy } }).sentences).toEqual(['Delete the photo by 1 Hydref 2026.']);
    const refused = ['phrases.months must be the twelve month names'];
    for (const bad of [[...cy.slice(0, 11), ''], [...cy.slice(0, 11), 42], [42, ...cy.slice(1)], [...cy, 'Extra'], cy.slice(0, 11), 'Ionawr', { length: 12 }]) {
      expect(problemsOf({ reader: 'staff', phrases: { months: bad } }), JSON.stringify(bad)).toEqual(refused);
    }
  });

  it('keeps its first reading of your phrases', () => {
    const mine: Partial<Phrases> = { notAllowed: 'First words.' };
    expect(explain(decision, { reader: 'staff', phrases: mine }).sentences[0]).toBe('First words.');
    mine.notAllowed = 'Later {bad} words.';
    expect(explain(decision, { reader: 'staff', phrases: mine }).sentences[0]).toBe('First words.');
  });
});
