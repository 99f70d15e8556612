import { describe, expect, it } from 'vitest';
import { shippedRuleFiles } from '../src/registry.js';
import { decisions } from './support/decisions.js';

// One code, one meaning. A code's meaning is what a vendor would translate or branch on: the rule's effect, its message
// and its remedy. Rules may share a code only when all three agree (today no two do); the rule id is the finer key.
const rules = shippedRuleFiles.flatMap((f) => f.rules);
const meaning = (r: (typeof rules)[number]) => JSON.stringify([r.event.type, r.event.params.message, r.event.params.remedy ?? null]);

/** The codes the library's own findings use (not from a rule file): no shipped rule may take one. */
const LIBRARY_CODES = ['INVALID_INPUT', 'DEADLINE_PASSED', 'CONTACTS_MAY_BE_STALE', 'NO_CONTACT_ON_FILE', 'INCOMPLETE_CONCERN', 'TELL_FIRST_CONTACT'];

describe('codes', () => {
  it('rules share a code only when effect, message and remedy agree', () => {
    const byCode = new Map<string, typeof rules>();
    for (const r of rules) byCode.set(r.event.params.code, [...(byCode.get(r.event.params.code) ?? []), r]);
    const mixed = [...byCode].filter(([, rs]) => new Set(rs.map(meaning)).size > 1).map(([code, rs]) => `${code}: ${rs.map((r) => `${r.name} (${r.event.type})`).join(', ')}`);
    expect(mixed).toEqual([]);
    expect(byCode.size).toBeGreaterThan(250); // the check ran over the shipped rules
  });

  it('the codes renamed for it are in use, and the old codes keep only the rule they now mean', () => {
    const code = (name: string) => rules.find((r) => r.name === name)?.event.params.code;
    expect([code('transfer.email.unencrypted'), code('transfer.email.unencrypted-where-possible')]).toEqual(['EMAIL_NOT_ENCRYPTED', 'EMAIL_ENCRYPTION_ADVISED']);
    expect([code('image.consent.withdrawn'), code('retention.consent.withdrawn')]).toEqual(['CONSENT_WITHDRAWN', 'RETENTION_CONSENT_WITHDRAWN']);
    expect([code('image.content.purpose'), code('retention.purpose.missing')]).toEqual(['PURPOSE_NOT_RECORDED', 'RETENTION_PURPOSE_NOT_RECORDED']);
  });

  it('no shipped rule takes a code of the library\'s own findings', () => {
    expect(rules.filter((r) => LIBRARY_CODES.includes(r.event.params.code)).map((r) => r.name)).toEqual([]);
  });

  it('every finding of every decision function carries a code no rule of another meaning uses', async () => {
    const meaningOf = new Map(rules.map((r) => [r.event.params.code, meaning(r)]));
    for (const d of decisions) {
      const r = (await d.call(d.valid)) as { reasons: { rule: string; code?: string }[] };
      for (const f of r.reasons) {
        const rule = rules.find((x) => x.name === f.rule);
        if (rule) expect(meaningOf.get(f.code!), `${d.name}: ${f.rule}`).toBe(meaning(rule));
        else expect(LIBRARY_CODES, `${d.name}: ${f.rule}`).toContain(f.code);
      }
    }
  });
});
