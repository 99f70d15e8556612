import { describe, expect, it } from 'vitest';
import type { Decision, Finding } from '../core/findings.js';
import { createRuleSet } from '../ruleSets.js';
import { canPublishImage } from '../../rules/image/canPublishImage.js';
import { planConsentChange } from '../../rules/image/planConsentChange.js';
import { checkPhotoRetention } from '../../rules/retention/checkPhotoRetention.js';
import { planPhotoRetention } from '../../rules/retention/planPhotoRetention.js';
import { routeConcern } from '../../rules/concern/routeConcern.js';
import { classifyMisuse } from '../../rules/misuse/classifyMisuse.js';
import { shippedMessages } from './catalogue.js';
import { dateInWords } from './dates.js';
import { explain } from './explain.js';
import { ExplainOptionsError, isExplainOptionsError } from './options.js';
import { englishPhrases } from './phrases.js';

const AT = '2026-11-22T09:00:00Z';
const photo = {
  id: 'p1', takenAt: '2026-11-20T10:00:00Z', audience: 'setting-website' as const, children: [{ id: 'c1' }, { id: 'c2' }],
  device: { owner: 'setting' as const }, appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, purpose: 'display' as const,
};
const consents = [
  { childId: 'c1', audiences: ['setting-website' as const], written: true, givenBy: 'parent' as const, givenAt: '2026-09-01', implicationsExplained: true },
  { childId: 'c2', audiences: ['learning-journal' as const], written: true, givenBy: 'parent' as const, givenAt: '2026-09-01' },
];
/** c2's consent does not cover the website; the photo has a personal-phone problem too when asked. */
const decide = (extra: object = {}) => canPublishImage({ ...photo, ...extra }, consents, { policy: 'homerton-early-years', at: AT });
const staffWords = (f: Finding) => shippedMessages[f.rule]!.staff.replace('{subject}', f.subject ?? '').replace('{message}', f.message);

