import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/support/runs.js';
import { retentionArea } from '../retention/facts.js';
import { shippedRuleSet } from '../ruleSets.js';
import type { AreaSpec } from '../core/rules/types.js';
import { decisionTable } from './decisionTable.js';

const rules = shippedRuleSet().byArea.get('retention')!.root;
const direct = (facts: Record<string, unknown>) => rules.flatMap((r, i) => (r.test(facts, facts) ? [i] : []));
const value = (spec: AreaSpec['facts'][string]) =>
  spec.type === 'boolean' ? fc.oneof(fc.boolean(), fc.constantFrom(undefined, 'true', 0)) : fc.oneof(fc.constantFrom(...spec.values!), fc.constantFrom(undefined, 'nope'));
const factsArb = fc.record(Object.fromEntries(Object.entries(retentionArea.facts).map(([k, s]) => [k, value(s)])));

describe('decisionTable', () => {
  it('fires the same rules as evaluating them directly, for any facts, in or out of their domains', () => {
    const fire = decisionTable(retentionArea, rules, (f) => f, 64);
    fc.assert(fc.property(factsArb, (facts) => {
      expect([...fire(facts)]).toEqual(direct(facts));
      expect([...fire(facts)]).toEqual(direct(facts)); // remembered: the same answer
    }), { numRuns: runs(3_000) });
  });

  it('remembers a combination (the same array) and tells combinations apart', () => {
    let made = 0;
    const fire = decisionTable(retentionArea, rules, (f) => { made++; return f; });
    const facts = { showsChildren: true, storedOn: 'setting-device', purposeRecorded: true, personalPurpose: false, purposeOutsidePolicy: false, purposeEnded: false, purposeServedRule: 'delete', retentionAgreement: 'none', retentionPeriodRecorded: false, retentionPeriodRequired: false, retentionPeriodPassed: false, yearlyPurge: true, purgeDue: true, beyondYearApproval: 'none', beyondYearPurpose: false, childrenLeft: 'none', consentWithdrawn: 'none' };
    const first = fire(facts);
    expect(fire({ ...facts })).toBe(first);
    expect(made).toBe(1);
    expect(first.map((i) => rules[i]!.rule.name)).toContain('retention.yearly.purge');
    expect(fire({ ...facts, purgeDue: false })).not.toBe(first);
    expect(fire({ ...facts, purgeDue: false }).map((i) => rules[i]!.rule.name)).not.toContain('retention.yearly.purge');
  });

  it('evaluates directly an area with facts that are not enumerations', () => {
    const area: AreaSpec = { id: 'retention', facts: { ...retentionArea.facts, count: { type: 'number', description: 'n' } } };
    const fire = decisionTable(area, rules, (f) => f);
    const facts = { showsChildren: true };
    expect(fire(facts)).not.toBe(fire(facts));
    expect([...fire(facts)]).toEqual(direct(facts));
  });
});
