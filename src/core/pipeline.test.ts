import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { defineArea, type Area } from './area.js';
import { b, triOf } from './facts.js';
import { sortFindings, toDecision, type Decision, type Finding, type PolicyRef } from './findings.js';
import { readOptions } from './options.js';
import { decide, finishDecision, prepare } from './pipeline.js';
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