describe('explain for staff', () => {
  it('gives the answer, then every reason with its policy and its remedy', () => {
    const d = decide({ device: { owner: 'personal', kind: 'phone' } });
    expect(d.reasons.length).toBeGreaterThanOrEqual(2);
    const e = explain(d, { reader: 'staff' });
    expect(e.sentences[0]).toBe(englishPhrases.notAllowed);
    for (const f of d.reasons) {
      const at = e.sentences.indexOf(staffWords(f));
      expect(at, f.rule).toBeGreaterThan(0);
      expect(e.sentences[at + 1]).toBe(`Policy: ${f.clause.title}, ${f.clause.section}.`);
      expect(e.sentences[at + 2]).toBe(`To put it right: ${shippedMessages[f.rule]!.remedy}`);
    }
    expect(e.text.split('\n')).toHaveLength(1 + d.reasons.length);
    expect(e.text).toContain('child c2');
  });

  it('says allowed, and allowed with points to look at', () => {
    const ok = canPublishImage({ ...photo, audience: 'learning-journal', children: [{ id: 'c2' }] }, consents, { policy: 'homerton-early-years', at: AT });
    expect(ok.allowed).toBe(true);
    expect(explain(ok, { reader: 'staff' }).sentences[0]).toBe(ok.reasons.length ? englishPhrases.allowedWithPoints : englishPhrases.allowed);
    const warned: Decision = { allowed: true, reasons: [{ ...ok.reasons[0] ?? decide().reasons[0]!, effect: 'warn' }], policy: ok.policy };
    expect(explain(warned, { reader: 'staff' }).sentences[0]).toBe(englishPhrases.allowedWithPoints);
  });

  it('tells a retention decision by its action and date', () => {
    const d = checkPhotoRetention({ id: 'p1', takenAt: '2025-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-device', purposes: ['display'] }, { policy: 'homerton-early-years', at: AT });
    expect(d.action).toBe('delete');
    const e = explain(d, { reader: 'staff' });
    expect(e.sentences[0]).toBe('Delete the photo by 1 October 2026.');
    expect(e.sentences).toContain(shippedMessages['retention.yearly.purge']!.staff);
  });

  it('explains a record of a sweep from its rule ids, with what is wrong with a malformed one', () => {
    const [good, bad] = [...planPhotoRetention([{ id: 'p1', takenAt: '2025-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-device', purposes: ['display'] }, { id: 5 }] as never[], { policy: 'homerton-early-years', at: AT })];
    expect(explain(good!, { reader: 'staff' }).sentences).toEqual(['Delete the photo by 1 October 2026.', shippedMessages['retention.yearly.purge']!.staff]);
    const e = explain(bad!, { reader: 'staff' });
    expect(e.sentences[0]).toBe(englishPhrases.review);
    expect(e.sentences[1]).toContain('photo.id must be string');
  });

  it('explains a consent change: what to take down or obscure, and by when', () => {
    const plan = [...planConsentChange(
      { childId: 'c1', audiences: ['learning-journal'], written: true, givenBy: 'parent', givenAt: '2026-11-20' },
      [
        { photoId: 'p1', audience: 'setting-website', publishedAt: '2026-10-01', children: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }] },
        { photoId: 'p2', audience: 'setting-display', publishedAt: '2026-10-02', children: [{ id: 'c1' }] },
      ],
      { policy: 'baseline', at: AT },
    )];
    expect(plan.map((a) => a.action)).toEqual(['obscure', 'take-down']);
    expect(explain(plan[0]!, { reader: 'staff' }).sentences[0]).toMatch(/^Obscure these children in the photo by \d+ \w+ 2026: c1\.$/);
    expect(explain(plan[1]!, { reader: 'staff' }).sentences[0]).toMatch(/^Take the photo down by \d+ \w+ 2026\.$/);
    expect(explain(plan[0]!, { reader: 'parent', child: 'c1' }).sentences[0]).toMatch(/^Your child will be hidden or blurred in the photo by /);
    const other = explain(plan[0]!, { reader: 'parent', child: 'c2' });
    expect(other.sentences[0]).toMatch(/^The photo will be changed by /);
    expect(other.text).not.toContain('c1');
  });

  it('gives a route step by step, with deadlines and contacts, then what to do and not do', () => {
    const route = routeConcern(
      { kind: 'allegation-against-staff', reportedAt: '2026-12-24T16:00:00Z', setting: { type: 'nursery' }, subject: { role: 'staff' }, meetsHarmThreshold: true, immediateDanger: false },
      { policy: 'barnet-early-years', bankHolidays: ['2026-12-25', '2026-12-28'], at: '2026-12-24T16:00:00Z' },
    );
    const e = explain(route, { reader: 'staff' });
    expect(e.sentences[0]).toBe(englishPhrases.route);
    const lines = e.text.split('\n').slice(1);
    expect(lines.length).toBeGreaterThanOrEqual(route.steps.length);
    route.steps.forEach((s, i) => expect(lines[i]!.startsWith(staffWords(s.finding)), s.to).toBe(true));
    const lado = lines.find((l) => l.includes('Local Authority Designated Officer (LADO) within'));
    expect(lado).toContain('Do it by the end of 29 December 2026.');
    expect(lado).toMatch(/Contact: Local Authority Designated Officer/);
    const every = [...route.reasons, ...route.actions].map(staffWords);
    for (const w of every) expect(e.sentences).toContain(w);
    expect(new Set(lines).size).toBe(lines.length); // each reason once
  });

  it('gives a misuse classification its tier, its reasons and the route of the concern it is', () => {
    const m = classifyMisuse(
      { activity: 'offensive-or-bullying-message', actor: { role: 'pupil' }, warnedBefore: true, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } },
      { policy: 'kirklees-primary' },
    );
    const e = explain(m, { reader: 'staff' });
    expect(e.sentences[0]).toBe(englishPhrases.tierIllegal);
    expect(e.sentences).toContain(shippedMessages['misuse.sanction.log']!.staff);
    expect(e.sentences).toContain(englishPhrases.routeAlso);
    expect(e.sentences.indexOf(englishPhrases.routeAlso)).toBeLessThan(e.sentences.indexOf(shippedMessages['concern.first-contact.esafety-coordinator']!.staff));
  });
});

