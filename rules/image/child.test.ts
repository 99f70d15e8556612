import { describe, expect, it } from 'vitest';
import type { Consent, Photo, PhotoChild } from './schema.js';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { consent, consents, decide, fired, firedFor, photo, decideCase as run, type ImageCase as Case } from '../../test/support/image.js';

const c2 = (child: Partial<PhotoChild>) => ({ photo: photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2', ...child }] }) });

// "some children do not wish" is respected: a block; "only taken with the permission of participants": a block;
// "agreement should also be sought ... where possible": a warning.
const scenarios: RuleScenario<Case, PolicyOption>[] = [
  { rule: 'image.child.objects', policy: 'baseline', effect: 'block', fires: c2({ agreed: true, objects: true }),
    nearMisses: [c2({ agreed: true, objects: false }), c2({ agreed: true, objects: true, identifiable: false })] },
  { rule: 'image.child.agreement-required', policy: 'kirklees-primary', effect: 'block', fires: c2({}),
    nearMisses: [c2({ identifiable: false }), c2({ agreed: true })], elsewhere: ['barnet-early-years'] },
  { rule: 'image.child.agreement-required', policy: 'kirklees-primary', effect: 'block', fires: c2({ agreed: false }), nearMisses: [] },
  { rule: 'image.child.agreement-sought', policy: 'barnet-early-years', effect: 'warn', fires: c2({}),
    nearMisses: [c2({ identifiable: false }), c2({ agreed: true })], elsewhere: ['homerton-early-years', 'kirklees-primary'] },
];

describe('image child rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} #${i}`, s] as const))('%s', (_, s) => expectScenario(run, s));
});

describe('rules/image/child.json', () => {
  it('image.child.objects: the child\'s objection on the consent record blocks', () => {
    expect(firedFor(decide(photo(), [consent('c1'), consent('c2', { childObjects: true })]), 'c2')).toEqual(['image.child.objects']);
  });
  it('image.child.objects: an objection at the time blocks', () => {
    const p = photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2', agreed: true, objects: true }] });
    const d = decide(p, consents());
    expect(firedFor(d, 'c2')).toEqual(['image.child.objects']);
    expect(d).toMatchObject({ allowed: false, obscure: ['c2'] });
  });
  it('image.child.objects: a child who objects and is obscured (cannot be identified) is not shown: the remedy, obscuring, is done', () => {
    const p = photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2', identifiable: false, objects: true }] });
    expect(decide(p, consents())).toMatchObject({ allowed: true, obscure: [] });
  });
  it('image.child.objects: no objection, no finding', () => {
    expect(fired(decide(photo()))).not.toContain('image.child.objects');
  });

  it('image.child.agreement-required: Kirklees requires the pupil\'s own agreement', () => {
    const p = photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2' }] });
    const d = decide(p, consents(), { policy: 'kirklees-primary' });
    expect(firedFor(d, 'c2')).toEqual(['image.child.agreement-required']);
    expect(d.reasons[0]!.clause.source).toBe('004_fa76751dc5d22203.txt');
  });
  it('image.child.agreement-required: a recorded agreement satisfies it', () => {
    expect(fired(decide(photo(), consents(), { policy: 'kirklees-primary' }))).not.toContain('image.child.agreement-required');
  });

  it('image.child.agreement-sought: Barnet asks for agreement where possible: a warning, not a block', () => {
    const p = photo({ children: [{ id: 'c1', agreed: true }, { id: 'c2' }] });
    const d = decide(p, consents(), { policy: 'barnet-early-years' });
    expect(d.allowed).toBe(true);
    expect(d.reasons.map((r) => [r.rule, r.effect, r.subject])).toEqual([['image.child.agreement-sought', 'warn', 'c2']]);
  });
  it('image.child.agreement-sought: Homerton only respects objections, so no warning', () => {
    const p = photo({ children: [{ id: 'c1' }, { id: 'c2' }] });
    expect(decide(p, consents(), { policy: 'homerton-early-years' })).toMatchObject({ allowed: true, reasons: [] });
  });
});
