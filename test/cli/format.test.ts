import { describe, expect, it } from 'vitest';
import { formatClassification, formatDecision, formatResult, formatRoute } from '../../src/cli/format.js';

// The text the command line prints for people, line by line, from made-up results.
const clause = { source: 's.txt', section: 'Sec' };
const block = { rule: 'a.block', effect: 'block', message: 'Blocked.', clause, subject: 'photo', remedy: 'Fix it.' };
const warn = { rule: 'a.warn', effect: 'warn', message: 'Careful.', clause };
const policy = { id: 'p', version: '1' };
const decision = (extra: object): Record<string, unknown> => ({ allowed: false, reasons: [block, warn], policy, ...extra });

describe('CLI text: a decision', () => {
  it('prints the verdict, the extra fields (not the standard ones), and each reason with its remedy', () => {
    const r = decision({ action: 'delete', deleteBy: undefined, conditions: ['c'], steps: 1, actions: 1, route: 1, tier: 1, sanctions: 1, contactsPublished: 1 });
    expect(formatDecision('image', r as never, 'AT').split('\n')).toEqual([
      'DENIED  image  (policy p 1, at AT)',
      '  action: delete',
      '  conditions: ["c"]',
      '  x block  a.block  [photo]',
      '      Blocked.',
      '      clause: s.txt — Sec',
      '      remedy: Fix it.',
      '  ! warn   a.warn',
      '      Careful.',
      '      clause: s.txt — Sec',
    ]);
  });

  it('says so when no rule fired', () => {
    expect(formatDecision('phone', { allowed: true, reasons: [], policy } as never, 'AT')).toBe('ALLOWED  phone  (policy p 1, at AT)\n  no rule fired');
  });
});

const step = (to: string, extra: object) => ({ to, immediately: false, kind: 'step', finding: { ...warn, message: `Tell ${to}.` }, ...extra });

describe('CLI text: a route', () => {
  it('numbers the steps: at once, by a time, a source of help, when decided; contacts; what to do and not do', () => {
    const r = {
      policy, reasons: [], contactsPublished: '2026-01-01',
      steps: [
        step('dsl', { immediately: true, contacts: [{ label: 'DSL', phone: '01', email: '' }] }),
        step('lado', { immediately: true, by: '2026-12-29T23:59:00Z' }),
        step('ofsted', { by: '2027-01-07T12:00:00Z' }),
        step('nspcc', { kind: 'signpost' }),
        step('police', { kind: 'advice' }),
      ],
      actions: [{ ...block, message: 'Do not tell them.' }, { ...warn, message: 'Write it down.' }],
    };
    expect(formatRoute(r as never).split('\n')).toEqual([
      'ROUTE  (policy p 1)',
      '   1. dsl  IMMEDIATELY',
      '      Tell dsl.',
      '      clause: s.txt — Sec',
      '      contact: DSL · 01',
      '   2. lado  IMMEDIATELY (at the latest Tue, 29 Dec 2026, 23:59)',
      '      Tell lado.',
      '      clause: s.txt — Sec',
      '   3. ofsted  by Thu, 7 Jan 2027, 12:00',
      '      Tell ofsted.',
      '      clause: s.txt — Sec',
      '   4. signpost: nspcc  source of help',
      '      Tell nspcc.',
      '      clause: s.txt — Sec',
      '   5. advice: police  when decided',
      '      Tell police.',
      '      clause: s.txt — Sec',
      '  contacts published: 2026-01-01',
      '  x do not  Do not tell them.',
      '      clause: s.txt — Sec',
      '  - do      Write it down.',
      '      clause: s.txt — Sec',
    ]);
  });

  it('no steps: "no one to tell", unless the input was invalid, which lists only the invalid fields', () => {
    expect(formatRoute({ policy, reasons: [warn], steps: [], actions: [] } as never)).toBe('ROUTE  (policy p 1)\n  no one to tell');
    const bad = { policy, steps: [], actions: [], reasons: [warn, { ...block, rule: 'input.invalid', message: 'is wrong' }, { ...block, rule: 'input.invalid', subject: undefined, message: 'no subject' }] };
    expect(formatRoute(bad as never)).toBe('ROUTE  (policy p 1)\n  invalid input\n  x photo  is wrong\n  x   no subject');
  });
});

describe('CLI text: a classification', () => {
  it('prints the tier, the sanctions, the reasons without remedies, then the route', () => {
    const r = { ...decision({}), tier: 'serious', sanctions: ['log', 'warn'], route: { policy, reasons: [], steps: [], actions: [] } };
    expect(formatClassification(r as never).split('\n')).toEqual([
      'SERIOUS  (policy p 1)',
      '  sanctions: log, warn',
      '  x a.block  [photo]',
      '      Blocked.',
      '      clause: s.txt — Sec',
      '  ! a.warn',
      '      Careful.',
      '      clause: s.txt — Sec',
      'ROUTE  (policy p 1)',
      '  no one to tell',
    ]);
    expect(formatClassification({ ...decision({}), reasons: [], tier: 'none', sanctions: [] } as never)).toBe('NONE  (policy p 1)');
    // Only the start of a reason's first line is shortened, not the same words in its message.
    const echo = { ...decision({}), reasons: [{ ...block, message: 'a  x block  b' }, { ...warn, message: 'a  ! warn   b' }], tier: 't', sanctions: [] };
    expect(formatClassification(echo as never).split('\n').filter((l) => l.startsWith('      a'))).toEqual(['      a  x block  b', '      a  ! warn   b']);
  });

  it('formatResult picks the format by the shape of the result', () => {
    expect(formatResult('k', { policy, reasons: [], steps: [], actions: [] }, 'AT')).toBe('ROUTE  (policy p 1)\n  no one to tell');
    expect(formatResult('k', { allowed: true, policy, reasons: [], tier: 'none', sanctions: [] }, 'AT')).toBe('NONE  (policy p 1)');
    expect(formatResult('k', { allowed: true, policy, reasons: [] }, 'AT')).toBe('ALLOWED  k  (policy p 1, at AT)\n  no rule fired');
  });
});
