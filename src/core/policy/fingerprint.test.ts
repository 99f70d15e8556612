import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf, policyRefOf, rulesDigest } from './fingerprint.js';
import { buildRuleSet } from '../rules/ruleSet.js';
import type { AreaSpec, Condition, Rule } from '../rules/types.js';
import type { FactReader } from '../rules/vendorFacts.js';

// Two toy areas, so that a change in one can be shown not to move the other's fingerprint.
const spec = (id: string): AreaSpec => ({ id, item: 'child', facts: { n: { type: 'number', description: 'a number' } } });
const areas = new Map([['toy', spec('toy')], ['other', spec('other')]]);
const params = { code: 'TOY', message: 'No.', clause: { source: 's.pdf', section: '1' } };
const rule = (name: string, conditions: Condition, priority?: number): Rule =>
  ({ name, conditions: conditions as Rule['conditions'], event: { type: 'block', params }, ...(priority ? { priority } : {}) });
const big: Condition = { fact: 'n', operator: 'greaterThan', value: 3 };
const shared = { bigShared: { all: [{ condition: 'inner' }] }, inner: { all: [big] }, unused: { all: [big] } };
const rules = [rule('toy.a', { all: [{ condition: 'bigShared' }] }), rule('other.b', { all: [big] })];
const build = (r: Rule[] = rules, conditions: Record<string, Condition> = shared, facts?: Map<string, FactReader[]>) =>
  buildRuleSet([{ file: 'f.json', rules: r, conditions }], areas, facts);
const section = Object.freeze({ allowed: true, days: 5 });
const HEX = /^sha256:[0-9a-f]{64}$/;

// Everything is computed inside the tests: a throw while a describe block is collected runs no test at all.
describe('rulesDigest', () => {
  let base = '';
  beforeEach(() => { base = rulesDigest(build(), 'toy'); });

  it('is the same for the same rules, and for a change in another area', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(rulesDigest(build(), 'toy')).toBe(base);
    expect(rulesDigest(build([rules[0]!, rule('other.b', { all: [big] }, 5)]), 'toy')).toBe(base);
    expect(rulesDigest(build([rules[0]!, rule('other.b', { all: [big] }, 5)]), 'other')).not.toBe(rulesDigest(build(), 'other'));
    expect(rulesDigest(build(), 'other')).not.toBe(base);
  });

  it("changes with the area's rules and the shared conditions they use, nested too, and no others", () => {
    expect(rulesDigest(build([rule('toy.a', { all: [{ condition: 'bigShared' }] }, 5), rules[1]!]), 'toy')).not.toBe(base);
    expect(rulesDigest(build(rules, { ...shared, inner: { all: [{ ...big, value: 4 }] } }), 'toy')).not.toBe(base);
    expect(rulesDigest(build(rules, { ...shared, bigShared: { any: [{ condition: 'inner' }] } }), 'toy')).not.toBe(base);
    expect(rulesDigest(build(rules, { ...shared, unused: { all: [{ ...big, value: 9 }] } }), 'toy')).toBe(base);
  });

  it("changes with the rule set's own facts for the area: their declaration and how they are read", () => {
    const reader = (read: FactReader['read']): FactReader => ({ name: 'room', spec: { type: 'string', description: 'a room' }, read });
    const own = rulesDigest(build(rules, shared, new Map([['toy', [reader(({ context }) => context.room)]]])), 'toy');
    expect(own).not.toBe(base);
    expect(rulesDigest(build(rules, shared, new Map([['toy', [reader(({ context }) => context.place)]]])), 'toy')).not.toBe(own);
    expect(rulesDigest(build(rules, shared, new Map([['other', [reader(() => 1)]]])), 'toy')).toBe(base);
  });
});

describe('fingerprintOf', () => {
  const set = build();
  let fp = '';
  beforeEach(() => { fp = fingerprintOf('toy', section, set, undefined); });

  it('is a SHA-256 digest, the same for the same section in any key order', () => {
    expect(fp).toMatch(HEX);
    expect(fingerprintOf('toy', { days: 5, allowed: true }, set, undefined)).toBe(fp);
    expect(fingerprintOf('toy', section, build(), undefined)).toBe(fp);
  });

  it('changes with the area, every value of the section, the source and the rules', () => {
    const others = [
      fingerprintOf('other', section, set, undefined),
      fingerprintOf('toy', { allowed: true, days: 6 }, set, undefined),
      fingerprintOf('toy', section, set, 'acorn.pdf'),
      fingerprintOf('toy', section, set, 'null'),
      fingerprintOf('toy', section, build([rule('toy.a', { all: [big] }), rules[1]!]), undefined),
    ];
    expect(new Set([fp, ...others]).size).toBe(6);
    // Asked again in another order, each answer is its own: what is kept is kept per area and source.
    expect(fingerprintOf('toy', section, set, 'acorn.pdf')).toBe(others[2]);
    expect(fingerprintOf('other', section, set, undefined)).toBe(others[0]);
    expect(fingerprintOf('toy', section, set, undefined)).toBe(fp);
  });

  it('digests a section that is not an object too', () => {
    const none = fingerprintOf('toy', null, set, undefined);
    expect(none).toMatch(HEX);
    expect(fingerprintOf('toy', null, set, undefined)).toBe(none);
    expect(fingerprintOf('toy', 'x', set, undefined)).not.toBe(none);
    expect(fingerprintOf('toy', undefined, set, undefined)).not.toBe(fp);
  });
});

describe('policyRefOf', () => {
  const set = build();
  const name = { id: 'acorn', version: '2' };
  let ref: ReturnType<typeof policyRefOf>;
  beforeEach(() => { ref = policyRefOf('toy', name, section, set, undefined); });

  it("is frozen, names the policy and carries the section's fingerprint, also in JSON", () => {
    expect(Object.isFrozen(ref)).toBe(true);
    expect(ref.id).toBe('acorn');
    expect(ref.version).toBe('2');
    expect(ref.fingerprint).toBe(fingerprintOf('toy', section, set, undefined));
    expect(JSON.parse(JSON.stringify(ref))).toEqual({ id: 'acorn', version: '2', fingerprint: ref.fingerprint });
  });

  it('is one object per area, name, source and rule set, and another for any of them changed', () => {
    expect(policyRefOf('toy', { id: 'acorn', version: '2' }, section, set, undefined)).toBe(ref);
    const others = [
      policyRefOf('other', name, section, set, undefined),
      policyRefOf('toy', { id: 'oak', version: '2' }, section, set, undefined),
      policyRefOf('toy', { id: 'acorn', version: '3' }, section, set, undefined),
      policyRefOf('toy', name, section, set, 'acorn.pdf'),
      policyRefOf('toy', name, section, build(), undefined),
    ];
    for (const o of others) expect(o).not.toBe(ref);
    expect(others.map((o) => `${o.id}@${o.version}`)).toEqual(['acorn@2', 'oak@2', 'acorn@3', 'acorn@2', 'acorn@2']);
    expect(others[0]!.fingerprint).toBe(fingerprintOf('other', section, set, undefined));
    expect(others[3]!.fingerprint).toBe(fingerprintOf('toy', section, set, 'acorn.pdf'));
    expect(policyRefOf('toy', name, section, set, 'acorn.pdf')).toBe(others[3]);
  });

  it('makes a reference for a section that is not an object', () => {
    const a = policyRefOf('toy', name, null, set, undefined);
    expect(a.fingerprint).toBe(fingerprintOf('toy', null, set, undefined));
    expect(a.id).toBe('acorn');
  });
});
