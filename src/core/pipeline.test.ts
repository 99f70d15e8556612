import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { defineArea, type Area } from './area.js';
import { b, triOf } from './facts.js';
import { sortFindings, toDecision, type Decision, type Finding, type PolicyRef } from './findings.js';
import { readOptions } from './options.js';
import { decide, decideWith, finishDecision, prepare, withPolicyValues } from './pipeline.js';
import { invalid } from './findings.js';
import { presetInfo } from './policy/presets.js';
import { defineSection, reading } from './policy/section.js';
import { compileRuleSet } from './rules/compileRuleSet.js';
import { ruleFile } from './rules/ruleSet.js';

// The pipeline every decision goes through, on a small area of its own: options, validation, facts, rules, finish.
const clause = { source: 'esafety-rules', section: 'test' };
const rules = [{ name: 'test.unsafe', conditions: { all: [{ fact: 'safe', operator: 'notEqual', value: 'yes' }] }, event: { type: 'block', params: { code: 'UNSAFE', message: 'not safe', clause } } }];
const testArea = (over: Partial<Area> = {}) => defineArea({
  id: 'test',
  question: 'Is it safe?',
  functions: [],
  inputs: [{ name: 'thing', schema: z.strictObject({ safe: z.optional(z.boolean()) }) }, { name: 'other', schema: z.number() }],
  needsAt: false,
  facts: { safe: { type: 'string', values: ['yes', 'no', 'unknown'], description: 'It is safe.' }, flag: b('A flag.') },
  policy: defineSection({ schema: z.strictObject({ strict: z.boolean() }), baseline: { strict: reading(true, 'test') }, presets: {} }),
  rules: [ruleFile('test/rules.json', rules)],
  computeFacts: ([thing]: [{ safe?: boolean }]) => ({ root: { safe: triOf(thing.safe), flag: false }, items: [] }),
  finish: finishDecision,
  ...over,
} as Area) as Area<unknown, Decision>;
const area = testArea();
const said = (options: unknown, a: Area<unknown, Decision> = area) => readOptions(a, options).findings.map((f) => [f.subject, f.message]);
const ref: PolicyRef = { id: 'baseline', version: '1' } as PolicyRef;
const finding = (rule: string, effect: 'block' | 'warn') => ({ rule, effect, code: rule, message: rule }) as Finding;

describe('readOptions', () => {
  it('options that are not an object are refused; absent options are the defaults', () => {
    for (const bad of [null, 'baseline', 7, true]) expect(said(bad)).toEqual([['options', 'options must be an object']]);
    expect(said(undefined)).toEqual([]);
    expect(said({})).toEqual([]);
  });
  it('rules must be a rule set made by createRuleSet', () => {
    expect(said({ rules: [{ name: 'x' }] })).toEqual([['options.rules', 'options.rules must be a rule set made by createRuleSet']]);
    const own = compileRuleSet({}, area.rules, new Map([['test', area]]));
    expect(readOptions(area, { rules: own }).ruleSet).toBe(own);
  });
  it('the time: required where the decision needs it, and refused when unreadable even where it does not', () => {
    const timed = testArea({ needsAt: true });
    expect(said({}, timed)).toEqual([['options.at', 'options.at is required: the decision depends on the time (there is no hidden clock)']]);
    const unreadable = [['options.at', 'options.at must be an ISO 8601 date-time (e.g. 2026-11-22T10:00:00Z) or a valid Date']];
    expect(said({ at: 'tomorrow' }, timed)).toEqual(unreadable);
    expect(said({ at: 'tomorrow' })).toEqual(unreadable);
    expect(said({ at: new Date(Number.NaN) })).toEqual(unreadable);
    expect(said({ at: '2026-11-22T10:00:00Z' }, timed)).toEqual([]);
    expect(readOptions(timed, { at: '2026-11-22T10:00:00Z' })).toMatchObject({ atMs: Date.parse('2026-11-22T10:00:00Z'), day: Date.parse('2026-11-22') / 86_400_000 });
    expect(readOptions(area, {})).toMatchObject({ atMs: Number.NaN, day: Number.NaN });
  });
  it('reads the options only its area has, with their problems', () => {
    const own = testArea({ readOptions: (o, findings) => { if (o.colour !== undefined && o.colour !== 'red') findings.push({ ...finding('input.invalid', 'block'), subject: 'options.colour' }); return o.colour; } });
    expect(readOptions(own, { colour: 'red' }).extra).toBe('red');
    expect(said({ colour: 'blue' }, own)).toEqual([['options.colour', 'input.invalid']]);
  });
});