describe('explain for an inspector', () => {
  it('gives the clause trail: rule, code, effect, source, section, subject, the policy and its fingerprint', () => {
    const d = decide();
    const f = d.reasons[0]!;
    const e = explain(d, { reader: 'inspector' });
    expect(e.sentences).toContain(`Rule ${f.rule} (${f.code}, ${f.effect}) cites ${f.clause.source} (${f.clause.title}): ${f.clause.section}.`);
    expect(e.sentences).toContain(`It is about ${f.subject}.`);
    expect(e.sentences).toContain(`Decided under policy homerton-early-years, version ${d.policy.version}.`);
    const fingerprint = (d.policy as { fingerprint?: string }).fingerprint;
    if (fingerprint) expect(e.sentences).toContain(`Policy fingerprint: ${fingerprint}.`);
    const bare: Decision = { allowed: false, reasons: d.reasons, policy: { id: 'mine', version: '1' } as Decision['policy'] };
    expect(explain(bare, { reader: 'inspector' }).sentences.filter((s) => s.startsWith('Policy fingerprint'))).toEqual([]);
    expect(explain(bare, { reader: 'inspector' }).sentences.at(-1)).toBe('Decided under policy mine, version 1.');
  });

  it('names the rule of each step of a route', () => {
    const route = routeConcern({ kind: 'child-protection', reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'nursery' } }, { policy: 'barnet-early-years' });
    const e = explain(route, { reader: 'inspector' });
    for (const s of route.steps) expect(e.text).toContain(`Rule ${s.finding.rule} (`);
  });
});

describe('explain for a parent', () => {
  it('tells what concerns their own child and what happens next, never another child', () => {
    const d = decide();
    const mine = explain(d, { reader: 'parent', child: 'c2' });
    expect(mine.sentences).toEqual([
      englishPhrases.parentNotAllowed,
      englishPhrases.parentObscure,
      shippedMessages['image.consent.audience-not-covered']!.parent,
    ]);
    const theirs = explain(d, { reader: 'parent', child: 'c1' });
    expect(theirs.sentences).toEqual([englishPhrases.parentNotAllowed, englishPhrases.parentOthers]);
    expect(theirs.text).not.toContain('c2');
  });

  it('without a child, tells nothing about any child', () => {
    const e = explain(decide(), { reader: 'parent' });
    expect(e.sentences).toEqual([englishPhrases.parentNotAllowed, englishPhrases.parentOthers]);
  });

  it('tells what concerns the whole photo, in words for parents', () => {
    const d = decide({ device: { owner: 'personal', kind: 'phone' } });
    expect(explain(d, { reader: 'parent', child: 'c1' }).sentences).toContain(shippedMessages['image.device.personal-phone']!.parent);
  });

  it('is told nothing of a safeguarding route or a misuse classification', () => {
    const route = routeConcern({ kind: 'child-protection', reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'nursery' }, subject: { role: 'parent' } }, { policy: 'barnet-early-years' });
    expect(explain(route, { reader: 'parent', child: 'c1' })).toEqual({ reader: 'parent', sentences: [], text: '', withheld: true });
    const m = classifyMisuse({ activity: 'chain-messages', actor: { role: 'pupil' }, reportedAt: '2026-11-20T10:00:00Z', setting: { type: 'school' } }, { policy: 'kirklees-primary' });
    expect(explain(m, { reader: 'parent', child: 'c1' }).withheld).toBe(true);
  });

  it('reads a retention decision as what happens to the photo', () => {
    const d = checkPhotoRetention({ id: 'p1', takenAt: '2025-10-01T10:00:00Z', childIds: ['c1'], storedOn: 'setting-device', purposes: ['display'] }, { policy: 'homerton-early-years', at: AT });
    expect(explain(d, { reader: 'parent', child: 'c1' }).sentences).toEqual(['The photo will be deleted by 1 October 2026.', shippedMessages['retention.yearly.purge']!.parent]);
  });

  it('gets a placeholder-free sentence, never a finding\'s own message, for a rule the catalogue does not know', () => {
    const d: Decision = { allowed: false, reasons: [{ rule: 'mine.rule', effect: 'block', code: 'MINE', message: 'Ava Jones (c9) is not allowed', clause: { source: 'mine.json', section: 'x', title: 'Mine' } }], policy: { id: 'mine', version: '1' } as Decision['policy'] };
    expect(explain(d, { reader: 'parent' }).sentences).toEqual([englishPhrases.parentNotAllowed, englishPhrases.parentUnexplained]);
    expect(explain(d, { reader: 'staff' }).sentences).toContain('Ava Jones (c9) is not allowed');
  });
});

