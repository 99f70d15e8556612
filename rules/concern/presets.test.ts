import { describe, expect, it } from 'vitest';
import { routeConcern, type Route } from './routeConcern.js';
import { concernArea } from './area.js';
import { quoteProblems, sourcesPresent } from '../../test/support/sources.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import type { Concern } from './schema.js';

// Each preset is its own policy (issue 13, item 8): under a preset a concern routes as that policy and the law do, and
// every finding cites that policy's own clause or the law's. Where the policies differ, the same concern routes differently.
const base: Concern = { kind: 'misuse-of-technology', reportedAt: '2026-11-18T10:00:00Z', setting: { type: 'nursery' }, immediateDanger: false };
const c = (over: Partial<Concern>): Concern => ({ ...base, ...over });
const SRC: Record<string, string> = {
  '000_adea60a66085a501.txt': '000', '001_37d62a2ef733a813.txt': '001', '002_ed2002546c8e0053.txt': '002',
  '003_20a7bc9faa9d6812.txt': '003', '004_fa76751dc5d22203.txt': '004', 'statutory-facts.md': 'law',
};
const B = 'barnet-early-years', H = 'homerton-early-years', T = 'two-mile-ash-pre-school', C = 'cambridgeshire-early-years', K = 'kirklees-primary';
const all = (r: Route) => [...r.reasons];
const cites = (rule: string, concern: Concern, policy: PresetId) => {
  const f = all(routeConcern(concern, { policy })).find((x) => x.rule === rule);
  return f ? SRC[f.clause.source] : 'did not fire';
};
const images = c({ kind: 'indecent-images-found' });
const child = c({ kind: 'child-protection' });