describe('toDecision', () => {
  it('blocks come first, in the order they fired; all warnings or all blocks keep their order', () => {
    const [w1, b1, w2, b2] = [finding('w1', 'warn'), finding('b1', 'block'), finding('w2', 'warn'), finding('b2', 'block')];
    expect(sortFindings([w1, b1, w2, b2]).map((f) => f.rule)).toEqual(['b1', 'b2', 'w1', 'w2']);
    expect(sortFindings([w2, w1]).map((f) => f.rule)).toEqual(['w2', 'w1']);
    expect(sortFindings([b2, b1]).map((f) => f.rule)).toEqual(['b2', 'b1']);
    expect(toDecision([w1, w2], ref).allowed).toBe(true);
    expect(toDecision([w1, b1], ref).allowed).toBe(false);
  });
});

describe('decide: input → validation → facts → rules → result', () => {
  it('valid input: the facts, the rules that fire, the finish', () => {
    expect(decide(area, [{ safe: true }, 1], {})).toEqual({ allowed: true, reasons: [], policy: { id: 'baseline', version: presetInfo.baseline.version, fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) } });
    expect(decide(area, [{}, 1], {}).reasons.map((f) => f.rule)).toEqual(['test.unsafe']);
  });
  it('every invalid argument is named, and no fact is computed', () => {
    let computed = 0;
    const counting = testArea({ computeFacts: () => { computed++; return { root: {}, items: [] }; } });
    const d = decide(counting, [{ safe: 'yes' }, 'one'], { at: 'never' });
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((f) => f.subject)).toEqual(['options.at', 'thing.safe', 'other']);
    expect(computed).toBe(0);
  });
  it('facts that could not be computed, with no finding to say why, still deny', () => {
    const d = decide(testArea({ computeFacts: () => [] }), [{}, 1], {});
    expect(d.reasons.map((f) => [f.subject, f.message])).toEqual([['input', 'no facts could be computed from the input']]);
  });
  it('facts that throw (an input that answered differently when read again) deny, naming the inputs', () => {
    const d = decide(testArea({ computeFacts: () => { throw new Error('read twice'); } }), [{}, 1], {});
    expect(d.reasons.map((f) => [f.subject, f.effect, f.message])).toEqual([['thing', 'block', 'thing and other changed or could not be read while the facts were computed: pass plain data']]);
  });
  it('prepare gives the facts for the other evaluator, and finish turns what fired into the same result', () => {
    const p = prepare(area, [{}, 1], {});
    expect(p.sets?.root).toEqual({ safe: 'unknown', flag: false });
    expect(p.finish([finding('test.unsafe', 'block')]).allowed).toBe(false);
    const bad = prepare(area, [{}, 'x'], {});
    expect([bad.sets, bad.findings.map((f) => f.subject)]).toEqual([undefined, ['other']]);
    expect(bad.finish([]).allowed).toBe(false);
  });
});

describe('withPolicyValues: {policy.<field>} in messages and remedies, filled from the policy in force', () => {
  const withRemedy = (message: string, remedy?: string) => ({ ...invalid('photo.approvedBy', message), ...(remedy === undefined ? {} : { remedy }) }) as Finding;
  it('a list is joined with commas, an empty list is none, anything else as text', () => {
    const policy = { approvers: ['manager', 'deputy'], none: [], days: 7, on: false };
    const [f] = withPolicyValues([withRemedy('Accepts: {policy.approvers}; none: {policy.none}; days: {policy.days}; on: {policy.on}.')], policy);
    expect(f!.message).toBe('Accepts: manager, deputy; none: none; days: 7; on: false.');
    expect(withPolicyValues([withRemedy('{policy.approvers}')], { approvers: ['head-of-setting'] })[0]!.message).toBe('head-of-setting');
  });
  it('fills the remedy too, and leaves a placeholder the policy has no field for as written', () => {
    const [f] = withPolicyValues([withRemedy('Ask {policy.missing} or {policy.a}.', 'Ask one of {policy.approvers}.')], { approvers: ['manager'], a: 'x' });
    expect([f!.message, f!.remedy]).toEqual(['Ask {policy.missing} or x.', 'Ask one of manager.']);
    expect(withPolicyValues([withRemedy('{policy.toString}')], {})[0]!.message).toBe('{policy.toString}');
    expect(withPolicyValues([withRemedy('{policy.1}')], { 1: 'one' })[0]!.message).toBe('{policy.1}');
  });
  it('with no policy object, the findings are left as they are (and nothing throws)', () => {
    for (const none of [undefined, null, 'baseline', 3]) {
      const [f] = withPolicyValues([withRemedy('Accepts: {policy.approvers}.', 'See {policy.length}.')], none);
      expect([f!.message, f!.remedy]).toEqual(['Accepts: {policy.approvers}.', 'See {policy.length}.']);
    }
  });
  it('a fired rule whose message has a placeholder is filled with the section in force', () => {
    const says = [{ name: 'test.unsafe', conditions: { all: [{ fact: 'safe', operator: 'notEqual', value: 'yes' }] }, event: { type: 'block', params: { code: 'UNSAFE', message: 'strict is {policy.strict}', clause } } }];
    const own = testArea({ rules: [ruleFile('test/rules.json', says)] });
    expect(decide(own, [{}, 1], {}).reasons.map((f) => f.message)).toEqual(['strict is true']);
  });
});