describe('messages: your words over the catalogue', () => {
  const welsh = {
    'image.consent.audience-not-covered': {
      staff: 'Nid yw\'r caniatâd ar gyfer plentyn {subject} yn cynnwys y defnydd hwn.',
      parent: 'Nid yw eich caniatâd yn cynnwys y defnydd hwn.',
    },
  };

  it('uses a translated entry, and falls back to the shipped words field by field and rule by rule', () => {
    const d = decide({ device: { owner: 'personal', kind: 'phone' } });
    const e = explain(d, { reader: 'staff', messages: welsh });
    expect(e.sentences).toContain('Nid yw\'r caniatâd ar gyfer plentyn c2 yn cynnwys y defnydd hwn.');
    expect(e.sentences).not.toContain(staffWords(d.reasons.find((f) => f.rule === 'image.consent.audience-not-covered')!));
    expect(e.sentences).toContain(`To put it right: ${shippedMessages['image.consent.audience-not-covered']!.remedy}`); // no remedy given: the shipped one
    expect(e.sentences).toContain(shippedMessages['image.device.personal-phone']!.staff); // no entry: the shipped one
    expect(explain(d, { reader: 'parent', child: 'c2', messages: welsh }).sentences).toContain('Nid yw eich caniatâd yn cynnwys y defnydd hwn.');
  });

  it('refuses an override for a rule id that does not exist, with a typed error naming it', () => {
    let error: unknown;
    try { explain(decide(), { reader: 'staff', messages: { 'image.consent.mising': { staff: 'x.' } } }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ExplainOptionsError);
    expect(isExplainOptionsError(error)).toBe(true);
    expect((error as ExplainOptionsError).problems).toEqual(['messages["image.consent.mising"]: no rule has this id (a rule of your own needs its rule set as rules)']);
  });

  it('accepts words for your own rule given your rule set, and needs staff words for it', () => {
    const rules = createRuleSet({ add: [{ file: 'ours.json', rules: [{
      name: 'image.ours.caption-length', conditions: { all: [{ fact: 'audience', operator: 'equal', value: 'publicity' }] },
      event: { type: 'block', params: { code: 'OURS', message: 'Ours.', clause: { source: 'ours.txt', section: 'Ours' } } },
    }] }] });
    const d: Decision = { allowed: false, reasons: [{ rule: 'image.ours.caption-length', effect: 'block', code: 'OURS', message: 'Ours.', clause: { source: 'ours.txt', section: 'Ours', title: 'Our policy' } }], policy: { id: 'x', version: '1' } as Decision['policy'] };
    const ours = { 'image.ours.caption-length': { staff: 'Our own words.', parent: 'Our words for parents.' } };
    expect(() => explain(d, { reader: 'staff', messages: ours })).toThrow(ExplainOptionsError);
    expect(explain(d, { reader: 'staff', messages: ours, rules }).sentences).toContain('Our own words.');
    expect(explain(d, { reader: 'parent', messages: ours, rules }).sentences).toContain('Our words for parents.');
    expect(() => explain(d, { reader: 'staff', messages: { 'image.ours.caption-length': { parent: 'Only for parents.' } }, rules })).toThrow(/needs a staff text/);
  });

  it('refuses a parent text with a placeholder, an unknown placeholder or field, and a text that is not one', () => {
    const problems = (messages: object) => { try { explain(decide(), { reader: 'staff', messages: messages as never }); return []; } catch (e) { return (e as ExplainOptionsError).problems; } };
    expect(problems({ 'image.consent.missing': { parent: 'Child {subject} has no consent.' } })[0]).toMatch(/a parent's text takes no placeholder/);
    expect(problems({ 'image.consent.missing': { staff: 'Child {name}.' } })[0]).toMatch(/unknown placeholder \{name\}/);
    expect(problems({ 'image.consent.missing': { staf: 'x.' } })[0]).toMatch(/unknown field/);
    expect(problems({ 'image.consent.missing': { staff: 42 } })[0]).toMatch(/must be a non-empty string/);
    expect(problems({ 'image.consent.missing': 'x' })[0]).toMatch(/must be an object/);
  });

  it('reads your messages once: a later change to the object is not read', () => {
    const mine = { 'image.consent.audience-not-covered': { staff: 'First words.' } };
    expect(explain(decide(), { reader: 'staff', messages: mine }).sentences).toContain('First words.');
    mine['image.consent.audience-not-covered'].staff = 'Child {subject}: {message} {bad}';
    expect(explain(decide(), { reader: 'staff', messages: mine }).sentences).toContain('First words.');
  });
});

describe('options and odd results', () => {
  it('refuses an unknown reader, a child that is not an id, and rules that are not a rule set', () => {
    expect(() => explain(decide(), { reader: 'teacher' as never })).toThrow(ExplainOptionsError);
    expect(() => explain(decide(), undefined as never)).toThrow(ExplainOptionsError);
    expect(() => explain(decide(), { reader: 'parent', child: 7 as never })).toThrow(/child must be/);
    expect(() => explain(decide(), { reader: 'staff', rules: { rules: [] } as never })).toThrow(/rule set made by createRuleSet/);
  });

  it('uses your phrases, and refuses an unknown phrase or a placeholder a phrase does not take', () => {
    const e = explain(decide(), { reader: 'staff', phrases: { notAllowed: 'Ni chaniateir.', policy: 'Polisi: {policy} — {section}.' } });
    expect(e.sentences[0]).toBe('Ni chaniateir.');
    expect(e.sentences[2]).toMatch(/^Polisi: Homerton/);
    expect(() => explain(decide(), { reader: 'staff', phrases: { notAlowed: 'x' } as never })).toThrow(/unknown phrase/);
    expect(() => explain(decide(), { reader: 'parent', phrases: { parentOthers: 'About {subject}.' } })).toThrow(/placeholder \{subject\}/);
    expect(() => explain(decide(), { reader: 'staff', phrases: { months: ['Ionawr'] } })).toThrow(/twelve month names/);
  });

  it('never throws on what it is given to explain: it says it cannot explain it', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = { get reasons(): never { throw new Error('boom'); } };
    for (const odd of [42, null, undefined, 'allowed', {}, [], revoked.proxy, throwing]) {
      const e = explain(odd as never, { reader: 'staff' });
      expect(e.sentences).toEqual([englishPhrases.unreadable]);
    }
  });

  it('writes dates in London time', () => {
    expect(dateInWords('2026-12-29T23:59:59.999Z', englishPhrases)).toBe('the end of 29 December 2026');
    expect(dateInWords('2026-07-01T22:59:59.999Z', englishPhrases)).toBe('the end of 1 July 2026'); // summer time
    expect(dateInWords('2026-07-01T09:05:00Z', englishPhrases)).toBe('10:05 on 1 July 2026');
    expect(dateInWords('2026-10-01', englishPhrases)).toBe('1 October 2026');
    for (const bad of ['2026-02-30', 'soon', 42, '', '2026-13-01']) expect(dateInWords(bad, englishPhrases)).toBeUndefined();
  });
});

// Results written by hand, in the shapes the decision functions return, to pin the exact text of each case.
const mineClause = { source: 'mine.pdf', section: '4.2', title: 'Mine' };
/** A finding of a rule the catalogue does not know: its staff words are its own message. */
const finding = (rule: string, extra: object = {}) => ({ rule, effect: 'block', code: 'MINE', message: `${rule} said.`, clause: mineClause, ...extra });
const said = (r: unknown, options: Parameters<typeof explain>[1]) => explain(r as never, options).sentences;
const NOT_ALLOWED = 'Not allowed, for the reasons that follow.';
const WITH_POINTS = 'Allowed, but a person should look at the points that follow.';

describe('the answer of a decision', () => {
  it('for staff: allowed only where the result says allowed: true (fail closed)', () => {
    const head = (r: object) => said(r, { reader: 'staff' })[0];
    const warn = finding('mine.warn', { effect: 'warn' });
    expect(head({ allowed: true, reasons: [] })).toBe('Allowed.');
    expect(head({ allowed: true, reasons: [warn] })).toBe(WITH_POINTS);
    expect(head({ allowed: true, reasons: [finding('mine.block')] })).toBe(WITH_POINTS);
    expect(head({ allowed: false, reasons: [warn] })).toBe(NOT_ALLOWED);
    expect(head({ allowed: false, reasons: [] })).toBe(NOT_ALLOWED);
    // No boolean answer: not allowed, however harmless the reasons look.
    expect(head({ reasons: [] })).toBe(NOT_ALLOWED);
    expect(head({ reasons: [warn] })).toBe(NOT_ALLOWED);
    expect(head({ allowed: 'yes', reasons: [] })).toBe(NOT_ALLOWED);
  });

  it('for a parent: the same answer in words for parents', () => {
    const head = (r: object) => said(r, { reader: 'parent', child: 'c1' })[0];
    const warn = finding('mine.warn', { effect: 'warn' });
    expect(head({ allowed: true, reasons: [] })).toBe('This can go ahead.');
    expect(head({ allowed: true, reasons: [warn] })).toBe('This can go ahead.');
    expect(head({ allowed: true, reasons: [finding('mine.block')] })).toBe('This can go ahead.');
    expect(head({ allowed: false, reasons: [] })).toBe('This will not go ahead as it is.');
    expect(head({ reasons: [] })).toBe('This will not go ahead as it is.');
    expect(head({ allowed: 'yes', reasons: [warn] })).toBe('This will not go ahead as it is.');
  });

  it('skips what in reasons is not a finding', () => {
    expect(said({ allowed: true, reasons: [42, null, 'mine.rule', { rule: 5, effect: 'block' }] }, { reader: 'staff' })).toEqual(['Allowed.']);
  });

  it('does not take a decision\'s stray route for a classification\'s', () => {
    expect(said({ allowed: true, reasons: [], route: { steps: [], reasons: [] } }, { reader: 'staff' })).toEqual(['Allowed.']);
  });
});

describe('each reason, exactly', () => {
  it('for staff: the words, the policy line from the clause\'s title, and the remedy', () => {
    expect(explain({ reasons: [finding('mine.a', { remedy: 'Ask the manager.' })] } as never, { reader: 'staff' }).text)
      .toBe(`${NOT_ALLOWED}\nmine.a said. Policy: Mine, 4.2. To put it right: Ask the manager.`);
  });

  it('names the policy: the library\'s check, the clause\'s title, a shipped source\'s title, else the source', () => {
    const policyLine = (clause: unknown) => said({ reasons: [finding('mine.a', { clause })] }, { reader: 'staff' })[2];
    expect(policyLine({ source: 'esafety-rules', section: 'Fail closed', title: 'esafety-rules: the library\'s own checks' })).toBe('Policy: the library\'s fail-closed check, Fail closed.');
    expect(policyLine({ source: '001_37d62a2ef733a813.txt', section: 'Images', title: '' })).toBe('Policy: Homerton Early Years Centre e-safety policy, Images.');
    expect(policyLine({ source: '001_37d62a2ef733a813.txt', section: 'Images' })).toBe('Policy: Homerton Early Years Centre e-safety policy, Images.');
    expect(policyLine({ source: 'mine.pdf', section: '4.2', title: 'Our policy' })).toBe('Policy: Our policy, 4.2.');
    expect(policyLine({ source: 'mine.pdf', section: '4.2' })).toBe('Policy: mine.pdf, 4.2.');
    expect(policyLine({ source: 'mine.pdf', section: '4.2', title: 5 })).toBe('Policy: mine.pdf, 4.2.');
  });

  it('gives no policy line for a clause without a source, and does not throw on one that is not an object', () => {
    for (const clause of [undefined, null, 'mine.pdf', { source: 5, section: 'x' }, { source: '', section: 'x' }]) {
      expect(said({ reasons: [finding('mine.a', { clause })] }, { reader: 'staff' }), JSON.stringify(clause)).toEqual([NOT_ALLOWED, 'mine.a said.']);
    }
  });

  it('explains input.invalid: what is wrong, the library\'s check, the field to correct', () => {
    const d = canPublishImage({ id: 5 } as never, [], { policy: 'homerton-early-years', at: AT });
    const e = explain(d, { reader: 'staff' });
    expect(e.sentences.slice(0, 4)).toEqual([
      NOT_ALLOWED,
      'Some information is missing or wrong (photo.id must be string, not number), so the answer is no until it is corrected.',
      'Policy: the library\'s fail-closed check, Fail closed: a permission needs complete, valid input.',
      'To put it right: Correct photo.id and ask again.',
    ]);
    // a parent hears once that records are incomplete: the fields are not about another child
    expect(explain(d, { reader: 'parent', child: 'c1' }).sentences).toEqual([englishPhrases.parentNotAllowed, shippedMessages['input.invalid']!.parent]);
  });

  it('fills a missing subject with "(not named)", and a message that is not text with nothing', () => {
    expect(said({ reasons: [finding('image.consent.missing', { subject: undefined })] }, { reader: 'staff' })[1]).toBe('No consent is recorded for child (not named), who can be recognised in the photo.');
    // concern.deadline.passed's staff words are its message alone
    expect(said({ reasons: [finding('concern.deadline.passed', { message: 42, clause: undefined })] }, { reader: 'staff' })).toEqual([NOT_ALLOWED]);
  });

  it('gives a remedy only where the finding has one, in the catalogue\'s words where it has them', () => {
    const lines = (f: object) => said({ reasons: [f] }, { reader: 'staff' }).filter((s) => s.startsWith('To put it right'));
    expect(lines(finding('image.consent.missing', { subject: 'c1' }))).toEqual([]);
    expect(lines(finding('image.consent.missing', { subject: 'c1', remedy: 'x' }))).toEqual([`To put it right: ${shippedMessages['image.consent.missing']!.remedy}`]);
    expect(lines(finding('mine.a', { remedy: 'Ask the manager.' }))).toEqual(['To put it right: Ask the manager.']); // no entry: its own remedy
    expect(lines(finding('retention.yearly.purge', { remedy: 'Clear it out.' }))).toEqual(['To put it right: Clear it out.']); // an entry without a remedy
  });

  it('for an inspector: the rule without a clause, no subject line without a subject, no policy line without a policy', () => {
    const e = explain({ reasons: [finding('mine.a', { clause: undefined })] } as never, { reader: 'inspector' });
    expect(e.text).toBe(`${NOT_ALLOWED}\nmine.a said. Rule mine.a.`);
    expect(said({ reasons: [finding('mine.a')], policy: null }, { reader: 'inspector' })).toEqual([NOT_ALLOWED, 'mine.a said.', 'Rule mine.a (MINE, block) cites mine.pdf (Mine): 4.2.']);
  });

  it('for an inspector: the policy only where its id is text, with its version and any fingerprint', () => {
    expect(said({ allowed: true, reasons: [], policy: { id: 5, version: '1' } }, { reader: 'inspector' })).toEqual(['Allowed.']);
    expect(said({ allowed: true, reasons: [], policy: 'mine' }, { reader: 'inspector' })).toEqual(['Allowed.']);
    expect(said({ allowed: true, reasons: [], policy: { id: 'mine', version: 2, fingerprint: 'sha256:ab' } }, { reader: 'inspector' }))
      .toEqual(['Allowed.', 'Decided under policy mine, version 2.', 'Policy fingerprint: sha256:ab.']);
  });
});

describe('a sweep\'s record', () => {
  it('tells an inspector each rule named, and no value that is not one', () => {
    expect(said({ action: 'delete', by: '2026-10-01', rules: ['retention.yearly.purge', 5] }, { reader: 'inspector' }))
      .toEqual(['Delete the photo by 1 October 2026.', shippedMessages['retention.yearly.purge']!.staff, 'Rule retention.yearly.purge.']);
  });

  it('gives a malformed record\'s problems as its message, joined', () => {
    expect(said({ action: 'review', rules: ['input.invalid'], problems: ['photo.id must be string', 'photo.takenAt is required'] }, { reader: 'staff' })).toEqual([
      'A person must review this photo.',
      'Some information is missing or wrong (photo.id must be string; photo.takenAt is required), so the answer is no until it is corrected.',
    ]);
    // without problems, a rule whose words are its message says nothing more
    expect(said({ action: 'delete', rules: ['concern.deadline.passed'] }, { reader: 'staff' })).toEqual(['Delete the photo.']);
  });

  it('is one only with rules and an action in words', () => {
    expect(said({ action: 5, rules: ['retention.yearly.purge'] }, { reader: 'staff' })).toEqual([englishPhrases.unreadable]);
    expect(said({ action: 'delete', rules: 'retention.yearly.purge' }, { reader: 'staff' })).toEqual([englishPhrases.unreadable]);
  });

  it('with an action it does not know, tells a parent its rules stop it', () => {
    expect(said({ action: 'archive', rules: ['retention.yearly.purge'] }, { reader: 'parent', child: 'c1' }))
      .toEqual([englishPhrases.parentNotAllowed, shippedMessages['retention.yearly.purge']!.parent]);
  });

  it('with an action it does not know, tells staff it is not allowed, as it tells a parent', () => {
    expect(said({ action: 'archive', rules: ['retention.yearly.purge'] }, { reader: 'staff' })[0]).toBe(NOT_ALLOWED);
  });
});

describe('a parent, exactly', () => {
  it('hears about their child and the whole photo, once each, and one sentence for anyone else', () => {
    const reasons = [
      finding('image.consent.missing', { subject: 'c2' }),
      finding('image.consent.audience-not-covered', { subject: 'c1' }),
      finding('image.consent.missing', { subject: 'c2', message: 'again' }),
      finding('image.device.personal-phone'),
    ];
    expect(said({ reasons }, { reader: 'parent', child: 'c2' })).toEqual([
      englishPhrases.parentNotAllowed,
      shippedMessages['image.consent.missing']!.parent,
      shippedMessages['image.device.personal-phone']!.parent,
      englishPhrases.parentOthers,
    ]);
  });

  it('is not told of another child\'s warning', () => {
    expect(said({ allowed: true, reasons: [finding('image.consent.missing', { subject: 'c1', effect: 'warn' })] }, { reader: 'parent', child: 'c2' })).toEqual([englishPhrases.parentAllowed]);
  });

  it('gets staff words that name no one, and the setting\'s offer to explain for words that might', () => {
    expect(said({ reasons: [finding('device.offsite.unencrypted'), finding('concern.deadline.passed')] }, { reader: 'parent' })).toEqual([
      englishPhrases.parentNotAllowed, shippedMessages['device.offsite.unencrypted']!.staff, englishPhrases.parentUnexplained,
    ]);
  });

  it('hears that their child would be obscured only where the decision says so', () => {
    expect(said({ reasons: [finding('mine.a', { subject: 'c1' })] }, { reader: 'parent', child: 'c1' })).toEqual([englishPhrases.parentNotAllowed, englishPhrases.parentUnexplained]);
    expect(said({ allowed: false, reasons: [], obscure: ['c1'] }, { reader: 'parent', child: 'c1' })).toEqual([englishPhrases.parentNotAllowed, englishPhrases.parentObscure]);
    expect(said({ allowed: false, reasons: [], obscure: [undefined] }, { reader: 'parent' })).toEqual([englishPhrases.parentNotAllowed]); // no child given
    // a consent change's obscure action says it once, with its date
    expect(said({ action: 'obscure', obscure: ['c1'], by: '2026-12-01', rules: [] }, { reader: 'parent', child: 'c1' })).toEqual(['Your child will be hidden or blurred in the photo by 1 December 2026.']);
  });
});

describe('a route, exactly', () => {
  // Findings without a clause, so that each step reads as its words, its deadline and its contacts.
  const step = (rule: string, message: string, extra: object = {}) => ({ rule, effect: 'block', code: 'X', message, ...extra });
  const a = step('mine.a', 'A about s1.', { subject: 's1' });
  const b = step('mine.b', 'B now.');
  const c = step('mine.c', 'C.');
  const odd = step('mine.nan', 'Odd subject.', { subject: Number.NaN });
  const route = {
    steps: [
      null, 'a step', { finding: 42 },
      { to: 'lado', finding: a, by: '2026-12-29T23:59:59.999Z', contacts: [
        { label: 'LADO', phone: '020 8359 4066', email: '', url: 5, hours: 'weekdays 9am to 5pm' },
        'Jane on 020 0000 0000', null,
        { label: 'Duty desk', phone: '020 1111 1111', email: 'duty@example.org', url: 'https://example.org', hours: '' },
        { label: 'Out of hours', hours: 5 },
      ] },
      { to: 'dsl', finding: b, immediately: true, by: '2026-12-29T23:59:59.999Z' },
      { to: 'manager', finding: c },
      { to: 'odd', finding: odd },
    ],
    reasons: [
      { ...a, message: 'A again.' }, // the same rule about the same subject: said once
      { ...a, subject: 's2', message: 'A about s2.' }, // the same rule about another subject
      step('mine.d', 'D about s1.', { subject: 's1' }), // another rule about the same subject
      odd,
    ],
    actions: [b],
  };

  it('for staff: each step with its deadline and contacts, then the rest once each', () => {
    expect(explain(route as never, { reader: 'staff' }).text).toBe([
      'Tell these people, in this order.',
      'A about s1. Do it by the end of 29 December 2026. Contact: LADO, 020 8359 4066 (weekdays 9am to 5pm). Contact: Duty desk, 020 1111 1111, duty@example.org, https://example.org. Contact: Out of hours.',
      'B now.',
      'C.',
      'Odd subject.',
      'A about s2.',
      'D about s1.',
    ].join('\n'));
  });

  it('for an inspector: the trail of each step, without contacts', () => {
    const withClause = { ...a, clause: mineClause };
    expect(said({ steps: [{ finding: withClause, by: '2026-12-01T09:30:00Z', contacts: [{ label: 'LADO' }] }], reasons: [withClause] }, { reader: 'inspector' })).toEqual([
      'Tell these people, in this order.', 'A about s1.', 'Do it by 09:30 on 1 December 2026.', 'Rule mine.a (X, block) cites mine.pdf (Mine): 4.2.', 'It is about s1.',
    ]);
  });
});
