import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, example } from '../../test/support/examples.js';
import { bodyOf } from '../../test/support/sidecar.js';
import { canPublishImage, routeConcern } from '../index.js';
import { canonicalJson, sha256 } from '../core/hash.js';
import { decide } from '../core/pipeline.js';
import { libraryVersion } from '../core/version.js';
import { decisionFunctions } from '../decisionFunctions.js';
import { served } from '../serve/functions.js';
import { plainJson } from './json.js';
import { auditRecordSchema } from './schema.js';
import { toAuditRecord } from './toAuditRecord.js';
import { verifyAuditRecord } from './verifyAuditRecord.js';

const at = '2026-11-22T10:00:00Z';
const { photo, consents } = example('image/learning-journal-allowed.json') as { photo: Record<string, unknown>; consents: Record<string, unknown>[] };
const options = { policy: 'homerton-early-years', at } as const;

/** Every shipped example of every decision function, as the sidecar takes it. */
const cases = [...decisionFunctions.values()].flatMap((fn) => readdirSync(join(EXAMPLES, fn.area.id)).filter((f) => f.endsWith('.json'))
  .map((file) => ({ fn, file, body: bodyOf(fn.inputs, example(`${fn.area.id}/${file}`)) })));

describe('toAuditRecord', () => {
  it('has examples of every decision function', () => {
    expect(new Set(cases.map((c) => c.fn.name))).toEqual(new Set(decisionFunctions.keys()));
    expect(decisionFunctions.size).toBeGreaterThan(10);
  });

  it('re-deciding through the pipeline is the public function (what verifyAuditRecord relies on)', () => {
    for (const { fn, file, body } of cases) {
      const args = fn.inputs.map((k) => body[k]);
      expect(decide(fn.area, args, body.options), file).toEqual(served.get(fn.name)!.call(...args, body.options));
    }
  });

  it('records every example of every function as plain JSON that matches the schema and verifies', () => {
    for (const { fn, file, body } of cases) {
      const args = fn.inputs.map((k) => body[k]);
      const result = served.get(fn.name)!.call(...args, body.options);
      const record = toAuditRecord(fn.name, [...args, body.options], result);
      expect(record, file).toEqual(JSON.parse(JSON.stringify(record)));
      expect(record.function).toBe(fn.name);
      expect(Object.keys(record.arguments!)).toEqual([...fn.inputs]);
      expect(record.policy).toEqual((result as { policy: unknown }).policy);
      expect(record.library).toEqual({ name: 'esafety-rules', version: libraryVersion });
      const parsed = auditRecordSchema.safeParse(record);
      expect(parsed.success, `${file}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
      // By name, as the sidecar takes them, gives the same record.
      expect(toAuditRecord(fn.name, body, result), file).toEqual(record);
      const verified = verifyAuditRecord(JSON.parse(JSON.stringify(record)));
      expect(verified.differences, file).toBeUndefined();
      expect(verified.matches, file).toBe(true);
      expect(verified.now).toEqual(result);
    }
  });

  it('writes Dates as ISO strings and leaves nothing undefined', () => {
    const dated = { ...photo, takenAt: new Date('2026-11-22T09:50:00Z'), caption: undefined };
    const datedConsents = consents.map((c) => ({ ...c, givenAt: new Date('2026-09-01T00:00:00Z') }));
    const o = { policy: 'homerton-early-years', at: new Date(at) } as const;
    const result = canPublishImage(dated as never, datedConsents as never, o);
    expect(result.allowed).toBe(true);
    const record = toAuditRecord('canPublishImage', [dated, datedConsents, o], result);
    expect(record.at).toBe('2026-11-22T10:00:00.000Z');
    expect((record.arguments!.photo as Record<string, unknown>).takenAt).toBe('2026-11-22T09:50:00.000Z');
    expect('caption' in (record.arguments!.photo as object)).toBe(false);
    expect((record.arguments!.consents as Record<string, unknown>[])[0]!.givenAt).toBe('2026-09-01T00:00:00.000Z');
    expect(verifyAuditRecord(record).matches).toBe(true);
  });

  it('keeps the JSON options apart from at and policy, and never rules or context', () => {
    const { concern } = example('concern/manager-is-subject-christmas.json') as { concern: never };
    const o = { policy: 'barnet-early-years' as const, bankHolidays: ['2026-12-25', '2026-12-28'], extraFields: 'refuse' as const, context: { room: 'x' } };
    const record = toAuditRecord('routeConcern', [concern, o], routeConcern(concern, o));
    expect(record.options).toEqual({ extraFields: 'refuse', bankHolidays: ['2026-12-25', '2026-12-28'] });
    expect(record.at).toBeUndefined();
    expect(JSON.stringify(record)).not.toContain('room');
    expect(verifyAuditRecord(record).matches).toBe(true);
    const noHolidays = verifyAuditRecord({ ...record, options: { extraFields: 'refuse' } });
    expect(noHolidays.matches).toBe(false);
  });

  it('with { digest: true }, keeps a digest of the arguments and the fields that decided instead of the arguments', () => {
    const bad = { ...photo, children: [{ id: 'child-leo' }, { name: 'Mia' }] };
    const result = canPublishImage(bad as never, [], options);
    const record = toAuditRecord('canPublishImage', [bad, [], options], result, { digest: true });
    expect(record.arguments).toBeUndefined();
    expect(record.digest!.arguments).toBe(`sha256:${sha256(canonicalJson({ photo: bad, consents: [] }))}`);
    expect(record.digest!.subjects).toEqual([...new Set(result.reasons.flatMap((r) => (r.subject === undefined ? [] : [r.subject])))]);
    expect(record.digest!.subjects.length).toBeGreaterThan(0);
    const paths = record.digest!.subjects.filter((s) => s.startsWith('photo.'));
    expect(paths.length).toBeGreaterThan(0);
    expect(Object.keys(record.digest!.fields).sort()).toEqual(paths.sort());
    expect(JSON.stringify(record)).not.toContain('Counting conkers'); // the caption did not decide
    expect(auditRecordSchema.safeParse(record).success).toBe(true);
    expect(record.digest!.arguments).not.toBe(toAuditRecord('canPublishImage', [photo, [], options], result, { digest: true }).digest!.arguments);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    for (const args of [[cyclic, throwing], null, 'text', [1n, Symbol('s'), () => 1], { photo: cyclic }] as unknown[]) {
      for (const name of ['canPublishImage', 'nope', '']) {
        expect(() => toAuditRecord(name, args as never, throwing)).not.toThrow();
        expect(() => toAuditRecord(name, args as never, { policy: cyclic })).not.toThrow();
      }
    }
    const record = toAuditRecord('nope', [], {});
    expect(verifyAuditRecord(record).matches).toBe(false);
  });

  it('plainJson is what a JSON round trip gives, for what JSON can carry', () => {
    const value = { a: [1, undefined, () => 1, NaN], b: undefined, c: new Date(at), d: { toJSON: () => 'x' }, ['__proto__']: 1 };
    expect(plainJson(value)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(Object.keys(plainJson(JSON.parse('{"__proto__": {"x": 1}}')) as object)).toEqual(['__proto__']);
  });
  it('keeps at and policy out of the other options, so a record of only those has no options', () => {
    const record = toAuditRecord('canPublishImage', [photo, consents, options], canPublishImage(photo as never, consents as never, options));
    expect(record.at).toBe(at);
    expect(record.options).toBeUndefined();
  });

  it('writes an at that is not a string or Date as its canonical JSON', () => {
    const record = toAuditRecord('canPublishImage', [photo, consents, { policy: 'homerton-early-years', at: { b: 2, a: 1 } }], {});
    expect(record.at).toBe('{"a":1,"b":2}');
    expect(toAuditRecord('canPublishImage', [photo, consents, { at: 5 }], {}).at).toBe('5');
  });

  it('reads options only from an array or object of arguments, and only from an options object', () => {
    const asFunction = Object.assign(() => 0, { photo, consents, options: { at } });
    expect(toAuditRecord('canPublishImage', asFunction as never, {}).at).toBeUndefined();
    const optionsAsFunction = Object.assign(() => 0, { at, extraFields: 'refuse' });
    const record = toAuditRecord('canPublishImage', [photo, consents, optionsAsFunction], {});
    expect(record.at).toBeUndefined();
    expect(record.options).toBeUndefined();
  });

  it('records no arguments or options for a name that is not a decision function', () => {
    const record = toAuditRecord('nope', [photo, consents, { at, extraFields: 'refuse' }], {});
    expect(record.arguments).toEqual({});
    expect(record.options).toBeUndefined();
    expect(record.at).toBeUndefined();
  });

  it('records a policy of empty strings when the result has none, and only string fields of one it has', () => {
    expect(toAuditRecord('canPublishImage', [photo, consents, options], {}).policy).toEqual({ id: '', version: '', fingerprint: '' });
    const odd = { policy: { id: 5, version: 'v1', fingerprint: null } };
    expect(toAuditRecord('canPublishImage', [photo, consents, options], odd).policy).toEqual({ id: '', version: 'v1', fingerprint: '' });
  });

  it('with { digest: true }, keeps the value of each subject that is a path into the arguments, null where absent', () => {
    const p = { id: 'p1', meta: null, children: [{ id: 'child-leo' }] };
    const finding = (subject: unknown) => ({ rule: 'r', subject });
    const subjects = ['photo.id', 'photo.children[0].id', 'consents', 'photo.children[10].id', 'photo.id.length', 'photo.meta.x',
      'photo.constructor', 'photo.absent.deeper', 'child-leo', 'photo-x', '12345.photo', 'elsewhere.id'];
    const result = {
      reasons: [...subjects.map(finding), finding('photo.id'), null, finding(5), { subject: 'no-rule' }],
      steps: [{ finding: finding('photo.meta') }],
    };
    const record = toAuditRecord('canPublishImage', [p, [], options], result, { digest: true });
    expect(record.digest!.subjects).toEqual([...subjects, 'photo.meta']);
    expect(record.digest!.fields).toEqual({
      'photo.id': 'p1',
      'photo.children[0].id': 'child-leo',
      consents: [],
      'photo.children[10].id': null,
      'photo.id.length': null,
      'photo.meta.x': null,
      'photo.constructor': null,
      'photo.absent.deeper': null,
      'photo.meta': null,
    });
  });
});
