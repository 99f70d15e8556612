import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validOf } from '../../test/support/arbitrary.js';
import { example } from '../../test/support/examples.js';
import { consentsSchema, photoSchema } from '../../rules/image/schema.js';
import { canPublishImage, createRuleSet, definePolicy } from '../index.js';
import { toAuditRecord } from './toAuditRecord.js';
import { verifyAuditRecord } from './verifyAuditRecord.js';
import type { AuditRecord } from './schema.js';

const at = '2026-11-22T10:00:00Z';
const { photo, consents } = example('image/learning-journal-allowed.json') as { photo: never; consents: never };
const options = { policy: 'homerton-early-years', at } as const;
const recordOf = (p: unknown, c: unknown, o: Record<string, unknown> = options) =>
  toAuditRecord('canPublishImage', [p, c, o], canPublishImage(p as never, c as never, o));
const copy = (r: AuditRecord): AuditRecord => JSON.parse(JSON.stringify(r));

describe('verifyAuditRecord', () => {
  it('matches a record as stored, allowed or denied', () => {
    for (const r of [recordOf(photo, consents), recordOf(photo, [])]) {
      const v = verifyAuditRecord(copy(r));
      expect(v).toEqual({ matches: true, now: canPublishImage(photo, r.arguments!.consents as never, options) });
    }
  });

  it('does not match a tampered result, naming what differs', () => {
    const r = copy(recordOf(photo, []));
    expect(r.result.allowed).toBe(false);
    const flipped = verifyAuditRecord({ ...r, result: { ...r.result, allowed: true } });
    expect(flipped.matches).toBe(false);
    expect(flipped.differences).toEqual(['result.allowed: stored true, now false']);
    const fewer = verifyAuditRecord({ ...r, result: { ...r.result, reasons: (r.result.reasons as unknown[]).slice(1) } });
    expect(fewer.matches).toBe(false);
    expect(fewer.differences![0]).toMatch(/^result\.reasons: stored 1 item\(s\), now 2/);
    const ref = { ...r.policy, version: '2020' };
    const version = (r.result.policy as { version: string }).version;
    expect(verifyAuditRecord({ ...r, policy: ref, result: { ...r.result, policy: ref } }).differences).toEqual([`result.policy.version: stored "2020", now ${JSON.stringify(version)}`]);
    expect(verifyAuditRecord({ ...r, policy: ref }).differences).toEqual(["policy: the record's policy is not its result's policy"]);
  });

  it('does not match when a rule that fired is disabled since', () => {
    const r = recordOf(photo, []);
    const fired = (r.result.reasons as { rule: string }[]).map((f) => f.rule);
    expect(fired).toContain('image.consent.missing');
    const rules = createRuleSet({ disable: ['image.consent.missing'] });
    const v = verifyAuditRecord(r, { rules });
    expect(v.matches).toBe(false);
    expect(v.differences).toContain('policy.fingerprint: the policy values or rules in force now are not those of the record');
    expect(v.differences!.some((d) => d.startsWith('result.reasons'))).toBe(true);
    // A rule set that changes nothing of this area decides the same, under the same fingerprint.
    expect(verifyAuditRecord(r, { rules: createRuleSet({ disable: ['device.offsite.unencrypted'] }) }).matches).toBe(true);
  });

  it('does not match when a policy value changed, even where the result is the same', () => {
    const own = definePolicy({ id: 'acorn', version: '1', basedOn: 'homerton-early-years' });
    const changed = definePolicy({ id: 'acorn', version: '1', basedOn: 'homerton-early-years', image: { consentBeforeTaking: false } });
    const r = copy(recordOf(photo, consents, { policy: own, at }));
    expect(r.policy.id).toBe('acorn');
    expect(verifyAuditRecord(r).matches).toBe(false);
    expect(verifyAuditRecord(r).differences![0]).toMatch(/^policy: the record was decided under the setting's own policy "acorn"/);
    expect(verifyAuditRecord(r, { policy: own }).matches).toBe(true);
    const v = verifyAuditRecord(r, { policy: changed });
    expect((v.now as { allowed: boolean }).allowed).toBe(true);
    expect(v.matches).toBe(false);
    expect(v.differences).toContain('policy.fingerprint: the policy values or rules in force now are not those of the record');
  });

  it('cannot re-decide a record of a digest only, and says so', () => {
    const r = toAuditRecord('canPublishImage', [photo, consents, options], canPublishImage(photo, consents, options), { digest: true });
    const v = verifyAuditRecord(r);
    expect(v).toEqual({ matches: false, now: null, differences: [expect.stringMatching(/^arguments: the record holds only a digest/)] });
  });

  it('refuses a malformed record naming the field, and never throws', () => {
    const r = copy(recordOf(photo, consents));
    const { arguments: _a, ...noArguments } = r;
    const cases: [unknown, RegExp][] = [
      [null, /^record: must be an object/],
      [[r], /^record: must be an object/],
      [{ ...r, recordVersion: 2 }, /^recordVersion: must be 1, not 2/],
      [{ ...r, function: 'planPhotoRetention' }, /^function: "planPhotoRetention" is not a decision function/],
      [{ ...r, function: undefined }, /^function: nothing is not a decision function/],
      [noArguments, /^arguments: is missing/],
      [{ ...r, policy: { ...r.policy, fingerprint: 'md5:1' } }, /^policy\.fingerprint: /],
      [{ ...r, result: { ...r.result, allowed: 'yes' } }, /^result\.allowed: must be boolean, not "yes"/],
      [{ ...r, at: 5 }, /^at: must be string, not 5/],
      [{ ...r, digest: { arguments: 'x', subjects: [], fields: {} } }, /^arguments: a record holds its arguments or a digest/],
      [{ ...r, extra: 1 }, /^record: has unknown field\(s\) "extra"/],
      [new Proxy({}, { get: () => { throw new Error('no'); } }), /^record: could not be read/],
    ];
    for (const [record, message] of cases) {
      const v = verifyAuditRecord(record);
      expect(v.matches, String(message)).toBe(false);
      expect(v.now).toBeNull();
      expect(v.differences![0], String(message)).toMatch(message);
    }
  });

  it('property: a record of any input, valid or not, verifies after a JSON round trip; any change to its result does not', () => {
    const input = fc.oneof(validOf(photoSchema, 'photo'), fc.jsonValue());
    const consentList = fc.oneof(validOf(consentsSchema, 'consents'), fc.jsonValue());
    const when = fc.constantFrom<unknown>(at, new Date(at), '2026-11-22', 'not a time', undefined);
    const policy = fc.constantFrom<unknown>('homerton-early-years', 'baseline', 'kirklees-primary', 'no-such-preset', undefined);
    fc.assert(fc.property(input, consentList, when, policy, fc.nat(), (p, c, t, pol, pick) => {
      const o = { at: t, policy: pol };
      const record = copy(toAuditRecord('canPublishImage', [p, c, o], canPublishImage(p as never, c as never, o as never)));
      const v = verifyAuditRecord(record);
      if (!v.matches) throw new Error(JSON.stringify(v.differences));
      const leaves = leavesOf(record.result, []);
      const path = leaves[pick % leaves.length]!;
      expect(verifyAuditRecord({ ...record, result: changed(record.result, path) as never }).matches).toBe(false);
    }), { numRuns: 150 });
  });
});

/** The paths of every leaf (not an object or array) in a JSON value. */
function leavesOf(v: unknown, path: (string | number)[]): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leavesOf(x, [...path, i]));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => leavesOf(x, [...path, k]));
  return [path];
}

/** A copy of a JSON value with the leaf at `path` changed. */
function changed(v: unknown, path: (string | number)[]): unknown {
  if (!path.length) return typeof v === 'boolean' ? !v : typeof v === 'number' ? v + 1 : typeof v === 'string' ? `${v}!` : 'x';
  const [head, ...rest] = path;
  const c = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  c[head!] = changed(c[head!], rest);
  return c;
}
