import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const mail = { method: 'email' as const, emailAccount: 'setting' as const };

describe('transfer: email (001 EMAIL; 002 Email; 003 3. Email; 004 l.184, l.251)', () => {
  it('encrypted email from the setting account is allowed', () => {
    expect(check(mail).rules).toEqual([]);
  });
  it('transfer.email.unencrypted: Kirklees never sends sensitive data unencrypted', () => {
    const d = check({ ...mail, encrypted: false }, 'kirklees-primary');
    expect(d.rules).toEqual(['transfer.email.unencrypted']);
    expect(d.allowed).toBe(false);
    expect(check({ ...mail, encrypted: false, containsChildImages: false, containsChildNames: false }, 'kirklees-primary').rules).toEqual([]);
  });
  it('transfer.email.unencrypted-where-possible: Two Mile Ash encrypts where possible (warn)', () => {
    const d = check({ ...mail, encrypted: false }, 'two-mile-ash-pre-school');
    expect(d.rules).toEqual(['transfer.email.unencrypted-where-possible']);
    expect(d.allowed).toBe(true);
    expect(check({ ...mail }, 'two-mile-ash-pre-school').rules).toEqual([]);
  });
  it('transfer.email.non-setting-account: work email only from the setting account', () => {
    expect(check({ ...mail, emailAccount: 'personal' }, 'homerton-early-years').rules).toEqual(['transfer.email.non-setting-account']);
    expect(check({ ...mail, emailAccount: undefined }).rules).toEqual(['transfer.email.non-setting-account']);
  });
});