describe('each finding cites the clause of the policy in force', () => {
  it.each([
    ['concern.emergency.999', c({ immediateDanger: true }), { [B]: '000', [H]: 'law', [T]: 'law', [C]: 'law', [K]: 'law' }],
    ['concern.first-contact.dsl', c({}), { [H]: '001', [T]: '002', [C]: '003' }],
    ['concern.subject.lado', c({ subject: { role: 'manager' } }), { [B]: '000', [H]: 'law', [T]: 'law', [C]: 'law', [K]: 'law' }],
    ['concern.subject.conflict-of-interest', c({ subject: { role: 'manager' } }), { [H]: '001', [T]: '002', [B]: 'did not fire', [C]: 'did not fire', [K]: 'did not fire' }],
    ['concern.log.incident-log', c({}), { [K]: '004', [B]: 'did not fire', [H]: 'did not fire', [T]: 'did not fire', [C]: 'did not fire' }],
    ['concern.log.misuse', c({}), { [H]: '001', [C]: '003', [B]: 'did not fire', [T]: 'did not fire', [K]: 'did not fire' }],
    ['concern.child-protection.procedures', child, { [B]: '000', [H]: '001', [T]: '002', [C]: '003', [K]: '004' }],
    ['concern.child-protection.police', child, { [B]: '000', [H]: 'did not fire', [T]: 'did not fire', [C]: 'did not fire', [K]: 'did not fire' }],
    ['concern.allegation.lado', c({ subject: { role: 'staff' } }), { [B]: '000', [H]: 'law', [T]: 'law', [C]: 'law', [K]: 'law' }],
    ['concern.allegation.ofsted', c({ subject: { role: 'staff' } }), { [B]: '000', [H]: 'law', [T]: 'law', [C]: 'law' }],
    ['concern.indecent-images.police', images, { [B]: '000', [H]: '001', [T]: '002', [C]: '003', [K]: '004' }],
    ['concern.indecent-images.lado', images, { [B]: '000', [H]: '001', [T]: '002', [C]: '003', [K]: '004' }],
    ['concern.indecent-images.do-not-investigate', images, { [B]: '000', [H]: '001', [T]: '002', [C]: 'law', [K]: '004' }],
    ['concern.indecent-images.preserve', images, { [B]: '000', [H]: '001', [K]: '004', [T]: 'did not fire', [C]: 'did not fire' }],
    ['concern.grooming.ceop', c({ kind: 'online-grooming' }), { [T]: '002', [B]: 'law', [H]: 'law', [C]: 'law', [K]: 'law' }],
    ['concern.data-loss.ico', c({ kind: 'data-loss' }), { [B]: '000', [H]: '001', [T]: '002', [C]: '003', [K]: '004' }],
  ] as const)('%s', (rule, concern, expected) => {
    for (const [policy, source] of Object.entries(expected)) expect([policy, cites(rule, concern, policy as PresetId)]).toEqual([policy, source]);
  });

  it.skipIf(!sourcesPresent)('every clause a rule cites, for any policy, quotes words that are in its source', () => {
    const problems: string[] = [];
    for (const file of concernArea.rules) {
      for (const r of file.rules) {
        for (const clause of [r.event.params.clause, ...(r.event.params.clauses ?? [])]) {
          const words = [...clause.section.replace(/[\u201c\u201d]/g, '"').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
          if (!words.length) problems.push(`${r.name}: ${clause.source} quotes nothing`);
          for (const w of words) problems.push(...quoteProblems({ source: clause.source, section: clause.section, words: w }, r.name));
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('where the policies differ, the same concern routes differently', () => {
  const routes = (concern: Concern) => Object.fromEntries(([B, H, T, C, K] as const).map((p) => {
    const r = routeConcern(concern, { policy: p });
    return [p, [...r.steps.map((s) => `${s.kind === 'step' ? '' : `${s.kind}:`}${s.to}`), ...r.actions.map((a) => a.code)]];
  }));
  it('cyberbullying: 002 tells the parents and signposts help; 004 uses its anti-bullying procedure (in a school); the others their first contact', () => {
    expect(routes(c({ kind: 'cyberbullying', setting: { type: 'school' } }))).toEqual({
      [B]: ['manager'],
      [H]: ['dsl'],
      [T]: ['dsl', 'parents', 'signpost:nspcc', 'signpost:childline'],
      [C]: ['dsl'],
      [K]: ['esafety-coordinator', 'LOG_INCIDENT', 'ANTI_BULLYING_PROCEDURE'],
    });
  });
  it('accidental access: 001 pulls the power cable and tells the leadership team', () => {
    expect(routes(c({ kind: 'accidental-access' }))).toEqual({
      [B]: ['manager'], [H]: ['dsl', 'leadership-team', 'DISCONNECT'], [T]: ['dsl'], [C]: ['dsl'], [K]: ['esafety-coordinator', 'LOG_INCIDENT'],
    });
  });
  it('a child-protection concern: 000 has the manager consider the police and children\'s social care; everyone follows their procedures', () => {
    expect(routes(child)).toEqual({
      [B]: ['manager', 'consider:police', 'consider:childrens-social-care', 'FOLLOW_CHILD_PROTECTION_PROCEDURES'],
      [H]: ['dsl', 'FOLLOW_CHILD_PROTECTION_PROCEDURES'],
      [T]: ['dsl', 'FOLLOW_CHILD_PROTECTION_PROCEDURES'],
      [C]: ['dsl', 'FOLLOW_CHILD_PROTECTION_PROCEDURES'],
      [K]: ['esafety-coordinator', 'LOG_INCIDENT', 'FOLLOW_CHILD_PROTECTION_PROCEDURES'],
    });
  });
  it('online grooming: 002 goes to its DSL or the MASH, and a colleague to the police; the law sends it to CEOP everywhere', () => {
    expect(routes(c({ kind: 'online-grooming', subject: { role: 'dsl' } }))).toEqual({
      [B]: ['registered-person', 'lado', 'ceop', 'ofsted', 'DO_NOT_TELL_SUBJECT', 'HARM_THRESHOLD_UNDECIDED'],
      [H]: ['registered-person', 'lado', 'ceop', 'ofsted', 'DO_NOT_TELL_SUBJECT', 'CONFLICT_OF_INTEREST', 'HARM_THRESHOLD_UNDECIDED'],
      [T]: ['registered-person', 'mash', 'lado', 'ceop', 'police', 'ofsted', 'DO_NOT_TELL_SUBJECT', 'CONFLICT_OF_INTEREST', 'HARM_THRESHOLD_UNDECIDED'],
      [C]: ['registered-person', 'lado', 'ceop', 'ofsted', 'DO_NOT_TELL_SUBJECT', 'HARM_THRESHOLD_UNDECIDED'],
      [K]: ['registered-person', 'lado', 'ceop', 'ofsted', 'DO_NOT_TELL_SUBJECT', 'LOG_INCIDENT', 'HARM_THRESHOLD_UNDECIDED'],
    });
  });
  it('offensive material: 002 reports it to the IWF (noting its remit); a security incident: 004 refers it to its eSafety coordinator and technical support', () => {
    expect(routes(c({ kind: ['offensive-content', 'security-incident'] }))).toEqual({
      [B]: ['manager'], [H]: ['dsl'], [T]: ['dsl', 'iwf', 'IWF_REMIT'], [C]: ['dsl'],
      [K]: ['esafety-coordinator', 'technical-support', 'LOG_INCIDENT'],
    });
  });
  it('a childminder: 000 seeks advice straight from children\'s social care and its childminding team and informs Ofsted; elsewhere the childminder is the designated person', () => {
    expect(routes(c({ kind: 'nudes-shared', setting: { type: 'childminder' } }))).toEqual({
      [B]: ['advice:childrens-social-care', 'advice:childminding-team', 'ofsted', 'DO_NOT_VIEW_NUDES', 'NUDES_ADULT_UNKNOWN'],
      [H]: ['dsl', 'DO_NOT_VIEW_NUDES', 'NUDES_ADULT_UNKNOWN'],
      [T]: ['dsl', 'DO_NOT_VIEW_NUDES', 'NUDES_ADULT_UNKNOWN'],
      [C]: ['dsl', 'DO_NOT_VIEW_NUDES', 'NUDES_ADULT_UNKNOWN'],
      [K]: ['esafety-coordinator', 'dsl', 'DO_NOT_VIEW_NUDES', 'LOG_INCIDENT', 'NUDES_ADULT_UNKNOWN'],
    });
  });
});
