import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canPublishImage, imageFacts } from '../rules/image/canPublishImage.js';
import { toDecision, type PolicyRef } from '../src/core/findings.js';
import { evaluateArea } from '../src/core/rules/ruleSet.js';
import type { Rule, VendorFacts } from '../src/core/rules/types.js';
import { createEngine, decideWithEngine } from '../src/engine/index.js';
import { shippedRuleFiles } from '../src/registry.js';
import { createRuleSet } from '../src/ruleSets.js';
import { factSetsArb } from './support/factSets.js';
import { AT, consents, photo } from './support/image.js';

// Vendor facts in both evaluators: the typed functions and json-rules-engine read the same vendor facts and reach the
// same decision, for generated values of every kind of fact (valid ones, and ones that do not fit their declaration).
const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 300);

const facts: VendorFacts = {
  image: {
    room: { type: 'string', values: ['baby-room', 'garden', 'changing-area'], description: 'The room the photo was taken in.', read: ({ context }) => context.room },
    staffPresent: { type: 'number', description: 'Staff in the room.', read: ({ context }) => context.staffPresent },
    shared: { type: 'boolean', description: 'The family shares it on.', read: ({ context }) => context.shared },
    flags: { type: 'string[]', values: ['court-order', 'press', 'visitor'], description: 'Flags on the photo.', read: ({ context }) => context.flags },
    inCare: { type: 'boolean', each: true, description: 'The child is looked after.', read: ({ context, subject }) => context.inCare?.includes(subject) },
  },
};
const clause = { source: 'acorn-policy.pdf', section: '4 Photographs' };
const rule = (name: string, type: 'block' | 'warn', conditions: unknown): Rule =>
  ({ name, conditions, event: { type, params: { code: name.split('.').pop()!.toUpperCase().replace(/-/g, '_'), message: name, clause } } }) as Rule;
const rules: Rule[] = [
  rule('image.acorn.changing-area', 'block', { all: [{ fact: 'room', operator: 'equal', value: 'changing-area' }] }),
  rule('image.acorn.garden-website', 'warn', { all: [{ fact: 'room', operator: 'in', value: ['garden'] }, { fact: 'audience', operator: 'equal', value: 'setting-website' }] }),
  rule('image.acorn.ratio', 'block', { any: [{ fact: 'staffPresent', operator: 'lessThan', value: 2 }, { not: { fact: 'staffPresent', operator: 'lessThanInclusive', value: 12 } }] }),
  rule('image.acorn.court-order', 'block', { all: [{ fact: 'flags', operator: 'contains', value: 'court-order' }] }),
  rule('image.acorn.shared-press', 'warn', { all: [{ fact: 'shared', operator: 'equal', value: true }, { fact: 'flags', operator: 'doesNotContain', value: 'press' }] }),
  rule('image.acorn.in-care', 'block', { all: [{ fact: 'inCare', operator: 'equal', value: true }, { fact: 'childIdentifiable', operator: 'equal', value: true }] }),
  rule('image.acorn.staff-vs-children', 'warn', { all: [{ fact: 'staffPresent', operator: 'lessThan', value: { fact: 'childCount' } }] }),
];
// The image area's shipped rules and the vendor's (one area keeps json-rules-engine's runs short).
const ruleSet = createRuleSet({ facts, files: shippedRuleFiles.filter((f) => f.file.startsWith('rules/image/')), add: [{ file: 'acorn.json', rules }] });
const engine = createEngine({ rules: ruleSet });
const key = (f: { rule: string; subject?: string; effect: string }) => `${f.effect} ${f.rule} ${f.subject ?? ''}`;

/** A context: mostly values that fit, sometimes one that does not (both routes must then deny alike). */
const contextArb = fc.record({
  room: fc.oneof({ weight: 5, arbitrary: fc.constantFrom('baby-room', 'garden', 'changing-area') }, { weight: 1, arbitrary: fc.constantFrom<unknown>('kitchen', undefined, 3) }),
  staffPresent: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 14 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(Number.NaN, '3', null) }),
  shared: fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom<unknown>('yes', undefined) }),
  flags: fc.oneof({ weight: 5, arbitrary: fc.subarray(['court-order', 'press', 'visitor']) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(['other'], 'press') }),
  inCare: fc.subarray(['c1', 'c2']),
});
const photoArb = fc.record({
  audience: fc.constantFrom('learning-journal', 'setting-website', 'publicity'),
  identifiable: fc.boolean(),
});

describe('differential: vendor facts in the built-in evaluator and json-rules-engine', () => {
  it(`end to end: ${RUNS} generated inputs and contexts give the same decision`, async () => {
    const fired = new Set<string>();
    await fc.assert(fc.asyncProperty(photoArb, contextArb, async (p, context) => {
      const input = photo({ audience: p.audience as never, children: [{ id: 'c1', identifiable: p.identifiable }, { id: 'c2' }] });
      const options = { at: AT, rules: ruleSet, context };
      const ours = canPublishImage(input, consents(), options);
      const theirs = await decideWithEngine(engine, imageFacts(input, consents(), options));
      ours.reasons.forEach((r) => fired.add(r.rule));
      expect(theirs.allowed).toBe(ours.allowed);
      expect(theirs.reasons.map(key)).toEqual(ours.reasons.map(key));
    }), { numRuns: RUNS });
    // Every vendor rule fired at least once, and so did the refusal of a fact that does not fit.
    expect([...rules.map((r) => r.name), 'input.invalid'].filter((n) => !fired.has(n))).toEqual([]);
  }, 120_000);

  it(`on generated fact sets over the extended catalogue: ${RUNS} sets give the same findings`, async () => {
    const area = ruleSet.areas.get('image')!;
    const own = ruleSet.rules.filter((r) => r.area === 'image').map((r) => r.rule);
    await fc.assert(fc.asyncProperty(factSetsArb(area, own, { ...ruleSet.conditions }), async (sets) => {
      const ours = evaluateArea(ruleSet, 'image', sets);
      const policy = { id: 't', version: '1' } as PolicyRef;
      const theirs = await decideWithEngine(engine, { area: 'image', policy, ruleSet, findings: [], sets, finish: (f) => toDecision(f, policy) });
      expect(toDecision(ours, policy).reasons.map(key)).toEqual(theirs.reasons.map(key));
    }), { numRuns: RUNS });
  }, 120_000);
});
