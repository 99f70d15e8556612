import { describe, expect, it } from 'vitest';
import { classifyMisuse } from './classifyMisuse.js';
import type { MisuseIncident } from './schema.js';
import type { Sanction } from './vocabulary.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { shippedRuleSet } from '../../src/ruleSets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';

// Scenario tests from the sanctions lists (001 SANCTIONS, 003 6. Sanctions, 004 Dealing with eSafety incidents and Using email).
const base: MisuseIncident = { activity: 'chain-messages', actor: { role: 'staff' }, reportedAt: '2026-11-18T10:00:00Z', setting: { type: 'school' } };
const m = (over: Partial<MisuseIncident>): MisuseIncident => ({ ...base, ...over });
const pupil = { role: 'pupil' } as const;
const classify = (i: MisuseIncident, policy: PresetId = 'baseline') => classifyMisuse(i, { policy });
// Not misuse: the lesson-time activities outside lesson time.
const notMisuse = (over: Partial<MisuseIncident> = {}) => m({ activity: 'non-educational-sites', duringLessons: false, ...over });

// Every sanction is a step to take, not a verdict: each warns, and adds its sanction to the result.
// The policy facts: the firing incident under a preset that does not list the sanction must not fire the rule.
type SanctionScenario = RuleScenario<MisuseIncident, PresetId> & { sanction: Sanction };
const scenarios: SanctionScenario[] = [
  // 003 "the logging of an incident" (Barnet, 000, and Two Mile Ash, 002, name no log).
  { rule: 'misuse.sanction.log', effect: 'warn', sanction: 'log-incident', fires: m({}), nearMisses: [notMisuse()],
    elsewhere: ['barnet-early-years', 'two-mile-ash-pre-school'] },
  // 001 "disciplinary action at the discretion of the Head of Centre": for the adults who work there (Two Mile Ash lists none;
  // Barnet names it for email outside the agreed protocols only).
  { rule: 'misuse.sanction.disciplinary', effect: 'warn', sanction: 'disciplinary-action', fires: m({ actor: { role: 'volunteer' } }),
    nearMisses: [m({ actor: pupil }), notMisuse({ actor: { role: 'volunteer' } })], elsewhere: ['two-mile-ash-pre-school', 'barnet-early-years'] },
  // 003 "reporting of any illegal or incongruous activities to the appropriate authorities": the first list only.
  { rule: 'misuse.sanction.authorities', effect: 'warn', sanction: 'report-to-authorities', fires: m({ activity: 'indecent-images-of-children' }),
    nearMisses: [m({})], elsewhere: ['two-mile-ash-pre-school'] },
  // 003 "allegations process being followed": illegal misuse by an adult who works there (Kirklees' own policy names none).
  { rule: 'misuse.sanction.allegations', effect: 'warn', sanction: 'allegations-process', fires: m({ activity: 'indecent-images-of-children' }),
    nearMisses: [m({}), m({ activity: 'indecent-images-of-children', actor: pupil })], elsewhere: ['kirklees-primary'] },
  // 004 "dealt with following the school's normal behaviour or disciplinary procedures": pupils' misuse.
  { rule: 'misuse.sanction.behaviour', effect: 'warn', sanction: 'behaviour-procedure', fires: m({ actor: pupil }),
    nearMisses: [m({}), notMisuse({ actor: pupil })], elsewhere: ['homerton-early-years'] },
  // 004 "misuse of email will result in a loss of privileges": pupils, by email.
  { rule: 'misuse.sanction.loss-of-privileges', effect: 'warn', sanction: 'loss-of-privileges', fires: m({ actor: pupil, viaEmail: true }),
    nearMisses: [m({ actor: pupil, viaEmail: false }), m({ viaEmail: true }),
      notMisuse({ activity: 'personal-use-in-lessons', actor: pupil, viaEmail: true })],
    elsewhere: ['homerton-early-years'] },
  // 004 "Instances of cyberbullying ... dealt with using the schools anti-bullying procedures".
  { rule: 'misuse.sanction.anti-bullying', effect: 'warn', sanction: 'anti-bullying-procedure',
    fires: m({ activity: 'offensive-or-bullying-message', actor: pupil }),
    nearMisses: [m({ actor: pupil })], elsewhere: ['homerton-early-years'] },
];

describe('misuse sanction rules: each fires on its clause, as a warning with its sanction, and not on a near miss', () => {
  it('covers every shipped misuse sanction rule', () => {
    const names = shippedRuleSet().rules.filter((r) => r.area === 'misuse' && r.rule.name.startsWith('misuse.sanction.')).map((r) => r.rule.name);
    expect(scenarios.map((s) => s.rule).sort()).toEqual(names.sort());
  });
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => {
    expectScenario((i, policy) => classify(i, policy), s);
    expect(classify(s.fires, s.policy).sanctions).toContain(s.sanction);
    for (const p of s.elsewhere ?? []) expect(classify(s.fires, p).sanctions).not.toContain(s.sanction);
  });
  it('Barnet: disciplinary action only for email outside the agreed protocols, citing its own words; the LADO and the police for the rest', () => {
    const barnet = (activity: MisuseIncident['activity']) => classify(m({ activity, setting: { type: 'nursery' } }), 'barnet-early-years');
    const email = barnet('email-outside-protocols');
    expect([email.tier, email.sanctions]).toEqual(['disciplinary', ['disciplinary-action']]);
    expect(email.reasons.find((f) => f.rule === 'misuse.sanction.disciplinary')?.clause).toEqual({ source: '000_adea60a66085a501.txt',
      section: 'Communication with Children through technology — "E mail communications outside of the agreed protocols may lead to disciplinary action"',
      title: 'Barnet Safeguarding Children Board guidance for childcare and early-years settings' });
    expect(barnet('indecent-images-of-children').sanctions).toEqual(['report-to-authorities', 'allegations-process']);
    expect(barnet('secret-recording').sanctions).toEqual([]);
  });
  it('each sanction cites the policy in force: Homerton\'s log, Kirklees\' log and police, Two Mile Ash\'s allegations procedure', () => {
    const source = (i: MisuseIncident, p: PresetId, rule: string) => classify(i, p).reasons.find((f) => f.rule === rule)?.clause.source.slice(0, 3);
    const images = m({ activity: 'indecent-images-of-children' });
    expect(source(images, 'homerton-early-years', 'misuse.sanction.log')).toBe('001');
    expect(source(images, 'kirklees-primary', 'misuse.sanction.log')).toBe('004');
    expect(source(images, 'kirklees-primary', 'misuse.sanction.authorities')).toBe('004');
    expect(source(images, 'kirklees-primary', 'misuse.sanction.disciplinary')).toBe('004');
    expect(source(images, 'two-mile-ash-pre-school', 'misuse.sanction.allegations')).toBe('002');
    expect(source(images, 'barnet-early-years', 'misuse.sanction.allegations')).toBe('000');
    expect(source(images, 'homerton-early-years', 'misuse.sanction.allegations')).toBe('001');
  });
  it('a sanction warns: what is not misuse stays allowed, and nothing follows it', () => {
    const r = classify(notMisuse({ actor: pupil, viaEmail: true }));
    expect([r.allowed, r.tier, r.sanctions, r.reasons.map((f) => f.effect)]).toEqual([true, 'not-misuse', [], ['warn']]);
  });
});
