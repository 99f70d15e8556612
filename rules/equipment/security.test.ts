import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, decide, type Change } from './helpers.js';

// 001: "Wireless access will be switched off on mobile devices in learning spaces for the majority of the time": not
// all of the time, so a warning. 002: "All computers have virus protection installed"; 004: "Staff have virus
// protection installed on all laptops used for school activity": a requirement, so a block.
const tablet: Change = { place: 'learning-space', device: { wirelessOn: true } };
const laptop: Change = { device: { id: 'lap-2', kind: 'laptop', assignment: 'shared', virusProtected: false } };
const scenarios: RuleScenario<Change, PolicyOption>[] = [
  { rule: 'equipment.wireless.on-in-learning-space', policy: 'homerton-early-years', effect: 'warn', fires: tablet,
    nearMisses: [{ ...tablet, device: { wirelessOn: false } }, { ...tablet, online: true }, { ...tablet, place: 'office' }, { ...tablet, device: { kind: 'camera', wirelessOn: true } }],
    elsewhere: ['cambridgeshire-early-years', 'kirklees-primary', 'barnet-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'equipment.antivirus.missing', policy: 'two-mile-ash-pre-school', effect: 'block', fires: laptop,
    nearMisses: [{ device: { ...laptop.device, virusProtected: true } }, { device: { ...laptop.device, kind: 'tablet' } }],
    elsewhere: ['homerton-early-years', 'cambridgeshire-early-years', 'barnet-early-years'] },
];

describe('equipment security rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('equipment: wireless in learning spaces (001 l.27) and virus protection (002 l.50; 004 l.147)', () => {
  it('a warning, not a denial: wireless left on (or not said to be off) on a tablet or phone in a learning space', () => {
    expect(check(tablet, 'homerton-early-years')).toMatchObject({ allowed: true, rules: ['equipment.wireless.on-in-learning-space'], cites: ['001'] });
    expect(check({ ...tablet, device: { kind: 'phone', wirelessOn: undefined } }, 'baseline').rules).toEqual(['equipment.wireless.on-in-learning-space']);
    expect(check({ ...tablet, online: false }, 'homerton-early-years').reasons[0]?.effect).toBe('warn');
  });
  it('a computer without virus protection (or not said to have it) is not used, citing the preset\'s own clause', () => {
    expect(check(laptop, 'two-mile-ash-pre-school')).toMatchObject({ allowed: false, cites: ['002'] });
    expect(check(laptop, 'kirklees-primary')).toMatchObject({ allowed: false, cites: ['004'] });
    expect(check({ device: { ...laptop.device, kind: 'desktop', virusProtected: undefined } }, 'baseline').rules).toEqual(['equipment.antivirus.missing']);
  });
});
