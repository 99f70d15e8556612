import { describe, expect, it } from 'vitest';
import { plainJson } from './json.js';
import { auditRecordSchema, recordSchemaFor } from './schema.js';

describe('plainJson', () => {
  it('writes an invalid Date as "Invalid Date" and a valid one as its ISO string', () => {
    expect(plainJson({ bad: new Date('nope'), good: new Date('2026-11-22T10:00:00Z') })).toEqual({ bad: 'Invalid Date', good: '2026-11-22T10:00:00.000Z' });
  });

  it('writes a bigint as its digits', () => {
    expect(plainJson({ n: 12345678901234567890n })).toEqual({ n: '12345678901234567890' });
  });

  it('writes a cycle as "[unreadable]", once, where it closes', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    expect(plainJson(cyclic)).toEqual({ id: 'x', self: '[unreadable]' });
    // The same object twice, not in a cycle, is written twice.
    const shared = { a: 1 };
    expect(plainJson([shared, shared])).toEqual([{ a: 1 }, { a: 1 }]);
  });

  it('writes a field that throws when read as "[unreadable]", keeping the others', () => {
    const value = { ok: 1, get broken(): unknown { throw new Error('no'); } };
    expect(plainJson(value)).toEqual({ ok: 1, broken: '[unreadable]' });
  });

  it('writes a value whose toJSON throws as "[unreadable]"', () => {
    expect(plainJson({ toJSON: () => { throw new Error('no'); } })).toBe('[unreadable]');
    expect(plainJson(new Proxy({}, { ownKeys: () => { throw new Error('no'); } }))).toBe('[unreadable]');
  });
});

describe('the record schema', () => {
  it('is made once per result', () => {
    expect(recordSchemaFor('decision')).toBe(recordSchemaFor('decision'));
    expect(recordSchemaFor('decision')).not.toBe(recordSchemaFor('route'));
  });

  it('accepts a result of any decision function and refuses one that is none', () => {
    const policy = { id: 'baseline', version: '1', fingerprint: `sha256:${'a'.repeat(64)}` };
    const record = { recordVersion: 1, function: 'canHoldMeeting', arguments: {}, policy, library: { name: 'esafety-rules', version: '1' } };
    expect(auditRecordSchema.safeParse({ ...record, result: { allowed: true, reasons: [], policy } }).success).toBe(true);
    expect(auditRecordSchema.safeParse({ ...record, result: { allowed: 'yes', reasons: [], policy } }).success).toBe(false);
  });

  it('takes only sha256: and exactly 64 hex digits as a fingerprint', () => {
    const policy = (fingerprint: string) => ({ id: 'baseline', version: '1', fingerprint });
    const ok = `sha256:${'a'.repeat(64)}`;
    const record = (fingerprint: string) => ({ recordVersion: 1, function: 'canHoldMeeting', arguments: {}, policy: policy(fingerprint),
      library: { name: 'esafety-rules', version: '1' }, result: { allowed: true, reasons: [], policy: policy(ok) } });
    expect(auditRecordSchema.safeParse(record(ok)).success).toBe(true);
    for (const bad of [`x${ok}`, `${ok}0`, `sha256:${'a'.repeat(63)}`, `sha256:${'A'.repeat(64)}`]) {
      expect(auditRecordSchema.safeParse(record(bad)).success, bad).toBe(false);
    }
  });
});
