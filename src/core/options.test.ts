import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../ruleSets.js';
import { deviceRules } from '../device/rules.js';
import { decide } from './pipeline.js';
import { sortFindings, toDecision } from './findings.js';
import { readOptions } from './options.js';
import { prepareFacts } from './pipeline.js';
import type { Finding, PolicyRef } from './findings.js';

// What every decision reads of its options, and how findings become a decision: fail closed, blocks first.
const area = deviceRules.decision;
const said = (options: unknown, needsAt = false) => readOptions(options, needsAt, area).findings.map((f) => [f.subject, f.message]);
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
    const own = createRuleSet();
    expect(readOptions({ rules: own }, false, area).ruleSet).toBe(own);
  });
  it('the time: required where the decision needs it, and refused when unreadable even where it does not', () => {
    expect(said({}, true)).toEqual([['options.at', 'options.at is required: the decision depends on the time (there is no hidden clock)']]);
    const unreadable = [['options.at', 'options.at must be an ISO 8601 date-time (e.g. 2026-11-22T10:00:00Z) or a valid Date']];
    expect(said({ at: 'tomorrow' }, true)).toEqual(unreadable);
    expect(said({ at: 'tomorrow' }, false)).toEqual(unreadable);
    expect(said({ at: new Date(Number.NaN) }, false)).toEqual(unreadable);
    expect(said({ at: '2026-11-22T10:00:00Z' }, true)).toEqual([]);
    expect(readOptions({ at: '2026-11-22T10:00:00Z' }, true, area).at.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(Number.isNaN(readOptions({}, false, area).at.getTime())).toBe(true);
  });
});

describe('toDecision and decide', () => {
  it('blocks come first, in the order they fired; all warnings or all blocks keep their order', () => {
    const [w1, b1, w2, b2] = [finding('w1', 'warn'), finding('b1', 'block'), finding('w2', 'warn'), finding('b2', 'block')];
    expect(sortFindings([w1, b1, w2, b2]).map((f) => f.rule)).toEqual(['b1', 'b2', 'w1', 'w2']);
    expect(sortFindings([w2, w1]).map((f) => f.rule)).toEqual(['w2', 'w1']);
    expect(sortFindings([b2, b1]).map((f) => f.rule)).toEqual(['b2', 'b1']);
    expect(toDecision([w1, w2], ref).allowed).toBe(true);
    expect(toDecision([w1, b1], ref).allowed).toBe(false);
  });
  it('facts that could not be computed, with no finding to say why, still deny', () => {
    const d = decide({ area: 'device', policy: ref, ruleSet: area.rules(), findings: [] } as never);
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((f) => [f.subject, f.message])).toEqual([['input', 'no facts could be computed from the input']]);
  });
  it('findings from the input are the decision, even when facts are present', () => {
    const why = [finding('input.invalid', 'block')];
    const d = decide({ area: 'device', policy: ref, ruleSet: area.rules(), findings: why, sets: { root: {}, items: [] } } as never);
    expect(d).toEqual({ allowed: false, reasons: why, policy: ref });
  });
});

describe('prepareFacts', () => {
  const ok = (v: unknown) => ({ success: true as const, data: v });
  it('facts that throw (an input that answered differently when read again) deny, naming the inputs', () => {
    const boom = () => { throw new Error('read twice'); };
    const two = prepareFacts(undefined, false, area, [{ name: 'device', value: 1, parse: ok }, { name: 'trip', value: 2, parse: ok }], boom);
    expect([two.sets, two.findings.map((f) => [f.subject, f.effect, f.message])]).toEqual([undefined,
      [['device', 'block', 'device and trip changed or could not be read while the facts were computed: pass plain data']]]);
    const none = prepareFacts(undefined, false, area, [], boom);
    expect(none.findings.map((f) => [f.subject, f.message])).toEqual([['input', ' changed or could not be read while the facts were computed: pass plain data']]);
  });
});
