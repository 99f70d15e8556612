import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validOf } from '../../test/support/arbitrary.js';
import { example } from '../../test/support/examples.js';
import { consentsSchema, photoSchema } from '../../rules/image/schema.js';
import { canPublishImage, canUsePhone, createRuleSet, definePolicy } from '../index.js';
import { bodyOf } from '../../test/support/sidecar.js';
import { decisionFunctions } from '../decisionFunctions.js';
import { served } from '../serve/functions.js';
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

describe('verifyAuditRecord, in words', () => {
  const r = copy(recordOf(photo, consents));
  const first = (record: unknown) => verifyAuditRecord(record).differences;

  it('refuses what is not an object before anything else', () => {
    expect(first('text')).toEqual(['record: must be an object (an audit record)']);
  });

  it('checks the version before the function', () => {
    expect(first({ ...r, recordVersion: 2, function: 'nope' })).toEqual(['recordVersion: must be 1, not 2']);
  });

  it('names the decision functions it knows', () => {
    expect(first({ ...r, function: 'nope' })).toEqual([`function: "nope" is not a decision function (known: ${[...decisionFunctions.keys()].join(', ')})`]);
  });

  it('says what a field must be', () => {
    expect(first({ ...r, policy: { ...r.policy, fingerprint: `x${r.policy.fingerprint}` } })).toEqual(['policy.fingerprint: must be sha256: and 64 hex digits']);
    expect(first({ ...r, library: { ...r.library, name: 'other' } })).toEqual(['library.name: must be "esafety-rules", not "other"']);
    const denied = copy(recordOf(photo, []));
    const reason = (denied.result.reasons as object[])[0];
    expect(first({ ...denied, result: { ...denied.result, reasons: [{ ...reason, rule: 5, effect: 'x' }] } }))
      .toEqual(['result.reasons[0].rule: must be string, not 5', 'result.reasons[0].effect: must be "block" or "warn", not "x"']);
    expect(first({ ...r, extra: 1, more: 2 })).toEqual(['record: has unknown field(s) "extra", "more"']);
  });

  it('says a value is not valid here when no more can be said', () => {
    const fn = decisionFunctions.get('classifyMisuse')!;
    const body = bodyOf(fn.inputs, example('misuse/accidental-access-reported.json'));
    const m = copy(toAuditRecord(fn.name, body, served.get(fn.name)!.call(...fn.inputs.map((k) => body[k]), body.options)));
    const concern = m.result.concern as Record<string, unknown>;
    expect(verifyAuditRecord(m).matches).toBe(true);
    expect(first({ ...m, result: { ...m.result, concern: { ...concern, kind: [] } } })).toEqual(['result.concern.kind: is not valid here']);
  });

  it('names at most five malformed fields', () => {
    expect(first({ ...r, at: 5, options: 5, policy: 5, library: 5, result: 5, arguments: 5 }))
      .toEqual(['at: must be string, not 5', 'options: must be record, not 5', 'policy: must be object, not 5', 'library: must be object, not 5', 'result: must be object, not 5']);
  });

  it('names the field of a malformed record of a digest as a digest record', () => {
    const d = copy(toAuditRecord('canPublishImage', [photo, consents, options], canPublishImage(photo, consents, options), { digest: true }));
    expect(first({ ...d, digest: { ...d.digest!, arguments: 'x' } })).toEqual(['digest.arguments: must be sha256: and 64 hex digits']);
    expect(first({ ...d, digest: 5 })).toEqual(['digest: must be object, not 5']);
    expect(first({ ...d, digest: { ...d.digest!, arguments: 'x' }, at: 5 })).toEqual(['at: must be string, not 5', 'digest.arguments: must be sha256: and 64 hex digits']);
  });

  it('re-decides with the context passed again, for the rule set\'s own facts', () => {
    const rules = createRuleSet({
      facts: { image: { room: { type: 'string', description: 'The room the photo was taken in.', read: ({ context }: { context: { room?: string } }) => context.room } } },
      add: [{ file: 'acorn.json', rules: [{ name: 'image.acorn.changing-area', conditions: { all: [{ fact: 'room', operator: 'equal', value: 'changing-area' }] },
        event: { type: 'block', params: { code: 'CHANGING_AREA', message: 'Not in the changing area.', clause: { source: 'acorn.pdf', section: '4' } } } }] }],
    } as never);
    const o = { ...options, rules, context: { room: 'changing-area' } };
    const record = copy(toAuditRecord('canPublishImage', [photo, consents, o], canPublishImage(photo, consents, o)));
    expect((record.result.reasons as { rule: string }[]).map((f) => f.rule)).toEqual(['image.acorn.changing-area']);
    expect(verifyAuditRecord(record, { rules, context: { room: 'changing-area' } }).matches).toBe(true);
    expect(verifyAuditRecord(record, { rules, context: { room: 'garden' } }).matches).toBe(false);
  });

  it('says so when the arguments cannot be re-decided with what was passed', () => {
    const unreadable = new Proxy({}, { get() { throw new Error('no'); }, has() { throw new Error('no'); }, ownKeys() { throw new Error('no'); } });
    expect(verifyAuditRecord(r, { policy: unreadable as never })).toEqual({ matches: false, now: null, differences: ["function: canPublishImage could not re-decide the record's arguments"] });
  });

  describe('comparing results', () => {
    const phone = example('phone/two-mile-ash-parent-collection.json') as { request: unknown; options: Record<string, unknown> };
    const p = copy(toAuditRecord('canUsePhone', [phone.request, phone.options], canUsePhone(phone.request as never, phone.options as never)));
    const reason = (p.result.reasons as { data?: Record<string, unknown> }[])[0]!;
    const withData = (data: Record<string, unknown>) => ({ ...p, result: { ...p.result, reasons: [{ ...reason, data: { ...reason.data, ...data } }, ...(p.result.reasons as unknown[]).slice(1)] } });
    const now = JSON.stringify(reason.data!.condition);

    it('verifies as stored, with data in its findings', () => {
      expect(reason.data).toEqual({ condition: expect.any(String) });
      expect(verifyAuditRecord(p).matches).toBe(true);
    });

    it('names an item of a list by its index', () => {
      expect(first(withData({ condition: 'other' }))).toEqual([`result.reasons[0].data.condition: stored "other", now ${now}`]);
    });

    it('compares a list or object with a value that is not one as values', () => {
      expect(first(withData({ condition: [1] }))).toEqual([`result.reasons[0].data.condition: stored [1], now ${now}`]);
      expect(first(withData({ condition: { a: 1 } }))).toEqual([`result.reasons[0].data.condition: stored {"a":1}, now ${now}`]);
    });

    it('shortens a long value to 80 characters', () => {
      expect(first(withData({ condition: 'x'.repeat(78) }))).toEqual([`result.reasons[0].data.condition: stored "${'x'.repeat(78)}", now ${now}`]);
      expect(first(withData({ condition: 'x'.repeat(79) }))).toEqual([`result.reasons[0].data.condition: stored "${'x'.repeat(76)}…, now ${now}`]);
    });

    const extra = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));

    it('names up to twenty differences', () => {
      const d = first(withData(extra(20)))!;
      expect(d).toHaveLength(20);
      expect(d[19]).toBe('result.reasons[0].data.k19: stored 19, now nothing');
    });

    it('names twenty differences and counts the rest it found', () => {
      const d = first(withData(extra(30)))!;
      expect(d).toHaveLength(21);
      expect(d[19]).toBe('result.reasons[0].data.k19: stored 19, now nothing');
      expect(d[20]).toBe('… and 1 more');
    });
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