describe('decide with extraFields: ignore (database rows)', () => {
  const rowsArea = testArea({ inputs: [{ name: 'thing', schema: z.strictObject({ safe: z.optional(z.boolean()), withdrawnAt: z.optional(z.string()) }) }, { name: 'other', schema: z.number() }] });
  const reasons = (thing: unknown, other: unknown = 1, options: object = { extraFields: 'ignore' }) => decide(rowsArea, [thing, other], options).reasons.map((f) => [f.subject, f.message]);
  it('extra columns are ignored and the rows are read as the input', () => {
    expect(decide(rowsArea, [{ safe: true, withdrawnAt: null, col: 1 }, 1], { extraFields: 'ignore' }).allowed).toBe(true);
    expect(reasons({ safe: false, withdrawnAt: null, col: 1 })).toEqual([[undefined, 'not safe']]);
    expect(decide(rowsArea, [{ safe: false, withdrawnAt: null }, 1], { extraFields: 'ignore' }).reasons.map((f) => f.rule)).toEqual(['test.unsafe']);
  });
  it('a field dropped from the query is refused, not read as none', () => {
    expect(reasons({ safe: true })).toEqual([['thing.withdrawnAt', 'thing.withdrawnAt is required (string)']]);
    expect(reasons({ safe: true }, 'x')).toEqual([['thing.withdrawnAt', 'thing.withdrawnAt is required (string)'], ['other', 'other must be number, not string']]);
    expect(reasons({ safe: true, withdrawnAt: null }, 'x', { extraFields: 'ignore', at: 'never' })).toEqual([['options.at', 'options.at must be an ISO 8601 date-time (e.g. 2026-11-22T10:00:00Z) or a valid Date'], ['other', 'other must be number, not string']]);
  });
  it('a field that looks like a known one misspelt still denies, naming the field it looks like', () => {
    expect(reasons({ safe: true, withdrawAt: null, withdrawnAt: null })).toEqual([['thing.withdrawAt', 'thing.withdrawAt is not a field: did you mean "withdrawnAt"? A misspelt field is never read as absent']]);
  });
  it('without it, the extra column is refused with a hint about database rows', () => {
    expect(reasons({ safe: true, withdrawAt: 1 }, 1, {})).toEqual([['thing', 'thing has unknown field(s) "withdrawAt" (did you mean "withdrawnAt"?); to pass database rows, map their columns to these fields and use { extraFields: \'ignore\' }']]);
  });
});

describe('prepare and decideWith: what the context carries', () => {
  it('the source of the preset in force, where there is one', () => {
    expect(prepare(area, [{ safe: true }, 1], { policy: 'kirklees-primary' }).source).toBe('004_fa76751dc5d22203.txt');
    expect('source' in prepare(area, [{ safe: true }, 1], {})).toBe(false);
    expect(prepare(area, [{ safe: true }, 1], { policy: 'kirklees-primary' })).toMatchObject({ area: 'test', findings: [], policy: { id: 'kirklees-primary' } });
    expect(prepare(area, [{ safe: true }, 1], {}).findings).toEqual([]);
  });
  it("the options' findings are not changed by the inputs' own", () => {
    const ctx = readOptions(area, { at: 'never' });
    for (let i = 0; i < 2; i++) expect(decideWith(area, ctx, [{ safe: 'yes' }, 1]).reasons.map((f) => f.subject)).toEqual(['options.at', 'thing.safe']);
    expect(ctx.findings.map((f) => f.subject)).toEqual(['options.at']);
  });
});
